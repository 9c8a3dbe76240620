"""Roles are enforced by the services themselves: every action a role may not take is
refused with PermissionDenied, names the person and role, and changes nothing in the
database (rows, versions, settings, the event log) nor on disk (no report file).

The matrix runs on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from labapp.bootstrap import Lab, build_lab
from labapp.domain.errors import PermissionDenied
from labapp.domain.orders import (
    AuditReason,
    CosmeticGrade,
    Listing,
    MysteryOrder,
    ParcelCondition,
    Reception,
)
from labapp.domain.permissions import Action, allowed
from labapp.domain.users import LabRole
from labapp.persistence.database import database_url as parse_url
from labapp.services.access import Actor
from labapp.services.ports import ExportFilter, TrendWindow
from labapp.services.tabular import Table, TableRow

CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"
PEOPLE = {
    LabRole.TECHNICIAN: "Camille Martin",
    LabRole.AUDITOR: "Inès Moreau",
    LabRole.QUALITY_MANAGER: "Hugo Petit",
    LabRole.ADMINISTRATOR: "Admin",
}
NOW = datetime(2025, 8, 1, 10, 0, tzinfo=UTC)


def _order(ref: str) -> MysteryOrder:
    return MysteryOrder(
        order_ref=ref,
        seller_ref="S-FR-9",
        listing=Listing("iPhone 12", 128, CosmeticGrade.GOOD, Decimal("349.90")),
        reason=AuditReason.ONBOARDING,
        ordered_at=datetime(2025, 3, 4, 10, 0, tzinfo=UTC),
    )


def _reception(by: str) -> Reception:
    return Reception(
        received_at=datetime(2025, 3, 10, 9, 0, tzinfo=UTC),
        received_by=by,
        parcel_condition=ParcelCondition.INTACT,
        invoice_present=True,
    )


def prepared_lab(url: str) -> dict[str, Any]:
    """A lab with one order waiting for its parcel, a draft audit, and a finalised one."""
    from labapp.services.audit_case import parse_case, read_case_file

    lab = build_lab(url, clock=lambda: NOW)
    try:
        for role, name in PEOPLE.items():
            lab.directory.add_user(name, role)
        lab.directory.add_seller("S-FR-9", "Répar", "FR")
        lab.orders.add_order(_order("BM-WAIT"))
        lab.orders.ship("BM-WAIT", datetime(2025, 3, 5, 10, 0, tzinfo=UTC), "Colissimo",
                        "6A12345678905")  # fmt: skip
        lab.orders.deliver("BM-WAIT", datetime(2025, 3, 7, 12, 0, tzinfo=UTC))
        draft = lab.audits.import_case(read_case_file(CASE), PEOPLE[LabRole.TECHNICIAN])
        document = json.loads(CASE.read_text(encoding="utf-8"))
        document["order"]["ref"] = "BM-DONE"
        done = lab.audits.import_case(parse_case(document, "done"), PEOPLE[LabRole.TECHNICIAN])
        lab.audits.finalise(done.summary.id, PEOPLE[LabRole.AUDITOR])
        return {"draft": draft.summary.id, "done": done.summary.id}
    finally:
        lab.close()


# What each action looks like when someone tries it: (action, what, attempt).
Attempt = Callable[[Lab, dict[str, Any], Path, str], object]
ATTEMPTS: list[tuple[Action, str, Attempt]] = [
    (Action.EDIT_ORDERS, "log an order", lambda lab, ids, out, me: lab.orders.add_order(_order("BM-NEW"))),
    (Action.EDIT_ORDERS, "add a seller", lambda lab, ids, out, me: lab.directory.add_seller("S-FR-10", "Neuf", "FR")),
    (
        Action.EDIT_ORDERS,
        "import orders",
        lambda lab, ids, out, me: lab.importer.import_table(
            Table("x.csv", ("order_ref",), (TableRow(2, {"order_ref": "BM-IMP"}),)), partial=True
        ),
    ),
    (Action.RECEIVE_PARCELS, "record a parcel", lambda lab, ids, out, me: lab.orders.receive("BM-WAIT", _reception(me))),
    (
        Action.TEST_AT_BENCH,
        "answer a check",
        lambda lab, ids, out, me: lab.audits.observe(ids["draft"], "functional_tests", "pass"),
    ),
    (Action.TEST_AT_BENCH, "submit for review", lambda lab, ids, out, me: lab.audits.submit(ids["draft"])),
    (Action.DECIDE_AUDITS, "finalise", lambda lab, ids, out, me: lab.audits.finalise(ids["draft"])),
    (Action.DECIDE_AUDITS, "edit advice", lambda lab, ids, out, me: lab.audits.set_advice(ids["draft"], "- x")),
    (Action.DECIDE_AUDITS, "amend", lambda lab, ids, out, me: lab.audits.amend(ids["done"])),
    (Action.DECIDE_AUDITS, "mark as sent", lambda lab, ids, out, me: lab.audits.mark_sent(ids["done"])),
    (Action.EXPORT_REPORTS, "issue a report", lambda lab, ids, out, me: lab.reports.issue(ids["done"], out)),
    (
        Action.EXPORT_REPORTS,
        "export audits",
        lambda lab, ids, out, me: lab.exports.stream(ExportFilter(), print, print),
    ),
    (Action.VIEW_TRENDS, "see trends", lambda lab, ids, out, me: lab.trends.begin(TrendWindow())),
    (
        Action.EDIT_POLICY,
        "change a deadline",
        lambda lab, ids, out, me: lab.settings.set_setting("logistics.deliver_within_days", "9"),
    ),
    (
        Action.MANAGE_SETTINGS,
        "change the letterhead",
        lambda lab, ids, out, me: lab.settings.set_setting("lab.name", "Labo Lyon"),
    ),
    (Action.MANAGE_SETTINGS, "seed demo data", lambda lab, ids, out, me: lab.demo.seed(orders=5)),
    (Action.MANAGE_USERS, "add a user", lambda lab, ids, out, me: lab.directory.add_user("Zoé", LabRole.AUDITOR)),
    (
        Action.MANAGE_USERS,
        "change a role",
        lambda lab, ids, out, me: lab.directory.change_user_role("Camille Martin", LabRole.AUDITOR),
    ),
    (
        Action.MANAGE_USERS,
        "set someone's password",
        lambda lab, ids, out, me: lab.accounts.set_password("Admin", "a long enough one"),
    ),
]  # fmt: skip


def everything_stored(url: str) -> dict[str, Any]:
    """Every row of every table labapp writes, as text: equal before and after means
    nothing was written."""
    engine = create_engine(parse_url(url))
    try:
        with engine.connect() as connection:
            tables = engine.dialect.get_table_names(connection)
            assert {"audits", "events", "lab_users", "mystery_orders"} <= set(tables)
            return {
                table: sorted(
                    repr(tuple(row)) for row in connection.execute(text(f"SELECT * FROM {table}"))
                )
                for table in tables
            }
    finally:
        engine.dispose()


def test_the_attempts_cover_every_action_a_role_can_lack():
    every_role = set().union(*(allowed(role) for role in LabRole))
    lacked = {a for a in every_role for role in LabRole if a not in allowed(role)}
    reading_only = {Action.VIEW_ORDERS, Action.VIEW_SELLERS, Action.VIEW_PROTOCOLS,
                    Action.REVIEW_AUDITS}  # fmt: skip
    assert lacked - reading_only <= {action for action, _, _ in ATTEMPTS}


@pytest.mark.parametrize("role", list(LabRole))
def test_a_role_is_refused_what_it_may_not_do_and_nothing_is_written(database_url, tmp_path, role):
    ids = prepared_lab(database_url)
    before = everything_stored(database_url)
    me = PEOPLE[role]
    lab = build_lab(database_url, clock=lambda: NOW)
    try:
        assert lab.accounts.sign_in(me) == Actor(me, role)
        refused = []
        for action, what, attempt in ATTEMPTS:
            if action in allowed(role):
                continue
            out = tmp_path / f"{what}.pdf"
            with pytest.raises(PermissionDenied) as denied:
                attempt(lab, ids, out, me)
                pytest.fail(f"{role.value} could {what}")
            message = str(denied.value)
            assert me in message and role.value.replace("_", " ") in message, message
            assert "nothing was changed" in message
            assert not out.exists(), f"{what}: a file was written"
            refused.append(what)
        assert refused  # every role lacks something
    finally:
        lab.close()
    assert everything_stored(database_url) == before


@pytest.mark.parametrize(
    ("role", "what"),
    [
        (LabRole.TECHNICIAN, "answer a check"),
        (LabRole.TECHNICIAN, "record a parcel"),
        (LabRole.AUDITOR, "finalise"),
        (LabRole.AUDITOR, "issue a report"),
        (LabRole.QUALITY_MANAGER, "change a deadline"),
        (LabRole.QUALITY_MANAGER, "see trends"),
        (LabRole.ADMINISTRATOR, "change the letterhead"),
        (LabRole.ADMINISTRATOR, "add a user"),
    ],
)
def test_a_role_does_its_own_work_and_the_event_names_the_person(
    database_url, tmp_path, role, what
):
    ids = prepared_lab(database_url)
    events_before = len(everything_stored(database_url)["events"])
    me = PEOPLE[role]
    attempt = next(attempt for _, name, attempt in ATTEMPTS if name == what)
    lab = build_lab(database_url, clock=lambda: NOW)
    try:
        lab.accounts.sign_in(me)
        attempt(lab, ids, tmp_path / "report.pdf", me)
    finally:
        lab.close()
    events = everything_stored(database_url)["events"]
    if what != "see trends":
        assert len(events) > events_before
        assert any(f"'{me}'" in row for row in events)


def test_a_signed_in_person_cannot_record_work_under_someone_else(database_url):
    ids = prepared_lab(database_url)
    lab = build_lab(database_url, clock=lambda: NOW)
    try:
        lab.accounts.sign_in(PEOPLE[LabRole.AUDITOR])
        with pytest.raises(PermissionDenied, match="cannot record work as 'Léa Dubois'"):
            lab.audits.set_advice(ids["draft"], "- x", by="Léa Dubois")
        with pytest.raises(PermissionDenied, match="cannot record work as"):
            lab.orders.receive("BM-WAIT", _reception(PEOPLE[LabRole.TECHNICIAN]))
    finally:
        lab.close()


def test_an_embedded_lab_starts_as_the_computers_user_who_may_do_everything(tmp_path):
    lab = build_lab(f"sqlite:///{tmp_path / 'bench.sqlite3'}")
    try:
        actor = lab.gate.actor
        assert actor.trusted and actor.role is None and actor.name
        assert all(actor.may(action) for action in Action)
        lab.directory.add_seller("S-FR-9", "Répar", "FR")  # no sign-in needed
    finally:
        lab.close()
