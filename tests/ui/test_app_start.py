"""`labapp` and `labapp --demo` as they start: a database that cannot be opened is a
message with the way out; the demo seeds a lab and starts its simulated phones; the
window names its desktop entry and carries the app's icon."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from labapp.ui import app as window_app
from labapp.ui.sign_in import SignInDialog


def test_an_unreachable_database_is_a_message_not_a_crash(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    code = window_app.run_window("postgresql://nobody@127.0.0.1:1/none")
    assert code == 2
    assert "cannot be opened" in shown[0] and "--db" in shown[0] and "database.json" in shown[0]


def test_the_demo_seeds_a_lab_and_offers_its_technician(qtbot, monkeypatch):
    offered = []

    def decline(dialog: SignInDialog) -> int:
        person = dialog.known(dialog.person.currentText())
        offered.append((person.role if person else None, dialog.person.count()))
        return SignInDialog.DialogCode.Rejected

    monkeypatch.setattr(SignInDialog, "exec", decline)
    for name in ("USBMUXD_SOCKET_ADDRESS", "ANDROID_ADB_SERVER_PORT", "ANDROID_ADB_SERVER_HOST",
                 "ADBUTILS_ADB_PATH"):  # fmt: skip
        monkeypatch.setenv(name, os.environ.get(name, ""))  # restored after the test
    assert window_app.run_window("unused", demo=True) == 0
    role, people = offered[0]
    assert people >= 4 and role == "technician"  # the demo's users, a technician first
    assert os.environ["USBMUXD_SOCKET_ADDRESS"].startswith("127.0.0.1:")


def test_the_window_names_its_desktop_entry_and_shows_the_apps_icon(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    window_app.run_window("postgresql://nobody@127.0.0.1:1/none")  # set before any dialog
    packaging = Path(__file__).resolve().parents[2] / "packaging" / "linux"
    entry = packaging / f"{QGuiApplication.desktopFileName()}.desktop"
    assert entry.is_file(), f"no menu entry {entry.name} in {packaging}"
    assert "Icon=labapp\n" in entry.read_text(encoding="utf-8")
    icon = QGuiApplication.windowIcon()
    assert not icon.isNull()
    # Drawn at each size asked for, from resources/icons/labapp.svg.
    for size in (16, 32, 256):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.size() == QSize(size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the phone's screen


def test_the_window_opens_without_the_chart_and_pdf_libraries():
    # 75 MB of a technician's window went on them once, through a wording import: they
    # come with the pages that draw charts or write PDFs, when those are opened.
    import subprocess
    import sys

    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, labapp.ui.main_window, labapp.ui.messages; "
            "print(sorted({'matplotlib', 'numpy', 'reportlab'} & set(sys.modules)))",
        ],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    assert loaded.stdout.strip() == "[]"
