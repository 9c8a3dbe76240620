"""Signing in with passwords: argon2id hashes only, nothing in plain text in the
database, the log or the event log; on a shared (PostgreSQL) lab, once anyone has a
password, nobody acts before signing in."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import create_engine, text

from labapp.bootstrap import build_lab
from labapp.domain.errors import InvalidInput, PermissionDenied
from labapp.domain.users import LabRole
from labapp.paths import lab_paths
from labapp.persistence.database import database_url as parse_url
from labapp.services.sign_in import WRONG_CREDENTIALS

from .cli_helpers import labapp

SECRET = "correct horse battery staple"
OTHER_SECRET = "tr0mbone-Ünïcode-42"


def stored_text(url: str) -> str:
    """Every row of every table as one text, to look for a password in it."""
    engine = create_engine(parse_url(url))
    try:
        with engine.connect() as connection:
            return "\n".join(
                repr(tuple(row))
                for table in engine.dialect.get_table_names(connection)
                for row in connection.execute(text(f"SELECT * FROM {table}"))
            )
    finally:
        engine.dispose()


def lab_with_people(url: str) -> None:
    lab = build_lab(url)
    try:
        lab.directory.add_user("Admin", LabRole.ADMINISTRATOR)
        lab.directory.add_user("Camille Martin", LabRole.TECHNICIAN)
        lab.accounts.set_password("Admin", SECRET)
    finally:
        lab.close()


def test_a_password_is_kept_only_as_an_argon2id_hash(database_url, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)  # every logger, every level: what a log file could hold
    lab_with_people(database_url)
    everything = stored_text(database_url)
    assert SECRET not in everything
    assert "$argon2id$v=19$m=65536,t=3,p=4$" in everything
    assert SECRET not in caplog.text and "password set for Admin" in caplog.text
    monkeypatch.setenv("LABAPP_PASSWORD", SECRET)
    history = labapp(database_url, "--as", "Admin", "audit-log", "show", "user", "Admin").out
    assert "password set" in history and "argon2" not in history


def test_right_password_signs_in_and_wrong_or_unknown_are_refused_alike(database_url, caplog):
    caplog.set_level(logging.DEBUG)
    lab_with_people(database_url)
    lab = build_lab(database_url)
    try:
        with pytest.raises(PermissionDenied) as wrong:
            lab.accounts.sign_in("Admin", "not it at all")
        with pytest.raises(PermissionDenied) as unknown:
            lab.accounts.sign_in("Nobody Here", "not it at all")
        assert str(wrong.value) == str(unknown.value) == WRONG_CREDENTIALS
        with pytest.raises(PermissionDenied):
            lab.accounts.sign_in("Admin")  # no password given
        actor = lab.accounts.sign_in("Admin", SECRET)
        assert (actor.name, actor.role) == ("Admin", LabRole.ADMINISTRATOR)
        assert lab.gate.actor == actor
    finally:
        lab.close()
    assert "not it at all" not in caplog.text and SECRET not in caplog.text
    assert "sign-in refused for Admin" in caplog.text


def test_changing_ones_own_password_needs_the_current_one(database_url):
    lab_with_people(database_url)
    lab = build_lab(database_url)
    try:
        lab.accounts.sign_in("Admin", SECRET)
        with pytest.raises(PermissionDenied, match="current password is not right"):
            lab.accounts.set_password("Admin", OTHER_SECRET, "a wrong guess")
        with pytest.raises(InvalidInput, match="at least 10 characters"):
            lab.accounts.set_password("Admin", "short", SECRET)
        with pytest.raises(InvalidInput, match="cannot be the person's name"):
            lab.accounts.set_password("Camille Martin", "camille martin")
        lab.accounts.set_password("Admin", OTHER_SECRET, SECRET)
        # A technician signed in sets her own first password, but nobody else's.
        lab.accounts.set_password("Camille Martin", SECRET)
        lab.accounts.sign_in("Camille Martin", SECRET)
        with pytest.raises(PermissionDenied, match="may not manage the lab's users"):
            lab.accounts.set_password("Admin", SECRET)
    finally:
        lab.close()
    lab = build_lab(database_url)
    try:
        assert lab.accounts.sign_in("Admin", OTHER_SECRET).name == "Admin"
    finally:
        lab.close()


@pytest.mark.postgres
def test_a_shared_lab_with_passwords_acts_for_nobody_until_someone_signs_in(
    postgres_run_database, monkeypatch
):
    from .conftest import _empty_postgres

    url = postgres_run_database
    _empty_postgres(url)
    lab = build_lab(url)
    try:
        # No password yet: the lab's first administrator may set things up.
        assert lab.gate.actor.trusted
        lab.directory.add_user("Admin", LabRole.ADMINISTRATOR)
        lab.directory.add_user("Camille Martin", LabRole.TECHNICIAN)
        lab.accounts.set_password("Admin", SECRET)
    finally:
        lab.close()
    lab = build_lab(url, sign_in_hint="give --as NAME")
    try:
        assert lab.gate.actor.role is None and not lab.gate.actor.trusted
        with pytest.raises(
            PermissionDenied, match="sign in first to manage the lab's users: give --as"
        ):
            lab.directory.add_user("Zoé", LabRole.AUDITOR)
        with pytest.raises(PermissionDenied, match="Camille Martin has no password yet"):
            lab.accounts.sign_in("Camille Martin")
        assert lab.accounts.password_needed("Camille Martin")
        lab.accounts.sign_in("Admin", SECRET)
        lab.accounts.set_password("Camille Martin", OTHER_SECRET)
    finally:
        lab.close()
    # The command line: --as with the password from the environment, never argv.
    refused = labapp(url, "seller", "add", "S-FR-1", "--name", "Répar", "--country", "FR")
    assert refused.code == 2 and "asks who you are" in refused.err and "--as NAME" in refused.err
    reading = labapp(url, "order", "list")  # reading is refused too, before anything
    assert reading.code == 2 and "asks who you are" in reading.err
    monkeypatch.setenv("LABAPP_PASSWORD", "a wrong one, long enough")
    wrong = labapp(url, "--as", "Camille Martin", "order", "list")
    assert wrong.code == 2 and WRONG_CREDENTIALS in wrong.err
    monkeypatch.setenv("LABAPP_PASSWORD", OTHER_SECRET)
    added = labapp(url, "--as", "Camille Martin", "seller", "add", "S-FR-1", "--name", "Répar",
                   "--country", "FR")  # fmt: skip
    assert added.code == 0, added.err
    not_hers = labapp(url, "--as", "Camille Martin", "user", "add", "Zoé", "--role", "auditor")
    assert not_hers.code == 2 and "technician, who may not manage the lab's users" in not_hers.err
    shown = labapp(url, "--as", "Camille Martin", "audit-log", "show", "seller", "S-FR-1").out
    assert "Camille Martin" in shown and "registered" in shown


def test_an_embedded_lab_signs_in_by_name_unless_the_person_has_a_password(tmp_path):
    url = f"sqlite:///{tmp_path / 'bench.sqlite3'}"
    lab_with_people(url)
    lab = build_lab(url)
    try:
        assert lab.gate.actor.trusted  # the computer's own user, as the issue allows
        assert lab.accounts.sign_in("Camille Martin").role == LabRole.TECHNICIAN
        with pytest.raises(PermissionDenied):
            lab.accounts.sign_in("Admin")  # she has a password: it is asked even here
    finally:
        lab.close()


def test_the_password_command_reads_stdin_and_never_takes_it_as_an_argument(tmp_path, monkeypatch):
    import io

    url = f"sqlite:///{tmp_path / 'bench.sqlite3'}"
    lab_with_people(url)
    monkeypatch.setattr("sys.stdin", io.StringIO(OTHER_SECRET + "\n"))
    done = labapp(url, "user", "password", "Camille Martin", "--stdin")
    assert done.code == 0, done.err
    lab = build_lab(url)
    try:
        assert lab.accounts.sign_in("Camille Martin", OTHER_SECRET).name == "Camille Martin"
    finally:
        lab.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    no_terminal = labapp(url, "user", "password", "Camille Martin")
    assert no_terminal.code == 2 and "no terminal" in no_terminal.err
    log = lab_paths().log_file.read_text(encoding="utf-8")  # the command line's real log
    assert "password set for Camille Martin" in log and OTHER_SECRET not in log
