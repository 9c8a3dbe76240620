"""Demo data: realistic sellers, lab users and mystery orders over 18 months.

Deterministic for a given seed and day, so a demo or a benchmark can be
repeated. Sellers differ in how well they behave (shipping delays, tracking
mistakes), which is what later trends and sanctions have to find.
"""

from __future__ import annotations

import logging
import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from labapp.domain.errors import AlreadyExists
from labapp.domain.logistics import BusinessCalendar, LogisticsPolicy
from labapp.domain.orders import (
    AuditReason,
    CosmeticGrade,
    ExtraFees,
    Listing,
    MysteryOrder,
    ParcelCondition,
    Reception,
    Shipment,
)
from labapp.domain.permissions import Action
from labapp.domain.sellers import MARKET_COUNTRIES, Seller, SellerStatus, default_language
from labapp.domain.tracking import (
    gls_check_digit,
    iso7064_mod37_36_check,
    mod7_check_digit,
    s10_check_digit,
    ups_check_digit,
    weighted_mod10_check_digit,
)
from labapp.domain.users import LabRole, LabUser
from labapp.services.access import AccessGate
from labapp.services.audits import ORDER_STAGE, snapshot_of
from labapp.services.demo_audits import _Bench, demo_audits
from labapp.services.orders import Clock, utc_now
from labapp.services.ports import UnitOfWorkFactory
from labapp.services.protocols import ProtocolLibrary

log = logging.getLogger(__name__)

DEMO_USERS = (
    LabUser("Camille Martin", LabRole.TECHNICIAN),
    LabUser("Lucas Bernard", LabRole.TECHNICIAN),
    LabUser("Inès Moreau", LabRole.AUDITOR),
    LabUser("Hugo Petit", LabRole.QUALITY_MANAGER),
    LabUser("Admin", LabRole.ADMINISTRATOR),
)
_TECHNICIANS = [u.name for u in DEMO_USERS if u.role is LabRole.TECHNICIAN]

_SELLER_WORDS = {
    "FR": (
        ("Reconditionné", "Seconde Vie", "Occaz'", "Répar", "Ré-Phone"),
        ("Pro", "Express", "& Fils", "Lyon", "Marseille", "Atelier"),
    ),
    "BE": (
        ("Refurb", "Tweede Kans", "Phone Relais", "GSM"),
        ("Bruxelles", "Liège", "Antwerpen", "Services"),
    ),
    "ES": (
        ("Móvil", "Reacondicionados", "Telefonía", "Segunda Mano"),
        ("Ibérica", "Madrid", "Sevilla", "Plus", "Exprés"),
    ),
    "DE": (
        ("Handy", "Generalüberholt", "Smartphone", "Technik"),
        ("Müller", "Köln", "Großhandel", "Direkt", "Wiederverkauf"),
    ),
    "IT": (
        ("Telefonia", "Ricondizionati", "Cellulari", "Tecnologia"),
        ("Milano", "Torino", "Più", "Napoli", "Italia"),
    ),
}
_CARRIERS = {
    "FR": ("Colissimo", "Chronopost", "UPS", "DPD", "La Poste"),
    "BE": ("bpost", "DPD", "UPS", "GLS"),
    "ES": ("Correos", "SEUR", "UPS", "GLS"),
    "DE": ("DHL", "DPD", "UPS", "Hermes"),
    "IT": ("Poste Italiane", "BRT", "UPS", "GLS", "DHL"),
}
# (model, storage options, price of the excellent grade in euros)
_MODELS = (
    ("iPhone 11", (64, 128), 300),
    ("iPhone 12", (64, 128, 256), 380),
    ("iPhone 12 Pro", (128, 256), 470),
    ("iPhone 13", (128, 256), 480),
    ("iPhone 13 mini", (128, 256), 420),
    ("iPhone 14", (128, 256, 512), 560),
    ("iPhone 15", (128, 256), 690),
    ("Galaxy S21", (128, 256), 280),
    ("Galaxy S22", (128, 256), 360),
    ("Galaxy S23", (128, 256), 470),
    ("Galaxy A54", (128,), 230),
    ("Pixel 7", (128, 256), 300),
    ("Pixel 8", (128, 256), 420),
    ("Redmi Note 12", (128, 256), 160),
)
_COLOURS = ("Black", "White", "Blue", "Red", "Green", "Purple", "Midnight", "Starlight")
_GRADE_FACTOR = {
    CosmeticGrade.FAIR: 0.82,
    CosmeticGrade.GOOD: 0.9,
    CosmeticGrade.EXCELLENT: 1.0,
    CosmeticGrade.PREMIUM: 1.15,
}


@dataclass(frozen=True)
class DemoReport:
    sellers_created: int
    users_created: int
    orders_created: int
    audits_created: int


@dataclass(frozen=True)
class _SellerProfile:
    seller: Seller
    zone: ZoneInfo
    # 0 = careful seller, 1 = careless: drives delays and tracking mistakes.
    carelessness: float


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _tracking_number(rng: random.Random, carrier: str, country: str) -> str:
    """A number in the carrier's real format, with a correct check digit where it has one."""
    alnum = string.ascii_uppercase + string.digits
    if carrier in ("Colissimo", "La Poste"):
        return rng.choice("5678") + rng.choice("ALRQ") + _digits(rng, 11)
    international = carrier in ("Correos", "Poste Italiane", "bpost") and rng.random() < 0.5
    if carrier == "Chronopost" or international:
        serial = _digits(rng, 8)
        prefix = rng.choice(("XR", "EE", "CA", "RR"))
        return prefix + serial + str(s10_check_digit(serial)) + country
    if carrier == "UPS":
        body = "".join(rng.choice(alnum) for _ in range(6))
        body += rng.choice(("01", "02", "03", "11", "13")) + _digits(rng, 7)
        return "1Z" + body + str(ups_check_digit(body))
    if carrier == "DHL":
        body = _digits(rng, 9)
        return body + str(mod7_check_digit(body))
    if carrier == "DPD":
        body = _digits(rng, 14)
        return body + iso7064_mod37_36_check(body)
    if carrier == "GLS":
        body = _digits(rng, 11)
        return body + str(gls_check_digit(body))
    if carrier == "Hermes":
        body = _digits(rng, 13)
        return body + str(weighted_mod10_check_digit(body, (3, 1), from_right=True))
    if carrier == "Correos":
        return (
            "PQ"
            + "".join(rng.choice(alnum) for _ in range(20))
            + rng.choice(string.ascii_uppercase)
        )
    if carrier == "bpost":
        return "3232" + _digits(rng, 20)
    if carrier in ("Poste Italiane", "BRT"):
        return _digits(rng, 12)
    return _digits(rng, rng.choice((10, 12, 14)))


def _spoil(rng: random.Random, number: str) -> str:
    """What careless sellers enter: a wrong digit, a truncated paste, a placeholder."""
    choice = rng.random()
    if choice < 0.5 and number[-3].isdigit():
        return number[:-3] + str((int(number[-3]) + 1) % 10) + number[-2:]
    if choice < 0.8:
        return number[: len(number) // 2]
    return rng.choice(("N/A", "0000", "TBD"))


class DemoSeeder:
    def __init__(
        self,
        unit_of_work: UnitOfWorkFactory,
        gate: AccessGate,
        library: ProtocolLibrary,
        calendar: BusinessCalendar,
        logistics: Callable[[], LogisticsPolicy],
        clock: Clock = utc_now,
    ) -> None:
        self._uow = unit_of_work
        self._gate = gate
        self._library = library
        self._calendar = calendar
        self._logistics = logistics
        self._clock = clock

    def seed(self, orders: int = 500, seed: int = 1) -> DemoReport:
        self._gate.require(Action.MANAGE_SETTINGS)
        rng = random.Random(seed)
        profiles = self._profiles(rng, max(6, orders // 40))
        new_orders = [self._order(rng, seed, n, rng.choice(profiles)) for n in range(orders)]
        orders_by_ref = {order.order_ref: order for order in new_orders}
        with self._uow() as uow:
            clash = uow.orders.existing_refs(o.order_ref for o in new_orders[:50])
            if clash:
                raise AlreadyExists(
                    "the demo orders of seed {seed} are already in this database "
                    "(e.g. {example}); use another --seed",
                    seed=seed,
                    example=sorted(clash)[0],
                )
            users_created = 0
            for user in DEMO_USERS:
                if uow.users.get(user.name) is None:
                    uow.users.add(user)
                    users_created += 1
            sellers_created = 0
            for profile in profiles:
                if uow.sellers.get(profile.seller.marketplace_ref) is None:
                    uow.sellers.add(profile.seller)
                    sellers_created += 1
            audits = demo_audits(
                rng,
                _Bench(self._library, self._calendar, self._logistics()),
                new_orders,
                {p.seller.marketplace_ref: p.seller for p in profiles},
                self._clock(),
            )
            for record in audits:
                orders_by_ref[record.order_ref].audit_stage = ORDER_STAGE[record.state]
            uow.orders.add_many(new_orders)
            _, protocol = self._library.protocol()
            _, policy = self._library.policy()
            uow.audits.add_many(audits, snapshot_of(protocol), snapshot_of(policy))
            uow.commit()
            uow.refresh_statistics()
        log.info(
            "demo seed %d: %d orders, %d audits, %d sellers",
            seed,
            orders,
            len(audits),
            sellers_created,
        )
        return DemoReport(sellers_created, users_created, len(new_orders), len(audits))

    def _profiles(self, rng: random.Random, count: int) -> list[_SellerProfile]:
        profiles = []
        # Every marketplace country appears, France (the lab's home) most.
        countries = ("FR", "ES", "DE", "IT", "BE", "FR", "FR")
        for number in range(count):
            country = countries[number % len(countries)]
            first, second = _SELLER_WORDS[country]
            name = f"{rng.choice(first)} {rng.choice(second)}"
            status = rng.choices(list(SellerStatus), weights=(30, 45, 12, 6, 5, 2))[0]
            seller = Seller(
                marketplace_ref=f"S-{country}-{number + 1:04d}",
                name=name,
                country=country,
                language=default_language(country),
                status=status,
            )
            zone = ZoneInfo(MARKET_COUNTRIES[country].time_zone)
            profiles.append(_SellerProfile(seller, zone, rng.betavariate(1.2, 4)))
        return profiles

    def _order(
        self, rng: random.Random, seed: int, number: int, profile: _SellerProfile
    ) -> MysteryOrder:
        now = self._clock()
        seller = profile.seller
        # Some orders are recent, so the queue has parcels still on their way.
        days_ago = rng.uniform(0.2, 14) if rng.random() < 0.1 else rng.uniform(0.2, 548)
        ordered_day = (now - timedelta(days=days_ago)).astimezone(profile.zone)
        ordered_at = datetime.combine(
            ordered_day.date(), time(rng.randint(7, 22), rng.randint(0, 59)), profile.zone
        )
        ordered_at = min(ordered_at, now.astimezone(profile.zone) - timedelta(hours=2))
        model, storages, base_price = rng.choice(_MODELS)
        grade = rng.choices(list(CosmeticGrade), weights=(20, 35, 35, 10))[0]
        listing = Listing(
            model=model,
            storage_gb=rng.choice(storages),
            grade=grade,
            price=Decimal(round(base_price * _GRADE_FACTOR[grade] * rng.uniform(0.9, 1.1))),
            colour=rng.choice(_COLOURS),
            premium_battery=grade is CosmeticGrade.PREMIUM or rng.random() < 0.08,
        )
        if seller.status is SellerStatus.ONBOARDING:
            reason = AuditReason.ONBOARDING
        else:
            reason = rng.choices(
                (AuditReason.LOW_PERFORMANCE, AuditReason.RE_AUDIT, AuditReason.COMPLAINT),
                weights=(55, 30, 15),
            )[0]
        order = MysteryOrder(
            order_ref=f"MO-{seed}-{number + 1:06d}",
            seller_ref=seller.marketplace_ref,
            listing=listing,
            reason=reason,
            ordered_at=ordered_at,
        )
        self._advance(rng, order, profile, now)
        return order

    def _advance(
        self, rng: random.Random, order: MysteryOrder, profile: _SellerProfile, now: datetime
    ) -> None:
        """Ship, deliver and receive the order as far as time has allowed."""
        care = profile.carelessness
        delay_days = rng.choices(
            (0, 1, 2, 3, 5),
            weights=(55, 40, 1 + 6 * care, 0.5 + 3 * care, 0.2 + care),
        )[0]
        shipped_at = order.ordered_at + timedelta(days=delay_days, hours=rng.uniform(1, 9))
        if shipped_at > now:
            return
        country = profile.seller.country
        carrier = rng.choice(_CARRIERS[country])
        number = _tracking_number(rng, carrier, country)
        if rng.random() < 0.01 + 0.1 * care:
            number = _spoil(rng, number)
        order.ship(
            Shipment(
                shipped_at, carrier, number, shipped_at + timedelta(minutes=rng.randint(1, 90))
            )
        )
        delivered_at = shipped_at + timedelta(
            days=rng.choices((1, 2, 3, 4, 6), weights=(40, 45, 12, 2.5, 0.5))[0],
            hours=rng.uniform(0, 6),
        )
        if delivered_at > now:
            return
        order.deliver(delivered_at)
        received_at = delivered_at + timedelta(hours=rng.uniform(1, 40))
        if received_at > now:
            return
        fees = None
        if rng.random() < 0.003 + 0.03 * care:
            fees = ExtraFees(
                Decimal(rng.choice((12, 19, 25, 31))), "EUR", "customs duties at delivery"
            )
        order.receive(
            Reception(
                received_at=received_at,
                received_by=rng.choice(_TECHNICIANS),
                parcel_condition=rng.choices(list(ParcelCondition), weights=(90, 7, 3))[0],
                invoice_present=rng.random() > 0.005 + 0.05 * care,
                accessories=tuple(
                    rng.sample(("charging cable", "charger", "SIM tool", "case"), rng.randint(0, 2))
                ),
                extra_fees=fees,
            )
        )
