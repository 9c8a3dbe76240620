"""The shared database goes away mid-session and comes back: the person is told that
their change was not saved (no traceback), nothing is half-written, and the same lab
object carries on once the server answers again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from labapp.bootstrap import build_lab
from labapp.domain.errors import DatabaseUnavailable
from labapp.services.audit_case import read_case_file

from .cli_helpers import labapp
from .conftest import _empty_postgres
from .tcp_proxy import CuttableRelay

CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"

pytestmark = pytest.mark.postgres


@pytest.fixture
def relayed(postgres_run_database):
    """The run's PostgreSQL database, reached through a relay the test can cut."""
    _empty_postgres(postgres_run_database)
    direct = make_url(postgres_run_database)
    relay = CuttableRelay(direct.port or 5432, direct.host or "127.0.0.1")
    relay.start()
    through = direct.set(host="127.0.0.1", port=relay.port).render_as_string(False)
    yield postgres_run_database, through, relay
    relay.stop()


def test_a_stopped_server_is_a_message_nothing_is_half_written_and_work_resumes(relayed):
    direct, through, relay = relayed
    lab = build_lab(through)
    try:
        audit_id = lab.audits.import_case(read_case_file(CASE), "Camille Martin").summary.id
        lab.audits.observe(audit_id, "functional_tests", {"outcome": "pass"})
        before = lab.audits.get(audit_id).record
        version = before.version

        relay.stop()  # the server "stops": open connections reset, new ones refused
        with pytest.raises(DatabaseUnavailable) as refused:
            lab.audits.observe(audit_id, "screen_condition", {"outcome": "fail", "note": "x"})
        message = str(refused.value)
        assert "database server does not answer" in message and "nothing was saved" in message
        with pytest.raises(DatabaseUnavailable):
            lab.orders.list_orders()  # reading says the same, rather than hang or crash

        elsewhere = build_lab(direct)  # another station, still reaching the server
        try:
            seen = elsewhere.audits.get(audit_id).record
        finally:
            elsewhere.close()
        assert seen.version == version  # nothing of the failed change landed
        assert seen.case_document == before.case_document

        relay.start()  # the server is back: the same lab carries on, no restart
        lab.audits.observe(audit_id, "screen_condition", {"outcome": "fail", "note": "x"})
        assert lab.audits.get(audit_id).record.version == version + 1
    finally:
        lab.close()
    verified = labapp(direct, "audit-log", "verify")
    assert verified.code == 0, verified.err


def test_the_command_line_says_the_server_is_gone_with_exit_code_2(relayed):
    _, through, relay = relayed
    assert labapp(through, "seller", "add", "S-FR-1", "--name", "R", "--country", "FR").code == 0
    relay.stop()
    gone = labapp(through, "seller", "list")
    assert gone.code == 2
    assert "cannot open database" in gone.err or "does not answer" in gone.err
    assert "Traceback" not in gone.err


def test_a_connection_cut_in_the_middle_of_a_transaction_is_the_same_message(relayed):
    from labapp.services.ports import ExportFilter

    direct, through, relay = relayed
    lab = build_lab(through)
    try:
        lab.audits.import_case(read_case_file(CASE), "Camille Martin")

        def cut_after_the_first_audit(row: tuple) -> None:
            relay.stop()  # the export's read transaction is open on the server now

        with pytest.raises(DatabaseUnavailable, match="does not answer"):
            lab.exports.stream(ExportFilter(), cut_after_the_first_audit, lambda row: None)
        # The server lost its client too: the transaction is not left open holding locks.
        assert _open_transactions(direct) == 0
        relay.start()
        audits, checks = lab.exports.stream(ExportFilter(), lambda row: None, lambda row: None)
        assert (audits, checks) == (1, 19)
    finally:
        lab.close()


def _open_transactions(url: str) -> int:
    """Transactions open on the database (the cut one ends as the server sees the reset)."""
    import time

    import psycopg

    name = make_url(url).database
    plain = make_url(url).set(drivername="postgresql").render_as_string(False)
    deadline = time.monotonic() + 10
    with psycopg.connect(plain, autocommit=True) as connection:
        while True:
            count = connection.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND state LIKE 'idle in transaction%%' AND pid <> pg_backend_pid()",
                (name,),
            ).fetchone()[0]
            if count == 0 or time.monotonic() > deadline:
                return int(count)
            time.sleep(0.1)
