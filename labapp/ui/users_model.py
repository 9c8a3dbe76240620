"""The lab's people as a table: name, role, active, password set. A handful of rows,
loaded whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from labapp.domain.users import LabRole
from labapp.services.views import UserView
from labapp.ui.table_model import HeadedTableModel

Index = QModelIndex | QPersistentModelIndex


def role_label(role: LabRole | str) -> str:
    labels = {
        "technician": QCoreApplication.translate("role", "Technician"),
        "auditor": QCoreApplication.translate("role", "Auditor"),
        "quality_manager": QCoreApplication.translate("role", "Quality manager"),
        "administrator": QCoreApplication.translate("role", "Administrator"),
    }
    return labels.get(str(role), str(role))


class UsersModel(HeadedTableModel):
    NAME, ROLE, ACTIVE, PASSWORD = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._users: list[UserView] = []
        self.headers = [self.tr("Name"), self.tr("Role"), self.tr("Active"), self.tr("Password")]

    def set_users(self, users: Sequence[UserView]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserView:
        return self._users[row]

    def row_of(self, name: str) -> int | None:
        return next((n for n, user in enumerate(self._users) if user.name == name), None)

    def row_total(self) -> int:
        return len(self._users)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.NAME:
                return user.name
            if index.column() == self.ROLE:
                return role_label(user.role)
            if index.column() == self.ACTIVE:
                return self.tr("yes") if user.active else self.tr("no — deactivated")
            if index.column() == self.PASSWORD:
                return self.tr("set") if user.has_password else self.tr("none")
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            # Greyed like a disabled entry: still listed, since their audits name them.
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.UserRole:
            return user.name
        return None
