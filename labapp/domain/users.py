"""The people who work in the lab."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from labapp.domain.choices import parse_choice
from labapp.domain.errors import InvalidInput, words


class LabRole(StrEnum):
    TECHNICIAN = "technician"
    AUDITOR = "auditor"
    QUALITY_MANAGER = "quality_manager"
    ADMINISTRATOR = "administrator"


def parse_role(raw: str) -> LabRole:
    return parse_choice(LabRole, raw, words("role"))


@dataclass(frozen=True)
class LabUser:
    name: str
    role: LabRole
    active: bool = True

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidInput("a lab user needs a name")
        if len(self.name) > 80:
            raise InvalidInput(
                "user name {name!r}... is longer than 80 characters", name=self.name[:20]
            )
