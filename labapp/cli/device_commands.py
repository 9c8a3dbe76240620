"""`labapp device ...`: phones over USB (readings in the labapp.device-reading/1 format)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

EXIT_DEVICE_PROBLEM = 3


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
        identity, battery = reading.identity, reading.battery
        out.write(
            f"{identity.marketing_name or identity.model_identifier or '?'} "
            f"({reading.platform}), serial {identity.serial or '?'}, "
            f"IMEI {', '.join(identity.imei) or '?'}\n"
        )
        health = "?" if battery.health_percent is None else f"{battery.health_percent:g}"
        cycles = "?" if battery.cycle_count is None else str(battery.cycle_count)
        source = battery.health_source or "not reported"
        out.write(f"battery health {health} % ({source}), cycles {cycles}\n")
        for warning in reading.warnings:
            out.write(f"warning: {warning}\n")
    return 0


def add_device_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    device = commands.add_parser("device", help="phones over USB")
    sub = device.add_subparsers(dest="device_command", required=True, metavar="ACTION")
    replayed = sub.add_parser("replay", help="parse a stored reading's raw answers again")
    replayed.add_argument("reading", help="a labapp.device-reading/1 JSON file")
    replayed.add_argument("--json", action="store_true")
    replayed.set_defaults(handler=cmd_replay, needs_lab=False)
