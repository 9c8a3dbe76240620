"""Declared, typed lab settings, stored in the shared database.

Each setting is declared once with its type, bounds and default; the stored
text is parsed and checked on every read, so a bad value in the database
falls back to the default with a warning instead of breaking a rule.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from labapp.domain.errors import InvalidInput, NotFound
from labapp.domain.logistics import LogisticsPolicy
from labapp.services.ports import UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IntSetting:
    name: str
    default: int
    minimum: int
    maximum: int
    description: str

    def parse(self, raw: str) -> int:
        try:
            value = int(raw.strip())
        except ValueError:
            raise InvalidInput(f"setting {self.name}: {raw!r} is not a whole number") from None
        if not self.minimum <= value <= self.maximum:
            raise InvalidInput(
                f"setting {self.name}: {value} is outside {self.minimum}..{self.maximum}"
            )
        return value


DECLARED_SETTINGS: dict[str, IntSetting] = {
    s.name: s
    for s in (
        IntSetting(
            "logistics.order_cutoff_hour",
            13,
            0,
            24,
            "Orders placed at or after this local hour count from the next business day.",
        ),
        IntSetting(
            "logistics.ship_within_business_days",
            1,
            0,
            30,
            "Business days after the effective order day by which the seller must ship.",
        ),
        IntSetting(
            "logistics.deliver_within_days",
            5,
            0,
            60,
            "Calendar days between order and delivery allowed to the seller.",
        ),
    )
}


@dataclass(frozen=True)
class SettingView:
    name: str
    value: int
    default: int
    description: str


class LabSettingsService:
    def __init__(self, unit_of_work: UnitOfWorkFactory) -> None:
        self._uow = unit_of_work

    def _values(self) -> dict[str, int]:
        with self._uow() as uow:
            stored = uow.settings.load()
        values: dict[str, int] = {}
        for name, spec in DECLARED_SETTINGS.items():
            values[name] = spec.default
            if name in stored:
                try:
                    values[name] = spec.parse(stored[name])
                except InvalidInput as problem:
                    log.warning("ignoring stored setting: %s", problem)
        return values

    def list_settings(self) -> list[SettingView]:
        values = self._values()
        return [
            SettingView(name, values[name], spec.default, spec.description)
            for name, spec in DECLARED_SETTINGS.items()
        ]

    def set_setting(self, name: str, raw_value: str) -> SettingView:
        spec = DECLARED_SETTINGS.get(name)
        if spec is None:
            known = ", ".join(DECLARED_SETTINGS)
            raise NotFound(f"no setting {name!r}; the settings are: {known}")
        value = spec.parse(raw_value)
        if name.startswith("logistics."):
            # Check the combination too, as the rules will see it.
            current = self._values() | {name: value}
            _policy_from(current)
        with self._uow() as uow:
            uow.settings.store(name, str(value))
            uow.commit()
        log.info("setting %s = %s", name, value)
        return SettingView(name, value, spec.default, spec.description)

    def logistics_policy(self) -> LogisticsPolicy:
        return _policy_from(self._values())


def _policy_from(values: dict[str, int]) -> LogisticsPolicy:
    return LogisticsPolicy(
        order_cutoff_hour=values["logistics.order_cutoff_hour"],
        ship_within_business_days=values["logistics.ship_within_business_days"],
        deliver_within_days=values["logistics.deliver_within_days"],
    )
