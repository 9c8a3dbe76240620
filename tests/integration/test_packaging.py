"""A built wheel carries the migrations, protocols and resources, and works on its own."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("labapp-*.whl")
    return built


def test_wheel_contains_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "labapp/persistence/migrations/env.py",
        "labapp/persistence/migrations/script.py.mako",
        "labapp/persistence/migrations/versions/0001_initial_schema.py",
        "labapp/persistence/migrations/versions/0002_audits.py",
        "audit_templates/smartphone.yaml",
        "audit_templates/sanction-policy.yaml",
        "resources/icons/labapp.svg",
        "resources/models/phone_models.json",
        "audit_templates/__init__.py",
        "devices/__init__.py",
        "devices/simulated/bench.py",
        "resources/devices/iphone14pro.reading.json",
        "resources/devices/galaxy-a35.reading.json",
    ):
        assert expected in names
    assert not any(name.startswith("tests/") for name in names)


def test_unpacked_wheel_runs_migrations_and_finds_resources(wheel, tmp_path):
    """Run from the unpacked wheel, away from the source tree."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import sys, labapp, resources, audit_templates\n"
        f"assert labapp.__file__.startswith({str(site)!r}), labapp.__file__\n"
        "icon = resources.resource('icons/labapp.svg')\n"
        "from devices.models import find_model\n"
        "assert find_model('ios', 'iPhone13,2').factory_screen == 'OLED'\n"
        "from devices.simulated.lab_phones import CATALOGUE\n"
        "assert [phone.build() for phone in CATALOGUE]\n"
        "assert icon.read_text().startswith('<svg')\n"
        "assert len(audit_templates.protocol_files()) == 2\n"
        "from labapp.cli.main import main\n"
        f"sys.exit(main(['--db', 'sqlite:///{tmp_path}/w.sqlite3', 'db', 'upgrade']))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(site), LABAPP_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "upgraded from empty to" in done.stdout
