"""The composition root: builds the database, the services and hands them out.

The command line (and later the window) call `build_lab` once; nothing else
creates engines or services, and nothing is global.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from labapp.paths import LabPaths, lab_paths
from labapp.persistence.database import LabDatabase, database_url, open_database
from labapp.services.audits import AuditService
from labapp.services.business_calendar import HolidayCalendar
from labapp.services.demo import DemoSeeder
from labapp.services.directory import DirectoryService
from labapp.services.evidence_store import EvidenceStore
from labapp.services.grading import GradingService
from labapp.services.order_import import OrderImporter
from labapp.services.orders import Clock, OrderService, utc_now
from labapp.services.protocols import ProtocolLibrary
from labapp.services.settings import LabSettingsService

DATABASE_URL_VARIABLE = "LABAPP_DATABASE_URL"
# A shared lab points every station at one evidence folder (a network share).
EVIDENCE_DIR_VARIABLE = "LABAPP_EVIDENCE_DIR"


def choose_database_url(explicit: str | None, paths: LabPaths) -> str:
    """--db first, then LABAPP_DATABASE_URL, then the per-user SQLite file."""
    if explicit:
        return explicit
    from_environment = os.environ.get(DATABASE_URL_VARIABLE, "").strip()
    if from_environment:
        return from_environment
    return f"sqlite:///{paths.default_database}"


@dataclass(frozen=True)
class Lab:
    database: LabDatabase
    settings: LabSettingsService
    directory: DirectoryService
    orders: OrderService
    importer: OrderImporter
    demo: DemoSeeder
    grading: GradingService
    audits: AuditService

    def close(self) -> None:
        self.database.close()


def evidence_folder(paths: LabPaths) -> Path:
    configured = os.environ.get(EVIDENCE_DIR_VARIABLE, "").strip()
    return Path(configured).expanduser() if configured else paths.data_dir / "evidence"


def build_lab(raw_url: str, clock: Clock = utc_now, *, migrate: bool = True) -> Lab:
    database = open_database(database_url(raw_url), migrate=migrate)
    calendar = HolidayCalendar()
    library = ProtocolLibrary()
    uow = database.unit_of_work
    settings = LabSettingsService(uow)
    audits = AuditService(
        uow,
        library,
        calendar,
        settings.logistics_policy,
        EvidenceStore(evidence_folder(lab_paths())),
        clock,
    )
    return Lab(
        database=database,
        settings=settings,
        directory=DirectoryService(uow, calendar.check_country),
        orders=OrderService(uow, calendar, settings.logistics_policy, clock),
        importer=OrderImporter(uow, calendar.check_country, clock),
        demo=DemoSeeder(uow, library, calendar, settings.logistics_policy, clock),
        grading=GradingService(library, calendar, settings.logistics_policy),
        audits=audits,
    )
