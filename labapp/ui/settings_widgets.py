"""Small widgets the settings tabs share: explanations beside fields, values to copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

# Forms wider than this are hard to read on a wide screen: the eye loses the line.
FORM_WIDTH = 980


def hint_label(text: str) -> QLabel:
    """An explanation, quieter than the values but still easy to read (a disabled label's
    grey is too faint), in light and dark themes alike."""
    label = QLabel(text)
    label.setWordWrap(True)
    # A wrapped label may be given room for more lines than it needs: keep it under its field.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    palette = label.palette()
    colour = palette.color(QPalette.ColorRole.WindowText)
    colour.setAlpha(175)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


def selectable_label(text: str = "") -> QLabel:
    """A value a person may want to copy (a path, a URL)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def form_column(section: QWidget) -> QVBoxLayout:
    """The section's layout: a column at most FORM_WIDTH wide, on the left."""
    body = QWidget()
    body.setMaximumWidth(FORM_WIDTH)
    outer = QHBoxLayout(section)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(body, 1)
    outer.addStretch(0)
    return QVBoxLayout(body)
