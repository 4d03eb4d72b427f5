"""The anchor pieces on their own: marker placement, names Word accepts, where a comment on a target goes."""

from __future__ import annotations

from charter_builder.model import Charter
from charter_builder.storage import load_charter
from charter_builder.word.anchors import AnchorBook, AnchorName, anchor_hash
from charter_builder.word.comments import anchor_for, initials
from charter_builder.word.ooxml import place_anchor_markers

from .test_review_import import EXAMPLE


def _p(text: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="N"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'


def test_markers_become_bookmarks_in_the_next_paragraph_and_an_idle_resume_is_dropped() -> None:
    book = AnchorBook()
    xml = (
        book.marker("governance")
        + _p("Artikel 6")
        + book.marker("body-1")
        + _p("Stuurgroep")
        + book.marker("governance", resume=True)
        + book.marker("body-2")
        + _p("Kernteam")
        + book.marker("governance", resume=True)
        + _p("Slot")
    )
    out = place_anchor_markers(xml)
    assert "cbanchor" not in out
    g, b1, b2 = (anchor_hash(t) for t in ("governance", "body-1", "body-2"))
    # body-2 directly follows body-1: the resume in between says nothing and is left out.
    assert f"cb_{g}_1" not in out
    assert out.index(f'w:name="cb_{b2}_0"') < out.index("Kernteam")
    assert out.index("Kernteam") < out.index(f'w:name="cb_{g}_2"') < out.index("Slot")
    assert out.count("<w:bookmarkStart") == out.count("<w:bookmarkEnd") == 4
    assert book.first == {"governance": f"cb_{g}_0", "body-1": f"cb_{b1}_0", "body-2": f"cb_{b2}_0"}


def test_names_are_short_start_with_a_letter_and_survive_a_suffix() -> None:
    long_target = "data_sharing.flows[12].legal_basis_explanation" * 3
    book = AnchorBook()
    name = book.marker(long_target).split(":")[1]
    assert len(name) <= 40
    assert name[0].isalpha()
    parsed = AnchorName.parse(name + "_copy2")
    assert parsed is not None
    assert parsed.digest == anchor_hash(long_target)
    assert book.targets[parsed.digest] == long_target
    assert AnchorName.parse("_GoBack") is None
    assert AnchorName.parse("cbn_" + anchor_hash("x")).note


def test_a_comment_on_an_unanchored_record_goes_to_its_nearest_anchored_parent() -> None:
    charter: Charter = load_charter(EXAMPLE)
    partner = charter.partners[0]
    rep = partner.representatives[0]
    first = {partner.id: "cb_partner", "partners": "cb_partners", "metadata": "cb_meta"}
    assert anchor_for(rep.id, first, charter) == "cb_partner"
    assert anchor_for(f"{partner.id}", first, charter) == "cb_partner"
    assert anchor_for("partners[0].representatives[0].name", first, charter) == "cb_partner"
    assert anchor_for("nothing.like.this", first, charter) == "cb_meta"


def test_initials() -> None:
    assert initials("Jan de Vries") == "JDV"
    assert initials("Mr. A. Reviewer") == "MAR"
    assert initials("") == ""
