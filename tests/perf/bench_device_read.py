"""Benchmark: what labapp adds to the library calls when reading a phone.

Simulated daemons (the test simulators) answer with recorded phones; the real
pymobiledevice3 and adbutils talk to them. For each kind, the time of the
library calls alone (collecting the raw answers) is compared with the whole
attach-to-reading path (listing, choosing, collecting, parsing, model table).
Target from the device issue: under 0.5 s added.

    .venv/bin/python -m tests.perf.bench_device_read
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 15


def _median(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="labapp-bench-xdg-")
    os.environ["ADBUTILS_ADB_PATH"] = "/bin/false"

    from devices.simulated.adb_server import SimulatedAdbServer
    from devices.simulated.usbmuxd import SimulatedUsbmuxd
    from tests.integration.test_android_over_adb import galaxy
    from tests.integration.test_iphone_over_usbmux import UDID, iphone

    mux, adb = SimulatedUsbmuxd(), SimulatedAdbServer()
    os.environ["USBMUXD_SOCKET_ADDRESS"] = mux.address
    os.environ["ANDROID_ADB_SERVER_PORT"] = str(adb.port)
    mux.attach(iphone())
    adb.attach(galaxy())

    import adbutils

    from devices.android.collector import collect_raw, read_android
    from devices.device_loop import DeviceLoop
    from devices.ios.collector import IPhoneReader, _collect

    rows = []
    with DeviceLoop() as loop:
        reader = IPhoneReader(loop)
        reader.read(UDID)  # warm-up: imports and first connections
        library, whole = [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            loop.call(lambda: _collect(UDID, 0.0))
            library.append(time.perf_counter() - start)
            start = time.perf_counter()
            reader.read()
            whole.append(time.perf_counter() - start)
        rows.append(("iPhone (pymobiledevice3)", _median(library), _median(whole)))

    client = adbutils.AdbClient()
    read_android(client)
    library, whole = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        collect_raw(client.device("R5CX00AAAAA"))
        library.append(time.perf_counter() - start)
        start = time.perf_counter()
        read_android(client)
        whole.append(time.perf_counter() - start)
    rows.append(("Android (adbutils)", _median(library), _median(whole)))
    mux.close()
    adb.close()

    print(f"median of {RUNS} reads, simulated daemons on loopback")
    print(f"{'kind':28} {'library calls':>14} {'attach→reading':>15} {'added by labapp':>16}")
    for kind, lib_ms, whole_ms in rows:
        print(f"{kind:28} {lib_ms:11.1f} ms {whole_ms:12.1f} ms {whole_ms - lib_ms:13.1f} ms")


if __name__ == "__main__":
    main()
