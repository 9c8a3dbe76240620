"""Streaming audits and check results out of the database for exports and trends."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from labapp.domain.permissions import Action
from labapp.services.access import AccessGate
from labapp.services.ports import ExportFilter, UnitOfWorkFactory

Row = tuple[Any, ...]


class AuditExportService:
    def __init__(self, unit_of_work: UnitOfWorkFactory, gate: AccessGate) -> None:
        self._uow = unit_of_work
        self._gate = gate

    def stream(
        self,
        selection: ExportFilter,
        on_audit: Callable[[Row], None],
        on_check: Callable[[Row], None],
    ) -> tuple[int, int]:
        """Hand every audit, then every check result, to the callbacks; returns the counts.

        One read transaction, rows fetched in batches: memory stays flat whatever the size.
        """
        self._gate.require(Action.EXPORT_REPORTS)
        audits = checks = 0
        with self._uow() as uow:
            for row in uow.audits.export_audits(selection):
                on_audit(tuple(row))
                audits += 1
            for row in uow.audits.export_checks(selection):
                on_check(tuple(row))
                checks += 1
        return audits, checks
