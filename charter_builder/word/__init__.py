"""The Word charter: ``render_charter`` writes it, ``verify_docx`` ties a document to its charter file.

Only this package imports python-docx. Fonts and colours come from the style template; fixed text
from ``catalogue``; raw XML only from ``ooxml``.
"""

from .render import default_template, render_charter, render_charter_bytes
from .styles import ALL_STYLES, TemplateError
from .verify import DocxReadError, VerifyResult, verify_docx

__all__ = [
    "ALL_STYLES",
    "DocxReadError",
    "TemplateError",
    "VerifyResult",
    "default_template",
    "render_charter",
    "render_charter_bytes",
    "verify_docx",
]
