"""The JSON form of a device reading (labapp.device-reading/1), checked field by field."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StrictBool, StrictInt

from labapp.domain.device_reading import (
    BatteryReading,
    DeviceIdentity,
    DeviceReading,
    LockReading,
    PartReading,
    PartStatus,
    Platform,
    ScreenReading,
    ScreenTechnology,
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IdentityModel(_Strict):
    manufacturer: str | None = None
    model_identifier: str | None = None
    marketing_name: str | None = None
    serial: str | None = None
    imei: list[str] = []
    os_version: str | None = None
    storage_gb: StrictInt | None = Field(default=None, ge=1)


class BatteryModel(_Strict):
    health_percent: float | None = Field(default=None, ge=0, le=150)
    health_source: str | None = None
    cycle_count: StrictInt | None = Field(default=None, ge=0)
    design_capacity_mah: StrictInt | None = Field(default=None, ge=0)
    full_charge_capacity_mah: StrictInt | None = Field(default=None, ge=0)
    serial: str | None = None


class ScreenModel(_Strict):
    factory_technology: ScreenTechnology | None = None
    fitted_technology: ScreenTechnology | None = None


class PartModel(_Strict):
    part: str
    status: PartStatus
    source: str | None = None


class LocksModel(_Strict):
    activation_lock: StrictBool | None = None
    mdm: StrictBool | None = None
    carrier_lock: StrictBool | None = None


class DeviceReadingModel(_Strict):
    format: Literal["labapp.device-reading/1"] = "labapp.device-reading/1"
    platform: Platform
    read_at: AwareDatetime | None = None
    identity: IdentityModel = IdentityModel()
    battery: BatteryModel = BatteryModel()
    screen: ScreenModel = ScreenModel()
    parts: list[PartModel] = []
    locks: LocksModel = LocksModel()
    warnings: list[str] = []
    raw: dict[str, Any] = {}

    def to_domain(self) -> DeviceReading:
        return DeviceReading(
            platform=self.platform,
            read_at=self.read_at,
            identity=DeviceIdentity(
                **{**self.identity.model_dump(), "imei": tuple(self.identity.imei)}
            ),
            battery=BatteryReading(**self.battery.model_dump()),
            screen=ScreenReading(**self.screen.model_dump()),
            parts=tuple(PartReading(p.part, p.status, p.source) for p in self.parts),
            locks=LockReading(**self.locks.model_dump()),
            warnings=tuple(self.warnings),
            raw=dict(self.raw),
        )


def reading_to_json(reading: DeviceReading) -> dict[str, Any]:
    """The reading as labapp.device-reading/1 JSON (what is stored as evidence)."""
    model = DeviceReadingModel(
        platform=reading.platform,
        read_at=reading.read_at,
        identity=IdentityModel(
            **{**reading.identity.__dict__, "imei": list(reading.identity.imei)}
        ),
        battery=BatteryModel(**reading.battery.__dict__),
        screen=ScreenModel(**reading.screen.__dict__),
        parts=[PartModel(part=p.part, status=p.status, source=p.source) for p in reading.parts],
        locks=LocksModel(**reading.locks.__dict__),
        warnings=list(reading.warnings),
        raw=reading.raw,
    )
    return model.model_dump(mode="json")
