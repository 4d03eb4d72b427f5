"""The ``*.charter.json`` save format: byte-stable output, specific errors, migration on load."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..model.charter import FORMAT, REVIEW_RECORDS, SCHEMA_VERSION, Charter
from ..problems import Problem, problems_from_validation_error
from .atomic import atomic_write_bytes
from .errors import CharterFileError, FileErrorKind
from .migrations import MIGRATIONS

#: A realistic charter is well under 1 MB; anything far larger is refused before parsing.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Nesting deeper than this is no charter (the model nests about 5 deep) and could exhaust the stack.
MAX_DEPTH = 64


def dump_charter(charter: Charter) -> bytes:
    """Return the save-file bytes: UTF-8, 2-space indent, fields in model order, newline at the end.

    The order is fixed by the model, so load followed by save reproduces a file byte for byte.
    """
    data = charter.model_dump(mode="json")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def canonical_json(charter: Charter) -> bytes:
    """Return the canonical form the fingerprint hashes: sorted keys, no whitespace, UTF-8."""
    data = charter.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def fingerprint(charter: Charter) -> str:
    """Return the SHA-256 (hex) of the charter's content as canonical JSON; the Word charter carries it.

    Review records (``REVIEW_RECORDS``: mid-term reviews, health checks) are left out: they are kept
    about a signed charter years later and must not make its signed document fail ``verify``.
    """
    data = charter.model_dump(mode="json")
    for key in REVIEW_RECORDS:
        data[key] = []
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save_charter(charter: Charter, path: Path | str, *, backup: bool = True) -> None:
    """Save atomically; with ``backup`` the previous file is kept as ``<path>.bak``.

    Raises ``CharterFileError`` (kind ``WRITE_FAILED``) when the folder is read-only, the disk is
    full or the like; the file on disk is then unchanged.
    """
    path = Path(path)
    data = dump_charter(charter)
    try:
        atomic_write_bytes(path, data, backup=backup)
    except OSError as exc:
        raise CharterFileError(
            path, FileErrorKind.WRITE_FAILED, [Problem("", _os_error_nl(exc), _os_error_en(exc), "os_error")]
        ) from exc


def _os_error_en(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _os_error_nl(exc: OSError) -> str:
    import errno

    known = {
        errno.ENOSPC: "de schijf is vol",
        errno.EACCES: "geen schrijfrechten in deze map",
        errno.EROFS: "de map is alleen-lezen",
        errno.ENOENT: "de map bestaat niet",
    }
    return known.get(exc.errno or -1, exc.strerror or str(exc))


def load_charter(path: Path | str) -> Charter:
    """Read, check, migrate and validate a charter file. Never writes anything.

    Raises ``CharterFileError`` naming the file, the kind of problem and each location.
    """
    path = Path(path)
    return load_charter_bytes(read_file_bytes(path), path)


def read_file_bytes(path: Path) -> bytes:
    """Return a file's bytes, refusing a missing file, a folder or one over ``MAX_FILE_BYTES``.

    Raises ``CharterFileError`` (NOT_FOUND, UNREADABLE, TOO_LARGE) with the reason in both languages.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CharterFileError(
                path,
                FileErrorKind.TOO_LARGE,
                [
                    Problem(
                        "",
                        f"{size / 1e6:.0f} MB; hoogstens {MAX_FILE_BYTES // 1_000_000} MB wordt geopend",
                        f"{size / 1e6:.0f} MB; at most {MAX_FILE_BYTES // 1_000_000} MB is opened",
                        "too_large",
                    )
                ],
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CharterFileError(path, FileErrorKind.NOT_FOUND) from exc
    except IsADirectoryError as exc:
        raise CharterFileError(
            path, FileErrorKind.UNREADABLE, [Problem("", "dit is een map", "this is a folder", "is_dir")]
        ) from exc
    except OSError as exc:
        raise CharterFileError(
            path, FileErrorKind.UNREADABLE, [Problem("", _os_error_nl(exc), _os_error_en(exc), "os_error")]
        ) from exc
    return data


def load_charter_bytes(data: bytes, path: Path | str = "<memory>") -> Charter:
    """Parse charter bytes as ``load_charter`` does; ``path`` is only used in messages."""
    raw = parse_json_object(data, path)
    raw = _check_header_and_migrate(raw, path)
    try:
        return Charter.model_validate(raw)
    except ValidationError as exc:
        raise CharterFileError(path, FileErrorKind.INVALID, problems_from_validation_error(exc)) from exc


def parse_json_object(data: bytes, path: Path | str) -> dict[str, Any]:
    """Decode UTF-8 JSON that must be an object; errors give the line and column."""
    if len(data) > MAX_FILE_BYTES:
        raise CharterFileError(path, FileErrorKind.TOO_LARGE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CharterFileError(
            path,
            FileErrorKind.NOT_TEXT,
            [
                Problem(
                    f"byte {exc.start}",
                    "ongeldige UTF-8-tekens; is dit een Word- of zip-bestand?",
                    "invalid UTF-8; is this a Word or zip file?",
                    "not_utf8",
                )
            ],
        ) from exc
    depth_problem = _too_deep(text)
    if depth_problem is not None:
        raise CharterFileError(path, FileErrorKind.NOT_A_CHARTER, [depth_problem])
    try:
        raw = json.loads(text, object_pairs_hook=_object_without_duplicates)
    except _DuplicateKey as exc:
        raise CharterFileError(
            path,
            FileErrorKind.NOT_JSON,
            [
                Problem(
                    "",
                    f"het veld '{exc.key}' staat twee keer in hetzelfde object; welke waarde geldt is onduidelijk",
                    f"the key '{exc.key}' appears twice in one object; which value counts is unclear",
                    "duplicate_key",
                )
            ],
        ) from exc
    except json.JSONDecodeError as exc:
        raise CharterFileError(
            path,
            FileErrorKind.NOT_JSON,
            [
                Problem(
                    f"line {exc.lineno}, column {exc.colno}",
                    _json_msg_nl(exc.msg),
                    exc.msg,
                    "json",
                    path_nl=f"regel {exc.lineno}, kolom {exc.colno}",
                )
            ],
        ) from exc
    except RecursionError as exc:  # pragma: no cover - _too_deep catches this first
        raise CharterFileError(path, FileErrorKind.NOT_A_CHARTER) from exc
    except ValueError as exc:  # e.g. a number of more than 4300 digits (int conversion limit)
        raise CharterFileError(
            path,
            FileErrorKind.NOT_JSON,
            [
                Problem(
                    "",
                    "het bestand bevat een getal dat te lang is",
                    "the file holds a number that is too long",
                    "json",
                )
            ],
        ) from exc
    if not isinstance(raw, dict):
        raise CharterFileError(
            path,
            FileErrorKind.NOT_A_CHARTER,
            [
                Problem(
                    "",
                    "de JSON is geen object",
                    f"the JSON is a {type(raw).__name__}, not an object",
                    "shape",
                )
            ],
        )
    return raw


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key[:80]


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Refuse an object with a key twice: ``json`` would silently keep the last value and lose the first."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return out


#: A JSON string (escapes included; an unterminated one runs to the end), and runs of non-brackets.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


def _too_deep(text: str) -> Problem | None:
    """Return a problem when brackets nest deeper than ``MAX_DEPTH`` (ignoring those inside strings).

    Strings and everything but brackets are cut away by regular expressions first, so the
    Python loop only sees the brackets (a few per record instead of every character).
    """
    if text.count("[") + text.count("{") < MAX_DEPTH:
        return None
    depth = 0
    for ch in _NOT_BRACKETS.sub("", _JSON_STRING.sub("", text)):
        depth += 1 if ch in "[{" else -1
        if depth > MAX_DEPTH:
            return _too_deep_slow(text)
    return None


def _too_deep_slow(text: str) -> Problem | None:
    """Character by character, to name the line where the nesting gets too deep."""
    depth = 0
    in_string = escape = False
    line = 1
    for ch in text:
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return Problem(
                    f"line {line}",
                    f"de JSON is dieper genest dan {MAX_DEPTH} niveaus",
                    f"the JSON nests deeper than {MAX_DEPTH} levels",
                    "too_deep",
                    path_nl=f"regel {line}",
                )
        elif ch in "]}":
            depth -= 1
        elif ch == "\n":
            line += 1
    return None


def _json_msg_nl(msg: str) -> str:
    table = {
        "Expecting value": "hier wordt een waarde verwacht",
        "Expecting ',' delimiter": "hier wordt een komma verwacht",
        "Expecting ':' delimiter": "hier wordt een dubbele punt verwacht",
        "Expecting property name enclosed in double quotes": "hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht",
        "Unterminated string starting at": "een tekst is niet afgesloten",
        "Extra data": "na het einde van de JSON staat nog meer",
        "Invalid control character at": "ongeldig stuurteken in een tekst",
    }
    for en, nl in table.items():
        if msg.startswith(en):
            return nl
    return msg


def _check_header_and_migrate(raw: dict[str, Any], path: Path | str) -> dict[str, Any]:
    version = raw.get("schema_version")
    fmt = raw.get("format")
    if fmt is not None and fmt != FORMAT:
        raise CharterFileError(
            path,
            FileErrorKind.NOT_A_CHARTER,
            [
                Problem(
                    "format",
                    f"is '{fmt}', verwacht '{FORMAT}'",
                    f"is '{fmt}', expected '{FORMAT}'",
                    "format",
                )
            ],
        )
    if version is None or "metadata" not in raw:
        raise CharterFileError(
            path,
            FileErrorKind.NOT_A_CHARTER,
            [
                Problem(
                    "schema_version" if version is None else "metadata",
                    "ontbreekt; een convenant heeft 'schema_version' en 'metadata'",
                    "is missing; a charter has 'schema_version' and 'metadata'",
                    "not_a_charter",
                )
            ],
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CharterFileError(
            path,
            FileErrorKind.INVALID,
            [
                Problem(
                    "schema_version", "moet een positief geheel getal zijn", "must be a positive whole number"
                )
            ],
        )
    if version > SCHEMA_VERSION:
        raise CharterFileError(
            path,
            FileErrorKind.NEWER_VERSION,
            [
                Problem(
                    "schema_version",
                    f"is {version}; deze versie van Charter Builder kent tot en met {SCHEMA_VERSION}. "
                    "Werk Charter Builder bij om dit bestand te openen.",
                    f"is {version}; this release of Charter Builder reads up to {SCHEMA_VERSION}. "
                    "Update Charter Builder to open this file.",
                    "newer_version",
                )
            ],
        )
    if version < SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise CharterFileError(
                path,
                FileErrorKind.INVALID,
                [Problem("schema_version", f"versie {version} is onbekend", f"version {version} is unknown")],
            )
        from .migrations import migrate

        try:
            raw, _ = migrate(raw)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise CharterFileError(
                path,
                FileErrorKind.INVALID,
                [
                    Problem(
                        "schema_version",
                        f"het bijwerken vanaf versie {version} lukt niet: {exc}",
                        f"upgrading from version {version} failed: {exc}",
                        "migration",
                    )
                ],
            ) from exc
    return raw


def file_schema_version(path: Path | str) -> int | None:
    """Return the ``schema_version`` a file declares (before migration), or ``None`` if unreadable."""
    try:
        raw = parse_json_object(read_file_bytes(Path(path)), path)
    except CharterFileError:
        return None
    v = raw.get("schema_version")
    return v if isinstance(v, int) else None
