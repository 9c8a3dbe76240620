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
    "effective order day 2026-01-12",
    "effective order day 2026-01-12; not shipped by the deadline",
    "ordered 2026-01-12",
    "no ship date recorded",
    "no delivery date recorded",
    "does not apply to this order",
    "DHL Express waybill number, check digit verified",
    "La Poste 13 (shape only) number",
    "generic number",
    "not 8 to 40 letters and digits",
    "check digit wrong for a DPD parcel number with check character number",
    "invoice received not recorded at reception",
    "Luhn check digit correct",
    "no IMEI read or typed",
    "model and storage as listed",
    "the device gave no storage size",
    "iPhone 12 ? GB",
    "no activation lock, MDM or carrier lock",
    "activation lock, MDM not readable from the device",
    "the device gave no battery health",
    "fitted screen not identified (black-screen test)",
    "battery, display, rear camera",
    "part status not readable from the device",
    "as listed or better",
    "grade not yet observed",
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
    "effective",
    "ordered",
    "deadline",
    "recorded",
    "waybill",
    "verified",
    "shape only",
    "letters",
    "correct",
    "listed",
    "device",
    "battery",
    "observed",
)


@pytest.mark.parametrize("language", [code for code in LOCALES if code != "en"])
def test_every_rule_phrase_is_said_in_the_language(language):
    catalog = Catalog.of(language)
    for phrase in RULE_PHRASES:
        said = say(phrase, catalog)
        # Words some languages share: "present", French "correct", German "Display".
        shared = ("present", "carrier", "digit", "correct")
        leftovers = [w for w in ENGLISH_WORDS if w in said.lower() and w not in shared]
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


NBSP = "\u00a0"


def test_a_tracking_format_names_the_carrier_and_says_the_kind_of_number():
    fr, de = Catalog.of("fr"), Catalog.of("de")
    assert say("DHL Express waybill number, check digit verified", fr) == (
        "numéro de lettre de transport DHL Express, clé de contrôle vérifiée"
    )
    assert say("check digit wrong for a UPS 1Z number", de) == "falsche Prüfziffer (Nummer UPS 1Z)"
    assert say("not a DPD number (expected DPD parcel number)", fr) == (
        f"numéro non conforme au format DPD (formats admis{NBSP}: numéro de colis DPD)"
    )
    # English reads as the rules wrote it, without "number number".
    assert say("check digit wrong for a UPS 1Z number", Catalog.of("en")) == (
        "check digit wrong for a UPS 1Z number"
    )
    assert say("DPD parcel number number", Catalog.of("en")) == "DPD parcel number"


def test_dates_in_a_reason_are_the_languages_and_french_parts_take_a_no_break_space():
    fr = Catalog.of("fr")
    assert say("effective order day 2026-01-12; not shipped by the deadline", fr) == (
        f"commande prise en compte le 12 janvier 2026{NBSP}; colis non expédié dans le délai"
    )
    assert say("ordered 2026-01-12", Catalog.of("es")) == "pedido realizado el 12 de enero de 2026"
    assert say(
        "model iPhone 11 instead of iPhone 12; 64 GB instead of 128 GB", Catalog.of("en")
    ) == ("model iPhone 11 instead of iPhone 12; 64 GB instead of 128 GB")
