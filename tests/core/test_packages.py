"""Partner packages: what an export holds, the file format, and how damaged files are reported."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from charter_builder.model import Charter, DpoContact
from charter_builder.packages import (
    PACKAGE_FORMAT,
    PackageError,
    PartnerPackage,
    check_package,
    default_package_name,
    dump_package,
    export_package,
    load_package,
    save_package,
)
from charter_builder.packages.digest import integrity_hash, sha256_of
from charter_builder.storage import CharterFileError, FileErrorKind, save_charter
from tests.support.synthetic import large_charter

EXPORTED_AT = dt.datetime(2026, 5, 4, 9, 30, tzinfo=dt.UTC)
THREE = ("p001", "p002", "p003")


def realistic_charter() -> Charter:
    """Return a mid-size charter (8 partners) with DPO contacts and a filled-in purpose."""
    c = large_charter(partners=8, kpis=8, activities=8, flows=16)
    c.purpose.shared_value = "Samen zien we patronen die een organisatie alleen mist."
    c.purpose.why_together = "Geen partner heeft alle informatie en bevoegdheden."
    c.data_sharing.dpo_contacts = [
        DpoContact(id=f"dpo-{pid}", partner_id=pid, name=f"FG van {pid}", email=f"fg@{pid}.example")
        for pid in ("p001", "p002")
    ]
    return c


def edit_json(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit a file the way another program would: parse the JSON, change the dict, write it back."""
    raw = json.loads(path.read_text("utf-8"))
    change(raw)
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2), "utf-8")


def write_packages(charter: Charter, folder: Path, partners: tuple[str, ...] = THREE) -> dict[str, Path]:
    """Save the charter as ``regio.charter.json`` and a package per partner next to it."""
    charter_file = folder / "regio.charter.json"
    save_charter(charter, charter_file, backup=False)
    out = {}
    for pid in partners:
        target = default_package_name(charter_file, pid)
        save_package(export_package(charter, pid, "Coördinator", now=EXPORTED_AT), target)
        out[pid] = target
    return out


def test_export_holds_exactly_the_partners_own_records() -> None:
    charter = realistic_charter()
    package = export_package(charter, "p001", "Anna", now=EXPORTED_AT)
    s = package.sections
    assert package.format == PACKAGE_FORMAT
    assert (package.charter_id, package.charter_version, package.partner_id) == ("charter-large", 1, "p001")
    assert package.exported_by == "Anna"
    assert package.exported_at == EXPORTED_AT
    assert s.partner == charter.partner("p001")
    assert [r.id for r in s.partner.representatives] == ["p001-r0", "p001-r1"]
    assert [i.id for i in s.interests] == ["int-p001"]
    assert [c.id for c in s.contributions] == ["con-p001"]
    assert [f.id for f in s.flows] == ["flow-001", "flow-009"]
    assert all(f.provider_id == "p001" for f in s.flows)
    assert [d.id for d in s.dpo_contacts] == ["dpo-p001"]
    assert package.base == s
    assert package.base is not s


def test_export_context_is_the_shared_part_with_the_other_partners() -> None:
    charter = realistic_charter()
    package = export_package(charter, "p002", "Anna")
    ctx = package.context
    assert ctx.title == charter.metadata.title
    assert ctx.partnership_name == charter.metadata.partnership_name
    assert ctx.problem == charter.purpose.problem
    assert ctx.shared_value == charter.purpose.shared_value
    assert ctx.why_together == charter.purpose.why_together
    assert ctx.vision == charter.vision.statement
    assert [p.id for p in ctx.other_partners] == [p.id for p in charter.partners if p.id != "p002"]
    assert ctx.other_partners[0].name == "Organisatie 000"
    assert package.context_fingerprint == sha256_of(ctx)
    assert package.integrity == integrity_hash(
        "charter-large", 1, "p002", package.base, package.context_fingerprint
    )


def test_export_does_not_change_the_charter_and_copies_records() -> None:
    charter = realistic_charter()
    before = charter.model_dump(mode="json")
    package = export_package(charter, "p001", "Anna")
    package.sections.partner.name = "Anders"
    package.sections.contributions[0].amount = 99
    assert charter.model_dump(mode="json") == before


def test_export_for_an_unknown_partner_names_the_known_ones() -> None:
    with pytest.raises(PackageError) as info:
        export_package(realistic_charter(), "nobody", "Anna")
    assert "nobody" in info.value.describe("nl")
    assert "bestaat niet" in info.value.describe("nl")
    assert "p000" in info.value.describe("en")


def test_package_file_round_trip_is_byte_stable(tmp_path: Path) -> None:
    package = export_package(realistic_charter(), "p001", "Anna", now=EXPORTED_AT)
    first = tmp_path / "a.partner.json"
    save_package(package, first)
    loaded = load_package(first)
    assert loaded == package
    second = tmp_path / "b.partner.json"
    save_package(loaded, second)
    assert first.read_bytes() == second.read_bytes() == dump_package(package)
    assert first.read_bytes().endswith(b"}\n")


def test_default_package_name_follows_the_charter_name(tmp_path: Path) -> None:
    assert (
        default_package_name(tmp_path / "west.charter.json", "gem-1") == tmp_path / "west-gem-1.partner.json"
    )
    assert default_package_name("x/west.json", "p") == Path("x/west-p.partner.json")


def test_a_json_edit_of_sections_keeps_the_package_acceptable(tmp_path: Path) -> None:
    charter = realistic_charter()
    path = write_packages(charter, tmp_path, ("p001",))["p001"]

    def change(raw: dict[str, Any]) -> None:
        raw["sections"]["partner"]["legal_powers"] = "Gemeentewet art. 172"
        raw["sections"]["contributions"][0]["amount"] = 24

    edit_json(path, change)
    package = load_package(path)
    assert package.sections.contributions[0].amount == 24
    assert check_package(charter, package, path.name) == ([], [])


def test_loading_a_charter_as_a_package_explains_the_mix_up(tmp_path: Path) -> None:
    path = tmp_path / "c.charter.json"
    save_charter(realistic_charter(), path, backup=False)
    with pytest.raises(CharterFileError) as info:
        load_package(path)
    assert info.value.kind == FileErrorKind.NOT_A_PACKAGE
    assert info.value.path == path
    assert "charter-builder package" in info.value.describe("en")
    assert "geen partnerpakket" in info.value.describe("nl")


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"{not json", FileErrorKind.NOT_JSON),
        (b"[1, 2]", FileErrorKind.NOT_A_CHARTER),
        (b"\xff\xfe\x00", FileErrorKind.NOT_TEXT),
        (b'{"format": "something/else"}', FileErrorKind.NOT_A_PACKAGE),
    ],
)
def test_damaged_files_give_a_specific_error(tmp_path: Path, content: bytes, kind: FileErrorKind) -> None:
    path = tmp_path / "x.partner.json"
    path.write_bytes(content)
    with pytest.raises(CharterFileError) as info:
        load_package(path)
    assert info.value.kind == kind
    assert str(path) in info.value.describe("nl")


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(CharterFileError) as info:
        load_package(tmp_path / "gone.partner.json")
    assert info.value.kind == FileErrorKind.NOT_FOUND


def test_a_package_from_a_newer_release_is_refused_on_load(tmp_path: Path) -> None:
    path = write_packages(realistic_charter(), tmp_path, ("p001",))["p001"]
    edit_json(path, lambda raw: raw.update(schema_version=7))
    with pytest.raises(CharterFileError) as info:
        load_package(path)
    assert info.value.kind == FileErrorKind.NEWER_VERSION


def test_invalid_values_are_reported_with_their_path(tmp_path: Path) -> None:
    path = write_packages(realistic_charter(), tmp_path, ("p001",))["p001"]

    def change(raw: dict[str, Any]) -> None:
        raw["sections"]["contributions"][0]["amount"] = -3
        raw["sections"]["partner"]["nickname"] = "x"

    edit_json(path, change)
    with pytest.raises(CharterFileError) as info:
        load_package(path)
    assert info.value.kind == FileErrorKind.INVALID_PACKAGE
    paths = {p.path for p in info.value.problems}
    assert "sections.contributions[0].amount" in paths
    assert "sections.partner.nickname" in paths
    assert "partnerpakket" in info.value.describe("nl")


def test_package_model_rejects_a_charter_format_marker() -> None:
    raw = export_package(realistic_charter(), "p001", "Anna").model_dump(mode="json")
    raw["format"] = "charter-builder/charter"
    with pytest.raises(ValueError, match="format"):
        PartnerPackage.model_validate(raw)
