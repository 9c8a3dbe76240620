"""What a seller reads in the report's words: singular and plural after a count, the
colon after a label (French: a no-break space before it), the unit of storage, the first
of the month."""

from __future__ import annotations

import re
from datetime import date

import pytest

from labapp.domain.sanctions import FailureCounts
from labapp.reports.check_wording import failures_text
from labapp.reports.i18n import LOCALES, Catalog, _messages
from labapp.reports.phrases import say

NBSP = "\u00a0"
CLDR_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}

COUNTED = [
    # (language, rule phrase, what the report says)
    ("en", "1 days", "1 day"),
    ("en", "0 days", "0 days"),
    ("en", "6 days", "6 days"),
    ("fr", "0 days", "0 jour"),
    ("fr", "1 days", "1 jour"),
    ("fr", "2 days", "2 jours"),
    ("es", "1 days", "1 día"),
    ("es", "0 days", "0 días"),
    ("de", "1 days", "1 Tag"),
    ("de", "6 days", "6 Tage"),
    ("it", "1 days", "1 giorno"),
    ("it", "0 days", "0 giorni"),
    ("en", "at most 1 days", "at most 1 day"),
    ("fr", "at most 1 days", "1 jour maximum"),
    ("fr", "at most 5 days", "5 jours maximum"),
    ("es", "at most 1 days", "1 día como máximo"),
    ("de", "at most 1 days", "höchstens 1 Tag"),
    ("it", "at most 1 days", "entro 1 giorno"),
    ("en", "1 grade(s) below the listing", "1 grade below the listing"),
    ("en", "2 grade(s) below the listing", "2 grades below the listing"),
    ("fr", "1 grade(s) below the listing", "1 grade en dessous de l'annonce"),
    ("fr", "3 grade(s) below the listing", "3 grades en dessous de l'annonce"),
    ("es", "1 grade(s) below the listing", "1 grado por debajo del anunciado"),
    ("es", "2 grade(s) below the listing", "2 grados por debajo del anunciado"),
    ("de", "1 grade(s) below the listing", "1 Stufe schlechter als angeboten"),
    ("de", "2 grade(s) below the listing", "2 Stufen schlechter als angeboten"),
    ("it", "1 grade(s) below the listing", "1 grado al di sotto dell'annuncio"),
    ("it", "2 grade(s) below the listing", "2 gradi al di sotto dell'annuncio"),
    ("en", "1 parts genuine", "1 part genuine"),
    ("en", "3 parts genuine", "3 parts genuine"),
    ("fr", "1 parts genuine", "1 pièce d'origine"),
    ("fr", "3 parts genuine", "3 pièces d'origine"),
    ("es", "1 parts genuine", "1 pieza original"),
    ("de", "3 parts genuine", "3 Originalteile"),
    ("it", "1 parts genuine", "1 componente originale"),
    ("it", "3 parts genuine", "3 componenti originali"),
    ("fr", "activation lock present", f"détecté{NBSP}: verrouillage d'activation"),
    ("fr", "activation lock, MDM present", f"détectés{NBSP}: verrouillage d'activation, MDM"),
    ("es", "carrier lock present", "detectado: bloqueo de operador"),
    (
        "it",
        "activation lock, carrier lock present",
        "rilevati: blocco di attivazione, blocco operatore",
    ),
]


@pytest.mark.parametrize(("language", "phrase", "said"), COUNTED)
def test_a_count_takes_the_singular_or_plural_of_its_language(language, phrase, said):
    assert say(phrase, Catalog.of(language)) == said


FAILURES = {
    "en": "Failed checks: 0 critical, 1 major, 2 minor",
    "fr": f"Contrôles non conformes{NBSP}: 0 critique, 1 majeur, 2 mineurs",
    "es": "Controles no superados: 0 críticos, 1 grave, 2 leves",
    "de": "Nicht bestandene Prüfpunkte: 0 kritische, 1 schwerer, 2 leichte",
    "it": "Controlli non superati: 0 critici, 1 grave, 2 lievi",
}


@pytest.mark.parametrize("language", sorted(FAILURES))
def test_the_failed_checks_are_counted_in_words_of_the_language(language):
    counts = FailureCounts(critical=0, major=1, minor=2)
    assert failures_text(counts, Catalog.of(language)) == FAILURES[language]


def test_french_counts_zero_and_one_alike():
    catalog = Catalog.of("fr")
    assert failures_text(FailureCounts(critical=1, major=0, minor=1), catalog) == (
        f"Contrôles non conformes{NBSP}: 1 critique, 0 majeur, 1 mineur"
    )


def _placeholders(message: str | dict[str, str]) -> set[str]:
    texts = [message] if isinstance(message, str) else list(message.values())
    return {name for text in texts for name in re.findall(r"{(\w+)}", text)}


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_every_counted_message_has_the_forms_its_language_needs(language):
    for key, message in _messages(language).items():
        if isinstance(message, dict):
            assert set(message) <= CLDR_CATEGORIES, (language, key)
            # All five languages tell "one" from "other".
            assert {"one", "other"} <= set(message), (language, key)
            assert all("{n}" in text or key == "present" for text in message.values()), key
        english = _messages("en").get(key)
        if english is not None:
            assert _placeholders(message) == _placeholders(english), (language, key)


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_no_catalog_hedges_a_plural_with_brackets_or_slashes(language):
    hedges = re.compile(r"\w\((s|n|e|es)\)|\w/[ie]\b")
    for key, message in _messages(language).items():
        texts = [message] if isinstance(message, str) else list(message.values())
        for text in texts:
            assert not hedges.search(text), (language, key, text)


def test_a_counted_message_needs_a_number():
    with pytest.raises(TypeError, match="'days'"):
        Catalog.of("fr").t("days", n="2")


STORAGE = {
    "en": "128\u00a0GB",
    "fr": "128\u00a0Go",
    "es": "128\u00a0GB",
    "de": "128\u00a0GB",
    "it": "128\u00a0GB",
}
LABELLED = {
    "en": "Model: iPhone 12",
    "fr": f"Modèle{NBSP}: iPhone 12",
    "es": "Modelo: iPhone 12",
    "de": "Modell: iPhone 12",
    "it": "Modello: iPhone 12",
}


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_storage_and_labels_as_each_language_writes_them(language):
    catalog = Catalog.of(language)
    assert catalog.storage(128) == STORAGE[language]
    assert catalog.labelled(catalog.t("model"), "iPhone 12") == LABELLED[language]
    assert say("iPhone 12 128 GB", catalog) == f"iPhone 12 {STORAGE[language]}"


def test_french_has_no_space_free_colon_after_a_label():
    catalog = Catalog.of("fr")
    assert say("display: unknown", catalog) == f"écran{NBSP}: pièce inconnue"
    assert catalog.percent(87.5) == f"87,5{NBSP}%"
    assert Catalog.of("en").percent(87.5) == "87.5%"


@pytest.mark.parametrize(
    ("language", "first", "eleventh"),
    [
        ("fr", "1er mars 2026", "11 mars 2026"),
        ("it", "1º marzo 2026", "11 marzo 2026"),
        ("de", "1. März 2026", "11. März 2026"),
        ("en", "1 March 2026", "11 March 2026"),
    ],
)
def test_the_first_of_the_month_is_written_as_the_language_does(language, first, eleventh):
    catalog = Catalog.of(language)
    assert catalog.day(date(2026, 3, 1)) == first
    assert catalog.day(date(2026, 3, 11)) == eleventh
