"""``charter-builder check FILE...``: the findings per charter, grouped by step and severity.

Meant for legal staff as much as for the wizard's users: a folder given as FILE is checked file by
file (every ``*.charter.json`` in it). Exit codes: 0 no errors, 1 at least one charter has an error
finding, 2 at least one file could not be read as a charter (that wins over 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..checks import Finding, Severity, rule_catalogue, run_checks
from ..checks.catalogue import severity_label
from ..checks.engine import count_by_severity
from ..storage import CharterFileError, load_charter
from ..vocabulary import step_label


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="check charters for missing, inconsistent or legally weak parts (exit 1 when errors remain)",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="charter files, or folders of *.charter.json")
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="language of the messages")
    p.add_argument("--list-rules", action="store_true", help="print the rule catalogue instead of checking")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang: str = args.lang
    if args.list_rules:
        print(_catalogue_json() if args.format == "json" else _catalogue_text(lang), end="")
        return 0
    if not args.files:
        msg = "geef een of meer bestanden" if lang == "nl" else "give one or more files"
        print(f"charter-builder check: {msg}", file=sys.stderr)
        return 2
    unreadable = False
    with_errors = False
    results: list[dict[str, Any]] = []
    for folder in _empty_folders(args.files):
        unreadable = True
        msg = "bevat geen *.charter.json-bestanden" if lang == "nl" else "holds no *.charter.json files"
        print(f"{folder}: {msg}", file=sys.stderr)
        results.append({"file": str(folder), "readable": False, "problem": msg})
    for path in _expand(args.files):
        try:
            charter = load_charter(path)
        except CharterFileError as exc:
            unreadable = True
            print(exc.describe(lang), file=sys.stderr)
            results.append({"file": str(path), "readable": False, "problem": exc.describe(lang)})
            continue
        findings = run_checks(charter)
        counts = count_by_severity(findings)
        with_errors = with_errors or counts[Severity.ERROR] > 0
        if args.format == "json":
            results.append(_file_json(path, findings, counts, lang))
        else:
            print(_file_text(path, findings, counts, lang), end="")
    if args.format == "json":
        print(json.dumps({"files": results}, ensure_ascii=False, indent=2))
    return 2 if unreadable else 1 if with_errors else 0


def _expand(names: list[str]) -> list[Path]:
    """Return the files to check: each name as given, folders replaced by their charters (sorted)."""
    out: list[Path] = []
    for name in names:
        p = Path(name)
        if p.is_dir():
            out.extend(sorted(p.glob("*.charter.json")))
        else:
            out.append(p)
    return out


def _empty_folders(names: list[str]) -> list[Path]:
    """Return the folders given that hold no charter: checking nothing must not look like a pass."""
    return [Path(n) for n in names if Path(n).is_dir() and not any(Path(n).glob("*.charter.json"))]


def _summary(counts: dict[Severity, int], lang: str) -> str:
    e, w, a = counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.ADVICE]
    if lang == "nl":
        return f"{e} {'fout' if e == 1 else 'fouten'}, {w} {'waarschuwing' if w == 1 else 'waarschuwingen'}, {a} advies"
    return f"{e} error{'s' * (e != 1)}, {w} warning{'s' * (w != 1)}, {a} advice"


def _file_text(path: Path, findings: list[Finding], counts: dict[Severity, int], lang: str) -> str:
    lines = [f"{path}: {_summary(counts, lang)}"]
    step = severity = None
    for f in findings:
        if f.step != step:
            step, severity = f.step, None
            lines.append(f"  {step_label(f.step, lang)}")
        if f.severity != severity:
            severity = f.severity
            lines.append(f"    {severity_label(f.severity, lang)}")
        ref = f" [{f.legal_ref}]" if f.legal_ref else ""
        lines.append(f"      {f.rule_id} {f.path}: {f.message(lang)}{ref}")
    return "\n".join(lines) + "\n"


def _file_json(path: Path, findings: list[Finding], counts: dict[Severity, int], lang: str) -> dict[str, Any]:
    return {
        "file": str(path),
        "readable": True,
        "counts": {s.value: n for s, n in counts.items()},
        "findings": [
            {
                "rule_id": f.rule_id,
                "severity": f.severity.value,
                "step": f.step.value,
                "path": f.path,
                "message": f.message(lang),
                "message_nl": f.message_nl,
                "message_en": f.message_en,
                "legal_ref": f.legal_ref,
            }
            for f in findings
        ],
    }


def _catalogue_text(lang: str) -> str:
    lines: list[str] = []
    step = None
    for r in rule_catalogue():
        if r.step != step:
            step = r.step
            lines.append("" if not lines else "")
            lines.append(step_label(r.step, lang))
        ref = f"  ({r.legal_ref})" if r.legal_ref else ""
        lines.append(f"  {r.id:<22} {severity_label(r.severity, lang):<13} {r.title(lang)}{ref}")
        lines.append(f"  {'':<22} {'':<13} {r.fix(lang)}")
    return "\n".join(lines[1:]) + "\n"


def _catalogue_json() -> str:
    return (
        json.dumps(
            [
                {
                    "id": r.id,
                    "severity": r.severity.value,
                    "step": r.step.value,
                    "title_nl": r.title_nl,
                    "title_en": r.title_en,
                    "fix_nl": r.fix_nl,
                    "fix_en": r.fix_en,
                    "legal_ref": r.legal_ref,
                }
                for r in rule_catalogue()
            ],
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
