"""Everything an audit is graded from: order facts, device reading, observations.

Kept together and stored with the audit, so that grading the same inputs with
the same protocol version always gives the same grade.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from labapp.domain.device_reading import DeviceReading
from labapp.domain.orders import CosmeticGrade
from labapp.domain.protocol import Fact, FactValue


class CheckOutcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"
    NOT_TESTED = "not_tested"


@dataclass(frozen=True)
class OrderFacts:
    order_ref: str
    seller_country: str
    ordered_at: datetime
    shipped_at: datetime | None
    delivered_at: datetime | None
    carrier: str | None
    tracking_number: str | None
    listing_model: str
    listing_storage_gb: int | None
    listing_grade: CosmeticGrade
    premium_battery: bool = False
    invoice_present: bool | None = None
    extra_fees_charged: bool | None = None


@dataclass(frozen=True)
class Observation:
    """What the technician recorded for one check: an outcome, a value, or both."""

    outcome: CheckOutcome | None = None
    value: str | int | float | bool | None = None
    note: str = ""


@dataclass(frozen=True)
class AuditInputs:
    order: OrderFacts
    audited_at: datetime
    seller_onboarding: bool = False
    device: DeviceReading | None = None
    observations: Mapping[str, Observation] = field(default_factory=dict)

    def facts(self) -> dict[Fact, FactValue]:
        device = self.device
        imeis = device.identity.imei if device else ()
        typed_imei = self.observations.get("imei_valid")
        return {
            Fact.LISTING_GRADE: self.order.listing_grade.value,
            Fact.PREMIUM_BATTERY: self.order.premium_battery,
            Fact.PLATFORM: device.platform.value if device else None,
            Fact.DEVICE_HAS_IMEI: bool(imeis) or bool(typed_imei and typed_imei.value),
            Fact.SELLER_ONBOARDING: self.seller_onboarding,
        }
