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


def _locks(catalog: Catalog, text: str) -> str:
    return ", ".join(catalog.t(_LOCKS[name]) for name in text.split(", "))


def _locks_present(catalog: Catalog, text: str) -> str:
    return catalog.t("present", what=_locks(catalog, text), n=len(text.split(", ")))


_PERCENT = r"(\d+(?:\.\d+)?)%"


def _percent(catalog: Catalog, text: str) -> str:
    """A rule's "87.5%" as the language writes it ("87,5 %")."""
    return catalog.percent(Decimal(text), len(text.partition(".")[2]))


_PHRASES: list[_Phrase] = [
    (re.compile(rf"^({'|'.join(map(re.escape, _SILENT))})$"), lambda c, m: ""),
    (
        re.compile(r"^check digit wrong for a (.+) number$"),
        lambda c, m: c.t("check_digit_wrong", format=m[1]),
    ),
    (
        re.compile(r"^not a (.+?) number \(expected .*\)$"),
        lambda c, m: c.t("not_carrier_number", carrier=m[1]),
    ),
    (
        re.compile(r"^no carrier and no tracking number$"),
        lambda c, m: c.t("no_carrier_no_tracking"),
    ),
    (re.compile(r"^no carrier$"), lambda c, m: c.t("no_carrier")),
    (re.compile(r"^no tracking number$"), lambda c, m: c.t("no_tracking")),
    (re.compile(r"^Luhn check fails for (.+)$"), lambda c, m: c.t("luhn_fails", imei=m[1])),
    (
        re.compile(
            r"^((?:activation lock|MDM|carrier lock)(?:, (?:activation lock|MDM|carrier lock))*)"
            r"( present)?$"
        ),
        lambda c, m: _locks_present(c, m[1]) if m[2] else _locks(c, m[1]),
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
    (re.compile(r"^(\d{4}-\d{2}-\d{2})$"), lambda c, m: _day(c, m[1])),
    (
        re.compile(r"^on or before (\d{4}-\d{2}-\d{2})$"),
        lambda c, m: c.t("on_or_before", date=_day(c, m[1])),
    ),
    (re.compile(r"^(\d+) days$"), lambda c, m: c.t("days", n=int(m[1]))),
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
    # The model check's "iPhone 12 128 GB": last, as the phrases above may end so too.
    (re.compile(r"^(.+) (\d+) GB$"), lambda c, m: f"{m[1]} {c.storage(int(m[2]))}"),
]


def _parts(catalog: Catalog, text: str) -> str:
    said = []
    for item in text.split(", "):
        part, _, status = item.partition(": ")
        key = f"part_{part}"
        name = catalog.t(key) if key in _known(catalog) else part
        said.append(catalog.labelled(name, catalog.t("status_" + status)))
    return ", ".join(said)


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
    """The phrase in the catalog's language; "a; b" phrases are said part by part."""
    if not text:
        return ""
    return "; ".join(part for part in (_one(p, catalog) for p in text.split("; ")) if part)
