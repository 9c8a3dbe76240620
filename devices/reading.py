"""A device reading in the `labapp.device-reading/1` format.

A value the device did not give stays None with a warning saying why; the
device's own answers are kept under `raw` so the reading can be parsed again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

READING_FORMAT = "labapp.device-reading/1"


@dataclass
class Identity:
    manufacturer: str | None = None
    model_identifier: str | None = None
    marketing_name: str | None = None
    serial: str | None = None
    imei: list[str] = field(default_factory=list)
    os_version: str | None = None
    storage_gb: int | None = None


@dataclass
class Battery:
    health_percent: float | None = None
    health_source: str | None = None
    cycle_count: int | None = None
    design_capacity_mah: int | None = None
    full_charge_capacity_mah: int | None = None
    serial: str | None = None


@dataclass
class Screen:
    factory_technology: str | None = None
    fitted_technology: str | None = None


@dataclass
class Part:
    part: str
    status: str  # genuine, unknown, replaced or unreadable
    source: str | None = None


@dataclass
class Locks:
    activation_lock: bool | None = None
    mdm: bool | None = None
    carrier_lock: bool | None = None


@dataclass
class Reading:
    platform: str  # ios, android or samsung-modem
    read_at: datetime
    identity: Identity = field(default_factory=Identity)
    battery: Battery = field(default_factory=Battery)
    screen: Screen = field(default_factory=Screen)
    parts: list[Part] = field(default_factory=list)
    locks: Locks = field(default_factory=Locks)
    warnings: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    def section(self, name: str, kind: type) -> Any:
        """A part of `raw` of the expected type; a stored reading edited by hand may not be."""
        value = self.raw.get(name)
        if value is None:
            return kind()
        if not isinstance(value, kind):
            self.warn(f"raw {name} is not a {kind.__name__}: ignored")
            return kind()
        return value

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def to_json(self) -> dict[str, Any]:
        document = asdict(self)
        document["read_at"] = self.read_at.isoformat()
        return {"format": READING_FORMAT, **document}
