"""Storage sizes as they are marketed (64, 128, 256 GB...), from what a phone reports."""

from __future__ import annotations

import math
from typing import Any

MARKETED_STORAGE_GB = (8, 16, 32, 64, 128, 256, 512, 1024, 2048)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def marketed_storage_gb(total_bytes: Any) -> int | None:
    """The marketed size (64, 128, ... GB) nearest to a disk's capacity in bytes."""
    size = _number(total_bytes)
    if not size or not math.isfinite(size) or size <= 0:
        return None
    gigabytes = size / 1e9
    return min(MARKETED_STORAGE_GB, key=lambda marketed: abs(math.log(gigabytes / marketed)))


def storage_from_df(df_output: str) -> int | None:
    """The marketed size from `df -k /data` (the user partition is most of the flash)."""
    for line in df_output.splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[-1] == "/data" and fields[1].isdigit():
            return marketed_storage_gb(int(fields[1]) * 1024)
    return None
