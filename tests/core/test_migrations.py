"""Files written by older releases open through the migrations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charter_builder.model import SCHEMA_VERSION
from charter_builder.storage import dump_charter, load_charter
from charter_builder.storage.jsonfile import file_schema_version
from charter_builder.storage.migrations import MIGRATIONS, migrate

# A charter as the 0.0 preview (schema 1) wrote it, by hand: one representative per partner,
# KPIs at the top level, no format marker.
V1_FILE = {
    "schema_version": 1,
    "metadata": {"charter_id": "charter-oud", "title": "Convenant Oudestad", "language": "nl", "version": 3},
    "partners": [
        {
            "id": "gem-oudestad",
            "name": "Gemeente Oudestad",
            "type": "municipality",
            "representative": {"name": "J. Jansen", "function": "Burgemeester", "mandate_level": "full"},
        },
        {"id": "pol", "name": "Politie", "type": "police"},
    ],
    "kpis": [{"id": "kpi-1", "name": "Bibob-toetsen", "owner_id": "gem-oudestad", "target": 40}],
    "governance": {"escalation": "Naar de stuurgroep."},
}


def test_every_old_version_has_a_step_to_the_current_one() -> None:
    for version in range(min(MIGRATIONS), SCHEMA_VERSION):
        assert version in MIGRATIONS


def test_v1_file_opens_and_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "oud.charter.json"
    original = json.dumps(V1_FILE, indent=2).encode()
    path.write_bytes(original)
    c = load_charter(path)
    assert path.read_bytes() == original  # loading never rewrites the old file
    assert file_schema_version(path) == 1
    assert c.schema_version == SCHEMA_VERSION
    assert c.metadata.version == 3
    gem = c.partner("gem-oudestad")
    assert gem is not None
    assert [r.name for r in gem.representatives] == ["J. Jansen"]
    assert gem.representatives[0].id == "gem-oudestad-rep"
    assert c.partner("pol").representatives == []
    assert [k.id for k in c.governance.kpis] == ["kpi-1"]
    assert c.governance.kpis[0].owner_id == "gem-oudestad"
    assert c.governance.escalation == "Naar de stuurgroep."
    # Once upgraded it saves in the current schema and reloads unchanged.
    assert json.loads(dump_charter(c))["schema_version"] == SCHEMA_VERSION


def test_migrate_reports_the_steps_taken() -> None:
    raw, steps = migrate(json.loads(json.dumps(V1_FILE)))
    assert steps == [1]
    assert raw["schema_version"] == SCHEMA_VERSION
    assert "kpis" not in raw


def test_broken_old_file_gives_a_clear_error(tmp_path: Path) -> None:
    from charter_builder.storage import CharterFileError

    raw = json.loads(json.dumps(V1_FILE))
    raw["partners"] = "not a list"
    path = tmp_path / "oud.charter.json"
    path.write_text(json.dumps(raw))
    with pytest.raises(CharterFileError) as info:
        load_charter(path)
    assert "partners: must be a list" in info.value.describe("en")
