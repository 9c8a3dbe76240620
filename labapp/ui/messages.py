"""Errors as a person at the bench reads them: what happened and what to do.

Device refusals are instructions (unlock the phone, tap Trust); a bad entry names the
field; anything unexpected says where the log is. Never a traceback.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from devices.errors import DeviceError
from labapp.domain.errors import LabError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def device_instruction(error: DeviceError) -> tuple[str, str]:
    """(headline, what to do) for a phone that could not be read."""
    headlines = {
        "no_daemon": _tr("The phone service is not running"),
        "no_device": _tr("No phone is plugged in"),
        "several_devices": _tr("Several phones are plugged in"),
        "locked": _tr("Unlock the phone"),
        "trust_pending": _tr("Tap Trust on the phone"),
        "trust_denied": _tr("The phone refused this computer"),
        "not_paired": _tr("Pair the phone again"),
        "unauthorized": _tr("Allow USB debugging on the phone"),
        "disconnected": _tr("The phone was unplugged during the reading"),
        "bad_answer": _tr("The phone gave an answer the lab cannot read"),
    }
    steps = {
        "no_daemon": _tr(
            "Start usbmuxd (iPhone) or the adb server (Android), then plug the phone in."
        ),
        "no_device": _tr("Plug the phone in with a data cable and unlock it."),
        "several_devices": _tr("Choose the phone in the list of attached phones, then read it."),
        "locked": _tr("Unlock the phone with its passcode, then read it again."),
        "trust_pending": _tr(
            "Unlock the phone and tap Trust on the 'Trust This Computer?' dialog, "
            "then read it again."
        ),
        "trust_denied": _tr("Unplug the phone, plug it in again and tap Trust."),
        "not_paired": _tr("Unplug the phone, plug it in again, unlock it and tap Trust."),
        "unauthorized": _tr(
            "Accept this computer on the phone ('Allow USB debugging?'), then read it again."
        ),
        "disconnected": _tr("Plug it in again and read it again: nothing was recorded."),
        "bad_answer": _tr(
            "Read it again; if it happens again, note the phone's model in the audit."
        ),
    }
    return headlines.get(error.reason, _tr("The phone could not be read")), steps.get(
        error.reason, str(error)
    )


def explain(error: BaseException) -> tuple[str, str]:
    """(title, message) for any error a page gets back from the services."""
    if isinstance(error, DeviceError):
        return device_instruction(error)
    if isinstance(error, LabError):
        return _tr("Not done"), str(error)
    log.error("unexpected error in the window", exc_info=error)
    return _tr("Something went wrong"), _tr(
        "{error}\n\nNothing half-done was saved. The details are in the log file "
        "(labapp --version shows where)."
    ).format(error=error)


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A window-modal message that does not block the event loop (tests find it open)."""
    title, text = explain(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.open()
    return box
