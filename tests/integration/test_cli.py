"""The `labapp` command: subcommands, JSON output, exit codes, messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from labapp import __version__
from labapp.persistence.schema import head_revision

from .cli_helpers import labapp


@pytest.fixture
def lab(database_url):
    assert (
        labapp(
            database_url, "seller", "add", "S-FR-1", "--name", "Répar'Phone", "--country", "FR"
        ).code
        == 0
    )
    assert labapp(database_url, "user", "add", "Camille", "--role", "technician").code == 0
    return database_url


def test_version_names_the_log_file(tmp_path, _isolated_home):
    result = labapp(f"sqlite:///{tmp_path}/x.sqlite3", "--version")
    assert result.code == 0
    assert f"labapp {__version__}" in result.out
    assert f"log file: {_isolated_home / 'logs' / 'labapp.log'}" in result.out


def test_no_subcommand_opens_the_window_on_the_chosen_database(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "labapp.ui.app.run_window", lambda url, demo=False: opened.append((url, demo)) or 0
    )
    url = f"sqlite:///{tmp_path}/x.sqlite3"
    assert labapp(url).code == 0
    assert labapp(url, "--demo").code == 0
    assert opened == [(url, False), (url, True)]


def test_help_lists_the_commands(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        labapp(f"sqlite:///{tmp_path}/x.sqlite3", "--help")
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "usage: labapp" in out and "order" in out and "window" in out


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        labapp(f"sqlite:///{tmp_path}/x.sqlite3", "order", "frobnicate")
    assert stop.value.code == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


def test_default_database_is_sqlite_in_the_user_data_folder(_isolated_home):
    import io

    from labapp.cli.main import run

    out = io.StringIO()
    assert run(["seller", "list"], out, io.StringIO()) == 0
    assert (_isolated_home / "data" / "labapp.sqlite3").is_file()


def test_database_url_from_the_environment(tmp_path, monkeypatch):
    import io

    from labapp.cli.main import run

    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("LABAPP_DATABASE_URL", f"sqlite:///{target}")
    assert run(["seller", "list"], io.StringIO(), io.StringIO()) == 0
    assert target.is_file()


def test_order_life_through_the_command_line(lab):
    assert (
        labapp(
            lab,
            "order",
            "add",
            "BM-1",
            "--seller",
            "S-FR-1",
            "--model",
            "iPhone 12",
            "--storage",
            "128",
            "--grade",
            "excellent",
            "--price",
            "389,00",
            "--ordered-at",
            "2025-07-11 15:00",
        ).code
        == 0
    )
    shipped = labapp(
        lab,
        "order",
        "ship",
        "BM-1",
        "--at",
        "2025-07-15T17:00:00+02:00",
        "--carrier",
        "Colissimo",
        "--tracking",
        "6A12345678901",
    )
    assert shipped.code == 0, shipped.err
    assert "on time: yes (deadline 2025-07-16)" in shipped.out
    assert labapp(lab, "order", "deliver", "BM-1", "--at", "2025-07-16 11:00").code == 0
    received = labapp(
        lab,
        "order",
        "receive",
        "BM-1",
        "--by",
        "Camille",
        "--invoice",
        "no",
        "--at",
        "2025-07-16T15:00:00+02:00",
        "--accessories",
        "cable,charger",
        "--extra-fees",
        "12.50",
        "--extra-fees-note",
        "customs",
    )
    assert received.code == 0, received.err
    shown = labapp(lab, "order", "show", "BM-1", "--json").json()
    assert shown["status"] == "received"
    assert shown["ordered_at"] == "2025-07-11T15:00:00+02:00"
    assert shown["shipped_on_time"] is True
    assert shown["delivered_on_time"] is True
    assert shown["tracking_valid"] is True
    assert shown["price"] == "389.00"
    assert shown["logistics"]["effective_order_day"] == "2025-07-15"
    assert shown["reception"]["accessories"] == ["cable", "charger"]
    assert shown["reception"]["extra_fees_amount"] == "12.50"
    assert shown["reception"]["invoice_present"] is False
    text = labapp(lab, "order", "show", "BM-1")
    assert "Invoice             NO" in text.out


def test_order_list_json_carries_the_verdicts_null_while_unknown(lab):
    labapp(
        lab,
        "order",
        "add",
        "BM-2",
        "--seller",
        "S-FR-1",
        "--model",
        "Pixel 8",
        "--storage",
        "128",
        "--grade",
        "good",
        "--price",
        "300",
    )
    listed = labapp(lab, "order", "list", "--json").json()
    assert listed == [pytest.approx(listed[0])]
    entry = listed[0]
    for key in (
        "order_ref",
        "seller_ref",
        "status",
        "shipped_on_time",
        "delivered_on_time",
        "tracking_valid",
    ):
        assert key in entry
    assert entry["status"] == "ordered"
    assert entry["shipped_on_time"] is None
    assert entry["tracking_valid"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("order", "show", "NOPE"), "no order 'NOPE'"),
        (
            (
                "order",
                "add",
                "BM-9",
                "--seller",
                "S-XX",
                "--model",
                "X",
                "--storage",
                "64",
                "--grade",
                "good",
                "--price",
                "1",
            ),
            "no seller 'S-XX'",
        ),
        (
            (
                "order",
                "add",
                "BM-9",
                "--seller",
                "S-FR-1",
                "--model",
                "X",
                "--storage",
                "64",
                "--grade",
                "mint",
                "--price",
                "1",
            ),
            "listing grade 'mint' is not one of",
        ),
        (
            (
                "order",
                "add",
                "BM-9",
                "--seller",
                "S-FR-1",
                "--model",
                "X",
                "--storage",
                "64",
                "--grade",
                "good",
                "--price",
                "cheap",
            ),
            "price 'cheap' is not a number",
        ),
        (
            ("seller", "add", "S-FR-1", "--name", "Again", "--country", "FR"),
            "seller S-FR-1 already exists",
        ),
        (
            ("seller", "add", "S-2", "--name", "Nowhere", "--country", "Frankreich"),
            "not a two-letter ISO 3166 code",
        ),
        (("user", "add", "Bob", "--role", "intern"), "role 'intern' is not one of"),
        (("settings", "set", "logistics.order_cutoff_hour", "99"), "outside 0..24"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(lab, args, message):
    result = labapp(lab, *args)
    assert result.code == 2
    assert message in result.err
    assert result.err.startswith("labapp: error: ")


def test_writing_an_order_that_exists_says_so(lab):
    args = (
        "order",
        "add",
        "BM-3",
        "--seller",
        "S-FR-1",
        "--model",
        "iPhone 11",
        "--storage",
        "64",
        "--grade",
        "fair",
        "--price",
        "200",
    )
    assert labapp(lab, *args).code == 0
    again = labapp(lab, *args)
    assert again.code == 2
    assert "order BM-3 already exists" in again.err


def test_unexpected_errors_exit_1_and_point_to_the_log(lab, monkeypatch, _isolated_home):
    from labapp.services.directory import DirectoryService

    def broken(self):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(DirectoryService, "list_sellers", broken)
    result = labapp(lab, "seller", "list")
    assert result.code == 1
    log_file = _isolated_home / "logs" / "labapp.log"
    assert str(log_file) in result.err
    assert "RuntimeError: disk on fire" in log_file.read_text(encoding="utf-8")


def test_settings_list_and_set(lab):
    assert labapp(lab, "settings", "set", "logistics.order_cutoff_hour", "14").code == 0
    listed = labapp(lab, "settings", "list", "--json").json()
    values = {s["name"]: s["value"] for s in listed}
    assert values["logistics.order_cutoff_hour"] == 14
    assert values["logistics.deliver_within_days"] == 5


def test_db_upgrade_and_status(tmp_path):
    db = f"sqlite:///{tmp_path}/fresh.sqlite3"
    first = labapp(db, "db", "upgrade")
    head = head_revision()
    assert first.code == 0 and f"upgraded from empty to {head}" in first.out
    assert "already current" in labapp(db, "db", "upgrade").out
    assert f"schema: {head}" in labapp(db, "db", "status").out


@pytest.mark.parametrize(
    "command", [("seller", "list"), ("db", "status"), ("db", "upgrade")], ids=" ".join
)
def test_unreachable_postgresql_is_a_clear_message(tmp_path, command):
    result = labapp("postgresql://nobody@127.0.0.1:1/none", *command)
    assert result.code == 2, result.err
    assert "cannot open database postgresql+psycopg://nobody@127.0.0.1:1/none" in result.err
    assert "unexpected" not in result.err


def test_db_status_of_a_file_not_made_yet_leaves_it_unmade(tmp_path):
    missing = tmp_path / "not-yet" / "lab.sqlite3"
    result = labapp(f"sqlite:///{missing}", "db", "status")
    assert result.code == 0
    assert "does not exist yet" in result.out
    assert not missing.parent.exists()


def test_the_installed_console_script_runs(tmp_path):
    script = Path(sys.executable).with_name("labapp")
    env = dict(os.environ, LABAPP_HOME=str(tmp_path))
    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert f"log file: {tmp_path / 'logs' / 'labapp.log'}" in done.stdout
