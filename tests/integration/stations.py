"""One bench station of the several-stations test, run in its own process."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def station(url: str, audit_id: int, number: int, writes: int, out: str) -> None:
    os.environ.setdefault("LABAPP_HOME", str(Path(out).parent / f"home-{number}"))
    from labapp.bootstrap import build_lab
    from labapp.domain.errors import ChangedElsewhere

    check = ("screen_condition", "functional_tests", "water_damage_free", "packaging_adequate")[
        number % 4
    ]
    name = f"station {number}"
    lab = build_lab(url, migrate=False)
    log: dict[str, list] = {"answers": [], "advice": [], "conflicts": [], "errors": []}
    try:
        for write in range(writes):
            try:
                if write % 2 == 0:
                    # A check's answer: applies to the latest audit, always kept.
                    note = f"{name} answer {write}"
                    view = lab.audits.observe(
                        audit_id, check, {"outcome": "pass", "note": note}, by=name
                    )
                    log["answers"].append([check, note, view.record.version])
                else:
                    # The advice, over the version this station read: may be refused.
                    seen = lab.audits.get(audit_id).record.version
                    text = f"{name} advice {write}"
                    view = lab.audits.set_advice(audit_id, text, name, seen)
                    log["advice"].append([text, seen, view.record.version])
            except ChangedElsewhere as conflict:
                log["conflicts"].append(str(conflict))
            except Exception as error:  # anything else is a defect the test reports
                log["errors"].append(repr(error))
    finally:
        lab.close()
        Path(out).write_text(json.dumps(log), encoding="utf-8")


if __name__ == "__main__":
    url, audit_id, number, writes, out = sys.argv[1:6]
    station(url, int(audit_id), int(number), int(writes), out)
