"""A simulated adb server: the adb host protocol on 127.0.0.1, answering from recordings.

Speaks what adbutils sends (4-hex-digit length + request; OKAY/FAIL replies):
host:version, host:devices[-l], host:track-devices, host:tport:serial:S (OKAY + 8-byte
transport id), host-serial:S:get-state, then shell:COMMAND (output until close). Phones
can be attached, detached, marked unauthorized, or made to vanish in the middle of a read.
"""

from __future__ import annotations

import socket
import struct
import threading
from dataclasses import dataclass, field


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


class SimulatedAdbServer:
    def __init__(self) -> None:
        self.phones: dict[str, SimulatedPhone] = {}
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self._trackers: list[socket.socket] = []
        self._lock = threading.Lock()
        self._stopped = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    # -- test controls -----------------------------------------------------
    def attach(self, phone: SimulatedPhone) -> None:
        with self._lock:
            self.phones[phone.serial] = phone
        self._notify_trackers()

    def detach(self, serial: str) -> None:
        with self._lock:
            self.phones.pop(serial, None)
        self._notify_trackers()

    def close(self) -> None:
        self._stopped = True
        self._listener.close()
        for tracker in self._trackers:
            tracker.close()

    # -- protocol ------------------------------------------------------------
    def _serve(self) -> None:
        while not self._stopped:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    @staticmethod
    def _read_request(connection: socket.socket) -> str | None:
        header = _read_exactly(connection, 4)
        if not header:
            return None
        return _read_exactly(connection, int(header, 16)).decode("utf-8")

    @staticmethod
    def _block(text: str) -> bytes:
        data = text.encode("utf-8")
        return f"{len(data):04x}".encode() + data

    def _fail(self, connection: socket.socket, message: str) -> None:
        connection.sendall(b"FAIL" + self._block(message))
        connection.close()

    def _device_list(self, extended: bool) -> str:
        lines = []
        with self._lock:
            for phone in self.phones.values():
                extra = (
                    f" product:{phone.model} model:{phone.model} device:{phone.model} "
                    f"transport_id:1"
                    if extended and phone.state == "device"
                    else ""
                )
                lines.append(f"{phone.serial}\t{phone.state}{extra}")
        return "".join(line + "\n" for line in lines)

    def _notify_trackers(self) -> None:
        payload = self._block(self._device_list(False))
        for tracker in list(self._trackers):
            try:
                tracker.sendall(payload)
            except OSError:
                self._trackers.remove(tracker)

    def _handle(self, connection: socket.socket) -> None:
        try:
            request = self._read_request(connection)
            if request is None:
                connection.close()
                return
            if request == "host:version":
                connection.sendall(b"OKAY" + self._block("0029"))
                connection.close()
            elif request in ("host:devices", "host:devices-l"):
                connection.sendall(b"OKAY" + self._block(self._device_list(request.endswith("-l"))))
                connection.close()
            elif request == "host:track-devices":
                connection.sendall(b"OKAY" + self._block(self._device_list(False)))
                self._trackers.append(connection)
            elif request.startswith("host:tport:serial:"):
                self._transport(connection, request.removeprefix("host:tport:serial:"))
            elif request.startswith("host-serial:") and request.endswith(":get-state"):
                phone = self._phone(connection, request.split(":")[1])
                if phone:
                    connection.sendall(b"OKAY" + self._block(phone.state))
                    connection.close()
            else:
                self._fail(connection, f"unknown host service {request!r}")
        except OSError:
            connection.close()

    def _phone(self, connection: socket.socket, serial: str) -> SimulatedPhone | None:
        with self._lock:
            phone = self.phones.get(serial)
        if phone is None:
            self._fail(connection, f"device '{serial}' not found")
            return None
        if phone.state == "unauthorized":
            self._fail(
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
        request = self._read_request(connection)
        if request is None or not request.startswith("shell:"):
            self._fail(connection, f"unsupported service {request!r}")
            return
        command = request.removeprefix("shell:")
        phone.commands_seen.append(command)
        if phone.vanish_after is not None and len(phone.commands_seen) > phone.vanish_after:
            # Unplugged: the transport goes away without an answer.
            self.detach(serial)
            connection.close()
            return
        connection.sendall(b"OKAY")
        output = phone.answers.get(command)
        if output is None:
            output = f"/system/bin/sh: {command.split()[0]}: not found\n"
        connection.sendall(output.encode("utf-8"))
        connection.close()


def _read_exactly(connection: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            return data
        data += chunk
    return data
