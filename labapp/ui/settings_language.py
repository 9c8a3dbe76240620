"""The window's language, a row above the settings tabs: everyone may choose their own,
since it is kept in this computer's settings and changes nothing in the lab's data."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from labapp.ui.language import LANGUAGES, save_choice, saved_choice, system_language
from labapp.ui.settings_widgets import hint_label


class LanguageChoice(QWidget):
    language_saved = Signal(str)  # "en", "fr", or "" to follow the system

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.choice = QComboBox()
        self.choice.setObjectName("windowLanguage")
        self.choice.addItem(
            self.tr("As this computer (%1)").replace("%1", LANGUAGES[system_language()]), ""
        )
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(self.choice.findData(saved_choice(settings) or ""))
        self.note = hint_label(self.tr("Applies the next time labapp starts."))
        self.note.setObjectName("windowLanguageNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        caption = QLabel(self.tr("Language of the window:"))
        caption.setBuddy(self.choice)
        row = QHBoxLayout(self)
        row.setContentsMargins(9, 6, 9, 4)  # in line with the tabs' contents below
        row.addWidget(caption)
        row.addWidget(self.choice)
        row.addWidget(self.note, 1)
        self.choice.currentIndexChanged.connect(self._on_choice_changed)

    def _on_choice_changed(self, _: int) -> None:
        code = str(self.choice.currentData() or "")
        save_choice(code or None, self._settings)
        # The window's widgets took their texts when they were built: say when it shows.
        shown = LANGUAGES[code or system_language()]
        self.note.setText(
            self.tr("Saved. Language of the window at the next start: %1.").replace("%1", shown)
        )
        self.language_saved.emit(code)
