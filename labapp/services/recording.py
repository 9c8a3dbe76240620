"""Writing the lab's events: each change, in the transaction that makes it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from labapp.domain.audits import AuditRecord
from labapp.domain.events import LabEvent
from labapp.services.ports import UnitOfWork

SYSTEM = "labapp"  # the actor when nobody is named (imports, the command line)


def record_event(
    uow: UnitOfWork,
    actor: str | None,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    uow.events.append(lab_event(actor, entity, entity_id, action, before, after))


def lab_event(
    actor: str | None,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> LabEvent:
    """An event to append later with others (``uow.events.append_many``)."""
    return LabEvent(
        datetime.now(UTC), actor or SYSTEM, entity, str(entity_id), action, before, after
    )


def audit_facts(record: AuditRecord) -> dict[str, Any]:
    """What an audit event keeps of the audit: enough to tell what changed."""
    case = record.case_document
    device = case.get("device") or {}
    battery = (device.get("battery") or {}).get("health_percent")
    return {
        "state": record.state.value,
        "grade": record.result.grade.value,
        "version": record.version,
        "advice": record.improvement_advice,
        "reviewer": record.reviewer,
        "observations": dict(case.get("observations") or {}),
        "device": {"imei": (device.get("identity") or {}).get("imei"), "battery": battery}
        if device
        else None,
        "evidence": [item.sha256 for item in record.evidence],
    }


def changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only what differs, key by key (and check by check for observations)."""
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for key in sorted(set(before) | set(after)):
        if key == "observations":
            checks = sorted(set(before[key]) | set(after[key]))
            moved = [c for c in checks if before[key].get(c) != after[key].get(c)]
            if moved:
                old[key] = {c: before[key].get(c) for c in moved}
                new[key] = {c: after[key].get(c) for c in moved}
        elif before.get(key) != after.get(key):
            old[key], new[key] = before.get(key), after.get(key)
    return old, new
