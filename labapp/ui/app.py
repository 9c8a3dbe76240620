"""`labapp` with no command: the window.

Builds the lab on the chosen database (or a fresh demo one with simulated phones),
asks who is at the bench, and hands everything to the window. The one place where
the window's parts are put together.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
DEMO_ORDERS = 400
# The menu entry packaging/linux/labapp.desktop, without ".desktop": on Wayland the
# compositor finds the window's icon and name through it, and on X11 it groups the
# window under that entry.
DESKTOP_FILE = "labapp"
# The one drawing packaging/make_icons.py renders the installers' icons from.
ICON = "icons/labapp.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def window_icon() -> Any:
    """The app's icon drawn from its SVG at each size a title bar, task bar or
    switcher asks for (crisper at 16 than one big bitmap scaled down). Drawn from the
    file's bytes: an installed package need not be a folder on disk."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    from resources import resource

    renderer = QSvgRenderer(QByteArray(resource(ICON).read_bytes()))
    icon = QIcon()
    if not renderer.isValid():
        log.warning("the window icon %s cannot be drawn", ICON)
        return icon
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def identify() -> None:
    """Name, desktop entry and icon, once the application exists and before its first
    window (the sign-in dialog), which takes the icon when it is shown."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setApplicationName("labapp")
    QGuiApplication.setOrganizationName("labapp")
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    QGuiApplication.setWindowIcon(window_icon())


def start_demo_phones() -> Any:
    """The simulated usbmuxd and adb server; the real device libraries talk to them."""
    from devices.simulated.bench import SimulatedBench

    bench = SimulatedBench()
    os.environ.update(bench.environment())
    return bench


def demo_database() -> str:
    folder = Path(tempfile.mkdtemp(prefix="labapp-demo-"))
    return f"sqlite:///{folder / 'demo.sqlite3'}"


def run_window(url: str, demo: bool = False, argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from labapp.ui.language import apply_language

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    identify()
    # Before the first dialog: widgets take their texts and formats when they are built.
    language = apply_language(app)
    try:
        return _open_lab(app, url, demo)
    finally:
        # The application may outlive this window (a test's, say): what was installed
        # for it goes with it.
        language.remove()


def _open_lab(app: Any, url: str, demo: bool) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from labapp.bootstrap import build_lab
    from labapp.domain.errors import LabError
    from labapp.persistence.database import database_url, describe
    from labapp.ui.main_window import MainWindow
    from labapp.ui.messages import explain
    from labapp.ui.session import BenchSession
    from labapp.ui.sign_in import SignInDialog
    from labapp.ui.tasks import TaskRunner

    simulated = start_demo_phones() if demo else None
    if demo:
        url = demo_database()
    try:
        lab = build_lab(url)
    except Exception as error:  # shown to the person, never a traceback
        from labapp.paths import lab_paths

        saved = lab_paths().database_choice_file
        title, text = explain(error) if isinstance(error, LabError) else ("labapp", str(error))
        QMessageBox.critical(
            None,
            title,
            QApplication.translate(
                "app",
                "The database cannot be opened:\n%1\n\nStart labapp with --db URL to choose "
                "another one, or delete %2 to go back to the embedded database.",
            )
            .replace("%1", text)
            .replace("%2", str(saved)),
        )
        if simulated is not None:
            simulated.close()
        return 2
    try:
        if demo:
            lab.demo.seed(orders=DEMO_ORDERS, seed=1)
        remembered = QSettings()
        last = remembered.value("sign_in/person")
        rule = lab.accounts.rule()

        def sign_in(chosen: BenchSession, password: str | None) -> None:
            if dialog.known(chosen.user) is None:
                lab.directory.add_user(chosen.user, chosen.role)  # a new lab's first people
            lab.accounts.sign_in(chosen.user, password)

        dialog = SignInDialog(
            lab.directory.list_users(),
            "labapp",
            str(last) if last else None,
            sign_in,
            passwords=rule.shared or rule.passwords_in_use,
            newcomers=not rule.passwords_required,
        )
        if dialog.exec() != SignInDialog.DialogCode.Accepted:
            return 0
        actor = lab.gate.actor
        assert actor.role is not None, "the dialog closes only once someone signed in"
        session = BenchSession(actor.name, actor.role)
        remembered.setValue("sign_in/person", session.user)
        runner = TaskRunner(lambda error: _show(None, error))
        label = describe(database_url(url))
        if demo:
            label = QApplication.translate("app", "%1 (demo)").replace("%1", label)
        window = MainWindow(lab, session, runner, label, simulated)
        runner.report_errors_to(lambda error: _show(window, error))
        window.show()
        code = int(app.exec())
        runner.shutdown()
        return code
    finally:
        lab.close()
        if simulated is not None:
            simulated.close()


def _show(window: Any, error: BaseException) -> None:
    from labapp.ui.messages import show_error

    show_error(window, error)
