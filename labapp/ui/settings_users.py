"""Users and roles: who works in the lab and what each may do.

People are never deleted: the audits they did keep their name. Someone who left is
deactivated and no longer offered at the bench. The directory service refuses to leave
the lab without an active administrator.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.domain.users import LabRole
from labapp.services.views import UserView
from labapp.ui.messages import show_error
from labapp.ui.settings_widgets import form_column, hint_label
from labapp.ui.tasks import TaskRunner
from labapp.ui.users_model import UsersModel, role_label


def _role_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for role in LabRole:
        combo.addItem(role_label(role), role.value)  # Qt hands a StrEnum back as str
    return combo


class UsersSection(QWidget):
    users_changed = Signal()

    def __init__(self, lab: Lab, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lab, self._runner = lab, runner
        self.model = UsersModel(self)
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 180)
        self.table.setColumnWidth(2, 160)

        self.role = _role_combo("selectedUserRole")
        self.change_role = QPushButton(self.tr("Change role"))
        self.toggle_active = QPushButton(self.tr("Deactivate"))
        self.toggle_active.setObjectName("toggleActive")
        self.set_password = QPushButton(self.tr("Set password…"))
        self.set_password.setObjectName("setPassword")
        selected = QHBoxLayout()
        self.selected_name = QLabel()
        self.selected_name.setObjectName("selectedUser")
        selected.addWidget(self.selected_name)
        selected.addWidget(self.role)
        selected.addWidget(self.change_role)
        selected.addSpacing(24)
        selected.addWidget(self.toggle_active)
        selected.addWidget(self.set_password)
        selected.addStretch(1)

        self.new_name = QLineEdit()
        self.new_name.setObjectName("newUserName")
        self.new_name.setMaxLength(80)
        self.new_name.setPlaceholderText(self.tr("First and last name, as on the audits"))
        self.new_role = _role_combo("newUserRole")
        self.add = QPushButton(self.tr("Add"))
        self.add.setObjectName("addUser")
        adding = QGroupBox(self.tr("Add a lab user"))
        add_row = QHBoxLayout(adding)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.new_name)
        add_row.addLayout(form, 2)
        role_form = QFormLayout()
        role_form.addRow(self.tr("Role:"), self.new_role)
        add_row.addLayout(role_form, 1)
        add_row.addWidget(self.add)

        note = hint_label(
            self.tr(
                "A deactivated person stays on the audits they did but is no longer offered "
                "at the bench. The lab always keeps one active administrator. On a shared "
                "database, once anyone has a password, everyone signs in with theirs."
            )
        )
        layout = form_column(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(selected)
        layout.addWidget(note)
        layout.addWidget(adding)
        self._on_selection_changed()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._on_selection_changed()
        )
        self.model.modelReset.connect(self._on_selection_changed)
        self.add.clicked.connect(self._on_add_clicked)
        self.new_name.returnPressed.connect(self._on_add_clicked)
        self.change_role.clicked.connect(self._on_change_role_clicked)
        self.toggle_active.clicked.connect(self._on_toggle_active_clicked)
        self.set_password.clicked.connect(self._on_set_password_clicked)

    def refresh(self, select: str | None = None) -> None:
        def landed(users: Sequence[UserView]) -> None:
            self.model.set_users(users)
            row = self.model.row_of(select) if select else None
            if row is not None:
                self.table.selectRow(row)

        self._runner.run(self._lab.directory.list_users, landed, self._failed)

    def selected(self) -> UserView | None:
        index = self.table.currentIndex()
        return self.model.user(index.row()) if index.isValid() else None

    # -- slots ----------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _changed(self, view: UserView) -> None:
        self.users_changed.emit()
        self.refresh(select=view.name)

    def _on_selection_changed(self) -> None:
        user = self.selected()
        for widget in (self.role, self.change_role, self.toggle_active, self.set_password):
            widget.setEnabled(user is not None)
        if user is None:
            self.selected_name.setText(self.tr("Select someone in the list to change them."))
            self.toggle_active.setText(self.tr("Deactivate"))
            return
        self.selected_name.setText(self.tr("<b>{name}</b>, role:").format(name=escape(user.name)))
        self.role.setCurrentIndex(self.role.findData(user.role))
        self.toggle_active.setText(self.tr("Deactivate") if user.active else self.tr("Reactivate"))

    def _on_add_clicked(self) -> None:
        name, role = self.new_name.text(), LabRole(self.new_role.currentData())

        def added(view: UserView) -> None:
            self.new_name.clear()
            self._changed(view)

        self._runner.run(lambda: self._lab.directory.add_user(name, role), added, self._failed)

    def _run_on_selected(self, change: Callable[[str], UserView]) -> None:
        user = self.selected()
        if user is not None:
            self._runner.run(lambda: change(user.name), self._changed, self._failed)

    def _on_change_role_clicked(self) -> None:
        role = LabRole(self.role.currentData())
        self._run_on_selected(lambda name: self._lab.directory.change_user_role(name, role))

    def _on_toggle_active_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        active = not user.active
        self._run_on_selected(lambda name: self._lab.directory.set_user_active(name, active))

    def _on_set_password_clicked(self) -> None:
        from labapp.ui.password_dialog import PasswordDialog

        user = self.selected()
        if user is None:
            return
        accounts, own = self._lab.accounts, user.name == self._lab.gate.actor.name
        PasswordDialog(
            user.name,
            lambda new, current: accounts.set_password(user.name, new, current),
            own,
            self,
        ).exec()
        self.refresh(select=user.name)  # the Password column says "set" now
