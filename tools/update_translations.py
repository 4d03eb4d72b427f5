"""Refresh the wizard's translations: extract, fill, compile.

1. ``pyside6-lupdate`` collects every translatable string of ``ui/**/*.py`` into
   ``resources/translations/charter_builder_{nl,en}.ts`` (no line numbers, so parallel edits do
   not clash; strings that vanished are dropped).
2. Dutch is filled from ``resources/translations/nl/*.tsv``; English is the source text itself,
   except where ``resources/translations/en/*.tsv`` says otherwise (plural forms).
   A TSV line is ``context<TAB>source<TAB>translation``; plural forms are separated by ``|``;
   ``\\n`` and ``\\t`` stand for a newline and a tab; lines starting with ``#`` are comments.
3. ``pyside6-lrelease`` compiles each ``.ts`` to ``.qm``.

Usage: ``uv run python tools/update_translations.py [--check]``. Exit code 1 (with ``--check``:
before writing anything) when a Dutch translation is missing; the missing strings are printed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "en")
#: Plural forms per language (Qt's rules for Dutch and English: one, other).
PLURAL_FORMS = {"nl": 2, "en": 2}

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


def unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_tsv_folder(folder: Path) -> dict[Key, str]:
    """Return ``{(context, source): translation}`` from every ``*.tsv`` in ``folder``."""
    table: dict[Key, str] = {}
    if not folder.is_dir():
        return table
    for tsv in sorted(folder.glob("*.tsv")):
        for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{tsv}:{number}: expected 3 tab-separated fields, found {len(parts)}")
            context, source, translation = (unescape(p) for p in parts)
            table[(context, source)] = translation
    return table


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


def run_lupdate(ts: Path, lang: str) -> None:
    """Extract the strings of ``ui/`` into ``ts`` (created or updated)."""
    files = [str(p) for p in source_files()]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-ts",
            str(ts),
            "-target-language",
            lang,
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )


def messages(ts: Path) -> list[tuple[Key, bool]]:
    """Return ``((context, source), is_plural)`` for every message of a ``.ts`` file."""
    tree = ET.parse(ts)
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append(((name, msg.findtext("source") or ""), msg.get("numerus") == "yes"))
    return out


def missing_translations(ts: Path, table: dict[Key, str]) -> list[Key]:
    """Return the messages of ``ts`` that ``table`` does not translate (or with the wrong plural forms)."""
    missing = []
    for key, plural in messages(ts):
        text = table.get(key, "")
        if not text.strip() or (plural and len(text.split("|")) != PLURAL_FORMS["nl"]):
            missing.append(key)
    return missing


def fill(ts: Path, lang: str, table: dict[Key, str]) -> None:
    """Write translations into ``ts``: from ``table``, else (English only) the source text."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", lang)
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            plural = msg.get("numerus") == "yes"
            text = table.get((name, source))
            if text is None and lang == "en":
                text = source
            translation = msg.find("translation")
            if translation is None:
                translation = ET.SubElement(msg, "translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if not text:
                translation.set("type", "unfinished")
                continue
            translation.attrib.pop("type", None)
            if plural:
                forms = text.split("|")
                forms += [forms[-1]] * (PLURAL_FORMS[lang] - len(forms))
                for form in forms[: PLURAL_FORMS[lang]]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def run_lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def extract_to_temp(lang: str = "nl") -> tuple[Path, tempfile.TemporaryDirectory[str]]:
    """Run lupdate into a fresh temporary ``.ts`` (the tests use this to find untranslated strings)."""
    tmp = tempfile.TemporaryDirectory()
    ts = Path(tmp.name) / f"charter_builder_{lang}.ts"
    run_lupdate(ts, lang)
    return ts, tmp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing Dutch translations")
    args = parser.parse_args(argv)
    dutch = read_tsv_folder(TRANSLATIONS / "nl")
    english = read_tsv_folder(TRANSLATIONS / "en")
    if args.check:
        ts, tmp = extract_to_temp("nl")
        with tmp:
            missing = missing_translations(ts, dutch)
    else:
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        missing = []
        for lang, table in (("nl", dutch), ("en", english)):
            ts = TRANSLATIONS / f"charter_builder_{lang}.ts"
            ts.unlink(missing_ok=True)  # fresh: lupdate's guesses from similar strings are not wanted
            run_lupdate(ts, lang)
            if lang == "nl":
                missing = missing_translations(ts, table)
            fill(ts, lang, table)
            qm = run_lrelease(ts)
            print(f"{ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)}")
    for context, source in missing:
        print(f"missing Dutch: {context}\t{source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
