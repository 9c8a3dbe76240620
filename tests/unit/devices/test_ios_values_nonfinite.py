"""A phone answering "inf" or "nan" for a capacity gives no figure, not a crash."""

from __future__ import annotations

import pytest

from devices.ios.values import battery_from_ioregistry


@pytest.mark.parametrize("odd", [float("inf"), float("nan"), "inf", "-inf", "nan", "1e999"])
def test_non_finite_capacities_give_no_figure(odd):
    battery, warnings = battery_from_ioregistry(
        {"DesignCapacity": odd, "NominalChargeCapacity": odd, "CycleCount": odd}
    )
    assert battery.health_percent is None and battery.cycle_count is None
    assert warnings
