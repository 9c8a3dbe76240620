"""The check rules' phrases said in each report language; a person's note passes unchanged."""

from __future__ import annotations

import pytest

from labapp.reports.i18n import LOCALES, Catalog
from labapp.reports.phrases import say

RULE_PHRASES = [
    "on or before 2025-07-16",
    "6 days",
    "at most 5 days",
    "not delivered",
    "a valid number of the named carrier",
    "15 digits with a Luhn check digit",
    "yes",
    "no",
    "none",
    "no lock",
    "all parts genuine",
    "good",
    "premium or better",
    "2 grade(s) below the listing",
    "factory OLED, fitted LCD",
    "display: unknown",
    "check digit wrong for a UPS 1Z number",
    "not a DPD number (expected DPD parcel number)",
    "no carrier",
    "no tracking number",
    "Luhn check fails for 356938035643808",
    "activation lock, carrier lock present",
    "model iPhone 11 instead of iPhone 12",
    "64 GB instead of 128 GB",
    "1 days",
    "3 parts genuine",
    "parcel as received",
]
ENGLISH_WORDS = (
    "at most",
    "days",
    "genuine",
    "better",
    "below",
    "carrier",
    "digit",
    "instead",
    "present",
    "delivered",
    "factory",
    "unknown",
    "lock",
    "before",
    "parts",
    " day",
    "parcel",
    "received",
)


@pytest.mark.parametrize("language", [code for code in LOCALES if code != "en"])
def test_every_rule_phrase_is_said_in_the_language(language):
    catalog = Catalog.of(language)
    for phrase in RULE_PHRASES:
        said = say(phrase, catalog)
        leftovers = [
            w
            for w in ENGLISH_WORDS
            if w in said.lower() and w not in ("present", "carrier", "digit")
        ]  # words shared with some languages
        assert not leftovers, (language, phrase, said)


def test_notes_and_names_pass_through():
    catalog = Catalog.of("fr")
    assert (
        say("black-screen test: the panel glows", catalog) == "black-screen test: the panel glows"
    )
    assert say("iPhone 12", catalog) == "iPhone 12"
    # A model with its storage keeps the name; the unit is the language's ("Go").
    assert say("iPhone 12 128 GB", catalog) == "iPhone 12 128\u00a0Go"
    assert say("observed at the bench", catalog) == ""
    assert say(None, catalog) == ""
