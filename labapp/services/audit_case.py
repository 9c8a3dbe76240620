"""Audit cases (labapp.audit-case/1): everything needed to grade one audit, in one JSON file.

Used by `labapp grade` (no database) and `labapp audit import`. A missing or
mistyped field is refused with its path (order.ordered_at, seller.previous_audits.0.grade).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
)

from labapp.domain.audit_inputs import AuditInputs, CheckOutcome, Observation, OrderFacts
from labapp.domain.errors import InvalidInput
from labapp.domain.orders import CosmeticGrade
from labapp.domain.sanctions import PreviousAudit, SanctionGrade
from labapp.services.device_reading_json import DeviceReadingModel

AUDIT_CASE_FORMAT = "labapp.audit-case/1"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PreviousAuditModel(_Strict):
    finalized_at: AwareDatetime
    grade: SanctionGrade


class SellerModel(_Strict):
    ref: str = Field(min_length=1, max_length=64)
    country: str = Field(pattern=r"^[A-Za-z]{2}$")
    onboarding: StrictBool = False
    name: str | None = None
    previous_audits: list[PreviousAuditModel] = []


class OrderModel(_Strict):
    ref: str = Field(min_length=1, max_length=64)
    ordered_at: AwareDatetime
    shipped_at: AwareDatetime | None = None
    delivered_at: AwareDatetime | None = None
    carrier: str | None = None
    tracking_number: str | None = None
    listing_model: str = Field(min_length=1)
    listing_storage_gb: StrictInt | None = Field(default=None, ge=1)
    listing_grade: CosmeticGrade
    premium_battery: StrictBool = False
    invoice_present: StrictBool | None = None
    extra_fees_charged: StrictBool | None = None


class ObservationModel(_Strict):
    outcome: Literal["pass", "fail", "not_applicable"] | None = None
    value: str | StrictInt | float | StrictBool | None = None
    note: str = ""


class AuditCaseModel(_Strict):
    format: Literal["labapp.audit-case/1"]
    template: str = Field(min_length=1)
    audited_at: AwareDatetime
    seller: SellerModel
    order: OrderModel
    device: DeviceReadingModel | None = None
    observations: dict[str, Literal["pass", "fail", "not_applicable"] | ObservationModel] = {}


@dataclass(frozen=True)
class AuditCase:
    template_id: str
    template_version: int | None
    seller_ref: str
    seller_name: str | None
    inputs: AuditInputs
    previous_audits: tuple[PreviousAudit, ...]
    # The case as given, kept with a stored audit as its inputs.
    document: dict[str, Any]


class CaseFileError(InvalidInput):
    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


def _observation(raw: str | ObservationModel) -> Observation:
    if isinstance(raw, str):
        return Observation(outcome=CheckOutcome(raw))
    outcome = CheckOutcome(raw.outcome) if raw.outcome else None
    return Observation(outcome=outcome, value=raw.value, note=raw.note)


def _template(raw: str) -> tuple[str, int | None]:
    ident, _, version = raw.partition("@")
    if version and not version.isdigit():
        raise InvalidInput("template: {raw!r} must be ID or ID@VERSION, e.g. smartphone@1", raw=raw)
    return ident, int(version) if version else None


def parse_case(document: Any, source: str = "case") -> AuditCase:
    if not isinstance(document, dict):
        raise CaseFileError(source, ["the case must be a JSON object"])
    try:
        model = AuditCaseModel.model_validate(document)
    except ValidationError as error:
        problems = [
            f"{'.'.join(str(p) for p in item['loc']) or '(case)'}: {item['msg']}"
            for item in error.errors()
        ]
        raise CaseFileError(source, problems) from None
    order = model.order
    facts = OrderFacts(
        order_ref=order.ref,
        seller_country=model.seller.country.upper(),
        ordered_at=order.ordered_at,
        shipped_at=order.shipped_at,
        delivered_at=order.delivered_at,
        carrier=order.carrier,
        tracking_number=order.tracking_number,
        listing_model=order.listing_model,
        listing_storage_gb=order.listing_storage_gb,
        listing_grade=order.listing_grade,
        premium_battery=order.premium_battery,
        invoice_present=order.invoice_present,
        extra_fees_charged=order.extra_fees_charged,
    )
    inputs = AuditInputs(
        order=facts,
        audited_at=model.audited_at,
        seller_onboarding=model.seller.onboarding,
        device=model.device.to_domain() if model.device else None,
        observations={k: _observation(v) for k, v in model.observations.items()},
    )
    ident, version = _template(model.template)
    previous = tuple(PreviousAudit(p.finalized_at, p.grade) for p in model.seller.previous_audits)
    return AuditCase(
        ident, version, model.seller.ref, model.seller.name, inputs, previous, document
    )


def read_case_file(path: Path) -> AuditCase:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput("{path}: no such file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(
            "{path}: cannot be read ({problem})", path=str(path), problem=str(error)
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            "{path}: not JSON (line {line}: {problem})",
            path=str(path),
            line=error.lineno,
            problem=error.msg,
        ) from None
    return parse_case(document, str(path))
