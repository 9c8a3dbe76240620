"""A simulated adb server: the adb host protocol on 127.0.0.1, answering from recordings.

Speaks what adbutils sends (4-hex-digit length + request; OKAY/FAIL replies):
host:version, host:devices[-l], host:track-devices, host:tport:serial:S (OKAY + 8-byte
transport id), host-serial:S:get-state, then shell:COMMAND (output until close). Phones
can be attached, detached, marked unauthorized, or made to vanish in the middle of a read,
from any thread.
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass, field

from devices.simulated.daemon import LoopbackDaemon


@dataclass
class SimulatedPhone:
    serial: str
    state: str = "device"
    model: str = "phone"
    # shell command -> output; a command not listed answers like a missing binary.
    answers: dict[str, str] = field(default_factory=dict)
    # After this many shell commands the phone "is unplugged" (connection dropped).
    vanish_after: int | None = None
    commands_seen: list[str] = field(default_factory=list)


class SimulatedAdbServer(LoopbackDaemon):
    def __init__(self) -> None:
        self.phones: dict[str, SimulatedPhone] = {}
        super().__init__("sim-adb")

    # -- controls --------------------------------------------------------------
    def attach(self, phone: SimulatedPhone) -> None:
        with self._lock:
            self.phones[phone.serial] = phone
            self._publish(_block(self._device_list(False)))

    def detach(self, serial: str) -> None:
        with self._lock:
            self.phones.pop(serial, None)
            self._publish(_block(self._device_list(False)))

    # -- protocol ------------------------------------------------------------
    def _device_list(self, extended: bool) -> str:
        """The phones as `adb devices` prints them; the caller holds the lock."""
        lines = []
        for phone in self.phones.values():
            extra = (
                f" product:{phone.model} model:{phone.model} device:{phone.model} transport_id:1"
                if extended and phone.state == "device"
                else ""
            )
            lines.append(f"{phone.serial}\t{phone.state}{extra}")
        return "".join(line + "\n" for line in lines)

    def _handle(self, connection: socket.socket) -> bool:
        request = _read_request(connection)
        if request is None:
            return False
        if request == "host:version":
            connection.sendall(b"OKAY" + _block("0029"))
        elif request in ("host:devices", "host:devices-l"):
            with self._lock:
                listed = self._device_list(request.endswith("-l"))
            connection.sendall(b"OKAY" + _block(listed))
        elif request == "host:track-devices":
            self._subscribe(connection, lambda: b"OKAY" + _block(self._device_list(False)))
            return True
        elif request.startswith("host:tport:serial:"):
            self._transport(connection, request.removeprefix("host:tport:serial:"))
        elif request.startswith("host-serial:") and request.endswith(":get-state"):
            phone = self._phone(connection, request.split(":")[1])
            if phone:
                connection.sendall(b"OKAY" + _block(phone.state))
        else:
            _fail(connection, f"unknown host service {request!r}")
        return False

    def _phone(self, connection: socket.socket, serial: str) -> SimulatedPhone | None:
        with self._lock:
            phone = self.phones.get(serial)
        if phone is None:
            _fail(connection, f"device '{serial}' not found")
            return None
        if phone.state == "unauthorized":
            _fail(
                connection,
                "device unauthorized.\nThis adb server's $ADB_VENDOR_KEYS is "
                "not set\nTry 'adb kill-server' if that seems wrong.\n"
                "Otherwise check for a confirmation dialog on your device.",
            )
            return None
        return phone

    def _transport(self, connection: socket.socket, serial: str) -> None:
        phone = self._phone(connection, serial)
        if phone is None:
            return
        connection.sendall(b"OKAY" + struct.pack("<Q", 1))
        request = _read_request(connection)
        if request is None or not request.startswith("shell:"):
            _fail(connection, f"unsupported service {request!r}")
            return
        command = request.removeprefix("shell:")
        phone.commands_seen.append(command)
        if phone.vanish_after is not None and len(phone.commands_seen) > phone.vanish_after:
            # Unplugged: the transport goes away without an answer.
            self.detach(serial)
            return
        connection.sendall(b"OKAY")
        output = phone.answers.get(command)
        if output is None:
            output = f"/system/bin/sh: {command.split()[0]}: not found\n"
        connection.sendall(output.encode("utf-8"))


def _block(text: str) -> bytes:
    data = text.encode("utf-8")
    return f"{len(data):04x}".encode() + data


def _fail(connection: socket.socket, message: str) -> None:
    connection.sendall(b"FAIL" + _block(message))


def _read_request(connection: socket.socket) -> str | None:
    header = _read_exactly(connection, 4)
    if not header:
        return None
    return _read_exactly(connection, int(header, 16)).decode("utf-8")


def _read_exactly(connection: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            return data
        data += chunk
    return data
