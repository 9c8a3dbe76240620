"""Demo audits: a device reading and bench observations for each received order.

About one order in five has a failure; batteries, screens and parts are the
main causes, as in a real lab. Grades come from the real protocol and policy,
with each seller's earlier demo audits counting as its history.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from labapp.domain.audits import AuditRecord, AuditState
from labapp.domain.grading import grade_audit
from labapp.domain.identifiers import luhn_check_digit
from labapp.domain.logistics import BusinessCalendar, LogisticsPolicy
from labapp.domain.orders import CosmeticGrade, MysteryOrder
from labapp.domain.sanctions import PreviousAudit
from labapp.domain.sellers import Seller, SellerStatus
from labapp.services.audit_case import AUDIT_CASE_FORMAT, parse_case
from labapp.services.audits import default_advice
from labapp.services.protocols import ProtocolLibrary

# Demo models: (platform, model identifier, factory screen technology)
_DEVICES = {
    "iPhone 11": ("ios", "iPhone12,1", "LCD"),
    "iPhone 12": ("ios", "iPhone13,2", "OLED"),
    "iPhone 12 Pro": ("ios", "iPhone13,3", "OLED"),
    "iPhone 13": ("ios", "iPhone14,5", "OLED"),
    "iPhone 13 mini": ("ios", "iPhone14,4", "OLED"),
    "iPhone 14": ("ios", "iPhone14,7", "OLED"),
    "iPhone 15": ("ios", "iPhone15,4", "OLED"),
    "Galaxy S21": ("android", "SM-G991B", "OLED"),
    "Galaxy S22": ("android", "SM-S901B", "OLED"),
    "Galaxy S23": ("android", "SM-S911B", "OLED"),
    "Galaxy A54": ("android", "SM-A546B", "OLED"),
    "Pixel 7": ("android", "panther", "OLED"),
    "Pixel 8": ("android", "shiba", "OLED"),
    "Redmi Note 12": ("android", "23021RAA2Y", "OLED"),
}
_OBSERVED = (
    "packaging_adequate",
    "accessories_as_listed",
    "counterfeit_free",
    "not_blacklisted",
    "screen_condition",
    "functional_tests",
    "water_damage_free",
)
# Device faults a demo audit may find, with their weights.
_FAULTS = (
    ("battery", 40),
    ("screen", 20),
    ("parts", 20),
    ("cosmetic", 10),
    ("functional", 4),
    ("water", 2),
    ("locks", 3),
    ("counterfeit", 1),
)


def _imei(rng: random.Random) -> str:
    body = "35" + "".join(rng.choice("0123456789") for _ in range(12))
    return body + str(luhn_check_digit(body))


@dataclass
class _Bench:
    library: ProtocolLibrary
    calendar: BusinessCalendar
    logistics: LogisticsPolicy


def _reading(
    rng: random.Random, order: MysteryOrder, fault: str | None, read_at: datetime
) -> dict[str, Any]:
    platform, identifier, factory = _DEVICES.get(order.listing.model, ("android", "?", "OLED"))
    health = round(rng.uniform(86, 100), 0)
    if fault == "battery":
        health = round(rng.uniform(72, 84), 0)
    elif order.listing.grade is CosmeticGrade.PREMIUM:
        health = max(health, 91)
    parts = []
    if platform == "ios":
        parts = [
            {"part": p, "status": "genuine", "source": "MobileGestalt"}
            for p in ("battery", "display", "rear camera")
        ]
        if fault == "parts":
            parts[rng.randrange(3)]["status"] = rng.choice(("unknown", "replaced"))
    locked = fault == "locks"
    return {
        "format": "labapp.device-reading/1",
        "platform": platform,
        "read_at": read_at.isoformat(),
        "identity": {
            "manufacturer": "Apple" if platform == "ios" else "Google/Samsung/Xiaomi",
            "model_identifier": identifier,
            "marketing_name": order.listing.model,
            "serial": f"DEMO{rng.randrange(10**8):08d}",
            "imei": [_imei(rng)],
            "os_version": "17.5.1" if platform == "ios" else "14",
            "storage_gb": order.listing.storage_gb,
        },
        "battery": {
            "health_percent": health,
            "health_source": "demo",
            "cycle_count": rng.randint(80, 900),
        },
        "screen": {"factory_technology": factory, "fitted_technology": None},
        "parts": parts,
        "locks": {
            "activation_lock": locked,
            "mdm": False if platform == "ios" else None,
            "carrier_lock": False,
        },
        "warnings": [] if platform == "ios" else ["part status is not readable over adb"],
    }


def _observations(
    rng: random.Random, order: MysteryOrder, fault: str | None, factory: str
) -> dict[str, Any]:
    observed: dict[str, Any] = {name: "pass" for name in _OBSERVED}
    if fault in ("functional", "water", "counterfeit"):
        key = {
            "functional": "functional_tests",
            "water": "water_damage_free",
            "counterfeit": "counterfeit_free",
        }[fault]
        observed[key] = {"outcome": "fail", "note": "found at the bench (demo)"}
    fitted = "LCD" if fault == "screen" else factory
    observed["screen_technology"] = {"value": fitted, "note": "black-screen test"}
    listed = order.listing.grade
    seen = listed
    if fault == "cosmetic" and listed.rank > 0:
        seen = list(CosmeticGrade)[max(0, listed.rank - rng.choice((1, 1, 2)))]
    observed["cosmetic_grade"] = {"value": seen.value}
    if _DEVICES.get(order.listing.model, ("android",))[0] == "android":
        observed["parts_genuine"] = {
            "outcome": "fail" if fault == "parts" else "pass",
            "note": "checked in the service menu",
        }
        observed["locks_removed"] = "fail" if fault == "locks" else "pass"
    return observed


WAITING_FOR_THE_BENCH = timedelta(days=1.5)


def demo_audits(
    rng: random.Random,
    bench: _Bench,
    orders: list[MysteryOrder],
    sellers: dict[str, Seller],
    now: datetime,
) -> list[AuditRecord]:
    protocol, _ = bench.library.protocol()
    policy, _ = bench.library.policy()
    history: dict[str, list[PreviousAudit]] = {}
    records = []
    received = sorted((o for o in orders if o.reception), key=lambda o: o.reception.received_at)  # type: ignore[union-attr]
    for order in received:
        assert order.reception is not None
        seller = sellers[order.seller_ref]
        audited_at = order.reception.received_at + timedelta(hours=rng.uniform(2, 40))
        # Parcels of the last few days still wait for the bench: the queue has work.
        if audited_at > now or order.reception.received_at > now - WAITING_FOR_THE_BENCH:
            continue
        fault = None
        if rng.random() < 0.14:
            fault = rng.choices([f for f, _ in _FAULTS], weights=[w for _, w in _FAULTS])[0]
        reading = _reading(rng, order, fault, audited_at - timedelta(minutes=5))
        shipment = order.shipment
        document = {
            "format": AUDIT_CASE_FORMAT,
            "template": protocol.id,
            "audited_at": audited_at.isoformat(),
            "seller": {
                "ref": seller.marketplace_ref,
                "country": seller.country,
                "onboarding": seller.status is SellerStatus.ONBOARDING,
            },
            "order": {
                "ref": order.order_ref,
                "ordered_at": order.ordered_at.isoformat(),
                "shipped_at": shipment.shipped_at.isoformat() if shipment else None,
                "delivered_at": order.delivered_at.isoformat() if order.delivered_at else None,
                "carrier": shipment.carrier if shipment else None,
                "tracking_number": shipment.tracking_number if shipment else None,
                "listing_model": order.listing.model,
                "listing_storage_gb": order.listing.storage_gb,
                "listing_grade": order.listing.grade.value,
                "premium_battery": order.listing.premium_battery,
                "invoice_present": order.reception.invoice_present,
                "extra_fees_charged": order.reception.extra_fees is not None,
            },
            "device": reading,
            "observations": _observations(
                rng, order, fault, reading["screen"]["factory_technology"]
            ),
        }
        case = parse_case(document, f"demo {order.order_ref}")
        previous = history.setdefault(seller.marketplace_ref, [])
        result = grade_audit(
            protocol,
            policy,
            case.inputs,
            bench.calendar,
            bench.logistics,
            previous,
            seller.language.value,
        )
        record = AuditRecord(
            order_ref=order.order_ref,
            seller_ref=seller.marketplace_ref,
            protocol_id=protocol.id,
            protocol_version=protocol.version,
            policy_id=policy.id,
            policy_version=policy.version,
            audited_at=audited_at,
            technician=order.reception.received_by,
            case_document=document,
            result=result,
            improvement_advice=default_advice(result),
        )
        finalised_at = audited_at + timedelta(days=rng.uniform(0.5, 3))
        if finalised_at < now - timedelta(days=2):
            record.finalise("Inès Moreau", finalised_at)
            previous.append(PreviousAudit(finalised_at, result.grade))
            if rng.random() < 0.7:
                record.mark_sent(finalised_at + timedelta(hours=rng.uniform(1, 30)))
        elif rng.random() < 0.5:
            record.submit(audited_at + timedelta(hours=1))
        records.append(record)
    return _some_work_open(records)


def _some_work_open(records: list[AuditRecord]) -> list[AuditRecord]:
    """However long ago the last parcels came, a demo lab has work open: an audit waits
    for review and one is still on the bench. Where the draws left neither, the newest
    finished audits are opened again (the newest waits for review, the one before is
    on the bench). Done after the fact so that the random draws, and so every other
    order of a seed, stay as they were."""
    done = (AuditState.FINALISED, AuditState.SENT)
    present = {record.state for record in records}
    wanted = [s for s in (AuditState.AWAITING_REVIEW, AuditState.DRAFT) if s not in present]
    finished = [i for i in range(len(records) - 1, -1, -1) if records[i].state in done]
    for state, position in zip(wanted, finished, strict=False):
        record = records[position]
        reopened = replace(
            record,
            state=AuditState.DRAFT,
            reviewer=None,
            submitted_at=None,
            finalised_at=None,
            sent_at=None,
        )
        if state == AuditState.AWAITING_REVIEW:
            reopened.submit(record.audited_at + timedelta(hours=1))
        records[position] = reopened
    return records
