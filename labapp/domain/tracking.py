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


def s10_ok(number: str) -> bool:
    return s10_check_digit(number[2:10]) == int(number[10])


def ups_check_digit(body: str) -> int:
    """UPS 1Z: over the 15 characters after '1Z', letters count as (A=0 .. Z=25) + 2
    modulo 10; odd positions add once, even positions twice."""
    values = [int(c) if c.isdigit() else (ord(c) - ord("A") + 2) % 10 for c in body]
    total = sum(values[0::2]) + 2 * sum(values[1::2])
    return (10 - total % 10) % 10


def ups_1z_ok(number: str) -> bool:
    return ups_check_digit(number[2:17]) == int(number[17])


def mod7_check_digit(body: str) -> int:
    """DHL Express waybills: the check digit is the rest of the others divided by 7."""
    return int(body) % 7


def mod7_ok(number: str) -> bool:
    return mod7_check_digit(number[:-1]) == int(number[-1])


@dataclass(frozen=True)
class TrackingFormat:
    name: str
    pattern: re.Pattern[str]
    check: Callable[[str], bool] | None = None


def _format(name: str, regex: str, check: Callable[[str], bool] | None = None) -> TrackingFormat:
    return TrackingFormat(name, re.compile(rf"^(?:{regex})$"), check)


S10 = _format("UPU S10", r"[A-Z]{2}\d{9}[A-Z]{2}", s10_ok)
UPS_1Z = _format("UPS 1Z", r"1Z[A-Z0-9]{16}", ups_1z_ok)


@dataclass(frozen=True)
class Carrier:
    key: str
    name: str
    aliases: tuple[str, ...]
    # Empty: formats unknown here, the generic rule applies.
    formats: tuple[TrackingFormat, ...]


CARRIERS: tuple[Carrier, ...] = (
    Carrier(
        "colissimo",
        "Colissimo",
        ("colissimo", "lapostecolissimo"),
        (
            _format("Colissimo 13", r"\d[A-Z]\d{11}"),
            S10,
        ),
    ),
    Carrier(
        "laposte",
        "La Poste",
        ("laposte", "lettresuivie", "lapostelettresuivie"),
        (
            _format("La Poste 13", r"\d[A-Z]\d{11}"),
            S10,
        ),
    ),
    Carrier(
        "chronopost",
        "Chronopost",
        ("chronopost",),
        (
            S10,
            _format("Chronopost 13", r"[A-Z]{2}\d{9}[A-Z]{2}"),
        ),
    ),
    Carrier(
        "dhl",
        "DHL",
        ("dhl", "dhlexpress", "dhlparcel", "dhlpaket", "deutschepost"),
        (
            _format("DHL Express waybill", r"\d{10}", mod7_ok),
            _format("DHL Paket 12", r"\d{12}"),
            _format("DHL Paket 20", r"\d{20}"),
            _format("DHL eCommerce JJD", r"JJD\d{16,20}"),
            _format("DHL eCommerce GM", r"GM\d{16,20}"),
            S10,
        ),
    ),
    Carrier(
        "ups",
        "UPS",
        ("ups", "unitedparcelservice"),
        (
            UPS_1Z,
            _format("UPS freight", r"T\d{10}"),
            _format("UPS Mail Innovations", r"\d{22}|\d{26}"),
        ),
    ),
    Carrier(
        "dpd",
        "DPD",
        ("dpd", "dpdfrance", "dpdpredict", "dpdgroup"),
        (
            _format("DPD parcel number", r"\d{14}"),
            _format("DPD parcel number with check character", r"\d{14}[A-Z0-9]"),
        ),
    ),
    Carrier(
        "gls",
        "GLS",
        ("gls", "glsitaly", "glsfrance", "glsspain"),
        (
            _format("GLS parcel number", r"\d{11,12}"),
            _format("GLS track ID", r"[A-Z0-9]{8}"),
        ),
    ),
    Carrier(
        "correos",
        "Correos",
        ("correos",),
        (
            _format("Correos domestic", r"P[A-Z0-9]{22}"),
            S10,
        ),
    ),
    Carrier("seur", "SEUR", ("seur",), ()),
    Carrier(
        "posteitaliane",
        "Poste Italiane",
        ("posteitaliane", "poste", "postedelivery"),
        (
            _format("Poste Italiane 12", r"\d{12}"),
            _format("Poste Italiane 13", r"[A-Z0-9]{13}"),
            S10,
        ),
    ),
    Carrier(
        "bpost",
        "bpost",
        ("bpost", "bpostbe", "postbe"),
        (
            _format("bpost 24", r"32\d{22}"),
            S10,
        ),
    ),
    Carrier("hermes", "Hermes", ("hermes", "evri"), (_format("Hermes", r"\d{14}|\d{16}"),)),
    Carrier("mondialrelay", "Mondial Relay", ("mondialrelay", "inpost"), ()),
    Carrier("colisprive", "Colis Privé", ("colisprive",), ()),
    Carrier("brt", "BRT", ("brt", "bartolini"), ()),
    Carrier("nacex", "Nacex", ("nacex",), ()),
    Carrier("mrw", "MRW", ("mrw",), ()),
    Carrier("tnt", "TNT", ("tnt",), ()),
    Carrier("fedex", "FedEx", ("fedex",), ()),
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
    for tracking_format in known.formats:
        if tracking_format.pattern.match(cleaned):
            if tracking_format.check is None or tracking_format.check(cleaned):
                return TrackingVerdict(True, label, tracking_format.name, None)
            return TrackingVerdict(
                False,
                label,
                tracking_format.name,
                f"check digit wrong for a {tracking_format.name} number",
            )
    expected = ", ".join(f.name for f in known.formats)
    return TrackingVerdict(False, label, None, f"not a {known.name} number (expected {expected})")
