"""Partner mode's core: a package shown as a small charter, edited as one, and written back for merging."""

from __future__ import annotations

from pathlib import Path

from charter_builder.model import Contribution, ContributionKind, DataFlow
from charter_builder.packages import (
    as_charter,
    check_package,
    export_package,
    load_package,
    merge_packages,
    save_package,
    with_sections,
)

from .test_packages import realistic_charter


def test_as_charter_shows_the_context_and_the_partners_own_records() -> None:
    source = realistic_charter()
    source.metadata.language = "en"
    package = export_package(source, "p002", "Anna")
    view = as_charter(package)
    assert view.metadata.charter_id == source.metadata.charter_id
    assert view.metadata.language == "en"
    assert view.metadata.title == source.metadata.title
    assert view.purpose.problem == source.purpose.problem
    assert view.vision.statement == source.vision.statement
    assert view.partners[0] == source.partner("p002")
    assert [p.id for p in view.partners[1:]] == [p.id for p in source.partners if p.id != "p002"]
    assert view.partners[1].name == "Organisatie 000"
    assert view.partners[1].representatives == []
    assert [i.id for i in view.purpose.interests] == ["int-p002"]
    assert [f.id for f in view.data_sharing.flows] == ["flow-002", "flow-010"]
    assert view.governance.kpis == []
    assert view.integrity_problems() == []


def test_edits_in_partner_mode_travel_back_and_merge(tmp_path: Path) -> None:
    source = realistic_charter()
    package = export_package(source, "p002", "Anna")
    view = as_charter(package)
    me = view.partners[0]
    me.representatives[0].mandate = "Volledig mandaat voor het casusoverleg."
    view.strategy.contributions.append(
        Contribution(
            id="con-p002-extra", partner_id="p002", kind=ContributionKind.EXPERTISE, description="Juristen"
        )
    )
    view.data_sharing.flows.append(
        DataFlow(id="flow-p002-extra", name="Huurachterstanden", provider_id="p002")
    )
    view.purpose.problem = "Iets anders"  # shared context: not the partner's to change
    view.partners[1].name = "Hernoemd"  # another partner: ignored as well

    path = tmp_path / "p002.partner.json"
    save_package(with_sections(package, view), path)
    returned = load_package(path)

    assert returned.base == package.base
    assert returned.context == package.context
    assert check_package(source, returned, path.name) == ([], [])
    result = merge_packages(source, [returned], coordinator="Jansen")
    assert result.conflicts == []
    merged = result.charter
    assert merged.partner("p002").representatives[0].mandate == "Volledig mandaat voor het casusoverleg."  # type: ignore[union-attr]
    assert "con-p002-extra" in {c.id for c in merged.strategy.contributions}
    assert "flow-p002-extra" in {f.id for f in merged.data_sharing.flows}
    assert merged.purpose.problem == source.purpose.problem
    assert merged.partner("p000").name == "Organisatie 000"  # type: ignore[union-attr]
