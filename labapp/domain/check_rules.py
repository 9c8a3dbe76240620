"""The lab's built-in check rules: how each kind of check turns inputs into an outcome.

A protocol check names its rule; nothing else can run. Every rule says what it
measured, what was expected and why, and where its input came from (order,
device, observation). With no input a check is not_tested, never passed.
Where the device gave an input, an observation does not override it: the
reading is the evidence; the technician's value fills in what the device could
not say (a fitted screen after the black-screen test, a battery read by hand).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from labapp.domain.audit_inputs import AuditInputs, CheckOutcome, Observation
from labapp.domain.device_reading import PartStatus
from labapp.domain.errors import InvalidInput
from labapp.domain.identifiers import imei_is_valid
from labapp.domain.logistics import (
    BusinessCalendar,
    LogisticsPolicy,
    delivery_verdict,
    shipping_verdict,
)
from labapp.domain.orders import CosmeticGrade
from labapp.domain.protocol import CheckSpec, Fact, FactValue
from labapp.domain.tracking import check_tracking


@dataclass(frozen=True)
class Evaluation:
    outcome: CheckOutcome
    measured: str | None = None
    expected: str | None = None
    reason: str = ""
    source: str = "none"  # order, device, observation or none
    # Facts only this check knows (grade shortfall), for its severity rules.
    facts: Mapping[Fact, FactValue] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleContext:
    inputs: AuditInputs
    calendar: BusinessCalendar
    logistics: LogisticsPolicy
    facts: Mapping[Fact, FactValue]

    def observation(self, check: CheckSpec) -> Observation | None:
        return self.inputs.observations.get(check.id)


Rule = Callable[[CheckSpec, RuleContext], Evaluation]

PASS, FAIL = CheckOutcome.PASS, CheckOutcome.FAIL
NOT_TESTED = CheckOutcome.NOT_TESTED


def _verdict(ok: bool) -> CheckOutcome:
    return PASS if ok else FAIL


def _observed(check: CheckSpec, context: RuleContext, why_missing: str) -> Evaluation:
    """Fall back on the technician's outcome when the computed input is missing."""
    observation = context.observation(check)
    if observation is not None and observation.outcome is not None:
        return Evaluation(
            observation.outcome,
            reason=observation.note or "observed at the bench",
            source="observation",
        )
    return Evaluation(NOT_TESTED, reason=why_missing)


def _day(moment: datetime | None) -> str | None:
    return moment.date().isoformat() if moment else None


def shipped_on_time(check: CheckSpec, context: RuleContext) -> Evaluation:
    order = context.inputs.order
    verdict = shipping_verdict(
        order.ordered_at,
        order.shipped_at,
        order.seller_country,
        context.calendar,
        context.logistics,
        context.inputs.audited_at,
    )
    expected = f"on or before {verdict.deadline.isoformat()}"
    if verdict.on_time is None:
        return _observed(check, context, "no ship date recorded")
    reason = f"effective order day {verdict.effective_order_day.isoformat()}"
    if order.shipped_at is None:
        reason += "; not shipped by the deadline"
    return Evaluation(_verdict(verdict.on_time), _day(order.shipped_at), expected, reason, "order")


def delivered_on_time(check: CheckSpec, context: RuleContext) -> Evaluation:
    order = context.inputs.order
    verdict = delivery_verdict(
        order.ordered_at, order.delivered_at, context.logistics, context.inputs.audited_at
    )
    expected = f"at most {context.logistics.deliver_within_days} days"
    if verdict.on_time is None:
        return _observed(check, context, "no delivery date recorded")
    measured = f"{verdict.days_taken} days" if verdict.days_taken is not None else "not delivered"
    return Evaluation(
        _verdict(verdict.on_time),
        measured,
        expected,
        f"ordered {verdict.ordered_on.isoformat()}",
        "order",
    )


def tracking_valid(check: CheckSpec, context: RuleContext) -> Evaluation:
    order = context.inputs.order
    verdict = check_tracking(order.carrier, order.tracking_number)
    measured = f"{order.carrier or '—'} {order.tracking_number or '—'}"
    reason = verdict.problem or f"{verdict.format} number" + (
        ", check digit verified" if verdict.verified else ""
    )
    return Evaluation(
        _verdict(verdict.valid), measured, "a valid number of the named carrier", reason, "order"
    )


def _order_flag(
    value: bool | None, want: bool, check: CheckSpec, context: RuleContext, what: str
) -> Evaluation:
    if value is None:
        return _observed(check, context, f"{what} not recorded at reception")
    return Evaluation(
        _verdict(value == want), "yes" if value else "no", "yes" if want else "no", what, "order"
    )


def invoice_present(check: CheckSpec, context: RuleContext) -> Evaluation:
    return _order_flag(
        context.inputs.order.invoice_present, True, check, context, "invoice received"
    )


def no_extra_fees(check: CheckSpec, context: RuleContext) -> Evaluation:
    return _order_flag(
        context.inputs.order.extra_fees_charged,
        False,
        check,
        context,
        "extra fees asked of the buyer",
    )


def observation(check: CheckSpec, context: RuleContext) -> Evaluation:
    return _observed(check, context, "not yet observed")


def imei_valid(check: CheckSpec, context: RuleContext) -> Evaluation:
    device = context.inputs.device
    imeis = list(device.identity.imei) if device else []
    source = "device"
    typed = context.observation(check)
    if not imeis and typed is not None and typed.value:
        imeis, source = [str(typed.value)], "observation"
    if not imeis:
        return Evaluation(CheckOutcome.NOT_APPLICABLE, reason="no IMEI read or typed")
    bad = [imei for imei in imeis if not imei_is_valid(imei)]
    reason = f"Luhn check fails for {', '.join(bad)}" if bad else "Luhn check digit correct"
    return Evaluation(
        _verdict(not bad), ", ".join(imeis), "15 digits with a Luhn check digit", reason, source
    )


def _same_model(read: str, listed: str) -> bool:
    def key(name: str) -> str:
        return "".join(name.casefold().split()).replace("apple", "").replace("samsung", "")

    return key(read) == key(listed)


def model_as_listed(check: CheckSpec, context: RuleContext) -> Evaluation:
    device, order = context.inputs.device, context.inputs.order
    name = device.identity.marketing_name if device else None
    storage = device.identity.storage_gb if device else None
    if not name:
        return _observed(check, context, "the device gave no model name")
    expected = f"{order.listing_model} {order.listing_storage_gb or '?'} GB"
    measured = f"{name} {storage if storage is not None else '?'} GB"
    problems = []
    if not _same_model(name, order.listing_model):
        problems.append(f"model {name} instead of {order.listing_model}")
    if storage is not None and order.listing_storage_gb and storage != order.listing_storage_gb:
        problems.append(f"{storage} GB instead of {order.listing_storage_gb} GB")
    if storage is None and not problems:
        return _observed(check, context, "the device gave no storage size")
    return Evaluation(
        _verdict(not problems),
        measured,
        expected,
        "; ".join(problems) or "model and storage as listed",
        "device",
    )


def locks_removed(check: CheckSpec, context: RuleContext) -> Evaluation:
    device = context.inputs.device
    locks = device.locks if device else None
    states = {
        "activation lock": locks.activation_lock if locks else None,
        "MDM": locks.mdm if locks else None,
        "carrier lock": locks.carrier_lock if locks else None,
    }
    present = [name for name, on in states.items() if on]
    if present:
        return Evaluation(
            FAIL, ", ".join(present), "no lock", f"{', '.join(present)} present", "device"
        )
    unknown = [name for name, on in states.items() if on is None]
    if unknown:
        return _observed(check, context, f"{', '.join(unknown)} not readable from the device")
    return Evaluation(PASS, "none", "no lock", "no activation lock, MDM or carrier lock", "device")


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().rstrip("%"))
    except (TypeError, ValueError):
        return None


def battery_health(check: CheckSpec, context: RuleContext) -> Evaluation:
    device = context.inputs.device
    health = device.battery.health_percent if device else None
    source = "device"
    typed = context.observation(check)
    if health is None and typed is not None and typed.value is not None:
        health, source = _number(typed.value), "observation"
        if health is None:
            raise InvalidInput(
                "battery_health: observed value {value!r} is not a number", value=typed.value
            )
    if health is None:
        return _observed(check, context, "the device gave no battery health")
    minimum, _ = check.threshold.limits(context.facts) if check.threshold else (None, None)
    if minimum is None:
        raise InvalidInput("check {check}: its protocol gives no minimum", check=check.id)
    unit = check.threshold.unit if check.threshold else ""
    ok = health >= minimum
    reason = f"{health:g}{unit} {'≥' if ok else '<'} {minimum:g}{unit}"
    return Evaluation(_verdict(ok), f"{health:g}{unit}", f"≥ {minimum:g}{unit}", reason, source)


def screen_technology(check: CheckSpec, context: RuleContext) -> Evaluation:
    device = context.inputs.device
    factory = device.screen.factory_technology if device else None
    fitted = device.screen.fitted_technology if device else None
    source = "device"
    typed = context.observation(check)
    if fitted is None and typed is not None and typed.value:
        fitted, source = str(typed.value).upper(), "observation"  # type: ignore[assignment]
    if factory is None:
        return _observed(check, context, "factory screen technology unknown for this model")
    if fitted is None:
        return _observed(check, context, "fitted screen not identified (black-screen test)")
    return Evaluation(
        _verdict(fitted == factory),
        str(fitted),
        str(factory),
        f"factory {factory}, fitted {fitted}",
        source,
    )


def parts_genuine(check: CheckSpec, context: RuleContext) -> Evaluation:
    device = context.inputs.device
    parts = device.parts if device else ()
    bad = [p for p in parts if p.status in (PartStatus.UNKNOWN, PartStatus.REPLACED)]
    if bad:
        listed = ", ".join(f"{p.part}: {p.status.value}" for p in bad)
        return Evaluation(FAIL, listed, "all parts genuine", listed, "device")
    readable = [p for p in parts if p.status is PartStatus.GENUINE]
    if not readable or len(readable) < len(parts):
        return _observed(check, context, "part status not readable from the device")
    return Evaluation(
        PASS,
        f"{len(readable)} parts genuine",
        "all parts genuine",
        ", ".join(p.part for p in readable),
        "device",
    )


def cosmetic_grade(check: CheckSpec, context: RuleContext) -> Evaluation:
    typed = context.observation(check)
    listed = context.inputs.order.listing_grade
    if typed is None or typed.value is None:
        return _observed(check, context, "grade not yet observed")
    try:
        seen = CosmeticGrade(str(typed.value).strip().lower())
    except ValueError:
        allowed = ", ".join(g.value for g in CosmeticGrade)
        raise InvalidInput(
            "cosmetic_grade: observed {value!r} is not one of {allowed}",
            value=typed.value,
            allowed=allowed,
        ) from None
    shortfall = max(0, listed.rank - seen.rank)
    reason = f"{shortfall} grade(s) below the listing" if shortfall else "as listed or better"
    return Evaluation(
        _verdict(shortfall == 0),
        seen.value,
        f"{listed.value} or better",
        reason,
        "observation",
        {Fact.GRADE_SHORTFALL: shortfall},
    )


RULES: dict[str, Rule] = {
    "shipped_on_time": shipped_on_time,
    "delivered_on_time": delivered_on_time,
    "tracking_valid": tracking_valid,
    "invoice_present": invoice_present,
    "no_extra_fees": no_extra_fees,
    "observation": observation,
    "imei_valid": imei_valid,
    "model_as_listed": model_as_listed,
    "locks_removed": locks_removed,
    "battery_health": battery_health,
    "screen_technology": screen_technology,
    "parts_genuine": parts_genuine,
    "cosmetic_grade": cosmetic_grade,
}
