"""The lab's record of changes: append-only events, each sealed with the hash of the one
before, so that an edited, deleted or reordered event shows.

A seller who contests a sanction asks who changed what and when; the chain lets the lab
show that the answer was not rewritten afterwards. Pure: the hashing and the checking
live here, the storing in the persistence layer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

# The hash the first event chains to.
GENESIS = "0" * 64


@dataclass(frozen=True)
class LabEvent:
    at: datetime  # aware
    actor: str
    entity: str  # audit, order, seller, protocol, report
    entity_id: str
    action: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


@dataclass(frozen=True)
class SealedEvent:
    number: int  # the event's place in the log (its row id)
    event: LabEvent
    previous_hash: str
    hash: str


def canonical(event: LabEvent, previous_hash: str) -> bytes:
    """The exact bytes hashed: sorted keys, UTC time to the microsecond, no spacing."""
    body = {
        "at": event.at.isoformat(timespec="microseconds"),
        "actor": event.actor,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "action": event.action,
        "before": event.before,
        "after": event.after,
        "previous": previous_hash,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def seal(event: LabEvent, previous_hash: str) -> str:
    return hashlib.sha256(canonical(event, previous_hash)).hexdigest()


@dataclass(frozen=True)
class ChainVerdict:
    events: int
    first_bad: int | None  # the number of the first event that does not hold
    why: str

    @property
    def intact(self) -> bool:
        return self.first_bad is None


def verify_chain(sealed: Iterable[SealedEvent]) -> ChainVerdict:
    """Walk the log in order: each event must chain to the one before and hash to
    what it says. The first that does not is named, with what is wrong with it."""
    previous, count = GENESIS, 0
    for item in sealed:
        count += 1
        if item.previous_hash != previous:
            return ChainVerdict(
                count,
                item.number,
                f"event {item.number} does not follow the event before it "
                "(an event was deleted, inserted or moved)",
            )
        if seal(item.event, item.previous_hash) != item.hash:
            return ChainVerdict(
                count, item.number, f"event {item.number} was changed after it was written"
            )
        previous = item.hash
    return ChainVerdict(count, None, f"{count} event(s), every one in place and unchanged")
