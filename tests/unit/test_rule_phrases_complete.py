"""Every phrase the check rules can give is said in each report language.

Not a hand-written list of phrases: the real grading runs over the case fixtures, a
demo lab's audits and systematic variations of a case's inputs (dates, carriers and
tracking numbers of every known format, locks, parts, batteries, screens, models,
grades, a missing device...). Every reason, measured and expected value it gives goes
through say(), and no English word of it may be left in another language's wording,
except pure data: models, carriers, numbers, IMEIs, screen technologies.
"""

from __future__ import annotations

import copy
import itertools
import json
import random
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from labapp.domain.audit_inputs import CheckOutcome
from labapp.domain.grading import CheckResult
from labapp.domain.identifiers import luhn_check_digit
from labapp.domain.logistics import LogisticsPolicy
from labapp.domain.tracking import CARRIERS, check_tracking
from labapp.reports.i18n import LOCALES, Catalog
from labapp.reports.phrases import say
from labapp.services.audit_case import AuditCase, parse_case
from labapp.services.business_calendar import HolidayCalendar
from labapp.services.demo import DemoSeeder
from labapp.services.demo_audits import _Bench, demo_audits
from labapp.services.grading import GradingService
from labapp.services.protocols import ProtocolLibrary
from tests.unit.fakes import trusted_gate

CASES = sorted((Path(__file__).parents[1] / "fixtures" / "cases").glob("*.json"))
LIBRARY = ProtocolLibrary()
CALENDAR = HolidayCalendar()
SERVICE = GradingService(LIBRARY, CALENDAR, LogisticsPolicy)
OTHER_LANGUAGES = [code for code in LOCALES if code != "en"]

# Pure data, the same in every language: screen technologies, identifiers, the names
# of the carriers' products ("DHL Express", "FedEx Ground 15") and of the standards.
DATA_WORDS = {
    "oled",
    "lcd",
    "imei",
    "mdm",
    "luhn",
    "premium",
    "upu",
    "s10",
    "express",
    "ground",
    "paket",
    "identcode",
    "ecommerce",
    "paq",
    "jjbea",
} | {word.lower() for carrier in CARRIERS for word in re.findall(r"\w+", carrier.name)}
# Words of English that the language writes alike.
SHARED_WORDS = {
    "fr": {"date", "grade", "test", "correct"},
    "es": {"no", "gb"},
    "de": {"display", "gb"},
    "it": {"no", "gb", "test"},
}
# Words that must never be left, whatever the phrase (the idea of test_report_phrases).
ENGLISH_WORDS = {
    "number",
    "digit",
    "check",
    "parcel",
    "waybill",
    "shape",
    "only",
    "order",
    "ordered",
    "effective",
    "day",
    "days",
    "shipped",
    "deadline",
    "recorded",
    "received",
    "device",
    "gave",
    "listed",
    "storage",
    "lock",
    "readable",
    "better",
    "genuine",
    "battery",
    "display",
    "camera",
    "rear",
    "front",
    "factory",
    "fitted",
    "screen",
    "observed",
    "apply",
    "correct",
    "verified",
    "letters",
    "digits",
    "generic",
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 1}


# -- what the grading says --------------------------------------------------------


@cache
def _fixture(path: Path = CASES[0]) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _case(**changes: Any) -> dict[str, Any]:
    """The first fixture with values set by dotted path ("order.carrier")."""
    document = copy.deepcopy(_fixture())
    for path, value in changes.items():
        target = document
        *parents, last = path.split(".")
        for key in parents:
            target = target[key]
        target[last] = value
    return document


def _imei(body: str) -> str:
    return body + str(luhn_check_digit(body))


GOOD_IMEI = _imei("35693803564380")
BAD_IMEI = GOOD_IMEI[:-1] + str((int(GOOD_IMEI[-1]) + 1) % 10)

# A number of each known format's shape; "?" is where its check character goes, tried
# with every letter and digit (so some are right, some wrong).
TRACKING_SHAPES = {
    "UPU S10": "RR12345678?FR",
    "DPD parcel number": "01234567890123",
    "DPD parcel number with check character": "01234567890123?",
    "La Poste 13 (shape only)": "6A12345678905",
    "DHL Express waybill": "123456789?",
    "DHL Paket Identcode": "34012345678?",
    "DHL Paket 20": "1234567890123456789?",
    "DHL piece ID (shape only)": "JJD0001234567890123",
    "DHL eCommerce (shape only)": "GM1234567890AB",
    "UPS 1Z": "1Z12345E020527168?",
    "UPS waybill": "K123456789?",
    "GLS parcel number": "12345678901?",
    "GLS parcel number without check digit": "12345678901",
    "GLS track ID (shape only)": "ZA1B2C3D",
    "Hermes 14": "1234567890123?",
    "Hermes H (shape only)": "H" + "1" * 19,
    "Correos Paq (shape only)": "PQ" + "1" * 20 + "X",
    "Correos Express (shape only)": "1" * 23,
    "Poste Italiane domestic (shape only)": "1" * 12,
    "bpost 24 (shape only)": "3299" + "1" * 20,
    "bpost 18 (shape only)": "3232" + "1" * 14,
    "bpost JJBEA (shape only)": "JJBEA" + "1" * 22,
    "bpost registered (shape only)": "010" + "1" * 27,
    "Mondial Relay shipment (shape only)": "1" * 8,
    "Mondial Relay barcode (shape only)": "1" * 26,
    "BRT shipment (shape only)": "1" * 19,
    "TNT consignment": "12345678?",
    "FedEx Express 12": "12345678901?",
    "FedEx Ground 15": "12345678901234?",
    "FedEx Ground 96": "96" + "1" * 19 + "?",
}
_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _trackings() -> Iterator[tuple[str | None, str | None]]:
    """A carrier and number for every verdict the tracking rule can give."""
    seen = set()
    for carrier in CARRIERS:
        numbers = ["X1", "ABCDEFGH", "1234567890123456789012345678901234567890"]
        for tracking_format in carrier.formats:
            shape = TRACKING_SHAPES[tracking_format.name]
            numbers += [shape.replace("?", c) for c in (_CHARACTERS if "?" in shape else "0")]
        for number in numbers:
            verdict = check_tracking(carrier.name, number)
            if verdict not in seen:
                seen.add(verdict)
                yield carrier.name, number
    yield from [(None, None), (None, "6A12345678905"), ("Colissimo", None), ("", "  ")]
    yield from [("Royal Mail", "AB123456789GB"), ("Royal Mail", "AB-1"), ("Speedy", "12345678")]


def test_every_tracking_format_has_a_shape_to_try():
    """A new format in labapp.domain.tracking needs a shape here, so that its name is
    tried in every language, valid and (where it has one) with a wrong check digit."""
    valid = {
        check_tracking(carrier, number).format
        for carrier, number in _trackings()
        if check_tracking(carrier, number).valid
    }
    assert {f.name for c in CARRIERS for f in c.formats} <= valid


def _variations() -> Iterator[dict[str, Any]]:
    yield _case()
    # Dates: on time, late, not shipped or delivered yet, before and after the deadline,
    # an order after the cut-off and on a public holiday.
    for ordered, shipped, delivered, audited in itertools.product(
        ("2025-07-11T15:00:00+02:00", "2025-07-14T09:00:00+02:00", "2025-12-24T18:00:00+01:00"),
        (None, "2025-07-15T10:00:00+02:00", "2026-01-12T10:00:00+01:00"),
        (None, "2025-07-17T12:00:00+02:00", "2026-01-20T12:00:00+01:00"),
        ("2025-07-14T10:00:00+02:00", "2026-02-01T10:00:00+01:00"),
    ):
        yield _case(
            **{
                "order.ordered_at": ordered,
                "order.shipped_at": shipped,
                "order.delivered_at": delivered,
                "audited_at": audited,
            }
        )
    for carrier, number in _trackings():
        yield _case(**{"order.carrier": carrier, "order.tracking_number": number})
    for invoice, fees in itertools.product((True, False, None), (True, False, None)):
        yield _case(**{"order.invoice_present": invoice, "order.extra_fees_charged": fees})
    # Observations: none yet, an outcome without a note, an outcome with one.
    yield _case(observations={})
    yield _case(observations={"packaging_adequate": "fail", "cosmetic_grade": {"value": "fair"}})
    yield _case(observations={"functional_tests": {"outcome": "fail", "note": "no sound"}})
    # IMEIs: right, wrong, two, none read but one typed, none at all.
    for imeis, typed in (
        ([GOOD_IMEI], None),
        ([BAD_IMEI], None),
        ([GOOD_IMEI, BAD_IMEI], None),
        ([BAD_IMEI, "12345"], None),
        ([], GOOD_IMEI),
        ([], BAD_IMEI),
        ([], None),
    ):
        document = _case(**{"device.identity.imei": imeis})
        if typed:
            document["observations"]["imei_valid"] = {"value": typed}
        yield document
    # Model and storage: as listed, another model, another size, sizes not known.
    for name, storage, listed_model, listed_storage in itertools.product(
        ("iPhone 12", "Apple iPhone 12", "iPhone 11", None),
        (128, 64, None),
        ("iPhone 12", "Galaxy S21"),
        (128, None),
    ):
        yield _case(
            **{
                "device.identity.marketing_name": name,
                "device.identity.storage_gb": storage,
                "order.listing_model": listed_model,
                "order.listing_storage_gb": listed_storage,
            }
        )
    for activation, mdm, carrier_lock in itertools.product((True, False, None), repeat=3):
        yield _case(
            **{
                "device.locks": {
                    "activation_lock": activation,
                    "mdm": mdm,
                    "carrier_lock": carrier_lock,
                }
            }
        )
    # Batteries, read and typed, for a premium and a standard listing.
    for health, typed, grade in itertools.product(
        (72, 84.5, 88, 90, 100, 87.25, None), (None, "86", "91.5%"), ("premium", "good")
    ):
        document = _case(**{"device.battery.health_percent": health, "order.listing_grade": grade})
        if typed is not None:
            document["observations"]["battery_health"] = {"value": typed}
        yield document
    # Screens: factory known or not, fitted read, typed or not identified.
    for factory, fitted, typed in itertools.product(
        ("OLED", "LCD", None), ("OLED", "LCD", None), ("LCD", "oled", None)
    ):
        document = _case(
            **{
                "device.screen.factory_technology": factory,
                "device.screen.fitted_technology": fitted,
            }
        )
        document["observations"].pop("screen_technology")
        if typed is not None:
            document["observations"]["screen_technology"] = {"value": typed}
        yield document
    # Parts: each status of each part, one part or four, none read.
    names = ("battery", "display", "front camera", "rear camera")
    statuses = ("genuine", "unknown", "replaced", "unreadable")
    for count in (0, 1, 2, 4):
        for chosen in itertools.product(statuses, repeat=min(count, 2)):
            parts = [
                {"part": name, "status": chosen[i % len(chosen)] if chosen else "genuine"}
                for i, name in enumerate(names[:count])
            ]
            yield _case(**{"device.parts": parts})
    # Cosmetic grades: every listing against every grade seen, and none seen.
    grades = ("fair", "good", "excellent", "premium")
    for listed, seen in itertools.product(grades, (*grades, None)):
        document = _case(**{"order.listing_grade": listed})
        if seen is None:
            document["observations"].pop("cosmetic_grade")
        else:
            document["observations"]["cosmetic_grade"] = {"value": seen}
        yield document
    # No device read at all (an Android phone over adb, a phone that would not start).
    yield _case(device=None)
    yield _case(device=None, observations={"imei_valid": {"value": GOOD_IMEI}})


def _demo_cases() -> Iterator[AuditCase]:
    """The demo lab's audits: realistic sellers, carriers, delays and faults."""
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    # The seeder's own draws of sellers and orders; no database is written.
    seeder = DemoSeeder(None, trusted_gate(), LIBRARY, CALENDAR, LogisticsPolicy, lambda: now)  # type: ignore[arg-type]
    for seed in (1, 2, 3):
        rng = random.Random(seed)
        profiles = seeder._profiles(rng, 12)
        orders = [seeder._order(rng, seed, n, rng.choice(profiles)) for n in range(300)]
        sellers = {p.seller.marketplace_ref: p.seller for p in profiles}
        bench = _Bench(LIBRARY, CALENDAR, LogisticsPolicy())
        for record in demo_audits(rng, bench, orders, sellers, now):
            yield parse_case(record.case_document)


@cache
def graded_phrases() -> dict[str, set[str]]:
    """Every reason, measured and expected value the grading gave, with the data words
    (models, carriers, numbers) of the case it came from."""
    phrases: dict[str, set[str]] = {}
    cases = [parse_case(json.loads(path.read_text(encoding="utf-8"))) for path in CASES]
    cases += [parse_case(document) for document in _variations()]
    cases += list(_demo_cases())
    for case in cases:
        order, device = case.inputs.order, case.inputs.device
        data = [order.listing_model, order.carrier or "", order.tracking_number or ""]
        if device is not None:
            data += [device.identity.marketing_name or "", *device.identity.imei]
        data += [str(o.value) for o in case.inputs.observations.values() if o.value is not None]
        data_words = set().union(*(_words(text) for text in data))
        for result in SERVICE.grade_case(case).checks:
            for text in _rule_texts(result):
                phrases.setdefault(text, set()).update(data_words)
    return phrases


def _rule_texts(result: CheckResult) -> Iterator[str]:
    yield from (t for t in (result.measured, result.expected) if t)
    # A technician's note stands in for the reason where the outcome was observed:
    # the person's words, which pass as written.
    if result.reason and result.reason != result.note:
        yield result.reason


def test_the_grading_gives_every_kind_of_outcome():
    """The variations reach every outcome of every rule, or the test proves little."""
    outcomes: dict[str, set[CheckOutcome]] = {}
    for document in _variations():
        for result in SERVICE.grade_case(parse_case(document)).checks:
            outcomes.setdefault(result.check_id, set()).add(result.outcome)
    passed, failed = CheckOutcome.PASS, CheckOutcome.FAIL
    not_tested, not_applicable = CheckOutcome.NOT_TESTED, CheckOutcome.NOT_APPLICABLE
    reached = {
        "shipped_on_time": {passed, failed, not_tested},
        "delivered_on_time": {passed, failed, not_tested},
        "tracking_valid": {passed, failed},  # an order always has an answer to it
        "invoice_present": {passed, failed, not_tested},
        "no_extra_fees": {passed, failed, not_tested},
        "imei_valid": {passed, failed, not_applicable},
        "model_as_listed": {passed, failed, not_tested},
        "locks_removed": {passed, failed, not_tested},
        "battery_health": {passed, failed, not_tested},
        "screen_technology": {passed, failed, not_tested},
        "parts_genuine": {passed, failed, not_tested},
        "cosmetic_grade": {passed, failed, not_tested},
        "packaging_adequate": {passed, failed, not_tested},
    }
    for check, wanted in reached.items():
        assert outcomes[check] >= wanted, check
    assert len(graded_phrases()) > 300


# -- said in each language -------------------------------------------------------------


def english_left(phrase: str, said: str, language: str, data: set[str]) -> set[str]:
    """The English words of ``phrase`` still in ``said``, data and shared words aside."""
    english = (_words(phrase) | ENGLISH_WORDS) - data - DATA_WORDS - SHARED_WORDS[language]
    return english & _words(said)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_rule_phrase_is_left_in_english(language: str) -> None:
    catalog = Catalog.of(language)
    left = {}
    for phrase, data in sorted(graded_phrases().items()):
        said = say(phrase, catalog)
        words = english_left(phrase, said, language, data)
        if words:  # one example of each shape (digits aside) is enough to read
            left.setdefault(re.sub(r"\d", "#", phrase), f"{phrase!r} -> {said!r} {sorted(words)}")
    assert not left, f"{len(left)} phrase shapes left in English:\n" + "\n".join(left.values())


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_every_rule_phrase_is_said_whole(language: str) -> None:
    """No placeholder unfilled; French puts a no-break space before its : ; ! and %."""
    catalog = Catalog.of(language)
    for phrase in graded_phrases():
        said = say(phrase, catalog)
        assert not re.search(r"[{}]", said), (phrase, said)
        if language == "fr":
            assert not re.search(r"[^\u00a0][:;!%]", said), (phrase, said)


def test_english_says_every_rule_phrase() -> None:
    """Nothing dropped from an English report but the phrases said to be silent."""
    catalog = Catalog.of("en")
    for phrase in graded_phrases():
        assert say(phrase, catalog) or phrase in SILENT, phrase


SILENT = {
    "observed at the bench",
    "invoice received",
    "extra fees asked of the buyer",
    "not yet observed",
}
