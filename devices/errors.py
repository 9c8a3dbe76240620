"""Why a phone could not be read, each with its own message and exit code.

The message says what the technician must do; the exit code lets scripts
tell the cases apart. A partial reading is never reported as complete: a
device that goes away mid-read raises `DeviceDisconnected`.
"""

from __future__ import annotations


class DeviceError(Exception):
    """A device problem (exit code 3 on the labapp command line).

    `reason` is a stable word for scripts and logs, one per kind of refusal.
    """

    exit_code = 3
    reason = "device_problem"
    advice = ""

    def __init__(self, message: str) -> None:
        super().__init__(message + (f" — {self.advice}" if self.advice else ""))


class NoDaemon(DeviceError):
    reason = "no_daemon"
    advice = "start usbmuxd (iPhone) or the adb server (Android), or plug a phone in"


class NoDevice(DeviceError):
    reason = "no_device"
    advice = "plug the phone in with a data cable and unlock it"


class SeveralDevices(DeviceError):
    reason = "several_devices"
    advice = "choose one with --id"


class DeviceLocked(DeviceError):
    reason = "locked"
    advice = "unlock the phone with its passcode, then read it again"


class TrustPending(DeviceError):
    reason = "trust_pending"
    advice = "unlock the phone and tap Trust on the 'Trust This Computer?' dialog"


class TrustDenied(DeviceError):
    reason = "trust_denied"
    advice = "the phone refused this computer: unplug it, plug it in again and tap Trust"


class NotPaired(DeviceError):
    reason = "not_paired"
    advice = "unplug the phone, plug it in again, unlock it and tap Trust"


class Unauthorized(DeviceError):
    reason = "unauthorized"
    advice = "accept this computer on the phone (the 'Allow USB debugging?' dialog)"


class DeviceDisconnected(DeviceError):
    reason = "disconnected"
    advice = "the phone went away during the reading: plug it in again; nothing was recorded"


class BadAnswer(DeviceError):
    reason = "bad_answer"
    """The device answered something this reader cannot understand."""
