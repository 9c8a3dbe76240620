"""Declared, typed lab settings, stored in the shared database.

Each setting is declared once with its type, bounds and default; the stored
text is parsed and checked on every read, so a bad value in the database
falls back to the default with a warning instead of breaking a rule.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from labapp.domain.errors import InvalidInput, NotFound
from labapp.domain.logistics import LogisticsPolicy
from labapp.domain.permissions import Action
from labapp.services.access import AccessGate
from labapp.services.ports import UnitOfWorkFactory
from labapp.services.recording import record_event

log = logging.getLogger(__name__)

LAB_NAME = "lab.name"
LAB_ADDRESS = "lab.address"
# The English report catalog's "lab_name": the name a lab has until it sets its own.
CATALOG_LAB_NAME = "Marketplace Quality Lab"


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
            raise InvalidInput(
                "setting {name}: {raw!r} is not a whole number", name=self.name, raw=raw
            ) from None
        if not self.minimum <= value <= self.maximum:
            raise InvalidInput(
                "setting {name}: {value} is outside {minimum}..{maximum}",
                name=self.name,
                value=value,
                minimum=self.minimum,
                maximum=self.maximum,
            )
        return value


@dataclass(frozen=True)
class TextSetting:
    """Free text printed on reports: trimmed, bounded, no control characters."""

    name: str
    default: str
    description: str
    max_length: int
    max_lines: int = 1
    max_line_length: int = 80
    required: bool = True

    def parse(self, raw: str) -> str:
        # Blank lines and spaces around lines are typing accidents, never part of a letterhead.
        lines = [line.strip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        text = "\n".join(line for line in lines if line)
        if not text and self.required:
            raise InvalidInput("setting {name} cannot be empty", name=self.name)
        if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in text.replace("\n", "")):
            raise InvalidInput(
                "setting {name} holds a control character (a tab?); type plain text",
                name=self.name,
            )
        count = text.count("\n") + 1 if text else 0
        if count > self.max_lines:
            if self.max_lines == 1:
                raise InvalidInput(
                    "setting {name}: {count} lines, it must fit on one line",
                    name=self.name,
                    count=count,
                )
            raise InvalidInput(
                "setting {name}: {count} lines, it must fit on at most {max_lines} lines",
                name=self.name,
                count=count,
                max_lines=self.max_lines,
            )
        if len(text) > self.max_length:
            raise InvalidInput(
                "setting {name}: {length} characters, at most {max_length}",
                name=self.name,
                length=len(text),
                max_length=self.max_length,
            )
        longest = max((len(line) for line in text.split("\n")), default=0)
        if longest > self.max_line_length:
            raise InvalidInput(
                "setting {name}: a line of {longest} characters, "
                "at most {max_line_length} per line",
                name=self.name,
                longest=longest,
                max_line_length=self.max_line_length,
            )
        return text


Setting = IntSetting | TextSetting

DECLARED_SETTINGS: dict[str, Setting] = {
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
        # 70 characters still fit beside the report number in the PDF's running header.
        TextSetting(
            LAB_NAME,
            CATALOG_LAB_NAME,
            "The lab's name on every report's letterhead; until set, each report names the lab "
            "in its own language.",
            max_length=70,
            max_line_length=70,
        ),
        TextSetting(
            LAB_ADDRESS,
            "",
            "The lab's postal address under the name on the first page of reports.",
            max_length=240,
            max_lines=5,
            required=False,
        ),
    )
}


@dataclass(frozen=True)
class SettingView:
    name: str
    value: int | str
    default: int | str
    description: str


@dataclass(frozen=True)
class Letterhead:
    """Who issues the reports. ``name`` is None until the lab sets its own: the report
    then prints the catalog's name for the lab in the report's language."""

    name: str | None
    address: str = ""

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(line for line in self.address.split("\n") if line)


def permission_for(setting: str) -> Action:
    """The logistics deadlines are sanction policy (the quality manager's); the rest are
    the lab's settings (the administrator's)."""
    return Action.EDIT_POLICY if setting.startswith("logistics.") else Action.MANAGE_SETTINGS


class LabSettingsService:
    def __init__(self, unit_of_work: UnitOfWorkFactory, gate: AccessGate) -> None:
        self._uow = unit_of_work
        self._gate = gate

    def _stored(self) -> dict[str, int | str]:
        """The settings the lab has set, each valid; a bad stored value is ignored."""
        with self._uow() as uow:
            stored = uow.settings.load()
        values: dict[str, int | str] = {}
        for name, spec in DECLARED_SETTINGS.items():
            if name in stored:
                try:
                    values[name] = spec.parse(stored[name])
                except InvalidInput as problem:
                    log.warning("ignoring stored setting: %s", problem)
        return values

    def _values(self) -> dict[str, int | str]:
        defaults: dict[str, int | str] = {n: s.default for n, s in DECLARED_SETTINGS.items()}
        return defaults | self._stored()

    def list_settings(self) -> list[SettingView]:
        values = self._values()
        return [
            SettingView(name, values[name], spec.default, spec.description)
            for name, spec in DECLARED_SETTINGS.items()
        ]

    def set_setting(self, name: str, raw_value: str) -> SettingView:
        return self.set_settings({name: raw_value})[0]

    def set_settings(self, changes: Mapping[str, str]) -> list[SettingView]:
        """Check every value, then store them all in one transaction, or none."""
        parsed: dict[str, int | str] = {}
        for name, raw_value in changes.items():
            spec = DECLARED_SETTINGS.get(name)
            if spec is None:
                known = ", ".join(DECLARED_SETTINGS)
                raise NotFound(
                    "no setting {name!r}; the settings are: {known}", name=name, known=known
                )
            parsed[name] = spec.parse(raw_value)
        current = self._values()
        changed = {name: value for name, value in parsed.items() if current[name] != value}
        # Only what changes needs the right: a quality manager saving the deadlines
        # beside an untouched letterhead is not changing the letterhead.
        by = ""
        for action in sorted({permission_for(name) for name in changed}):
            by = self._gate.acting(action)
        if any(name.startswith("logistics.") for name in parsed):
            # Check the combination too, as the rules will see it.
            _policy_from(current | parsed)
        with self._uow(writing=True) as uow:
            for name, value in changed.items():
                uow.settings.store(name, str(value))
                record_event(uow, by, "setting", name, "changed",
                             {"value": current[name]}, {"value": value})  # fmt: skip
            uow.commit()
        for name, value in changed.items():
            log.info("setting %s = %r", name, value)
        return [
            SettingView(
                name, value, DECLARED_SETTINGS[name].default, DECLARED_SETTINGS[name].description
            )
            for name, value in parsed.items()
        ]

    def logistics_policy(self) -> LogisticsPolicy:
        return _policy_from(self._values())

    def letterhead(self) -> Letterhead:
        stored = self._stored()
        name = stored.get(LAB_NAME)
        return Letterhead(
            name=str(name) if name is not None else None,
            address=str(stored.get(LAB_ADDRESS, "")),
        )


def _policy_from(values: Mapping[str, int | str]) -> LogisticsPolicy:
    return LogisticsPolicy(
        order_cutoff_hour=int(values["logistics.order_cutoff_hour"]),
        ship_within_business_days=int(values["logistics.ship_within_business_days"]),
        deliver_within_days=int(values["logistics.deliver_within_days"]),
    )
