"""Who is at the bench: chosen at start, shown in the status bar, asked by every page."""

from __future__ import annotations

from dataclasses import dataclass

from labapp.domain.permissions import Action, may
from labapp.domain.users import LabRole


@dataclass(frozen=True)
class BenchSession:
    user: str
    role: LabRole

    def may(self, action: Action) -> bool:
        return may(self.role, action)
