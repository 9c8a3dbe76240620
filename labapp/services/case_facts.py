"""Facts read straight from a stored case document, without validating it again
(the persistence layer uses these; importing the case model would cost it pydantic)."""

from __future__ import annotations

from typing import Any


def device_imei(document: dict[str, Any]) -> str | None:
    """The first IMEI the case's device reading gave, if any: kept on the order for search."""
    identity = (document.get("device") or {}).get("identity") or {}
    imeis = identity.get("imei") or []
    return str(imeis[0])[:20] if imeis else None
