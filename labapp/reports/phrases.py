"""The check rules' measured and expected values, said in the report's language.

The rules (labapp.domain.check_rules) describe values in plain English for logs
and the command line; a report to a seller says them in the seller's language.
Each pattern here matches one phrase those rules produce; anything else (a
technician's own note, a model name) passes through as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from labapp.domain.tracking import CARRIERS
from labapp.reports.i18n import Catalog

_GRADES = ("fair", "good", "excellent", "premium")
_Phrase = tuple[re.Pattern[str], Callable[[Catalog, re.Match[str]], str]]


def _day(catalog: Catalog, text: str) -> str:
    return catalog.day(date.fromisoformat(text))


_LOCKS = {"activation lock": "lock_activation", "MDM": "lock_mdm", "carrier lock": "lock_carrier"}
_SILENT = (
    "observed at the bench",
    "invoice received",
    "extra fees asked of the buyer",
    "not yet observed",
)


# Phrases the rules say whole, nothing to fill in (grading's "does not apply" too).
_FIXED = {
    "does not apply to this order": "not_applicable_order",
    "no ship date recorded": "no_ship_date",
    "no delivery date recorded": "no_delivery_date",
    "not shipped by the deadline": "not_shipped",
    "invoice received not recorded at reception": "invoice_not_recorded",
    "extra fees asked of the buyer not recorded at reception": "fees_not_recorded",
    "no IMEI read or typed": "no_imei",
    "Luhn check digit correct": "luhn_ok",
    "the device gave no model name": "no_model_name",
    "the device gave no storage size": "no_storage_size",
    "model and storage as listed": "model_as_listed",
    "no activation lock, MDM or carrier lock": "no_locks",
    "the device gave no battery health": "no_battery_health",
    "factory screen technology unknown for this model": "factory_screen_unknown",
    "fitted screen not identified (black-screen test)": "fitted_screen_unknown",
    "part status not readable from the device": "parts_unreadable",
    "grade not yet observed": "grade_not_observed",
    "as listed or better": "as_listed_or_better",
}
_LOCK_LIST = r"((?:activation lock|MDM|carrier lock)(?:, (?:activation lock|MDM|carrier lock))*)"
# The parts a reading names (the catalogs' "part_..." keys): the parts found genuine.
_PART_NAMES = ("battery", "display", "front camera", "rear camera")
_PART_LIST = rf"(?:{'|'.join(_PART_NAMES)})(?:, (?:{'|'.join(_PART_NAMES)}))*"
_DATE = r"(\d{4}-\d{2}-\d{2})"


def _locks(catalog: Catalog, text: str) -> str:
    return ", ".join(catalog.t(_LOCKS[name]) for name in text.split(", "))


def _locks_present(catalog: Catalog, text: str) -> str:
    return catalog.t("present", what=_locks(catalog, text), n=len(text.split(", ")))


# A tracking number's format as labapp.domain.tracking names it ("DHL Express waybill",
# "La Poste 13 (shape only)"): the carrier's product is a name and stays as it is; the
# kind of number, and that only its shape is known, are said in the language.
_FORMAT_KINDS = {
    "parcel number with check character": "format_parcel_check",
    "parcel number without check digit": "format_parcel_no_check",
    "parcel number": "format_parcel",
    "waybill": "format_waybill",
    "piece ID": "format_piece",
    "track ID": "format_track",
    "shipment": "format_shipment",
    "barcode": "format_barcode",
    "consignment": "format_consignment",
    "domestic": "format_domestic",
    "registered": "format_registered",
}
_FORMAT_NAME = re.compile(
    rf"^(.+?)(?: ({'|'.join(map(re.escape, _FORMAT_KINDS))}))?( \(shape only\))?$"
)
# The formats known, longest first, and the generic rule's: the rule's "... number".
_FORMATS = sorted(
    {f.name for carrier in CARRIERS for f in carrier.formats} | {"generic"}, key=len, reverse=True
)


def _format(catalog: Catalog, name: str) -> str:
    """A format's name as a number of that format: "numéro de colis DPD"."""
    if name == "generic":
        return catalog.t("format_generic")
    found = _FORMAT_NAME.match(name)
    assert found is not None  # (.+?) matches any name
    said = catalog.t(_FORMAT_KINDS.get(found[2] or "", "format_number"), name=found[1])
    return catalog.t("format_shape_only", format=said) if found[3] else said


def _formats(catalog: Catalog, names: str) -> str:
    return ", ".join(_format(catalog, name) for name in names.split(", "))


def _storage(catalog: Catalog, gigabytes: str) -> str:
    """The rule's "128" or, when the size is not known, "?" with the language's unit."""
    return (
        catalog.t("storage_gb", gb=gigabytes)
        if gigabytes == "?"
        else catalog.storage(int(gigabytes))
    )


_PERCENT = r"(\d+(?:\.\d+)?)%"


def _percent(catalog: Catalog, text: str) -> str:
    """A rule's "87.5%" as the language writes it ("87,5 %")."""
    return catalog.percent(Decimal(text), len(text.partition(".")[2]))


_PHRASES: list[_Phrase] = [
    (re.compile(rf"^({'|'.join(map(re.escape, _SILENT))})$"), lambda c, m: ""),
    (re.compile(rf"^({'|'.join(map(re.escape, _FIXED))})$"), lambda c, m: c.t(_FIXED[m[1]])),
    (
        re.compile(r"^check digit wrong for a (.+) number$"),
        lambda c, m: c.t("check_digit_wrong", format=_format(c, m[1])),
    ),
    (
        re.compile(r"^not a (.+?) number \(expected (.*)\)$"),
        lambda c, m: c.t("not_carrier_number", carrier=m[1], expected=_formats(c, m[2])),
    ),
    (
        re.compile(rf"^({'|'.join(map(re.escape, _FORMATS))}) number(, check digit verified)?$"),
        lambda c, m: (
            c.t("check_digit_verified", format=_format(c, m[1])) if m[2] else _format(c, m[1])
        ),
    ),
    (
        re.compile(r"^not (\d+) to (\d+) letters and digits$"),
        lambda c, m: c.t("tracking_not_generic", low=m[1], high=m[2]),
    ),
    (
        re.compile(r"^no carrier and no tracking number$"),
        lambda c, m: c.t("no_carrier_no_tracking"),
    ),
    (re.compile(r"^no carrier$"), lambda c, m: c.t("no_carrier")),
    (re.compile(r"^no tracking number$"), lambda c, m: c.t("no_tracking")),
    (re.compile(r"^Luhn check fails for (.+)$"), lambda c, m: c.t("luhn_fails", imei=m[1])),
    (
        re.compile(rf"^{_LOCK_LIST}( present)?$"),
        lambda c, m: _locks_present(c, m[1]) if m[2] else _locks(c, m[1]),
    ),
    (
        re.compile(rf"^{_LOCK_LIST} not readable from the device$"),
        lambda c, m: c.t("locks_unreadable", what=_locks(c, m[1])),
    ),
    (re.compile(rf"^{_PERCENT}$"), lambda c, m: _percent(c, m[1])),
    (
        re.compile(rf"^≥ {_PERCENT}$"),
        lambda c, m: m[0] if c.language == "en" else "≥\u00a0" + _percent(c, m[1]),
    ),
    (
        re.compile(rf"^{_PERCENT} ([<≥]) {_PERCENT}$"),
        lambda c, m: f"{_percent(c, m[1])} {m[2]} {_percent(c, m[3])}",
    ),
    (re.compile(rf"^{_DATE}$"), lambda c, m: _day(c, m[1])),
    (re.compile(rf"^on or before {_DATE}$"), lambda c, m: c.t("on_or_before", date=_day(c, m[1]))),
    (
        re.compile(rf"^effective order day {_DATE}$"),
        lambda c, m: c.t("effective_order_day", date=_day(c, m[1])),
    ),
    (re.compile(rf"^ordered {_DATE}$"), lambda c, m: c.t("ordered_on", date=_day(c, m[1]))),
    # Negative when the delivery date recorded comes before the order's.
    (re.compile(r"^(-?\d+) days$"), lambda c, m: c.t("days", n=int(m[1]))),
    (re.compile(r"^at most (\d+) days$"), lambda c, m: c.t("at_most_days", n=int(m[1]))),
    (re.compile(r"^not delivered$"), lambda c, m: c.t("not_delivered")),
    # The caption the lab gives the photos taken at the parcel's reception.
    (re.compile(r"^parcel as received$"), lambda c, m: c.t("parcel_as_received")),
    (re.compile(r"^a valid number of the named carrier$"), lambda c, m: c.t("valid_tracking")),
    (re.compile(r"^15 digits with a Luhn check digit$"), lambda c, m: c.t("luhn")),
    (re.compile(r"^(yes|no)$"), lambda c, m: c.t(m[1])),
    (re.compile(r"^(none|no lock)$"), lambda c, m: c.t("none" if m[1] == "none" else "no_lock")),
    (re.compile(r"^all parts genuine$"), lambda c, m: c.t("all_genuine")),
    (re.compile(r"^(\d+) parts genuine$"), lambda c, m: c.t("parts_genuine", n=int(m[1]))),
    # The parts found genuine, by name.
    (re.compile(rf"^{_PART_LIST}$"), lambda c, m: ", ".join(map(c.t, _part_keys(m[0])))),
    (re.compile(rf"^({'|'.join(_GRADES)})$"), lambda c, m: c.t(f"listing_{m[1]}")),
    (
        re.compile(rf"^({'|'.join(_GRADES)}) or better$"),
        lambda c, m: c.t("or_better", grade=c.t(f"listing_{m[1]}")),
    ),
    (
        re.compile(r"^(\d+) grade\(s\) below the listing$"),
        lambda c, m: c.t("grades_below", n=int(m[1])),
    ),
    (
        re.compile(r"^factory (\w+), fitted (\w+)$"),
        lambda c, m: c.t("screen_reason", factory=m[1], fitted=m[2]),
    ),
    (
        re.compile(
            r"^(\w[\w ]*): (genuine|unknown|replaced|unreadable)"
            r"(?:, (\w[\w ]*): (genuine|unknown|replaced|unreadable))*$"
        ),
        lambda c, m: _parts(c, m[0]),
    ),
    (
        re.compile(r"^model (.+) instead of (.+)$"),
        lambda c, m: c.t("model_instead", read=m[1], listed=m[2]),
    ),
    (
        re.compile(r"^(\d+) GB instead of (\d+) GB$"),
        lambda c, m: c.t("storage_instead", read=m[1], listed=m[2]),
    ),
    # The model check's "iPhone 12 128 GB" ("? GB" when the size is not known): last, as
    # the phrases above may end so too.
    (re.compile(r"^(.+) (\d+|\?) GB$"), lambda c, m: f"{m[1]} {_storage(c, m[2])}"),
]


def _parts(catalog: Catalog, text: str) -> str:
    said = []
    for item in text.split(", "):
        part, _, status = item.partition(": ")
        key = f"part_{part}"
        name = catalog.t(key) if key in _known(catalog) else part
        said.append(catalog.labelled(name, catalog.t("status_" + status)))
    return ", ".join(said)


def _part_keys(text: str) -> list[str]:
    return [f"part_{name}" for name in text.split(", ")]


def _known(catalog: Catalog) -> set[str]:
    from labapp.reports.i18n import _messages

    return set(_messages(catalog.language))


def _one(text: str, catalog: Catalog) -> str:
    for pattern, render in _PHRASES:
        found = pattern.match(text)
        if found:
            return render(catalog, found)
    return text


def say(text: str | None, catalog: Catalog) -> str:
    """The phrase in the catalog's language; "a; b" phrases are said part by part (and
    joined as the language writes it: French "a\u00a0; b")."""
    if not text:
        return ""
    said = (_one(part, catalog) for part in text.split("; "))
    return catalog.t("phrase_separator").join(part for part in said if part)
