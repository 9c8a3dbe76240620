"""Which database this station opens: the one in use, and the one for the next start.

Testing a connection may wait seconds for a server that does not answer, so it runs on
the long-work lane, never on the GUI thread nor in front of the bench's database work.
The choice is saved per person on this computer and read at the next start; the
database in use never changes under an open window.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import (
    DATABASE_URL_VARIABLE,
    PROBE_TIMEOUT_S,
    DatabaseProbe,
    Lab,
    forget_database_url,
    probe_database,
    save_database_url,
    saved_database_url,
    shown_database,
    shown_url,
)
from labapp.ui.messages import show_error
from labapp.ui.settings_widgets import form_column, hint_label, selectable_label
from labapp.ui.tasks import TaskRunner

GOOD, BAD = "#1e7a45", "#a12b1f"
# Called by this name with a literal context, so that pyside6-lupdate finds each text.
translate = QCoreApplication.translate


def probe_message(probe: DatabaseProbe) -> str:
    """What a test found, in the words of someone who runs the lab, not of the driver."""
    templates = {
        "current": translate(
            "database", "Connected to {server}: a labapp database, up to date (schema {revision})."
        ),
        "older": translate(
            "database",
            "Connected to {server}: a labapp database at schema {revision}; labapp will "
            "bring it up to date when it next starts.",
        ),
        "empty": translate(
            "database",
            "Connected to {server}. The database is empty: labapp will create its tables "
            "when it next starts.",
        ),
        "new_file": translate(
            "database",
            "There is no database file at {where} yet: labapp will create a new, empty one "
            "when it next starts.",
        ),
        "bad_url": translate(
            "database",
            "This is not a database labapp can open ({detail}). Type "
            "postgresql://user@server:5432/database, or the path of an SQLite file.",
        ),
        "refused": translate(
            "database",
            "Nothing answers at {where} (connection refused). Is the PostgreSQL server "
            "running there, and is the port right?",
        ),
        "unknown_host": translate(
            "database",
            "The server name in {where} is not known on this network. Check how the host is spelt.",
        ),
        "timeout": translate(
            "database",
            "No answer from {where} within {seconds} seconds. Check the host, the port and any "
            "firewall between this computer and the server.",
        ),
        "bad_login": translate(
            "database",
            "The server at {where} refused this user name or password. Check them with whoever "
            "runs the server.",
        ),
        "no_database": translate(
            "database",
            "The server at {where} answers, but has no database of that name. Correct the "
            "name, or ask for the database to be created.",
        ),
        "not_sqlite": translate("database", "{where} is not an SQLite database file."),
        "not_labapp": translate(
            "database",
            "Connected, but this database holds other tables and no labapp schema: it is not a "
            "labapp database. Choose an empty database or a labapp one.",
        ),
        "too_new": translate(
            "database",
            "Connected to {server}, but a newer labapp upgraded this database (schema "
            "{revision}). Install that version or newer to use it; this one will not touch it.",
        ),
    }
    template = templates.get(
        probe.outcome, translate("database", "Could not connect to {where}: {detail}")
    )
    return template.format(
        server=probe.server,
        where=probe.where or probe.url,
        revision=probe.revision or "",
        detail=probe.detail,
        seconds=PROBE_TIMEOUT_S,
    )


class DatabaseSection(QWidget):
    database_saved = Signal(str)  # the database for the next start, as it may be shown

    def __init__(self, lab: Lab, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lab, self._runner = lab, runner
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        self.in_use = selectable_label(shown_url(self._lab.database.url))
        self.in_use.setObjectName("databaseInUse")
        self.next_start = selectable_label()
        self.next_start.setObjectName("databaseNextStart")
        self.overridden = selectable_label()
        self.overridden.setObjectName("databaseOverridden")
        self.overridden.setStyleSheet(f"color: {BAD}")
        now = QGroupBox(self.tr("Database"))
        current = QFormLayout(now)
        current.addRow(self.tr("In use now:"), self.in_use)
        current.addRow(self.tr("At the next start:"), self.next_start)
        current.addRow("", self.overridden)

        self.url = QLineEdit()
        self.url.setObjectName("databaseUrl")
        self.url.setPlaceholderText(
            self.tr(
                "postgresql://user@server:5432/labapp, or an SQLite file such as D:\\lab.sqlite3"
            )
        )
        self.url.setClearButtonEnabled(True)
        self.test = QPushButton(self.tr("Test connection"))
        self.test.setObjectName("testConnection")
        self.save = QPushButton(self.tr("Save for next start"))
        self.save.setObjectName("saveDatabase")
        self.embedded = QPushButton(self.tr("Use the embedded database"))
        self.embedded.setObjectName("useEmbedded")
        buttons = QHBoxLayout()
        for button in (self.test, self.save):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.embedded)
        self.result = selectable_label()
        self.result.setObjectName("databaseResult")
        choose = QGroupBox(self.tr("Choose the database for the next start"))
        column = QVBoxLayout(choose)
        column.addWidget(self.url)
        column.addWidget(
            hint_label(
                self.tr(
                    "A shared lab points every station at one PostgreSQL database. A password "
                    "typed in the address is saved in your own settings folder, readable by you "
                    "only; a .pgpass file keeps it out of the address."
                )
            )
        )
        column.addLayout(buttons)
        column.addWidget(self.result)

        self.restart_note = QLabel(
            self.tr(
                "<b>A new database takes effect at the next start:</b> close labapp and open "
                "it again. Until then this window keeps working on the database in use now."
            )
        )
        self.restart_note.setWordWrap(True)
        layout = form_column(self)
        layout.addWidget(now)
        layout.addWidget(choose)
        layout.addWidget(self.restart_note)
        layout.addStretch(1)
        self._on_url_edited(self.url.text())

    def _connect_signals(self) -> None:
        self.url.textChanged.connect(self._on_url_edited)
        self.url.returnPressed.connect(self._on_test_clicked)
        self.test.clicked.connect(self._on_test_clicked)
        self.save.clicked.connect(self._on_save_clicked)
        self.embedded.clicked.connect(self._on_embedded_clicked)

    def refresh(self) -> None:
        """Where the next start will go; a small local file, read at once."""
        paths = self._lab.paths
        saved = saved_database_url(paths)
        if saved:
            self.next_start.setText(shown_database(saved))
        else:
            self.next_start.setText(
                self.tr("the embedded database, {file}").format(file=paths.default_database)
            )
        self.embedded.setEnabled(saved is not None)
        variable = os.environ.get(DATABASE_URL_VARIABLE, "").strip()
        self.overridden.setVisible(bool(variable))
        if variable:
            self.overridden.setText(
                self.tr(
                    "{variable} is set on this computer ({url}): it wins over the choice saved "
                    "here until it is removed."
                ).format(variable=DATABASE_URL_VARIABLE, url=shown_database(variable))
            )

    # -- slots ----------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for button in (self.test, self.save):
            button.setEnabled(not busy and bool(self.url.text().strip()))

    def _show(self, probe: DatabaseProbe, prefix: str = "") -> None:
        self.result.setText(prefix + probe_message(probe))
        self.result.setToolTip(probe.detail)
        self.result.setStyleSheet(f"color: {GOOD if probe.usable else BAD}")

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.result.clear()
        show_error(self, error)

    def _on_url_edited(self, text: str) -> None:
        self._busy(False)

    def _on_test_clicked(self) -> None:
        raw = self.url.text()
        if not raw.strip() or not self.test.isEnabled():  # Enter while a test runs
            return
        self._busy(True)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Testing the connection…"))

        def landed(probe: DatabaseProbe) -> None:
            self._busy(False)
            self._show(probe)

        self._runner.run_long(
            self.tr("Testing the database connection"),
            lambda _token: probe_database(raw),
            landed,
            self._failed,
        )

    def _on_save_clicked(self) -> None:
        raw, paths = self.url.text(), self._lab.paths
        if not raw.strip():
            return
        self._busy(True)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Testing the connection before saving…"))

        def test_then_save(_token: object) -> DatabaseProbe:
            # Never remember a database that cannot be opened: the next start would fail.
            probe = probe_database(raw)
            if probe.usable:
                save_database_url(raw, paths)
            return probe

        def landed(probe: DatabaseProbe) -> None:
            self._busy(False)
            if probe.usable:
                self._show(probe, self.tr("Saved for the next start. "))
                self.refresh()
                self.database_saved.emit(probe.url)
            else:
                self._show(probe, self.tr("Not saved. "))

        self._runner.run_long(
            self.tr("Saving the database choice"), test_then_save, landed, self._failed
        )

    def _on_embedded_clicked(self) -> None:
        paths = self._lab.paths

        def landed(_: object) -> None:
            self.refresh()
            self.result.setStyleSheet("")
            self.result.setText(self.tr("The embedded database will be used at the next start."))
            self.database_saved.emit(f"sqlite:///{paths.default_database}")

        self._runner.run(lambda: forget_database_url(paths), landed, self._failed)
