"""The laboratory: its name and address on the reports' letterhead, and the logistics
deadlines the marketplace gives sellers.

Only what was changed is saved, all together or not at all: saving the deadlines must
not fix the letterhead's default name (which each report prints in its own language).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.domain.permissions import Action
from labapp.services.settings import (
    DECLARED_SETTINGS,
    LAB_ADDRESS,
    LAB_NAME,
    IntSetting,
    Letterhead,
    SettingView,
    TextSetting,
    permission_for,
)
from labapp.ui.messages import show_error
from labapp.ui.settings_widgets import form_column, hint_label
from labapp.ui.tasks import TaskRunner

CUTOFF = "logistics.order_cutoff_hour"
SHIP_DAYS = "logistics.ship_within_business_days"
DELIVER_DAYS = "logistics.deliver_within_days"


def _spin(name: str, suffix: str) -> QSpinBox:
    spec = DECLARED_SETTINGS[name]
    assert isinstance(spec, IntSetting)
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(spec.minimum, spec.maximum)
    spin.setSuffix(suffix)
    spin.setMinimumWidth(150)
    return spin


class LaboratorySection(QWidget):
    settings_saved = Signal()

    def __init__(
        self,
        lab: Lab,
        runner: TaskRunner,
        may: Callable[[Action], bool] = lambda _: True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lab, self._runner = lab, runner
        # The values as last loaded or saved, as text: what "changed" is measured against.
        self._loaded: dict[str, str] = {}
        self._build()
        # The letterhead is the administrator's; the deadlines are sanction policy, the
        # quality manager's. What one may not change is shown, not editable.
        for field in (self.lab_name, self.address):
            field.setEnabled(may(permission_for(LAB_NAME)))
        for spin in (self.ship_days, self.deliver_days, self.cutoff):
            spin.setEnabled(may(permission_for(SHIP_DAYS)))
        self.save.clicked.connect(self._on_save_clicked)
        self.refresh()

    def _build(self) -> None:
        name_spec = DECLARED_SETTINGS[LAB_NAME]
        assert isinstance(name_spec, TextSetting)
        self.lab_name = QLineEdit()
        self.lab_name.setObjectName("labName")
        self.lab_name.setMaxLength(name_spec.max_length)
        self.lab_name.setPlaceholderText(
            self.tr("Not set: reports say “{default}” in their own language").format(
                default=name_spec.default
            )
        )
        self.address = QPlainTextEdit()
        self.address.setObjectName("labAddress")
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("Street\nPostcode and town\nCountry"))
        lines = QFontMetrics(self.address.font()).lineSpacing()
        self.address.setFixedHeight(lines * 5 + 14)
        letterhead = QGroupBox(self.tr("Letterhead of the reports"))
        form = QFormLayout()
        form.addRow(self.tr("Lab name:"), self.lab_name)
        form.addRow(self.tr("Postal address:"), self.address)
        # Explanations below the form, not in a row of it: a form row keeps room for
        # more lines of wrapped text than there are.
        column = QVBoxLayout(letterhead)
        column.addLayout(form)
        column.addWidget(
            hint_label(
                self.tr(
                    "The name heads every page of every report, in every language; the address "
                    "goes under it on the first page. Up to 5 lines."
                )
            )
        )

        self.ship_days = _spin(SHIP_DAYS, self.tr(" business day(s)"))
        self.deliver_days = _spin(DELIVER_DAYS, self.tr(" day(s)"))
        self.cutoff = _spin(CUTOFF, self.tr(":00"))
        deadlines = QGroupBox(self.tr("Sellers' logistics deadlines"))
        rules = QFormLayout()
        rules.addRow(
            self.tr("Ship within:"),
            self._beside(
                self.ship_days,
                self.tr(
                    "after the order day (weekends and the seller's public holidays do not count)"
                ),
            ),
        )
        rules.addRow(
            self.tr("Deliver within:"),
            self._beside(self.deliver_days, self.tr("of the order, counted in calendar days")),
        )
        rules.addRow(
            self.tr("Order cut-off hour:"),
            self._beside(
                self.cutoff,
                self.tr(
                    "orders placed at or after this local hour count from the next business day"
                ),
            ),
        )
        column = QVBoxLayout(deadlines)
        column.addLayout(rules)
        column.addWidget(
            hint_label(
                self.tr(
                    "Every order's on-time verdicts follow these at once; finalised audits keep "
                    "the grade they were given."
                )
            )
        )

        self.save = QPushButton(self.tr("Save"))
        self.save.setObjectName("saveLaboratory")
        self.status = QLabel()
        self.status.setObjectName("laboratoryStatus")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save)
        bottom.addWidget(self.status, 1)
        layout = form_column(self)
        layout.addWidget(letterhead)
        layout.addWidget(deadlines)
        layout.addLayout(bottom)
        layout.addStretch(1)

    @staticmethod
    def _beside(field: QWidget, explanation: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field)
        label = hint_label(explanation)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(label, 1)
        return row

    def refresh(self) -> None:
        settings = self._lab.settings
        self._runner.run(
            lambda: (settings.list_settings(), settings.letterhead()), self._on_loaded, self._failed
        )

    def values(self) -> dict[str, str]:
        """What the form says now, as the settings service reads it."""
        return {
            LAB_NAME: self.lab_name.text(),
            LAB_ADDRESS: self.address.toPlainText(),
            SHIP_DAYS: str(self.ship_days.value()),
            DELIVER_DAYS: str(self.deliver_days.value()),
            CUTOFF: str(self.cutoff.value()),
        }

    # -- slots ----------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self.save.setEnabled(True)
        self.status.setText(self.tr("Not saved."))
        show_error(self, error)

    def _on_loaded(self, loaded: tuple[Sequence[SettingView], Letterhead]) -> None:
        settings, letterhead = loaded
        values = {s.name: s.value for s in settings}
        # Empty until the lab names itself: each report then names it in its language.
        self.lab_name.setText(letterhead.name or "")
        self.address.setPlainText(str(values[LAB_ADDRESS]))
        self.ship_days.setValue(int(values[SHIP_DAYS]))
        self.deliver_days.setValue(int(values[DELIVER_DAYS]))
        self.cutoff.setValue(int(values[CUTOFF]))
        self._loaded = self.values()

    def _on_save_clicked(self) -> None:
        changes = {k: v for k, v in self.values().items() if v != self._loaded.get(k)}
        if not changes:
            self.status.setText(self.tr("Nothing changed."))
            return
        self.save.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        settings = self._lab.settings
        self._runner.run(lambda: settings.set_settings(changes), self._on_saved, self._failed)

    def _on_saved(self, saved: Sequence[SettingView]) -> None:
        self.save.setEnabled(True)
        self.status.setText(self.tr("Saved: %n setting(s) changed.", "", len(saved)))
        self.refresh()  # shows the values as stored (trimmed)
        self.settings_saved.emit()
