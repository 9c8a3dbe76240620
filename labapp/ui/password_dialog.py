"""Setting a password: the new one typed twice, and the current one when it is one's own.

The dialog only gathers what was typed; the sign-in service checks and hashes it, and
its refusal (too short, the current one wrong) is shown in the dialog, which stays open
so that nothing typed is lost but the password fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from labapp.domain.errors import LabError
from labapp.services.sign_in import MIN_PASSWORD_LENGTH
from labapp.ui.problem_text import problem_sentence

# Called with (new password, current password or None); raises LabError to refuse.
SetPassword = Callable[[str, str | None], None]


def problem_label(name: str) -> QLabel:
    """Where a dialog says why it did not close: hidden until there is something to say."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(240)
    return field


class PasswordDialog(QDialog):
    def __init__(
        self, person: str, set_password: SetPassword, own: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._set_password = set_password
        self.setWindowTitle(self.tr("Password of %1").replace("%1", person))
        self.current = password_field("currentPassword") if own else None
        self.new = password_field("newPassword")
        self.again = password_field("newPasswordAgain")
        form = QFormLayout()
        if self.current is not None:
            form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("The same again:"), self.again)
        self.problem = problem_label("passwordProblem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("At least %1 characters. It is kept only as a one-way hash.").replace(
                    "%1", str(MIN_PASSWORD_LENGTH)
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.new.text() != self.again.text():
            self._refuse(self.tr("The two new passwords differ."))
            return
        current = self.current.text() if self.current is not None else None
        try:
            self._set_password(self.new.text(), current)
        except LabError as refused:
            self._refuse(problem_sentence(refused))
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        for field in (self.current, self.new, self.again):
            if field is not None:
                field.clear()
        self.problem.setText(text)
        self.problem.show()
        (self.current or self.new).setFocus()
