"""Who is at the bench: a person from the lab's users, or a new one on a fresh lab.

The role comes with the person (kept with the lab's users), so the window shows only
what that role may do, and the services refuse the rest. Where passwords are in use the
dialog asks for one; a refused sign-in is said in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from labapp.domain.errors import LabError
from labapp.domain.users import LabRole
from labapp.services.views import UserView
from labapp.ui.password_dialog import password_field, problem_label
from labapp.ui.problem_text import problem_sentence
from labapp.ui.session import BenchSession

# Signs the person in (adding a new one first); raises LabError to refuse.
Attempt = Callable[[BenchSession, str | None], None]


def role_label(role: LabRole) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        LabRole.TECHNICIAN: QCoreApplication.translate("roles", "technician"),
        LabRole.AUDITOR: QCoreApplication.translate("roles", "auditor"),
        LabRole.QUALITY_MANAGER: QCoreApplication.translate("roles", "quality manager"),
        LabRole.ADMINISTRATOR: QCoreApplication.translate("roles", "administrator"),
    }[role]


class SignInDialog(QDialog):
    def __init__(
        self,
        users: Sequence[UserView],
        lab_name: str,
        preferred: str | None = None,
        attempt: Attempt | None = None,
        *,
        passwords: bool = False,
        newcomers: bool = True,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Who is at the bench?"))
        self._users = [u for u in users if u.active]
        self._attempt = attempt
        self.person = QComboBox()
        self.person.setObjectName("signInPerson")
        # Where people sign in with passwords, only an administrator adds people.
        self.person.setEditable(newcomers)
        self.person.setMinimumWidth(260)
        for user in self._users:
            self.person.addItem(user.name, user.name)
        self.role = QComboBox()
        self.role.setObjectName("signInRole")
        for role in LabRole:
            self.role.addItem(role_label(role), role.value)
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Role"), self.role)
        self.password = password_field("signInPassword")
        if passwords:
            form.addRow(self.tr("Password"), self.password)
        self.problem = problem_label("signInProblem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(lab_name)
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(heading)
        if not self._users:
            layout.addWidget(QLabel(self.tr("A new lab: type your name and choose your role.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # The last person at this bench, else the first technician: the bench's work.
        technicians = [u.name for u in self._users if u.role == LabRole.TECHNICIAN.value]
        chosen = preferred if self.known(preferred or "") else next(iter(technicians), None)
        if chosen:
            self.person.setCurrentIndex(self.person.findData(chosen))
        self.person.currentTextChanged.connect(self._on_person_changed)
        self._on_person_changed(self.person.currentText())

    def known(self, name: str) -> UserView | None:
        return next((u for u in self._users if u.name == name.strip()), None)

    def _on_person_changed(self, name: str) -> None:
        user = self.known(name)
        if user is not None:
            self.role.setCurrentIndex(self.role.findData(user.role))
        # A known person's role is the lab's record of it, not a choice made here.
        self.role.setEnabled(user is None)

    def accept(self) -> None:
        if self._attempt is not None:
            try:
                self._attempt(self.session(), self.password.text() or None)
            except LabError as refused:
                self.password.clear()
                self.problem.setText(problem_sentence(refused))
                self.problem.show()
                return
        super().accept()

    def session(self) -> BenchSession:
        return BenchSession(self.person.currentText().strip(), LabRole(self.role.currentData()))
