"""The Samsung modem port (USB vendor id 04E8): identity through AT+DEVCONINFO.

Only the read-only commands in `READ_ONLY_COMMANDS` are ever sent. Several AT
commands reboot, reset or change a phone (AT+CFUN, AT+FACTORST, AT+SWATD and
others); `send_read_only` refuses anything not listed here.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Protocol

from devices.errors import BadAnswer, DeviceDisconnected
from devices.models import find_model
from devices.reading import Identity, Reading

SAMSUNG_VENDOR_ID = 0x04E8

# The complete list of what labapp may send to a modem port.
READ_ONLY_COMMANDS = frozenset({"AT", "AT+DEVCONINFO"})

_FIELD = re.compile(r"([A-Z]+)\(([^()]*)\)")


class SerialLike(Protocol):
    def write(self, data: bytes) -> int | None: ...
    def read_until(self, expected: bytes = ..., size: int | None = ...) -> bytes: ...
    def reset_input_buffer(self) -> None: ...


def parse_devconinfo(answer: str) -> dict[str, str]:
    """`+DEVCONINFO: MN(SM-G991B);...;SN(R58...);IMEI(35...);...` to {"MN": ..., ...}."""
    line = next((part for part in answer.splitlines() if "+DEVCONINFO:" in part), None)
    if line is None:
        raise BadAnswer(f"no +DEVCONINFO line in the modem's answer {answer[:80]!r}")
    fields = {key: value.strip() for key, value in _FIELD.findall(line)}
    if "MN" not in fields:
        raise BadAnswer(f"+DEVCONINFO without a model (MN): {line[:120]!r}")
    return fields


def send_read_only(port: SerialLike, command: str, timeout_marker: bytes = b"OK\r\n") -> str:
    if command not in READ_ONLY_COMMANDS:
        raise ValueError(f"{command!r} is not a read-only command labapp may send")
    port.reset_input_buffer()
    port.write(command.encode("ascii") + b"\r\n")
    answer = port.read_until(timeout_marker, 4096)
    if not answer:
        raise DeviceDisconnected(f"the modem port did not answer {command}")
    text = answer.decode("ascii", errors="replace")
    if "ERROR" in text and "OK" not in text:
        raise BadAnswer(f"the modem refused {command}: {text.strip()[:80]}")
    return text


def reading_from_answer(answer: str, read_at: datetime) -> Reading:
    fields = parse_devconinfo(answer)
    reading = Reading(platform="samsung-modem", read_at=read_at)
    imei = fields.get("IMEI", "")
    reading.identity = Identity(
        manufacturer="Samsung",
        model_identifier=fields.get("MN"),
        serial=fields.get("SN") or None,
        imei=[imei] if imei else [],
        os_version=fields.get("VER") or None,
    )
    model = find_model("android", fields.get("MN"))
    if model is not None:
        reading.identity.marketing_name = model.marketing_name
        reading.screen.factory_technology = model.factory_screen
    else:
        reading.warn(f"model {fields.get('MN')} is not in the model table")
    reading.raw["AT+DEVCONINFO"] = answer
    reading.warn(
        "the modem port gives identity only: battery, screen, parts and locks "
        "need adb or the technician"
    )
    return reading


def read_modem(port: SerialLike) -> Reading:
    return reading_from_answer(
        send_read_only(port, "AT+DEVCONINFO"), datetime.now(UTC).astimezone()
    )


def modem_ports() -> list[str]:
    """Serial ports of Samsung phones (USB vendor id 04E8)."""
    from serial.tools import list_ports

    return sorted(port.device for port in list_ports.comports() if port.vid == SAMSUNG_VENDOR_ID)


def read_modem_port(url: str, timeout: float = 3.0) -> Reading:
    """Read a modem at a serial port or a pyserial URL such as socket://host:port."""
    import serial

    try:
        port = serial.serial_for_url(url, baudrate=115200, timeout=timeout)
    except (serial.SerialException, ValueError) as error:
        raise DeviceDisconnected(f"cannot open the modem port {url}: {error}") from error
    try:
        return read_modem(port)
    except serial.SerialException as error:
        raise DeviceDisconnected(f"the modem port {url} went away: {error}") from error
    finally:
        port.close()
