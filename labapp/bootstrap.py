"""The composition root: builds the database, the services and hands them out.

The command line (and later the window) call `build_lab` once; nothing else
creates engines or services, and nothing is global. Which database to open is
decided here too, including the one a person saved in the window for next start.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from labapp.domain.errors import InvalidInput
from labapp.paths import LabPaths, lab_paths
from labapp.persistence.database import LabDatabase, database_url, open_database
from labapp.services.access import NOBODY, AccessGate
from labapp.services.business_calendar import HolidayCalendar
from labapp.services.directory import DirectoryService
from labapp.services.order_import import OrderImporter
from labapp.services.orders import Clock, OrderService, utc_now
from labapp.services.settings import LabSettingsService
from labapp.services.sign_in import SignInService, starting_actor

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from labapp.reports.issuing import ReportIssuer
    from labapp.services.audits import AuditService
    from labapp.services.demo import DemoSeeder
    from labapp.services.device_service import DeviceService
    from labapp.services.exports import AuditExportService
    from labapp.services.grading import GradingService
    from labapp.services.protocols import ProtocolLibrary
    from labapp.services.trends import TrendService

log = logging.getLogger(__name__)

DATABASE_URL_VARIABLE = "LABAPP_DATABASE_URL"
# A shared lab points every station at one evidence folder (a network share).
EVIDENCE_DIR_VARIABLE = "LABAPP_EVIDENCE_DIR"
DATABASE_CHOICE_FORMAT = "labapp.database-choice/1"
PROBE_TIMEOUT_S = 5


def choose_database_url(explicit: str | None, paths: LabPaths) -> str:
    """--db first, then LABAPP_DATABASE_URL, then the database saved in the window,
    then the per-user SQLite file."""
    if explicit:
        return explicit
    from_environment = os.environ.get(DATABASE_URL_VARIABLE, "").strip()
    if from_environment:
        return from_environment
    return saved_database_url(paths) or f"sqlite:///{paths.default_database}"


def saved_database_url(paths: LabPaths) -> str | None:
    """The database saved for the next start, or None (a damaged file is ignored, logged)."""
    file = paths.database_choice_file
    try:
        document: Any = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("ignoring the saved database choice %s: %s", file, error)
        return None
    url = document.get("url") if isinstance(document, dict) else None
    if not isinstance(url, str) or document.get("format") != DATABASE_CHOICE_FORMAT:
        log.warning("ignoring %s: not a %s file", file, DATABASE_CHOICE_FORMAT)
        return None
    return url.strip() or None


def save_database_url(raw_url: str, paths: LabPaths) -> str:
    """Remember a database for the next start; returns it as it may be shown."""
    from labapp.persistence.database import describe
    from labapp.services.safe_files import write_atomically

    url = database_url(raw_url)
    if url.get_backend_name() == "sqlite":
        if url.database in (None, "", ":memory:"):
            raise InvalidInput("an in-memory database forgets everything: give a file")
        # The next start may run from another folder: a relative file would be lost.
        url = url.set(database=str(Path(url.database).expanduser().resolve()))
    document = {"format": DATABASE_CHOICE_FORMAT, "url": url.render_as_string(False)}
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    file = paths.database_choice_file
    write_atomically(file, (json.dumps(document, indent=2) + "\n").encode("utf-8"))
    # The URL may hold a password: only this person may read the file.
    file.chmod(0o600)
    log.info("database for next start: %s", describe(url))
    return shown_url(url)


def shown_url(url: URL) -> str:
    """A URL as a person may see it: no password, no driver name (postgresql://...)."""
    from labapp.persistence.database import describe

    return describe(url.set(drivername=url.get_backend_name()))


def shown_database(raw_url: str) -> str:
    """What a person typed or saved, as it may be shown (as typed if it is no URL)."""
    try:
        return shown_url(database_url(raw_url))
    except InvalidInput:
        return raw_url.strip()


def forget_database_url(paths: LabPaths) -> None:
    """Back to the embedded database at the next start."""
    paths.database_choice_file.unlink(missing_ok=True)
    log.info("database for next start: the embedded SQLite file")


@dataclass(frozen=True)
class DatabaseProbe:
    """What testing a database found, for the window to put in words.

    ``outcome`` is one word: when ``usable``, current, older (upgraded at next start),
    empty (tables created at next start) or new_file; otherwise bad_url, refused,
    unknown_host, timeout, bad_login, no_database, not_sqlite, not_labapp, too_new or
    unreachable, with the driver's own words in ``detail``.
    """

    usable: bool
    outcome: str
    url: str  # as it may be shown: never with the password
    where: str = ""  # host:port, or the file
    server: str = ""  # "PostgreSQL 16.4", "SQLite 3.45.1"
    revision: str | None = None  # labapp's schema revision found there
    detail: str = ""


def probe_database(raw_url: str, timeout_s: int = PROBE_TIMEOUT_S) -> DatabaseProbe:
    """Connect, read the server's version and labapp's schema revision; change nothing.

    Slow (a server that does not answer takes timeout_s): call it off the GUI thread.
    """
    import sqlite3

    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import NullPool

    from labapp.persistence.schema import NotALabDatabase, current_revision

    try:
        url = database_url(raw_url)
    except InvalidInput as error:
        return DatabaseProbe(False, "bad_url", raw_url.strip(), detail=str(error))
    shown = shown_url(url)
    if url.get_backend_name() == "sqlite":
        file = Path(url.database or ":memory:")
        where = str(file)
        if str(file) == ":memory:" or file.is_dir():
            return DatabaseProbe(False, "bad_url", shown, where, detail="not a file")
        if not file.exists():
            # Opening it would create it: say so rather than leave an empty file behind.
            return DatabaseProbe(True, "new_file", shown, where, f"SQLite {sqlite3.sqlite_version}")
        engine = create_engine(url, poolclass=NullPool)
    else:
        where = f"{url.host or 'localhost'}:{url.port or 5432}"
        engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": timeout_s})
    try:
        with engine.connect() as connection:
            server = _server_version(connection)
            revision = current_revision(connection)
    except NotALabDatabase as error:
        return DatabaseProbe(False, "not_labapp", shown, where, detail=str(error))
    except DBAPIError as error:
        outcome, detail = _refusal(error)
        return DatabaseProbe(False, outcome, shown, where, detail=detail)
    finally:
        engine.dispose()
    return DatabaseProbe(*_judge_schema(revision), shown, where, server, revision)


def _server_version(connection: Any) -> str:
    if connection.dialect.name == "sqlite":
        return f"SQLite {connection.exec_driver_sql('SELECT sqlite_version()').scalar()}"
    version = str(connection.exec_driver_sql("SHOW server_version").scalar())
    return f"PostgreSQL {version.split()[0]}"


def _judge_schema(revision: str | None) -> tuple[bool, str]:
    from labapp.persistence.schema import head_revision, known_revisions

    if revision is None:
        return True, "empty"
    if revision == head_revision():
        return True, "current"
    return (True, "older") if revision in known_revisions() else (False, "too_new")


# SQLSTATEs first (a server words its messages in its own language), then the
# client's words for what happens before any server answers.
_REFUSALS = (
    (
        "bad_login",
        ("28P01", "28000"),
        r'password authentication failed|no password supplied|role ".*" does not exist',
    ),
    ("no_database", ("3D000",), r'database ".*" does not exist'),
    ("refused", (), r"connection refused"),
    (
        "unknown_host",
        (),
        r"name or service not known|translate host name|failed to resolve host"
        r"|nodename nor servname|no such host|name resolution",
    ),
    ("timeout", (), r"timeout expired|timed out"),
    ("not_sqlite", (), r"file is not a database"),
)


def _refusal(error: Any) -> tuple[str, str]:
    import re

    original = error.orig if error.orig is not None else error
    text = str(original).strip()
    detail = next((line.strip() for line in text.splitlines() if line.strip()), text)
    state = getattr(original, "sqlstate", None)
    for outcome, states, words in _REFUSALS:
        if state in states or re.search(words, text, re.IGNORECASE):
            return outcome, detail
    return "unreachable", detail


class Lab:
    """Every service of one lab, on one database.

    The audit, grading and demo services load protocol files and pydantic on
    first use only, so that `labapp order show` starts as fast as it can.
    """

    def __init__(
        self,
        database: LabDatabase,
        clock: Clock,
        evidence_dir: Path,
        paths: LabPaths | None = None,
        sign_in_hint: str = "",
    ) -> None:
        self.database = database
        # Where this person's files are (the saved database choice, the log).
        self.paths = paths or lab_paths()
        self._clock = clock
        self._evidence_dir = evidence_dir
        self.calendar = HolidayCalendar()
        uow = database.unit_of_work
        # One gate for every service: whoever signs in here is who they all act for.
        self.gate = AccessGate(NOBODY, sign_in_hint)
        self.accounts = SignInService(uow, self.gate, database.url.get_backend_name() != "sqlite")
        self.gate.become(starting_actor(self.accounts.rule()))
        self.settings = LabSettingsService(uow, self.gate)
        self.directory = DirectoryService(uow, self.gate, self.calendar.check_country)
        self.orders = OrderService(
            uow, self.gate, self.calendar, self.settings.logistics_policy, clock
        )
        self.importer = OrderImporter(uow, self.gate, self.calendar.check_country, clock)

    @cached_property
    def library(self) -> ProtocolLibrary:
        from labapp.services.protocols import ProtocolLibrary

        return ProtocolLibrary()

    @cached_property
    def audits(self) -> AuditService:
        from labapp.services.audits import AuditService
        from labapp.services.evidence_store import EvidenceStore

        return AuditService(
            self.database.unit_of_work,
            self.gate,
            self.library,
            self.calendar,
            self.settings.logistics_policy,
            EvidenceStore(self._evidence_dir),
            self._clock,
        )

    @cached_property
    def devices(self) -> DeviceService:
        from labapp.services.device_service import DeviceService

        return DeviceService(self.audits, self.gate)

    @cached_property
    def reports(self) -> ReportIssuer:
        from labapp.reports.issuing import ReportIssuer
        from labapp.reports.report_data import ReportAssembler

        assembler = ReportAssembler(
            self.audits,
            self.orders,
            self.directory,
            self.audits.evidence_path,
            self.settings.letterhead,
        )
        return ReportIssuer(assembler, self.database.unit_of_work, self.gate, self._clock)

    @cached_property
    def trends(self) -> TrendService:
        from labapp.services.trends import TrendService

        return TrendService(self.database.unit_of_work, self.gate)

    @cached_property
    def exports(self) -> AuditExportService:
        from labapp.services.exports import AuditExportService

        return AuditExportService(self.database.unit_of_work, self.gate)

    @cached_property
    def grading(self) -> GradingService:
        from labapp.services.grading import GradingService

        return GradingService(self.library, self.calendar, self.settings.logistics_policy)

    @cached_property
    def demo(self) -> DemoSeeder:
        from labapp.services.demo import DemoSeeder

        return DemoSeeder(
            self.database.unit_of_work,
            self.gate,
            self.library,
            self.calendar,
            self.settings.logistics_policy,
            self._clock,
        )

    def close(self) -> None:
        if "devices" in self.__dict__:
            self.devices.close()
        self.database.close()


def evidence_folder(paths: LabPaths) -> Path:
    configured = os.environ.get(EVIDENCE_DIR_VARIABLE, "").strip()
    return Path(configured).expanduser() if configured else paths.data_dir / "evidence"


def build_lab(
    raw_url: str, clock: Clock = utc_now, *, migrate: bool = True, sign_in_hint: str = ""
) -> Lab:
    """``sign_in_hint`` tells a refused person how to sign in, in the front end's words."""
    database = open_database(database_url(raw_url), migrate=migrate)
    paths = lab_paths()
    return Lab(database, clock, evidence_folder(paths), paths, sign_in_hint)
