"""The composition root: builds the database, the services and hands them out.

The command line (and later the window) call `build_lab` once; nothing else
creates engines or services, and nothing is global.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from labapp.paths import LabPaths, lab_paths
from labapp.persistence.database import LabDatabase, database_url, open_database
from labapp.services.business_calendar import HolidayCalendar
from labapp.services.directory import DirectoryService
from labapp.services.order_import import OrderImporter
from labapp.services.orders import Clock, OrderService, utc_now
from labapp.services.settings import LabSettingsService

if TYPE_CHECKING:
    from labapp.reports.issuing import ReportIssuer
    from labapp.services.audits import AuditService
    from labapp.services.demo import DemoSeeder
    from labapp.services.device_service import DeviceService
    from labapp.services.grading import GradingService
    from labapp.services.protocols import ProtocolLibrary

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


class Lab:
    """Every service of one lab, on one database.

    The audit, grading and demo services load protocol files and pydantic on
    first use only, so that `labapp order show` starts as fast as it can.
    """

    def __init__(self, database: LabDatabase, clock: Clock, evidence_dir: Path) -> None:
        self.database = database
        self._clock = clock
        self._evidence_dir = evidence_dir
        self.calendar = HolidayCalendar()
        uow = database.unit_of_work
        self.settings = LabSettingsService(uow)
        self.directory = DirectoryService(uow, self.calendar.check_country)
        self.orders = OrderService(uow, self.calendar, self.settings.logistics_policy, clock)
        self.importer = OrderImporter(uow, self.calendar.check_country, clock)

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
            self.library,
            self.calendar,
            self.settings.logistics_policy,
            EvidenceStore(self._evidence_dir),
            self._clock,
        )

    @cached_property
    def devices(self) -> DeviceService:
        from labapp.services.device_service import DeviceService

        return DeviceService(self.audits)

    @cached_property
    def reports(self) -> ReportIssuer:
        from labapp.reports.issuing import ReportIssuer
        from labapp.reports.report_data import ReportAssembler

        assembler = ReportAssembler(
            self.audits, self.orders, self.directory, self.audits.evidence_path
        )
        return ReportIssuer(assembler, self.database.unit_of_work, self._clock)

    @cached_property
    def grading(self) -> GradingService:
        from labapp.services.grading import GradingService

        return GradingService(self.library, self.calendar, self.settings.logistics_policy)

    @cached_property
    def demo(self) -> DemoSeeder:
        from labapp.services.demo import DemoSeeder

        return DemoSeeder(
            self.database.unit_of_work,
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


def build_lab(raw_url: str, clock: Clock = utc_now, *, migrate: bool = True) -> Lab:
    database = open_database(database_url(raw_url), migrate=migrate)
    return Lab(database, clock, evidence_folder(lab_paths()))
