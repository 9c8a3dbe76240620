"""Settings: the database, the laboratory (letterhead, deadlines), users and roles, and
the protocol and sanction policy in use; above them, the window's language.

Only someone who may manage settings (an administrator) sees and changes the first
three; everyone else sees the protocol and the policy, read-only. The language is each
person's own, on this computer, so everyone may change it. Each tab is its own
widget, in its own module; this page only assembles them and passes their news on.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from labapp.bootstrap import Lab
from labapp.domain.permissions import Action
from labapp.ui.protocol_view import ProtocolView
from labapp.ui.session import BenchSession
from labapp.ui.settings_database import DatabaseSection
from labapp.ui.settings_laboratory import LaboratorySection
from labapp.ui.settings_language import LanguageChoice
from labapp.ui.settings_users import UsersSection
from labapp.ui.tasks import TaskRunner


class SettingsPage(QWidget):
    database_saved = Signal(str)  # the database for the next start, as it may be shown
    settings_saved = Signal()  # letterhead or logistics deadlines changed
    users_changed = Signal()  # someone added, given another role, (de)activated

    def __init__(self, lab: Lab, runner: TaskRunner, session: BenchSession) -> None:
        super().__init__()
        self._lab, self._runner, self._session = lab, runner, session
        self.database: DatabaseSection | None = None
        self.laboratory: LaboratorySection | None = None
        self.users: UsersSection | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        if session.may(Action.MANAGE_SETTINGS):
            self.database = DatabaseSection(lab, runner)
            self.tabs.addTab(self.database, self.tr("Database"))
        if session.may(Action.MANAGE_SETTINGS) or session.may(Action.EDIT_POLICY):
            self.laboratory = LaboratorySection(lab, runner, session.may)
            self.tabs.addTab(self.laboratory, self.tr("Laboratory"))
        if session.may(Action.MANAGE_USERS):
            self.users = UsersSection(lab, runner)
            self.tabs.addTab(self.users, self.tr("Users and roles"))
        self.protocol = ProtocolView(lab, runner)
        self.tabs.addTab(self.protocol, self.tr("Protocol and sanction policy"))
        self.language = LanguageChoice()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.language)
        layout.addWidget(self.tabs)
        self._connect_signals()

    def _connect_signals(self) -> None:
        if self.database is not None:
            self.database.database_saved.connect(self.database_saved)
        if self.laboratory is not None:
            self.laboratory.settings_saved.connect(self.settings_saved)
        if self.users is not None:
            self.users.users_changed.connect(self.users_changed)

    def refresh(self) -> None:
        """Read everything again (another station may have changed it)."""
        for section in (self.database, self.laboratory, self.users, self.protocol):
            if section is not None:
                section.refresh()

    def show_tab(self, section: QWidget) -> None:
        self.tabs.setCurrentWidget(section)
