"""Why a phone could not be read, each with its own message and exit code.

The message says what the technician must do; the exit code lets scripts
tell the cases apart. A partial reading is never reported as complete: a
device that goes away mid-read raises `DeviceDisconnected`.
"""

from __future__ import annotations


class DeviceError(Exception):
    """A device problem (exit code 3 on the command line)."""

    exit_code = 3
    advice = ""

    def __init__(self, message: str) -> None:
        super().__init__(message + (f" — {self.advice}" if self.advice else ""))


class NoDaemon(DeviceError):
    advice = "start usbmuxd (iPhone) or the adb server (Android), or plug a phone in"


class NoDevice(DeviceError):
    advice = "plug the phone in with a data cable and unlock it"


class SeveralDevices(DeviceError):
    advice = "choose one with --id"


class DeviceLocked(DeviceError):
    advice = "unlock the phone with its passcode, then read it again"


class TrustPending(DeviceError):
    advice = "unlock the phone and tap Trust on the 'Trust This Computer?' dialog"


class TrustDenied(DeviceError):
    advice = "the phone refused this computer: unplug it, plug it in again and tap Trust"


class NotPaired(DeviceError):
    advice = "unplug the phone, plug it in again, unlock it and tap Trust"


class Unauthorized(DeviceError):
    advice = "accept this computer on the phone (the 'Allow USB debugging?' dialog)"


class DeviceDisconnected(DeviceError):
    advice = "the phone went away during the reading: plug it in again; nothing was recorded"


class BadAnswer(DeviceError):
    """The device answered something this reader cannot understand."""
