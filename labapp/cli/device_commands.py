"""`labapp device ...`: phones over USB (readings in the labapp.device-reading/1 format)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO


def cmd_replay(args: argparse.Namespace, url: str, out: TextIO) -> int:
    from devices.errors import BadAnswer
    from devices.replay import replay
    from labapp.cli.output import write_json
    from labapp.domain.errors import InvalidInput

    path = Path(args.reading)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(f"{path}: not a JSON reading ({error})") from None
    if not isinstance(document, dict):
        raise InvalidInput(f"{path}: a reading is a JSON object")
    try:
        reading = replay(document)
    except BadAnswer as error:
        raise InvalidInput(f"{path}: {error}") from None
    if args.json:
        write_json(reading.to_json(), out)
    else:
        _write_reading(reading, out)
    return 0


def _write_reading(reading: Any, out: TextIO) -> None:
    identity, battery = reading.identity, reading.battery
    name = identity.marketing_name or identity.model_identifier or "?"
    out.write(
        f"{name} ({reading.platform}), serial {identity.serial or '?'}, "
        f"IMEI {', '.join(identity.imei) or '?'}\n"
    )
    health = "?" if battery.health_percent is None else f"{battery.health_percent:g}"
    cycles = "?" if battery.cycle_count is None else str(battery.cycle_count)
    source = battery.health_source or "not reported"
    out.write(f"battery health {health} % ({source}), cycles {cycles}\n")
    for warning in reading.warnings:
        out.write(f"warning: {warning}\n")


def cmd_list(args: argparse.Namespace, url: str, out: TextIO) -> int:
    from devices.catalog import attached_devices
    from devices.device_loop import DeviceLoop
    from labapp.cli.output import write_json, write_table

    with DeviceLoop() as loop:
        devices, notes = attached_devices(loop)
    if args.json:
        write_json([d.to_json() for d in devices], out)
    else:
        write_table(
            ["kind", "id", "state", "detail"],
            [[d.kind, d.id, d.state, d.detail] for d in devices],
            out,
        )
        for note in notes:
            out.write(f"note: {note}\n")
    return 0


def cmd_read(args: argparse.Namespace, url: str, out: TextIO) -> int:
    from devices.catalog import read_device
    from devices.device_loop import DeviceLoop
    from labapp.cli.output import write_json

    # A DeviceError (locked, not trusted, unplugged...) is reported by main with exit code 3.
    with DeviceLoop() as loop:
        reading = read_device(loop, args.id, args.port, args.trust_wait)
    if args.json:
        write_json(reading.to_json(), out)
    else:
        _write_reading(reading, out)
    return 0


def cmd_watch(args: argparse.Namespace, url: str, out: TextIO) -> int:
    import threading

    from devices.device_loop import DeviceLoop
    from devices.watcher import DeviceWatcher

    done = threading.Event()

    def print_event(event: Any) -> None:
        out.write(json.dumps(event.to_json()) + "\n")
        out.flush()

    with DeviceLoop() as loop:
        watcher = DeviceWatcher(print_event, loop)
        watcher.start()
        try:
            done.wait(args.seconds)  # None: until Ctrl+C
        except KeyboardInterrupt:
            pass
        finally:
            watcher.stop()
    return 0


def add_device_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    device = commands.add_parser("device", help="phones over USB")
    sub = device.add_subparsers(dest="device_command", required=True, metavar="ACTION")
    listing = sub.add_parser(
        "list", help="attached iPhones, Android phones and Samsung modem ports"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list, needs_lab=False)
    read = sub.add_parser("read", help="read the attached phone (exit 3: a device problem)")
    read.add_argument("--id", help="UDID, adb serial or port, when several are attached")
    read.add_argument("--port", help="a Samsung modem port or pyserial URL (socket://host:port)")
    read.add_argument(
        "--trust-wait",
        type=float,
        default=0.0,
        help="seconds to wait for 'Trust This Computer?' (default: report at once)",
    )
    read.add_argument("--json", action="store_true")
    read.set_defaults(handler=cmd_read, needs_lab=False)
    watch = sub.add_parser("watch", help="print attach and detach events as JSON lines")
    watch.add_argument("--seconds", type=float, help="stop after this long (default: Ctrl+C)")
    watch.set_defaults(handler=cmd_watch, needs_lab=False)
    replayed = sub.add_parser("replay", help="parse a stored reading's raw answers again")
    replayed.add_argument("reading", help="a labapp.device-reading/1 JSON file")
    replayed.add_argument("--json", action="store_true")
    replayed.set_defaults(handler=cmd_replay, needs_lab=False)
