"""Logging orders from the window: by hand with a bad field named, and from a file
with every bad line in the table (and nothing imported unless asked for the good lines)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from labapp.services.ports import OrderQuery
from labapp.ui.order_dialogs import ImportDialog, NewOrderDialog

from .conftest import wait_idle

HEADER = (
    "order_ref,seller_ref,seller_name,seller_country,ordered_at,shipped_at,delivered_at,"
    "carrier,tracking_number,listing_model,listing_storage_gb,listing_grade,price_eur,reason"
)
WHEN = "2026-11-20T10:00:00+01:00"


def test_a_new_order_by_hand(qtbot, lab, runner):
    dialog = NewOrderDialog(lab, runner, lab.directory.list_sellers())
    qtbot.addWidget(dialog)
    dialog.order_ref.setText("MO-HAND-1")
    dialog.model.setText("iPhone 12")
    dialog.storage.setText("128")
    dialog.price.setText("twelve euros")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert "price" in dialog.problem.text()
    assert lab.orders.count(OrderQuery(text="MO-HAND-1")) == 0
    dialog.price.setText("349,90")
    save.click()
    wait_idle(qtbot, runner)
    assert dialog.saved_ref == "MO-HAND-1"
    assert str(lab.orders.get("MO-HAND-1").price) == "349.90"


def imported(qtbot, lab, runner, source):
    """The import dialog, once it has tried the file."""
    dialog = ImportDialog(lab, runner)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(source))
    dialog.run_import.click()
    wait_idle(qtbot, runner)
    return dialog


def test_an_import_with_bad_lines_lists_them_and_imports_nothing(qtbot, lab, runner, tmp_path):
    source = tmp_path / "orders.csv"
    source.write_text(
        HEADER
        + f"\nMO-IMP-1,S-FR-9001,Répar Test,FR,{WHEN},,,,,iPhone 12,128,good,300,complaint"
        + "\nMO-IMP-2,S-FR-9001,Répar Test,FR,not a date,,,,,iPhone 12,128,good,300,complaint"
        + f"\nMO-IMP-3,S-FR-9001,Répar Test,FR,{WHEN},,,,,iPhone 12,lots,good,300,complaint\n",
        encoding="utf-8",
    )
    dialog = imported(qtbot, lab, runner, source)
    assert "nothing was imported" in dialog.summary.text()
    lines = {dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())}
    assert lines == {"3", "4"}
    assert lab.orders.count(OrderQuery(text="MO-IMP-")) == 0
    dialog.partial.setChecked(True)
    dialog.run_import.click()
    wait_idle(qtbot, runner)
    assert dialog.report is not None and dialog.report.orders_imported == 1
    assert "1 order(s) imported" in dialog.summary.text()
    assert dialog.problems.rowCount() == 2
    assert lab.orders.count(OrderQuery(text="MO-IMP-")) == 1


def test_in_a_french_window_each_bad_line_says_why_in_french(qtbot, lab, runner, tmp_path, french):
    source = tmp_path / "commandes.csv"
    source.write_text(
        HEADER
        + f"\nMO-FR-1,S-FR-9002,Répar Test,FR,{WHEN},,,,,,128,good,300,complaint"
        + f"\nMO-FR-1,S-FR-9002,Répar Test,FR,{WHEN},,,,,iPhone 12,128,good,300,complaint\n",
        encoding="utf-8",
    )
    dialog = imported(qtbot, lab, runner, source)
    reasons = {dialog.problems.item(r, 2).text() for r in range(dialog.problems.rowCount())}
    assert "le modèle n'est pas renseigné" in reasons
    assert "réf. commande MO-FR-1 en double (aussi à la ligne 2)" in reasons
    assert "rien n'a été importé" in dialog.summary.text()
