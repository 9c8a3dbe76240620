"""Everything an audit report shows, gathered from the services in one frozen object."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from labapp.domain.audits import AuditState
from labapp.domain.errors import InvalidInput
from labapp.services.audits import AuditService, AuditView
from labapp.services.directory import DirectoryService
from labapp.services.grade_json import grade_document
from labapp.services.orders import OrderService
from labapp.services.settings import Letterhead
from labapp.services.views import OrderView, SellerView

# A lab that has set neither name nor address: the catalog's name, no address.
NO_LETTERHEAD = Letterhead(None)


@dataclass(frozen=True)
class Photo:
    path: Path
    caption: str
    check_id: str | None


@dataclass(frozen=True)
class ReportData:
    report_number: str
    language: str
    issued_at: datetime
    draft: bool
    audit: AuditView
    order: OrderView
    seller: SellerView
    device: dict[str, Any] | None
    photos: tuple[Photo, ...]
    # Who issues the report: the lab's name and address from its settings.
    letterhead: Letterhead

    def content_digest(self) -> str:
        """SHA-256 over what the report states: the verification code printed on every page."""
        record = self.audit.record
        content = {
            "audit": self.audit.summary.id,
            "report": self.report_number,
            "language": self.language,
            "issued_at": self.issued_at.isoformat(),
            "draft": self.draft,
            "grade": grade_document(record.result),
            "case": record.case_document,
            "advice": record.improvement_advice,
            "photos": [photo.path.name for photo in self.photos],
        }
        if self.letterhead != NO_LETTERHEAD:
            # Who issued it is part of what it states (left out while the lab has set
            # nothing, so that such reports keep the digest they always had).
            content["letterhead"] = [self.letterhead.name, self.letterhead.address]
        canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def verification_code(digest: str) -> str:
    """The first 80 bits of the digest, in groups a person can read out on the phone."""
    head = digest[:20].upper()
    return "-".join(head[i : i + 4] for i in range(0, 20, 4))


class ReportAssembler:
    def __init__(
        self,
        audits: AuditService,
        orders: OrderService,
        directory: DirectoryService,
        evidence_path: Any,
        letterhead: Callable[[], Letterhead] = lambda: NO_LETTERHEAD,
    ) -> None:
        self._audits = audits
        self._orders = orders
        self._directory = directory
        self._evidence_path = evidence_path
        self._letterhead = letterhead

    def gather(
        self, audit_id: int, language: str | None, draft: bool, issued_at: datetime
    ) -> ReportData:
        view = self._audits.get(audit_id)
        record = view.record
        if record.state not in (AuditState.FINALISED, AuditState.SENT) and not draft:
            raise InvalidInput(
                "audit {audit} is {state}: only a finalised audit "
                "gets a report (use --draft for a marked draft)",
                audit=audit_id,
                state=record.state,
            )
        seller = self._directory.get_seller(record.seller_ref)
        photos = tuple(
            Photo(
                self._evidence_path(item.sha256), item.caption or item.original_name, item.check_id
            )
            for item in record.evidence
            if item.kind == "photo"
        )
        missing = [photo for photo in photos if not photo.path.is_file()]
        if missing and not draft:
            # A report to a seller never drops evidence in silence: on a shared lab the
            # photos live where LABAPP_EVIDENCE_DIR points, on every station.
            folder = missing[0].path.parent.parent
            raise InvalidInput(
                "audit {audit}: {missing} of its {photos} photo(s) are not in "
                "this station's evidence folder {folder} (first: {first!r}); "
                "point LABAPP_EVIDENCE_DIR at the lab's shared evidence folder, or issue a "
                "--draft; no report was written",
                audit=audit_id,
                missing=len(missing),
                photos=len(photos),
                folder=folder,
                first=missing[0].caption,
            )
        device = record.case_document.get("device")
        return ReportData(
            report_number=f"R-{audit_id:06d}",
            language=language or seller.language,
            issued_at=issued_at,
            draft=draft,
            audit=view,
            order=self._orders.get(record.order_ref),
            seller=seller,
            device=device if isinstance(device, dict) else None,
            photos=photos,
            letterhead=self._letterhead(),
        )
