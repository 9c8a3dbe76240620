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
from labapp.ui.problem_text import problem_sentence

log = logging.getLogger(__name__)
# Called by this name with a literal context, so that pyside6-lupdate finds each text.
translate = QCoreApplication.translate


def device_instruction(error: DeviceError) -> tuple[str, str]:
    """(headline, what to do) for a phone that could not be read."""
    headlines = {
        "no_daemon": translate("messages", "The phone service is not running"),
        "no_device": translate("messages", "No phone is plugged in"),
        "several_devices": translate("messages", "Several phones are plugged in"),
        "locked": translate("messages", "Unlock the phone"),
        "trust_pending": translate("messages", "Tap Trust on the phone"),
        "trust_denied": translate("messages", "The phone refused this computer"),
        "not_paired": translate("messages", "Pair the phone again"),
        "unauthorized": translate("messages", "Allow USB debugging on the phone"),
        "disconnected": translate("messages", "The phone was unplugged during the reading"),
        "bad_answer": translate("messages", "The phone gave an answer the lab cannot read"),
    }
    steps = {
        "no_daemon": translate(
            "messages",
            "Start usbmuxd (iPhone) or the adb server (Android), then plug the phone in.",
        ),
        "no_device": translate("messages", "Plug the phone in with a data cable and unlock it."),
        "several_devices": translate(
            "messages", "Choose the phone in the list of attached phones, then read it."
        ),
        "locked": translate("messages", "Unlock the phone with its passcode, then read it again."),
        "trust_pending": translate(
            "messages",
            "Unlock the phone and tap Trust on the 'Trust This Computer?' dialog, "
            "then read it again.",
        ),
        "trust_denied": translate("messages", "Unplug the phone, plug it in again and tap Trust."),
        "not_paired": translate(
            "messages", "Unplug the phone, plug it in again, unlock it and tap Trust."
        ),
        "unauthorized": translate(
            "messages",
            "Accept this computer on the phone ('Allow USB debugging?'), then read it again.",
        ),
        "disconnected": translate(
            "messages", "Plug it in again and read it again: nothing was recorded."
        ),
        "bad_answer": translate(
            "messages", "Read it again; if it happens again, note the phone's model in the audit."
        ),
    }
    return headlines.get(
        error.reason, translate("messages", "The phone could not be read")
    ), steps.get(error.reason, str(error))


def explain(error: BaseException) -> tuple[str, str]:
    """(title, message) for any error a page gets back from the services."""
    if isinstance(error, DeviceError):
        return device_instruction(error)
    if isinstance(error, LabError):
        return translate("messages", "Not done"), problem_sentence(error)
    log.error("unexpected error in the window", exc_info=error)
    return translate("messages", "Something went wrong"), translate(
        "messages",
        "{error}\n\nNothing half-done was saved. The details are in the log file "
        "(labapp --version shows where).",
    ).format(error=error)


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A window-modal message that does not block the event loop (tests find it open)."""
    title, text = explain(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    box.open()
    return box
