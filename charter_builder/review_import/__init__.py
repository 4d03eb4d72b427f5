"""Comments from the Word review copy back into the charter (see ``importer.import_comments``)."""

from .importer import (
    GENERAL_TARGET,
    ImportedComment,
    ImportRefused,
    ImportResult,
    Message,
    SkippedComment,
    TextChange,
    import_comments,
)
from .reader import DocxUnreadable

__all__ = [
    "GENERAL_TARGET",
    "DocxUnreadable",
    "ImportRefused",
    "ImportResult",
    "ImportedComment",
    "Message",
    "SkippedComment",
    "TextChange",
    "import_comments",
]
