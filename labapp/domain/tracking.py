"""Is a tracking number plausible for the carrier the seller named?

A known carrier's number must match one of its known formats, and where the
format has a check digit the digit must be right. A carrier whose formats are
not known here gets the generic rule: 8 to 40 letters and digits. An invalid
number is a finding of the audit, not bad input: it is stored as given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


def s10_check_digit(serial: str) -> int:
    """UPU S10: weights 8 6 4 2 3 5 9 7 over the 8 serial digits, modulo 11."""
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    return {10: 0, 11: 5}.get(check, check)


def _s10_ok(number: str) -> bool:
    return s10_check_digit(number[2:10]) == int(number[10])


def _tnt_ok(number: str) -> bool:
    return s10_check_digit(number[:8]) == int(number[8])


def _ups_value(char: str) -> int:
    # Letters count as (ASCII code - 3) mod 10: A=2, B=3, ... I=0, J=1, ...
    return int(char) if char.isdigit() else (ord(char) - 3) % 10


def ups_check_digit(body: str) -> int:
    """UPS: odd positions count once, even positions twice (no digit folding), mod 10."""
    values = [_ups_value(c) for c in body]
    total = sum(values[0::2]) + 2 * sum(values[1::2])
    return (10 - total % 10) % 10


def _ups_1z_ok(number: str) -> bool:
    return ups_check_digit(number[2:17]) == int(number[17])


def _ups_waybill_ok(number: str) -> bool:
    return ups_check_digit(number[1:10]) == int(number[10])


def mod7_check_digit(body: str) -> int:
    """DHL Express waybills: the other digits read as one number, modulo 7."""
    return int(body) % 7


def _mod7_ok(number: str) -> bool:
    return mod7_check_digit(number[:-1]) == int(number[-1])


def weighted_mod10_check_digit(body: str, weights: tuple[int, int], from_right: bool) -> int:
    """Mod 10 with alternating weights, the first weight on the rightmost (or leftmost) digit."""
    digits = [int(d) for d in (reversed(body) if from_right else body)]
    total = sum(d * weights[i % 2] for i, d in enumerate(digits))
    return (10 - total % 10) % 10


def _gs1_ok(number: str) -> bool:
    """Weights 3 and 1 from the right (GS1, DHL Paket 20, Hermes 14)."""
    return weighted_mod10_check_digit(number[:-1], (3, 1), True) == int(number[-1])


def _identcode_ok(number: str) -> bool:
    """Deutsche Post Identcode (DHL Paket 12): weights 4 and 9 from the left."""
    return weighted_mod10_check_digit(number[:-1], (4, 9), False) == int(number[-1])


def gls_check_digit(body: str) -> int:
    """GLS parcel numbers: the GS1 weighting plus one."""
    digits = [int(d) for d in reversed(body)]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits)) + 1
    return (10 - total % 10) % 10


def _gls_ok(number: str) -> bool:
    return gls_check_digit(number[:-1]) == int(number[-1])


_ISO7064_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def iso7064_mod37_36_check(body: str) -> str:
    """ISO/IEC 7064 MOD 37,36, the check character DPD prints after its parcel number."""
    product = 36
    for char in body:
        product = (product + _ISO7064_ALPHABET.index(char)) % 36 or 36
        product = (2 * product) % 37
    return _ISO7064_ALPHABET[(37 - product) % 36]


def _dpd_ok(number: str) -> bool:
    return iso7064_mod37_36_check(number[:14]) == number[14]


def _fedex12_ok(number: str) -> bool:
    weights = (1, 3, 7)
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(number[:-1])))
    return total % 11 % 10 == int(number[-1])


def _fedex15_ok(number: str) -> bool:
    return weighted_mod10_check_digit(number[:-1], (1, 3), False) == int(number[-1])


def _fedex96_ok(number: str) -> bool:
    return weighted_mod10_check_digit(number[7:21], (1, 3), False) == int(number[-1])


@dataclass(frozen=True)
class TrackingFormat:
    name: str
    pattern: re.Pattern[str]
    # None: the carrier publishes no check digit for it, only the shape is known.
    check: Callable[[str], bool] | None = None


def _format(name: str, regex: str, check: Callable[[str], bool] | None = None) -> TrackingFormat:
    return TrackingFormat(name, re.compile(rf"^(?:{regex})$"), check)


S10 = _format("UPU S10", r"[A-Z]{2}\d{9}[A-Z]{2}", _s10_ok)
DPD_PARCEL = _format("DPD parcel number", r"\d{4}[0-9A-Z]{2}\d{8}")
DPD_WITH_CHECK = _format(
    "DPD parcel number with check character", r"\d{4}[0-9A-Z]{2}\d{8}[0-9A-Z]", _dpd_ok
)
LA_POSTE_13 = _format("La Poste 13 (shape only)", r"[0-9A-Z]{2}\d{11}")


@dataclass(frozen=True)
class Carrier:
    key: str
    name: str
    aliases: tuple[str, ...]
    # Empty: formats unknown here, the generic rule applies.
    formats: tuple[TrackingFormat, ...]


# Sources of the formats and check digits: UPU S10 standard; carriers' own
# FAQs and label specifications (bpost, DPD parcel label, GLS, Deutsche Post
# Identcode); where only the shape is known, the format says "shape only".
CARRIERS: tuple[Carrier, ...] = (
    Carrier("colissimo", "Colissimo", ("colissimo", "lapostecolissimo"), (S10, LA_POSTE_13)),
    Carrier(
        "laposte",
        "La Poste",
        ("laposte", "lettresuivie", "lapostelettresuivie"),
        (S10, LA_POSTE_13),
    ),
    Carrier("chronopost", "Chronopost", ("chronopost", "chronopostpickup", "shop2shop"), (S10,)),
    Carrier(
        "dhl",
        "DHL",
        ("dhl", "dhlexpress", "dhlparcel", "dhlpaket", "deutschepost"),
        (
            S10,
            _format("DHL Express waybill", r"\d{10}", _mod7_ok),
            _format("DHL Paket Identcode", r"\d{12}", _identcode_ok),
            _format("DHL Paket 20", r"\d{20}", _gs1_ok),
            _format("DHL piece ID (shape only)", r"JJD\d{13,24}|J[A-Z]{2,3}\d{9,10}"),
            _format("DHL eCommerce (shape only)", r"(?:GM|LX|RX|UV)[0-9A-Z]{10,39}"),
        ),
    ),
    Carrier(
        "ups",
        "UPS",
        ("ups", "unitedparcelservice"),
        (
            _format("UPS 1Z", r"1Z[0-9A-Z]{15}\d", _ups_1z_ok),
            _format("UPS waybill", r"[AHJKTV]\d{10}", _ups_waybill_ok),
        ),
    ),
    Carrier(
        "dpd",
        "DPD",
        ("dpd", "dpdfrance", "dpdpredict", "dpdgroup", "dpdbelgium"),
        (DPD_WITH_CHECK, DPD_PARCEL),
    ),
    Carrier(
        "gls",
        "GLS",
        ("gls", "glsfrance", "glsspain", "glsgermany", "glsbelgium"),
        (
            _format("GLS parcel number", r"\d{12}", _gls_ok),
            _format("GLS parcel number without check digit", r"\d{11}"),
            _format("GLS track ID (shape only)", r"[A-Z0-9]{8}"),
        ),
    ),
    Carrier(
        "hermes",
        "Hermes",
        ("hermes", "hermesgermany"),
        (
            _format("Hermes 14", r"\d{14}", _gs1_ok),
            _format("Hermes H (shape only)", r"H\d{19}"),
        ),
    ),
    Carrier(
        "correos",
        "Correos",
        ("correos", "correosexpress"),
        (
            S10,
            _format("Correos Paq (shape only)", r"P[A-Z][0-9A-Z]{20}[A-Z]"),
            _format("Correos Express (shape only)", r"\d{23}"),
        ),
    ),
    Carrier(
        "posteitaliane",
        "Poste Italiane",
        ("posteitaliane", "postedelivery", "poste"),
        (
            S10,
            _format("Poste Italiane domestic (shape only)", r"\d{12}|\d{14}|[0-9A-Z]{12,13}"),
        ),
    ),
    Carrier(
        "bpost",
        "bpost",
        ("bpost", "bpostbe", "postbe", "bpostbelgium"),
        (
            S10,
            _format("bpost 24 (shape only)", r"32(?:99|32)\d{20}"),
            _format("bpost 18 (shape only)", r"3232\d{14}"),
            _format("bpost JJBEA (shape only)", r"JJBEA\d{22}"),
            _format("bpost registered (shape only)", r"010\d{27}"),
        ),
    ),
    Carrier(
        "mondialrelay",
        "Mondial Relay",
        ("mondialrelay",),
        (
            _format("Mondial Relay shipment (shape only)", r"\d{8}"),
            _format("Mondial Relay barcode (shape only)", r"\d{26}"),
        ),
    ),
    Carrier(
        "brt",
        "BRT",
        ("brt", "bartolini"),
        (
            DPD_WITH_CHECK,
            _format("BRT shipment (shape only)", r"\d{12}|\d{19}"),
        ),
    ),
    Carrier("tnt", "TNT", ("tnt",), (S10, _format("TNT consignment", r"\d{9}", _tnt_ok))),
    Carrier(
        "fedex",
        "FedEx",
        ("fedex",),
        (
            _format("FedEx Express 12", r"\d{12}", _fedex12_ok),
            _format("FedEx Ground 15", r"\d{15}", _fedex15_ok),
            _format("FedEx Ground 96", r"96\d{20}", _fedex96_ok),
        ),
    ),
    # Formats not published: the generic rule applies.
    Carrier("seur", "SEUR", ("seur",), ()),
    Carrier("colisprive", "Colis Privé", ("colisprive",), ()),
    Carrier("nacex", "Nacex", ("nacex",), ()),
    Carrier("mrw", "MRW", ("mrw",), ()),
)

_BY_ALIAS = {alias: carrier for carrier in CARRIERS for alias in carrier.aliases}
_GENERIC = re.compile(r"^[A-Z0-9]{8,40}$")


def _alias_key(carrier: str) -> str:
    folded = carrier.lower().replace("é", "e").replace("è", "e")
    return re.sub(r"[^a-z0-9]", "", folded)


def find_carrier(name: str) -> Carrier | None:
    return _BY_ALIAS.get(_alias_key(name))


def normalise_tracking_number(raw: str) -> str:
    """Spaces and dashes are how people paste numbers, not part of them."""
    return re.sub(r"[\s-]", "", raw).upper()


@dataclass(frozen=True)
class TrackingVerdict:
    valid: bool
    carrier: str | None
    format: str | None
    problem: str | None
    # True when a check digit confirmed the number, not only its shape.
    verified: bool = False


def check_tracking(carrier: str | None, number: str | None) -> TrackingVerdict:
    carrier_name = (carrier or "").strip()
    cleaned = normalise_tracking_number(number or "")
    if not carrier_name and not cleaned:
        return TrackingVerdict(False, None, None, "no carrier and no tracking number")
    if not carrier_name:
        return TrackingVerdict(False, None, None, "no carrier")
    known = find_carrier(carrier_name)
    label = known.name if known else carrier_name
    if not cleaned:
        return TrackingVerdict(False, label, None, "no tracking number")
    if known is None or not known.formats:
        if _GENERIC.match(cleaned):
            return TrackingVerdict(True, label, "generic", None)
        return TrackingVerdict(False, label, None, "not 8 to 40 letters and digits")
    failed_check: TrackingFormat | None = None
    for tracking_format in known.formats:
        if not tracking_format.pattern.match(cleaned):
            continue
        if tracking_format.check is None:
            return TrackingVerdict(True, label, tracking_format.name, None)
        if tracking_format.check(cleaned):
            return TrackingVerdict(True, label, tracking_format.name, None, verified=True)
        failed_check = failed_check or tracking_format
    if failed_check is not None:
        return TrackingVerdict(
            False,
            label,
            failed_check.name,
            f"check digit wrong for a {failed_check.name} number",
        )
    expected = ", ".join(f.name for f in known.formats)
    return TrackingVerdict(False, label, None, f"not a {known.name} number (expected {expected})")
