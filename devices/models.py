"""The model table: marketing name and factory screen technology by model identifier.

Phones never report whether their panel is OLED or LCD; the factory value
comes from this table (resources/models/phone_models.json), and what is
fitted is read where possible or confirmed by the technician.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from resources import resource


@dataclass(frozen=True)
class PhoneModel:
    platform: str
    manufacturer: str
    marketing_name: str
    factory_screen: str  # OLED or LCD


@cache
def _table() -> dict[tuple[str, str], PhoneModel]:
    document = json.loads(resource("models/phone_models.json").read_text(encoding="utf-8"))
    table: dict[tuple[str, str], PhoneModel] = {}
    for entry in document["models"]:
        model = PhoneModel(
            entry["platform"],
            entry["manufacturer"],
            entry["marketing_name"],
            entry["factory_screen"],
        )
        for identifier in entry["identifiers"]:
            table[(entry["platform"], identifier.casefold())] = model
    return table


def find_model(platform: str, *identifiers: str | None) -> PhoneModel | None:
    """The first identifier found wins: ProductType for iPhones; model, then device, on Android."""
    table = _table()
    for identifier in identifiers:
        if identifier:
            found = table.get((platform, identifier.strip().casefold()))
            if found is not None:
                return found
    return None
