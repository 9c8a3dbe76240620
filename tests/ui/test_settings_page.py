"""The Settings page: database for the next start, letterhead and deadlines, users and
roles, the protocol and policy in use; administrators only, except the last."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from labapp.bootstrap import choose_database_url, saved_database_url
from labapp.domain.users import LabRole
from labapp.services.access import Actor
from labapp.services.settings import Letterhead
from labapp.ui.settings_page import SettingsPage

from .conftest import WAIT_MS, signed_in, wait_idle

REFUSING_SERVER = "postgresql://postgres@127.0.0.1:1/labapp"


def open_page(qtbot, lab, runner, role=LabRole.ADMINISTRATOR):
    page = SettingsPage(lab, runner, signed_in(lab, role, "Admin"))
    qtbot.addWidget(page)
    page.resize(1200, 740)
    wait_idle(qtbot, runner)
    return page


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def error_shown(qtbot, page) -> str:
    qtbot.waitUntil(
        lambda: page.findChild(QMessageBox, "errorMessage") is not None, timeout=WAIT_MS
    )
    return page.findChild(QMessageBox, "errorMessage").text()


# -- database -------------------------------------------------------------------------


def test_testing_a_good_sqlite_database_names_its_version(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    database = page.database
    qtbot.keyClicks(database.url, f"sqlite:///{lab.database.url.database}")
    click(qtbot, database.test)
    wait_idle(qtbot, runner)
    assert database.result.text().startswith("Connected to SQLite 3.")
    assert "a labapp database, up to date" in database.result.text()
    assert saved_database_url(lab.paths) is None  # a test saves nothing


def test_a_server_that_refuses_is_explained_not_dumped(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    database = page.database
    qtbot.keyClicks(database.url, REFUSING_SERVER)
    qtbot.keyClick(database.url, Qt.Key.Key_Return)  # Enter tests too
    wait_idle(qtbot, runner)
    text = database.result.text()
    assert text.startswith("Nothing answers at 127.0.0.1:1 (connection refused).")
    assert "Traceback" not in text and "psycopg" not in text
    assert "Connection refused" in database.result.toolTip()  # the driver's words, on hover
    assert runner.errors == []


def test_a_database_of_other_tables_is_not_a_labapp_one(qtbot, lab, runner, tmp_path):
    import sqlite3

    other = tmp_path / "accounts.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    page = open_page(qtbot, lab, runner)
    qtbot.keyClicks(page.database.url, str(other))
    click(qtbot, page.database.save)
    wait_idle(qtbot, runner)
    assert page.database.result.text().startswith("Not saved. Connected, but this database")
    assert saved_database_url(lab.paths) is None


def test_saving_a_database_is_for_the_next_start(qtbot, lab, runner, tmp_path, monkeypatch):
    page = open_page(qtbot, lab, runner)
    database = page.database
    in_use = database.in_use.text()
    target = tmp_path / "shared" / "lab.sqlite3"
    qtbot.keyClicks(database.url, str(target))
    with qtbot.waitSignal(page.database_saved, timeout=WAIT_MS) as saved:
        click(qtbot, database.save)
    wait_idle(qtbot, runner)
    assert saved.args == [f"sqlite:///{target}"]
    assert database.result.text().startswith("Saved for the next start. There is no database file")
    assert not target.exists()  # created at the next start, not by a test
    assert database.next_start.text() == f"sqlite:///{target}"
    assert database.in_use.text() == in_use  # nothing changes under an open window
    assert "next start" in database.restart_note.text()
    # The order at start: --db, then LABAPP_DATABASE_URL, then the saved choice.
    assert choose_database_url(None, lab.paths) == f"sqlite:///{target}"
    assert choose_database_url("sqlite:////elsewhere.sqlite3", lab.paths).endswith(
        "elsewhere.sqlite3"
    )
    monkeypatch.setenv("LABAPP_DATABASE_URL", REFUSING_SERVER)
    assert choose_database_url(None, lab.paths) == REFUSING_SERVER
    database.refresh()
    assert not database.overridden.isHidden()
    assert "LABAPP_DATABASE_URL is set" in database.overridden.text()
    monkeypatch.delenv("LABAPP_DATABASE_URL")

    click(qtbot, database.embedded)
    wait_idle(qtbot, runner)
    assert saved_database_url(lab.paths) is None
    assert choose_database_url(None, lab.paths) == f"sqlite:///{lab.paths.default_database}"
    assert database.next_start.text().startswith("the embedded database")


def test_a_database_that_cannot_be_opened_is_not_saved(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    qtbot.keyClicks(page.database.url, REFUSING_SERVER)
    click(qtbot, page.database.save)
    wait_idle(qtbot, runner)
    assert page.database.result.text().startswith("Not saved. Nothing answers at 127.0.0.1:1")
    assert saved_database_url(lab.paths) is None


def test_a_damaged_choice_file_falls_back_to_the_embedded_database(lab):
    lab.paths.config_dir.mkdir(parents=True, exist_ok=True)
    lab.paths.database_choice_file.write_text("{not json", encoding="utf-8")
    assert choose_database_url(None, lab.paths) == f"sqlite:///{lab.paths.default_database}"


# -- laboratory -----------------------------------------------------------------------


def stored_settings(lab) -> dict[str, str]:
    with lab.database.unit_of_work() as uow:
        return uow.settings.load()


def test_saving_the_letterhead_changes_only_what_was_typed(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    laboratory = page.laboratory
    assert laboratory.lab_name.text() == ""  # not set: reports use their catalog's name
    assert laboratory.cutoff.value() == 13
    qtbot.keyClicks(laboratory.lab_name, "Labo Qualite Lyon")
    qtbot.keyClicks(laboratory.address, "12 rue des Lilas")
    qtbot.keyClick(laboratory.address, Qt.Key.Key_Return)
    qtbot.keyClicks(laboratory.address, "69003 Lyon  ")
    with qtbot.waitSignal(page.settings_saved, timeout=WAIT_MS):
        click(qtbot, laboratory.save)
    wait_idle(qtbot, runner)
    assert lab.settings.letterhead() == Letterhead(
        "Labo Qualite Lyon", "12 rue des Lilas\n69003 Lyon"
    )
    assert laboratory.status.text() == "Saved: 2 setting(s) changed."
    assert set(stored_settings(lab)) == {"lab.name", "lab.address"}  # deadlines left as they were
    assert laboratory.address.toPlainText() == "12 rue des Lilas\n69003 Lyon"  # as stored


def test_deadlines_are_policy_the_administrator_sees_but_cannot_change(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    laboratory = page.laboratory
    assert laboratory.lab_name.isEnabled()
    assert not laboratory.cutoff.isEnabled() and not laboratory.ship_days.isEnabled()


def test_deadlines_are_saved_as_numbers_by_the_quality_manager(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner, LabRole.QUALITY_MANAGER)
    laboratory = page.laboratory
    assert page.database is None and page.users is None  # the administrator's tabs
    assert not laboratory.lab_name.isEnabled()  # the letterhead is the administrator's
    laboratory.cutoff.setValue(14)
    laboratory.deliver_days.setValue(7)
    click(qtbot, laboratory.save)
    wait_idle(qtbot, runner)
    policy = lab.settings.logistics_policy()
    assert (policy.order_cutoff_hour, policy.deliver_within_days) == (14, 7)
    click(qtbot, laboratory.save)
    assert laboratory.status.text() == "Nothing changed."


def test_an_empty_lab_name_is_refused_naming_the_setting(qtbot, lab, runner):
    lab.settings.set_setting("lab.name", "Labo Qualite Lyon")
    page = open_page(qtbot, lab, runner)
    laboratory = page.laboratory
    assert laboratory.lab_name.text() == "Labo Qualite Lyon"
    laboratory.lab_name.clear()
    click(qtbot, laboratory.save)
    assert error_shown(qtbot, page) == "Setting lab.name cannot be empty."
    wait_idle(qtbot, runner)
    assert laboratory.status.text() == "Not saved."
    assert lab.settings.letterhead().name == "Labo Qualite Lyon"


# -- users and roles ------------------------------------------------------------------


def select_user(qtbot, users, name):
    row = users.model.row_of(name)
    assert row is not None, name
    users.table.selectRow(row)
    return row


def test_adding_a_user_with_a_role_shows_them_in_the_table(qtbot, lab, runner, qtmodeltester):
    page = open_page(qtbot, lab, runner)
    users = page.users
    qtmodeltester.check(users.model)
    before = users.model.rowCount()
    qtbot.keyClicks(users.new_name, "Nadia Haddad")
    users.new_role.setCurrentIndex(users.new_role.findText("Auditor"))
    with qtbot.waitSignal(page.users_changed, timeout=WAIT_MS):
        click(qtbot, users.add)
    wait_idle(qtbot, runner)
    assert users.model.rowCount() == before + 1
    row = users.model.row_of("Nadia Haddad")
    cells = [users.model.index(row, column).data() for column in range(3)]
    assert cells == ["Nadia Haddad", "Auditor", "yes"]
    assert users.selected().name == "Nadia Haddad"  # the new person is selected
    assert users.new_name.text() == ""
    qtmodeltester.check(users.model)


def test_deactivate_reactivate_and_change_a_role(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    users = page.users
    select_user(qtbot, users, "Lucas Bernard")
    assert users.toggle_active.text() == "Deactivate"
    click(qtbot, users.toggle_active)
    wait_idle(qtbot, runner)
    row = users.model.row_of("Lucas Bernard")
    assert users.model.index(row, 2).data() == "no — deactivated"
    assert users.toggle_active.text() == "Reactivate"
    users.role.setCurrentIndex(users.role.findText("Auditor"))
    click(qtbot, users.change_role)
    wait_idle(qtbot, runner)
    lucas = {u.name: u for u in lab.directory.list_users()}["Lucas Bernard"]
    assert (lucas.role, lucas.active) == ("auditor", False)
    click(qtbot, users.toggle_active)
    wait_idle(qtbot, runner)
    assert {u.name: u.active for u in lab.directory.list_users()}["Lucas Bernard"] is True


def test_the_last_administrator_cannot_be_removed(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    users = page.users
    select_user(qtbot, users, "Admin")
    click(qtbot, users.toggle_active)
    assert "Admin is the only active administrator" in error_shown(qtbot, page)
    wait_idle(qtbot, runner)
    admin = {u.name: u for u in lab.directory.list_users()}["Admin"]
    assert (admin.role, admin.active) == ("administrator", True)


# -- who sees what ----------------------------------------------------------------------


@pytest.mark.parametrize("role", [LabRole.TECHNICIAN, LabRole.AUDITOR])
def test_without_settings_or_policy_rights_only_the_protocol_is_shown(
    qtbot, lab, runner, role, qtmodeltester
):
    page = open_page(qtbot, lab, runner, role)
    assert page.tabs.count() == 1
    assert page.tabs.tabText(0) == "Protocol and sanction policy"
    assert page.database is None and page.laboratory is None and page.users is None
    protocol = page.protocol
    shipped, _ = lab.library.protocol()
    assert protocol.checks_model.rowCount() == len(shipped.checks) == 19
    assert "Protocol smartphone, version 1: 19 checks" in protocol.summary.text().replace(
        "<b>", ""
    ).replace("</b>", "")
    qtmodeltester.check(protocol.checks_model)
    qtmodeltester.check(protocol.rules_model)


def test_the_protocol_view_shows_thresholds_severities_and_the_policy(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    assert page.tabs.count() == 4
    protocol = page.protocol
    checks = [protocol.checks_model.row(r) for r in range(protocol.checks_model.rowCount())]
    battery = next(row for row in checks if row[1] == "Battery health")
    assert battery[3] == "major"
    assert battery[4] == "≥ 85 % (since 2024-01-01); ≥ 90 % when listing_grade is premium"
    rules = [protocol.rules_model.row(r) for r in range(protocol.rules_model.rowCount())]
    assert ("critical_failure", "failed checks: at least 1 critical", "deregistration") in rules
    assert rules[-1][0] == "repeat offence" and "180 days" in rules[-1][1]


def test_the_users_table_says_who_has_a_password_never_what_it_is(qtbot, lab, runner):
    lab.gate.become(Actor("Admin", LabRole.ADMINISTRATOR))
    lab.accounts.set_password("Inès Moreau", "un mot de passe assez long")
    page = open_page(qtbot, lab, runner)
    model = page.users.model
    shown = {
        model.data(model.index(row, model.NAME)): model.data(model.index(row, model.PASSWORD))
        for row in range(model.rowCount())
    }
    assert shown["Inès Moreau"] == "set" and shown["Camille Martin"] == "none"
