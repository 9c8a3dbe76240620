"""Issuing audit reports (PDF, XLSX) and verifying a report file later.

Each issued report is recorded with the audit: the SHA-256 of what it states
(printed in the footer as the verification code) and the SHA-256 of the file.
`verify` finds a file by its hash (issued, unaltered) or, failing that, by the
verification code it carries (issued, but altered since).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from labapp.domain.errors import InvalidInput
from labapp.domain.permissions import Action
from labapp.reports.i18n import Catalog
from labapp.reports.report_data import ReportAssembler, verification_code
from labapp.services.access import AccessGate
from labapp.services.orders import Clock
from labapp.services.ports import IssuedReport, UnitOfWorkFactory
from labapp.services.recording import record_event
from labapp.services.safe_files import write_atomically

_CODE = re.compile(r"code=([0-9A-F]{4}(?:-[0-9A-F]{4}){4})")


@dataclass(frozen=True)
class Verification:
    verdict: str  # authentic, altered or unknown
    report: IssuedReport | None
    message: str


class ReportIssuer:
    def __init__(
        self,
        assembler: ReportAssembler,
        unit_of_work: UnitOfWorkFactory,
        gate: AccessGate,
        clock: Clock,
    ) -> None:
        self._assembler = assembler
        self._uow = unit_of_work
        self._gate = gate
        self._clock = clock

    def issue(
        self,
        audit_id: int,
        out: Path,
        fmt: str = "pdf",
        language: str | None = None,
        draft: bool = False,
        issued_by: str | None = None,
    ) -> IssuedReport:
        """Write the report to ``out`` and record it; ``issued_by`` defaults to whoever is
        signed in (only the trusted local user may name someone else)."""
        issued_by = self._gate.acting(Action.EXPORT_REPORTS, issued_by)
        builders: dict[str, Callable[..., bytes]] = {"pdf": _pdf, "xlsx": _xlsx}
        if fmt not in builders:
            raise InvalidInput("report format {fmt!r} is not pdf or xlsx", fmt=fmt)
        if language is not None:
            Catalog.of(language)
        issued_at = self._clock().astimezone()
        data = self._assembler.gather(audit_id, language, draft, issued_at)
        catalog = Catalog.of(data.language)
        digest = data.content_digest()
        code = verification_code(digest)
        content = builders[fmt](data, catalog, code)
        write_atomically(out, content)
        report = IssuedReport(
            audit_id=audit_id,
            report_number=data.report_number,
            language=data.language,
            format=fmt,
            draft=draft,
            issued_at=issued_at,
            issued_by=issued_by,
            content_sha256=digest,
            verification_code=code,
            file_sha256=hashlib.sha256(content).hexdigest(),
        )
        with self._uow(writing=True) as uow:
            uow.audits.add_issued_report(report)
            # The report's verification code enters the same chain as the audit's changes.
            record_event(
                uow, issued_by, "report", report.report_number, "issued", None,
                {"audit": audit_id, "verification_code": code, "content_sha256": digest,
                 "file_sha256": report.file_sha256, "language": report.language,
                 "format": fmt, "draft": draft},
            )  # fmt: skip
            uow.commit()
        return report

    def verify(self, path: Path) -> Verification:
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            raise InvalidInput("{path}: no such file", path=path) from None
        file_hash = hashlib.sha256(content).hexdigest()
        with self._uow() as uow:
            exact = uow.audits.find_issued_report(file_sha256=file_hash)
            if exact is not None:
                # The issue is also an event in the lab's chained record: a report the
                # seller holds shows the record was not cut back behind it.
                recorded = [
                    e
                    for e in uow.events.of("report", exact.report_number)
                    if (e.event.after or {}).get("file_sha256") == file_hash
                ]
                if not recorded:
                    return Verification(
                        "altered",
                        exact,
                        f"{path.name} is report {exact.report_number} for audit "
                        f"{exact.audit_id}, but its issue is missing from the lab's event "
                        "log: the log was cut back or edited (run labapp audit-log verify)",
                    )
                return Verification(
                    "authentic",
                    exact,
                    (
                        f"{path.name} is report {exact.report_number} issued by this lab for audit "
                        f"{exact.audit_id} on {exact.issued_at:%Y-%m-%d %H:%M}; unaltered"
                        + (" (a DRAFT)" if exact.draft else "")
                        + f"; recorded as event {recorded[-1].number} of the lab's log"
                    ),
                )
            found = _CODE.search(content.decode("latin-1"))
            claimed = (
                uow.audits.find_issued_report(verification_code=found.group(1)) if found else None
            )
        if claimed is not None:
            return Verification(
                "altered",
                claimed,
                (
                    f"{path.name} claims to be report {claimed.report_number} for audit "
                    f"{claimed.audit_id}, but the file was changed after it was issued"
                ),
            )
        return Verification("unknown", None, f"{path.name} is not a report issued by this lab")


def _pdf(data: object, catalog: Catalog, code: str) -> bytes:
    from labapp.reports.pdf_report import build_audit_pdf

    return build_audit_pdf(data, catalog, code)  # type: ignore[arg-type]


def _xlsx(data: object, catalog: Catalog, code: str) -> bytes:
    from labapp.reports.xlsx_report import build_audit_workbook

    return build_audit_workbook(data, catalog, code)  # type: ignore[arg-type]
