"""Keep the wizard's translation catalogues in step with the code.

The catalogues are ``resources/translations/<lang>/*.tsv``, the one source the wizard reads at run
time (``ui.i18n.CatalogueTranslator``); nothing is generated or compiled. This tool finds every
translatable string of ``ui/**/*.py`` with ``pyside6-lupdate`` (into a temporary folder) and:

- adds each string that has no Dutch yet as ``context<TAB>source<TAB>`` (empty Dutch) to the TSV
  that already holds its context, else to ``nl/new.tsv``: fill in the third column;
- reports orphans: TSV lines whose string the code no longer has (a typo or a removed string),
  and English lines for strings that are not plural (English is the source; only plural forms
  ``one|other`` need an English line). ``--prune`` removes the orphans.

Usage: ``uv run python tools/update_translations.py [--check] [--prune]``. ``--check`` writes
nothing. Exit code 1 while a string lacks Dutch or an orphan remains.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ui.i18n import read_catalogue_folder, translations_dir  # noqa: E402

UI = ROOT / "ui"
#: Plural forms per language (Dutch and English: one, other; see ``ui.i18n.plural_index``).
PLURAL_FORMS = 2

Key = tuple[str, str]


def _tool(name: str) -> str:
    """Return the path of a PySide6 tool, preferring the one beside the running Python."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; run this through 'uv run'")
    return found


def escape(text: str) -> str:
    """The inverse of ``ui.i18n.unescape``: a newline or tab as ``\\n`` / ``\\t`` on one TSV line."""
    return text.replace("\n", "\\n").replace("\t", "\\t")


def source_files() -> list[Path]:
    """Return the UI's Python files: those git tracks in a checkout (work in progress of others that
    is not added yet stays out of the catalogues), else every file under ``ui/``."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--", "ui/*.py"], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        listed = []
    if listed:
        return sorted(ROOT / name for name in listed if (ROOT / name).is_file())
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def extract(files: list[Path] | None = None) -> dict[Key, bool]:
    """Return every translatable string of ``files`` (default: all of ``ui/``) -> whether it is plural.

    lupdate reads ``self.tr``, ``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP`` the way Qt
    means them (the class as context for ``tr``); its ``.ts`` output goes to a temporary folder.
    """
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extracted.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *map(str, files if files is not None else source_files()),
                "-ts",
                str(ts),
                "-no-obsolete",
                "-locations",
                "none",
            ],
            check=True,
            capture_output=True,
        )
        root = ET.parse(ts).getroot()
    out: dict[Key, bool] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg.get("numerus") == "yes"
    return out


@dataclass
class Report:
    """What is out of step between the code's strings and the catalogues."""

    missing: list[Key] = field(default_factory=list)
    """Strings with no Dutch, or a plural one without exactly ``one|other``."""
    orphans: dict[str, list[Key]] = field(default_factory=dict)
    """Per language, TSV lines that translate nothing the code still has."""

    @property
    def clean(self) -> bool:
        return not self.missing and not any(self.orphans.values())


def compare(strings: dict[Key, bool], dutch: dict[Key, str], english: dict[Key, str]) -> Report:
    """Return the missing Dutch and the orphaned lines of both catalogues."""
    report = Report()
    for key, plural in strings.items():
        text = dutch.get(key, "")
        if not text.strip() or (plural and len(text.split("|")) != PLURAL_FORMS):
            report.missing.append(key)
    report.orphans["nl"] = [k for k in dutch if k not in strings]
    report.orphans["en"] = [
        k for k, text in english.items() if not strings.get(k) or len(text.split("|")) != PLURAL_FORMS
    ]
    return report


def add_missing(folder: Path, missing: list[Key], dutch: dict[Key, str]) -> None:
    """Append ``context<TAB>source<TAB>`` for each string not in the catalogue yet, beside its context."""
    home: dict[str, Path] = {}
    for tsv in sorted(folder.glob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                home.setdefault(line.split("\t", 1)[0], tsv)
    for context, source in missing:
        if (context, source) in dutch:
            continue  # present but empty or with the wrong plural forms: fix that line by hand
        tsv = home.get(context, folder / "new.tsv")
        text = tsv.read_text(encoding="utf-8") if tsv.exists() else ""
        if text and not text.endswith("\n"):
            text += "\n"
        tsv.write_text(text + f"{escape(context)}\t{escape(source)}\t\n", encoding="utf-8")


def prune(folder: Path, orphans: list[Key]) -> None:
    """Remove the lines of ``orphans`` from the TSVs of ``folder`` (comments and order kept)."""
    gone = set(orphans)
    for tsv in sorted(folder.glob("*.tsv")):
        lines = tsv.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [
            line
            for line in lines
            if line.startswith("#") or not line.strip() or tuple(line.split("\t")[:2]) not in _escaped(gone)
        ]
        if kept != lines:
            tsv.write_text("".join(kept), encoding="utf-8")


def _escaped(keys: set[Key]) -> set[tuple[str, ...]]:
    return {(escape(c), escape(s)) for c, s in keys}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report, write nothing")
    parser.add_argument("--prune", action="store_true", help="remove orphaned lines from the TSVs")
    args = parser.parse_args(argv)
    folder = translations_dir()
    dutch = read_catalogue_folder(folder / "nl")
    english = read_catalogue_folder(folder / "en")
    report = compare(extract(), dutch, english)
    if not args.check:
        add_missing(folder / "nl", report.missing, dutch)
        if args.prune:
            for lang, orphans in report.orphans.items():
                prune(folder / lang, orphans)
            report.orphans = {}
    for context, source in report.missing:
        print(f"missing Dutch: {context}\t{escape(source)}", file=sys.stderr)
    for lang, orphans in report.orphans.items():
        for context, source in orphans:
            print(f"orphan in {lang}/*.tsv: {context}\t{escape(source)}", file=sys.stderr)
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
