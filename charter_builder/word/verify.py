"""``verify_docx``: was this Word document generated from exactly this charter, and left unedited?"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..model import Charter
from ..storage import fingerprint
from . import ooxml
from .catalogue import catalogue
from .render import PROP_BODY_HASH, PROP_FINGERPRINT


class DocxReadError(ValueError):
    """The file is not a readable .docx (missing, not a zip, damaged)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    doc_fingerprint: str | None
    """The fingerprint the document carries; ``None`` when it has none."""
    charter_fingerprint: str
    message_nl: str
    message_en: str
    edited: bool = False
    """The document's text no longer matches the text it was generated with."""

    def message(self, lang: str) -> str:
        return self.message_nl if lang == "nl" else self.message_en


def verify_docx(docx: Path, charter: Charter) -> VerifyResult:
    """Compare a document's fingerprint with the charter's, and its text with the text it was made with.

    Raises ``DocxReadError`` when the document cannot be read as a .docx.
    """
    docx = Path(docx)
    expected = fingerprint(charter)
    try:
        props = ooxml.read_custom_properties(docx)
        body = ooxml.read_body(docx)
    except FileNotFoundError as exc:
        raise DocxReadError(docx, "file not found") from exc
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise DocxReadError(docx, f"not a readable .docx ({exc})") from exc
    nl, en = catalogue("nl"), catalogue("en")
    found = props.get(PROP_FINGERPRINT)
    if not found:
        return VerifyResult(
            False, None, expected, nl.t("verify_no_fingerprint"), en.t("verify_no_fingerprint")
        )
    edited = props.get(PROP_BODY_HASH) != ooxml.body_text_hash(body)
    if found != expected:
        other_id = props.get("CharterId", "")
        if other_id and other_id != charter.metadata.charter_id:
            msg_nl = nl.t("verify_other_charter", charter_id=other_id)
            msg_en = en.t("verify_other_charter", charter_id=other_id)
        else:
            msg_nl, msg_en = nl.t("verify_other_json"), en.t("verify_other_json")
        if edited:
            msg_nl += " " + nl.t("verify_edited")
            msg_en += " " + en.t("verify_edited")
        return VerifyResult(False, found, expected, msg_nl, msg_en, edited)
    if edited:
        return VerifyResult(False, found, expected, nl.t("verify_edited"), en.t("verify_edited"), True)
    return VerifyResult(True, found, expected, nl.t("verify_ok"), en.t("verify_ok"))
