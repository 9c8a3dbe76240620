"""Reading the lab's record of changes: verify the chain, list an entity's history."""

from __future__ import annotations

from labapp.domain.events import ChainVerdict, SealedEvent, verify_chain
from labapp.services.ports import UnitOfWorkFactory


class AuditLogService:
    def __init__(self, unit_of_work: UnitOfWorkFactory) -> None:
        self._uow = unit_of_work

    def verify(self) -> ChainVerdict:
        with self._uow() as uow:
            return verify_chain(uow.events.all())

    def history(self, entity: str, entity_id: str) -> list[SealedEvent]:
        with self._uow() as uow:
            return uow.events.of(entity, entity_id)
