"""A simulated usbmuxd on 127.0.0.1 with lockdownd and the diagnostics relay behind it.

Speaks the usbmuxd plist protocol (16-byte little-endian header: length, version 1,
message 8, tag) and, after a Connect, lockdownd's 4-byte big-endian length + plist
framing, so that pymobiledevice3 runs unchanged (USBMUXD_SOCKET_ADDRESS=127.0.0.1:PORT).
Sessions answer EnableSessionSSL/EnableServiceSSL false: the client then stays in
plain text, which a real iPhone never allows; everything else is as a phone answers.
Refusals can be injected: locked (PasswordProtected), trust pending, trust denied.

Phones are attached and detached from any thread; usbmuxd numbers each attachment
with a new DeviceID, as the real daemon does, so two iPhones never share one.
"""

from __future__ import annotations

import itertools
import plistlib
import socket
import struct
from dataclasses import dataclass, field
from typing import Any

from devices.simulated.daemon import LoopbackDaemon

LOCKDOWN_PORT = 62078
DIAGNOSTICS_PORT = 49152


@dataclass
class SimulatedIPhone:
    udid: str
    values: dict[str, Any]
    domains: dict[str, dict[str, Any]] = field(default_factory=dict)
    # IORegistry answers by EntryClass or EntryName.
    ioregistry: dict[str, dict[str, Any]] = field(default_factory=dict)
    # None: iOS 17.4+ (MobileGestalt deprecated).
    mobilegestalt: dict[str, Any] | None = None
    # None, "PasswordProtected", "PairingDialogResponsePending" or "UserDeniedPairing".
    refusal: str | None = None
    paired: bool = True
    # Drop the connection after this many diagnostics requests (unplugged mid-read).
    vanish_after: int | None = None
    # Answer diagnostics requests with bytes that are not a plist.
    garbage: bool = False
    # Given by the daemon when the phone is attached, as usbmuxd numbers each connection.
    device_id: int = 0
    requests: list[str] = field(default_factory=list)


def _rsa_public_key_pem() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.PKCS1
    )


class SimulatedUsbmuxd(LoopbackDaemon):
    def __init__(self) -> None:
        self.phones: dict[str, SimulatedIPhone] = {}
        self._device_ids = itertools.count(1)
        super().__init__("sim-usbmuxd")
        self.address = f"127.0.0.1:{self.port}"

    def attach(self, phone: SimulatedIPhone) -> None:
        with self._lock:
            phone.device_id = next(self._device_ids)
            self.phones[phone.udid] = phone
            self._publish(_mux_message(_attached(phone), 0))

    def detach(self, udid: str) -> None:
        with self._lock:
            phone = self.phones.pop(udid, None)
            if phone:
                detached = {"MessageType": "Detached", "DeviceID": phone.device_id}
                self._publish(_mux_message(detached, 0))

    # -- usbmuxd ---------------------------------------------------------------
    def _handle(self, connection: socket.socket) -> bool:
        request, tag = _read_mux(connection)
        kind = request.get("MessageType")
        if kind == "ReadBUID":
            _send_mux(connection, {"BUID": "00000000-1111-2222-3333-444444444444"}, tag)
        elif kind == "ListDevices":
            with self._lock:
                items = [_attached(p) for p in self.phones.values()]
            _send_mux(connection, {"DeviceList": items}, tag)
        elif kind == "Listen":
            self._subscribe(connection, lambda: self._listen_answer(tag))
            return True
        elif kind == "ReadPairRecord":
            with self._lock:
                found = self.phones.get(request.get("PairRecordID", ""))
            if found is None or not found.paired:
                _send_mux(connection, {"MessageType": "Result", "Number": 2}, tag)
            else:
                record = plistlib.dumps({"HostID": "SIM-HOST", "SystemBUID": "SIM-BUID"})
                _send_mux(connection, {"PairRecordData": record}, tag)
        elif kind == "SavePairRecord":
            _send_mux(connection, {"MessageType": "Result", "Number": 0}, tag)
        elif kind == "Connect":
            self._connect(connection, request, tag)
        else:
            _send_mux(connection, {"MessageType": "Result", "Number": 1}, tag)
        return False

    def _listen_answer(self, tag: int) -> bytes:
        # Like usbmuxd: phones already attached are announced at once.
        answer = _mux_message({"MessageType": "Result", "Number": 0}, tag)
        return answer + b"".join(_mux_message(_attached(p), 0) for p in self.phones.values())

    def _connect(self, connection: socket.socket, request: dict[str, Any], tag: int) -> None:
        port = socket.ntohs(request["PortNumber"])
        with self._lock:
            phone = next(
                (p for p in self.phones.values() if p.device_id == request["DeviceID"]), None
            )
        if phone is None or port not in (LOCKDOWN_PORT, DIAGNOSTICS_PORT):
            _send_mux(connection, {"MessageType": "Result", "Number": 3}, tag)
            return
        _send_mux(connection, {"MessageType": "Result", "Number": 0}, tag)
        if port == LOCKDOWN_PORT:
            self._lockdown(connection, phone)
        else:
            self._diagnostics(connection, phone)

    # -- lockdownd -------------------------------------------------------------
    def _lockdown(self, connection: socket.socket, phone: SimulatedIPhone) -> None:
        while True:
            request = _read_framed(connection)
            if request is None:
                return
            name = request.get("Request")
            phone.requests.append(f"lockdown:{name}")
            reply: dict[str, Any] = {"Request": name}
            if name == "QueryType":
                reply["Type"] = "com.apple.mobile.lockdown"
            elif name == "GetValue":
                domain, key = request.get("Domain"), request.get("Key")
                if key == "DevicePublicKey":
                    reply["Value"] = _rsa_public_key_pem()
                elif domain:
                    reply["Value"] = phone.domains.get(domain, {})
                elif key:
                    reply["Value"] = phone.values.get(key)
                else:
                    reply["Value"] = phone.values
            elif name == "StartSession":
                if phone.refusal == "PasswordProtected":
                    reply["Error"] = "PasswordProtected"
                else:
                    reply.update(SessionID="SIM-SESSION", EnableSessionSSL=False)
            elif name == "Pair":
                if phone.refusal in (
                    "PairingDialogResponsePending",
                    "UserDeniedPairing",
                    "PasswordProtected",
                ):
                    reply["Error"] = phone.refusal
                else:
                    phone.paired = True
                    reply["EscrowBag"] = b"sim"
            elif name == "StartService":
                reply.update(
                    Service=request.get("Service"), Port=DIAGNOSTICS_PORT, EnableServiceSSL=False
                )
            else:
                reply["Error"] = "UnknownRequest"
            _send_framed(connection, reply)

    # -- diagnostics relay -----------------------------------------------------
    def _diagnostics(self, connection: socket.socket, phone: SimulatedIPhone) -> None:
        served = 0
        while True:
            request = _read_framed(connection)
            if request is None:
                return
            served += 1
            if phone.vanish_after is not None and served > phone.vanish_after:
                self.detach(phone.udid)
                return
            name = request.get("Request")
            phone.requests.append(f"diagnostics:{name}")
            if phone.garbage:
                body = b"\x00garbage, not a property list\xff"
                connection.sendall(struct.pack(">I", len(body)) + body)
                continue
            if name == "IORegistry":
                wanted = request.get("EntryClass") or request.get("EntryName") or ""
                entry = phone.ioregistry.get(wanted)
                reply = {"Status": "Success", "Diagnostics": {"IORegistry": entry or {}}}
            elif name == "MobileGestalt":
                reply = {
                    "Status": "Success",
                    "Diagnostics": {"MobileGestalt": _gestalt(phone, request)},
                }
            else:
                reply = {"Status": "Failure"}
            _send_framed(connection, reply)


def _attached(phone: SimulatedIPhone) -> dict[str, Any]:
    return {
        "MessageType": "Attached",
        "DeviceID": phone.device_id,
        "Properties": {
            "ConnectionType": "USB",
            "SerialNumber": phone.udid,
            "DeviceID": phone.device_id,
            "ProductID": 0x12A8,
            "LocationID": 0x14100000,
            "ConnectionSpeed": 480000000,
        },
    }


def _gestalt(phone: SimulatedIPhone, request: dict[str, Any]) -> dict[str, Any]:
    if phone.mobilegestalt is None:
        return {"Status": "MobileGestaltDeprecated"}
    keys = request.get("MobileGestaltKeys") or list(phone.mobilegestalt)
    answers = {k: phone.mobilegestalt[k] for k in keys if k in phone.mobilegestalt}
    return {"Status": "Success", **answers}


def _read_exactly(connection: socket.socket, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _read_mux(connection: socket.socket) -> tuple[dict[str, Any], int]:
    header = _read_exactly(connection, 16)
    if header is None:
        raise ValueError("closed")
    length, _version, _message, tag = struct.unpack("<IIII", header)
    body = _read_exactly(connection, length - 16) or b""
    return plistlib.loads(body), tag


def _mux_message(message: dict[str, Any], tag: int) -> bytes:
    body = plistlib.dumps(message)
    return struct.pack("<IIII", 16 + len(body), 1, 8, tag) + body


def _send_mux(connection: socket.socket, message: dict[str, Any], tag: int) -> None:
    connection.sendall(_mux_message(message, tag))


def _read_framed(connection: socket.socket) -> dict[str, Any] | None:
    header = _read_exactly(connection, 4)
    if header is None:
        return None
    body = _read_exactly(connection, struct.unpack(">I", header)[0])
    return plistlib.loads(body) if body is not None else None


def _send_framed(connection: socket.socket, message: dict[str, Any]) -> None:
    body = plistlib.dumps(message)
    connection.sendall(struct.pack(">I", len(body)) + body)
