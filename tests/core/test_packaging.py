"""The wheel carries templates/ and resources/, and the program finds them through one function."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from charter_builder.resources import resources_dir, templates_dir

ROOT = Path(__file__).resolve().parents[2]


def test_resource_folders_are_found() -> None:
    assert templates_dir().is_dir()
    assert resources_dir().is_dir()


def test_wheel_contains_templates_and_resources(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH")
    done = subprocess.run(
        [uv, "build", "--wheel", "--no-build-isolation", "--out-dir", str(tmp_path), "--offline", "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    wheel = next(tmp_path.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("charter_builder/_data/templates/") for n in names)
    assert any(n.startswith("charter_builder/_data/resources/") for n in names)
    assert "charter_builder/model/charter.py" in names
    assert "ui/launcher.py" in names
    # Test data generators and golden files are for developers: not shipped to users.
    assert "charter_builder/synthetic.py" not in names
    assert not [n for n in names if n.startswith("tests/") or "/synthetic" in n]
    for path in templates_dir().rglob("*"):
        if path.is_file():
            rel = path.relative_to(templates_dir()).as_posix()
            assert f"charter_builder/_data/templates/{rel}" in names
