"""Reading and writing charter files: the JSON save format, atomic saves, migrations."""

from .atomic import atomic_write_bytes
from .errors import CharterFileError, FileErrorKind
from .jsonfile import (
    MAX_FILE_BYTES,
    canonical_json,
    dump_charter,
    fingerprint,
    load_charter,
    load_charter_bytes,
    save_charter,
)
from .migrations import migrate

__all__ = [
    "MAX_FILE_BYTES",
    "CharterFileError",
    "FileErrorKind",
    "atomic_write_bytes",
    "canonical_json",
    "dump_charter",
    "fingerprint",
    "load_charter",
    "load_charter_bytes",
    "migrate",
    "save_charter",
]
