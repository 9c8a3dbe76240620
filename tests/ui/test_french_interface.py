"""The window in French: every text of the sources is in the French catalog, translated
with its placeholders; the shipped .qm is that catalog compiled; the pages built in
French show no English left over; the language chosen in Settings is the one applied."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from labapp.domain.users import LabRole
from labapp.ui import language
from labapp.ui.catalog_sources import lupdate_arguments
from labapp.ui.main_window import MainWindow
from labapp.ui.order_dialogs import ImportDialog, NewOrderDialog
from labapp.ui.password_dialog import PasswordDialog
from labapp.ui.settings_language import LanguageChoice
from labapp.ui.settings_page import SettingsPage
from labapp.ui.sign_in import SignInDialog

from .conftest import signed_in, wait_idle

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "resources" / "i18n" / "qt" / "labapp_fr.ts"
COMPILED = CATALOG.with_suffix(".qm")
FIX = "run scripts/update-translations.sh, translate what it marks unfinished, run it again"
# Words written the same in both languages: not a sign of a missing translation.
SAME_IN_FRENCH = {
    "OK", "labapp", "IMEI", "Photos", "Audit", "Audits", "intact", "Premium",
    # The languages a report or the window can be in, each named in itself.
    "English", "Français", "Español", "Deutsch", "Italiano",
}  # fmt: skip


# -- the catalog --------------------------------------------------------------------


def qt_tool(name: str) -> str:
    """PySide6's tools sit beside the interpreter in a virtualenv, else on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is missing: it comes with PySide6-Essentials"
    return found


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Each message of a .ts file by (context, source, disambiguation)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def placeholders(text: str) -> list[str]:
    # %Ln is %n written with the locale's digit grouping (52 000 commandes).
    marks = re.findall(r"%L?n|%\d|\{\w+(?:![rsa])?(?::[^{}]*)?\}|</?\w+>", text)
    return sorted(mark.replace("%Ln", "%n") for mark in marks)


@pytest.fixture(scope="module")
def fresh_catalog(tmp_path_factory) -> Path:
    """What pyside6-lupdate finds in the sources today, as the script runs it."""
    target = tmp_path_factory.mktemp("lupdate") / "labapp_fr.ts"
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *lupdate_arguments(),
         "-target-language", "fr", "-ts", str(target)],
        check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    return target


def test_every_text_of_the_sources_is_translated_in_the_french_catalog(fresh_catalog):
    shipped = messages(CATALOG)
    wanted = messages(fresh_catalog)
    assert wanted, "lupdate found no text in labapp/ui"
    missing = sorted(key for key in wanted if key not in shipped)
    assert not missing, f"{len(missing)} text(s) not in the French catalog ({FIX}): {missing}"
    unfinished = sorted(
        key for key, message in shipped.items() if message.find("translation").get("type")
    )
    assert not unfinished, f"unfinished or obsolete in the catalog ({FIX}): {unfinished}"
    stale = sorted(key for key in shipped if key not in wanted)
    assert not stale, f"texts the sources no longer have ({FIX}): {stale}"


def test_each_translation_keeps_the_placeholders_and_markup_of_its_source():
    wrong = []
    for key, message in messages(CATALOG).items():
        source, translation = key[1], message.find("translation")
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == 2, f"French has two plural forms: {key}"
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip() or placeholders(form) != placeholders(source):
                wrong.append((key, form))
    assert not wrong, wrong


def test_the_shipped_qm_is_the_catalog_compiled(tmp_path):
    compiled = tmp_path / "labapp_fr.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(CATALOG), "-qm", str(compiled)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert COMPILED.read_bytes() == compiled.read_bytes(), f"labapp_fr.qm is out of date: {FIX}"


ENGLISH_PLURALS = ROOT / "resources" / "i18n" / "qt" / "labapp_en.ts"


def test_every_plural_text_has_its_two_english_forms(fresh_catalog, tmp_path):
    wanted = {key for key, m in messages(fresh_catalog).items() if m.get("numerus") == "yes"}
    english = messages(ENGLISH_PLURALS)
    assert wanted and set(english) == wanted, f"labapp_en.ts is out of date: {FIX}"
    for key, message in english.items():
        forms = [form.text or "" for form in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and "(s)" not in "".join(forms), (key, forms)
        assert all(placeholders(form) == placeholders(key[1]) for form in forms), (key, forms)
    compiled = tmp_path / "labapp_en.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), str(ENGLISH_PLURALS), "-qm", str(compiled)],
        check=True, capture_output=True,
    )  # fmt: skip
    shipped = ENGLISH_PLURALS.with_suffix(".qm")
    assert shipped.read_bytes() == compiled.read_bytes(), f"labapp_en.qm is out of date: {FIX}"


# -- the window in French ------------------------------------------------------------


@pytest.fixture
def lab_settings(tmp_path) -> QSettings:
    """This computer's settings, in a file of the test's own."""
    return QSettings(str(tmp_path / "labapp.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def in_french(qapp, lab_settings):
    """Installs French as run_window would, with a language chosen in Settings; puts
    English back afterwards, so that the other tests still read English."""

    def install() -> language.AppliedLanguage:
        language.save_choice("fr", lab_settings)
        applied.append(language.apply_language(qapp, lab_settings, QLocale.c()))
        return applied[-1]

    applied: list[language.AppliedLanguage] = []
    yield install
    for done in applied:
        done.remove()


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Not hidden on purpose (a button the role may not use); a page of a stack or a tab
    not on top still counts, as the person reaches it with one click."""
    while widget is not root and widget is not None:
        if widget.isHidden() and not isinstance(widget.parentWidget(), QStackedWidget):
            return False
        widget = widget.parentWidget()
    return True


def _path(widget: QWidget, root: QWidget) -> str:
    """Where a widget is, the same in both languages (a widget's visibility may not be:
    a wider French tab bar shows its scroll buttons)."""
    steps = []
    while widget is not root:
        parent = widget.parentWidget()
        kin = parent.findChildren(type(widget), options=Qt.FindChildOption.FindDirectChildrenOnly)
        steps.append(f"{type(widget).__name__}:{widget.objectName()}:{kin.index(widget)}")
        widget = parent
    return "/".join(reversed(steps))


def shown_texts(root: QWidget) -> dict[str, str]:
    """Every text a person can read in `root`, by where it is."""
    found = {"window title": root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        texts: list[str] = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabWidget):
            texts = [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts = [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts = [widget.placeholderText()]
        elif isinstance(widget, QSpinBox):
            texts = [widget.suffix()]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts = [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
        elif isinstance(widget, QListWidget) and widget.objectName() == "navigation":
            texts = [widget.item(r).text() for r in range(widget.count())]
        where = _path(widget, root)
        found.update({f"{where} #{n}": text for n, text in enumerate(texts)})
    menu_bar = getattr(root, "menuBar", None)
    if menu_bar is not None:
        for number, action in enumerate(menu_bar().actions()):
            found[f"menu {number}"] = action.text()
            for entry, item in enumerate(action.menu().actions() if action.menu() else []):
                found[f"menu {number} entry {entry}"] = item.text()
    return found


def has_letters(text: str) -> bool:
    return re.search(r"[^\W\d_]", text) is not None


def is_data(text: str, data: set[str]) -> bool:
    """Names, references, paths and words the same in both languages: nothing to translate."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(r"\S*[/\\]\S*", " ", text)  # paths and database addresses
    words = re.findall(r"[^\W\d_]+", text)
    return all(word in SAME_IN_FRENCH for word in words)


def build_everything(qtbot, lab, runner, role: LabRole) -> list[QWidget]:
    """The window with every page the role has, and the dialogs of the window."""
    session = signed_in(lab, role, "Camille Martin")
    window = MainWindow(lab, session, runner, "lab.sqlite3", None, False)
    qtbot.addWidget(window)
    for name in window.pages.allowed:
        window.pages[name]  # built as a first click on its name would; read within the window
    dialogs = [
        NewOrderDialog(lab, runner, lab.directory.list_sellers()),
        ImportDialog(lab, runner),
        PasswordDialog("Camille Martin", lambda new, current: None, True),
        SignInDialog(lab.directory.list_users(), "labapp", passwords=True),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    wait_idle(qtbot, runner)
    return [window, *dialogs]


def lab_data(lab) -> set[str]:
    sellers = lab.directory.list_sellers()
    return (
        {user.name for user in lab.directory.list_users()}
        | {seller.name for seller in sellers}
        | {seller.marketplace_ref for seller in sellers}
        | {"lab.sqlite3"}
    )


@pytest.mark.parametrize("role", [LabRole.AUDITOR, LabRole.QUALITY_MANAGER, LabRole.ADMINISTRATOR])
def test_the_window_in_french_leaves_no_english(qtbot, lab, runner, in_french, role):
    english = [shown_texts(w) for w in build_everything(qtbot, lab, runner, role)]
    in_french()
    french = [shown_texts(w) for w in build_everything(qtbot, lab, runner, role)]
    data = lab_data(lab)
    left, lost = [], []
    for before, after in zip(english, french, strict=True):
        lost += [
            where for where, text in before.items() if has_letters(text) and where not in after
        ]
        left += [
            (where, text)
            for where, text in after.items()
            if has_letters(text) and before.get(where) == text and not is_data(text, data)
        ]
    assert not lost, f"texts of the English window missing in French: {lost}"
    assert not left, f"shown in English in the French window: {left}"
    shown = {text for texts in french for text in texts.values()}
    assert "Commandes" in shown and "Paramètres" in shown  # the catalog is the one in use


def test_dates_and_numbers_follow_the_language(qapp, in_french):
    moment = datetime(2024, 3, 5, 14, 7)
    assert language.moment_text(moment) == "2024-03-05 14:07"  # no locale: ISO 8601
    in_french()
    assert language.window_language() == "fr"
    assert language.moment_text(moment) == "05/03/2024 14:07"
    assert language.number_text(1234.5) == QLocale("fr_FR").toString(1234.5, "g", 12)
    assert "," in language.number_text(85.5)


# -- the choice in Settings ---------------------------------------------------------------


@pytest.mark.parametrize("role", list(LabRole))
def test_every_role_may_choose_the_window_language(qtbot, lab, runner, role):
    page = SettingsPage(lab, runner, signed_in(lab, role))
    qtbot.addWidget(page)
    wait_idle(qtbot, runner)
    assert isinstance(page.language, LanguageChoice) and _shown(page.language, page)
    assert page.language.choice.isEnabled()


def test_the_language_chosen_in_settings_is_saved_and_applied_at_the_next_start(
    qtbot, qapp, lab_settings, in_french
):
    choice = LanguageChoice(lab_settings)
    qtbot.addWidget(choice)
    assert language.saved_choice(lab_settings) is None  # the system's, until chosen
    choice.choice.setCurrentIndex(choice.choice.findData("fr"))
    assert language.saved_choice(lab_settings) == "fr"
    assert "Français" in choice.note.text() and "next start" in choice.note.text()
    reread = QSettings(lab_settings.fileName(), QSettings.Format.IniFormat)
    assert language.saved_choice(reread) == "fr"  # on disk, for the next start
    applied = language.apply_language(qapp, reread, QLocale("en_GB"))
    try:
        assert applied.language == "fr" and language.window_language() == "fr"
        assert applied.translators, "the French catalog was not installed"
    finally:
        applied.remove()
    choice.choice.setCurrentIndex(choice.choice.findData(""))
    assert language.saved_choice(lab_settings) is None


@pytest.mark.parametrize(
    ("system", "chosen", "shown", "formats"),
    [
        ("fr_BE", None, "fr", "fr_BE"),  # the system's language, with its own formats
        ("fr_FR", "en", "en", "en_FR"),  # English chosen in France: French-style dates stay
        ("es_ES", None, "en", "en_ES"),  # no Spanish window: English, Spain's formats
        ("C", None, "en", "C"),  # no locale at all
    ],
)
def test_the_language_and_formats_for_a_system_and_a_choice(
    qapp, lab_settings, system, chosen, shown, formats
):
    before = QLocale().name()
    language.save_choice(chosen, lab_settings)
    applied = language.apply_language(qapp, lab_settings, QLocale(system))
    try:
        assert (applied.language, applied.locale.name()) == (shown, formats)
        # French: Qt's catalog and ours; English: ours, with the plural forms only.
        assert len(applied.translators) == (2 if shown == "fr" else 1)
    finally:
        applied.remove()
    assert QLocale().name() == before  # put back as it was


def test_an_english_window_counts_without_brackets(qapp, lab_settings):
    language.save_choice("en", lab_settings)
    applied = language.apply_language(qapp, lab_settings, QLocale.c())
    try:
        said = [QCoreApplication.translate("OrdersPage", "%n order(s)", None, n) for n in (1, 2)]
        assert said == ["1 order", "2 orders"]
    finally:
        applied.remove()
    assert QCoreApplication.translate("OrdersPage", "%n order(s)", None, 1) == "1 order(s)"
