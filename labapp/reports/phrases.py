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

from labapp.reports.i18n import Catalog

_GRADES = ("fair", "good", "excellent", "premium")
_Phrase = tuple[re.Pattern[str], Callable[[Catalog, re.Match[str]], str]]


def _day(catalog: Catalog, text: str) -> str:
    return catalog.day(date.fromisoformat(text))


_PHRASES: list[_Phrase] = [
    (re.compile(r"^(\d{4}-\d{2}-\d{2})$"), lambda c, m: _day(c, m[1])),
    (
        re.compile(r"^on or before (\d{4}-\d{2}-\d{2})$"),
        lambda c, m: c.t("on_or_before", date=_day(c, m[1])),
    ),
    (re.compile(r"^(\d+) days$"), lambda c, m: c.t("days", n=m[1])),
    (re.compile(r"^at most (\d+) days$"), lambda c, m: c.t("at_most_days", n=m[1])),
    (re.compile(r"^not delivered$"), lambda c, m: c.t("not_delivered")),
    (re.compile(r"^a valid number of the named carrier$"), lambda c, m: c.t("valid_tracking")),
    (re.compile(r"^15 digits with a Luhn check digit$"), lambda c, m: c.t("luhn")),
    (re.compile(r"^(yes|no)$"), lambda c, m: c.t(m[1])),
    (re.compile(r"^(none|no lock)$"), lambda c, m: c.t("none" if m[1] == "none" else "no_lock")),
    (re.compile(r"^all parts genuine$"), lambda c, m: c.t("all_genuine")),
    (re.compile(rf"^({'|'.join(_GRADES)})$"), lambda c, m: c.t(f"listing_{m[1]}")),
    (
        re.compile(rf"^({'|'.join(_GRADES)}) or better$"),
        lambda c, m: c.t("or_better", grade=c.t(f"listing_{m[1]}")),
    ),
    (re.compile(r"^(\d+) grade\(s\) below the listing$"), lambda c, m: c.t("grades_below", n=m[1])),
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
]


def _parts(catalog: Catalog, text: str) -> str:
    said = []
    for item in text.split(", "):
        part, _, status = item.partition(": ")
        key = f"part_{part}"
        name = catalog.t(key) if key in _known(catalog) else part
        said.append(
            f"{name} : {catalog.t('status_' + status)}"
            if catalog.language == "fr"
            else f"{name}: {catalog.t('status_' + status)}"
        )
    return ", ".join(said)


def _known(catalog: Catalog) -> set[str]:
    from labapp.reports.i18n import _messages

    return set(_messages(catalog.language))


def say(text: str | None, catalog: Catalog) -> str:
    if not text:
        return ""
    for pattern, render in _PHRASES:
        found = pattern.match(text)
        if found:
            return render(catalog, found)
    return text
