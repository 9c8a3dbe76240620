"""The append-only event log in the database.

Appends take the log's lock first (PostgreSQL: a transaction advisory lock; SQLite:
writes already begin IMMEDIATE), so two stations never chain to the same event.
Nothing in labapp updates or deletes an event.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from labapp.domain.events import GENESIS, LabEvent, SealedEvent, seal
from labapp.persistence.moments import join_moment, split_moment
from labapp.persistence.tables import EventRow

# pg_advisory_xact_lock key: "labapp events" in ASCII, folded to 63 bits.
_LOCK_KEY = 0x6C61626170706576


def _json(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _as_stored(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """The value as it will read back from its JSON text (dates become strings...)."""
    text = _json(value)
    return None if text is None else dict(json.loads(text))


class SqlEventLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def append(self, event: LabEvent) -> SealedEvent:
        return self.append_many([event])[0]

    def append_many(self, events: list[LabEvent]) -> list[SealedEvent]:
        """Chain several events under one lock and one flush (an import of 10,000 orders)."""
        if not events:
            return []
        if self._session.get_bind().dialect.name == "postgresql":
            self._session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        last = self._session.scalar(select(EventRow.hash).order_by(EventRow.id.desc()).limit(1))
        previous = last or GENESIS
        chained = []
        for event in events:
            row, stored = self._sealed_row(event, previous)
            chained.append((row, stored))
            previous = row.hash
        self._session.add_all([row for row, _ in chained])
        self._session.flush()
        return [SealedEvent(row.id, stored, row.previous_hash, row.hash) for row, stored in chained]

    @staticmethod
    def _sealed_row(event: LabEvent, previous: str) -> tuple[EventRow, LabEvent]:
        # What is hashed is what is stored: the JSON texts and the time as they read back.
        at_utc, offset = split_moment(event.at)
        stored = LabEvent(
            join_moment(at_utc, offset),
            event.actor[:80],  # the columns' widths: what is hashed is what fits
            event.entity[:20],
            event.entity_id[:64],
            event.action[:60],
            _as_stored(event.before),
            _as_stored(event.after),
        )
        row = EventRow(
            at_utc=at_utc,
            at_offset_min=offset,
            actor=stored.actor,
            entity=stored.entity,
            entity_id=stored.entity_id,
            action=stored.action,
            before_json=_json(stored.before),
            after_json=_json(stored.after),
            previous_hash=previous,
            hash=seal(stored, previous),
        )
        return row, stored

    def all(self) -> Iterator[SealedEvent]:
        return self._sealed(select(EventRow).order_by(EventRow.id))

    def of(self, entity: str, entity_id: str) -> list[SealedEvent]:
        return list(
            self._sealed(
                select(EventRow)
                .where(EventRow.entity == entity, EventRow.entity_id == entity_id)
                .order_by(EventRow.id)
            )
        )

    def _sealed(self, statement: Any) -> Iterator[SealedEvent]:
        rows = self._session.scalars(statement.execution_options(yield_per=2000))
        for row in rows:
            yield SealedEvent(
                row.id,
                LabEvent(
                    join_moment(row.at_utc, row.at_offset_min),
                    row.actor,
                    row.entity,
                    row.entity_id,
                    row.action,
                    json.loads(row.before_json) if row.before_json is not None else None,
                    json.loads(row.after_json) if row.after_json is not None else None,
                ),
                row.previous_hash,
                row.hash,
            )
