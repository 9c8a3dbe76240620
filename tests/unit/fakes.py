"""In-memory implementations of the service ports, for service tests."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence

from labapp.domain.events import GENESIS, LabEvent, SealedEvent, seal
from labapp.domain.orders import MysteryOrder
from labapp.domain.sellers import Seller
from labapp.domain.users import LabUser
from labapp.services.access import AccessGate, Actor
from labapp.services.ports import OrderQuery


def trusted_gate() -> AccessGate:
    """The gate of a single-bench lab's own user: every action allowed."""
    return AccessGate(Actor("tester", None, trusted=True))


class FakeStore:
    def __init__(self) -> None:
        self.sellers: dict[str, Seller] = {}
        self.users: dict[str, LabUser] = {}
        self.orders: dict[str, MysteryOrder] = {}
        self.settings: dict[str, str] = {}
        self.events: list[SealedEvent] = []
        self.commits = 0
        self.statistics_refreshed = 0


class _Events:
    """The event log in memory, sealed by the domain's own hashing."""

    def __init__(self, data: list[SealedEvent]) -> None:
        self.data = data

    def append(self, event: LabEvent) -> SealedEvent:
        previous = self.data[-1].hash if self.data else GENESIS
        sealed = SealedEvent(len(self.data) + 1, event, previous, seal(event, previous))
        self.data.append(sealed)
        return sealed

    def append_many(self, events: list[LabEvent]) -> list[SealedEvent]:
        return [self.append(event) for event in events]

    def all(self) -> Iterator[SealedEvent]:
        return iter(list(self.data))

    def of(self, entity: str, entity_id: str) -> list[SealedEvent]:
        return [e for e in self.data if (e.event.entity, e.event.entity_id) == (entity, entity_id)]


class _Sellers:
    def __init__(self, data: dict[str, Seller]) -> None:
        self.data = data

    def get(self, ref: str) -> Seller | None:
        return self.data.get(ref)

    def add(self, seller: Seller) -> None:
        self.data[seller.marketplace_ref] = seller

    def update(self, seller: Seller) -> None:
        self.data[seller.marketplace_ref] = seller

    def list(self) -> Sequence[Seller]:
        return sorted(self.data.values(), key=lambda s: s.marketplace_ref)


class _Users:
    def __init__(self, data: dict[str, LabUser]) -> None:
        self.data = data

    def get(self, name: str) -> LabUser | None:
        return self.data.get(name)

    def add(self, user: LabUser) -> None:
        self.data[user.name] = user

    def list(self) -> Sequence[LabUser]:
        return sorted(self.data.values(), key=lambda u: u.name)

    def update(self, user: LabUser) -> None:
        self.data[user.name] = user

    def password_hash(self, name: str) -> str | None:
        return None  # service tests with passwords run on the real database

    def set_password_hash(self, name: str, password_hash: str | None) -> None:
        raise NotImplementedError("passwords are tested on the real database")

    def anyone_has_a_password(self) -> bool:
        return False

    def names_with_passwords(self) -> set[str]:
        return set()


class _Orders:
    def __init__(self, data: dict[str, MysteryOrder]) -> None:
        self.data = data

    def get(self, ref: str) -> MysteryOrder | None:
        found = self.data.get(ref)
        return copy.deepcopy(found) if found else None

    def existing_refs(self, refs: Iterable[str]) -> set[str]:
        return set(refs) & self.data.keys()

    def add(self, order: MysteryOrder) -> None:
        self.data[order.order_ref] = copy.deepcopy(order)

    def add_many(self, orders: Sequence[MysteryOrder]) -> None:
        for order in orders:
            self.add(order)

    def save(self, order: MysteryOrder) -> None:
        self.data[order.order_ref] = copy.deepcopy(order)

    def list(self, query: OrderQuery) -> Sequence[MysteryOrder]:
        found = [
            o
            for o in self.data.values()
            if query.seller_ref in (None, o.seller_ref) and query.status in (None, o.status)
        ]
        return sorted(found, key=lambda o: o.ordered_at, reverse=True)

    def count(self) -> int:
        return len(self.data)


class _Settings:
    def __init__(self, data: dict[str, str]) -> None:
        self.data = data

    def load(self) -> dict[str, str]:
        return dict(self.data)

    def store(self, name: str, value: str) -> None:
        self.data[name] = value


class FakeUnitOfWork:
    """Works on copies and publishes them only on commit, like a transaction."""

    def __init__(self, store: FakeStore) -> None:
        self._store = store

    def __enter__(self) -> FakeUnitOfWork:
        self._sellers = dict(self._store.sellers)
        self._users = dict(self._store.users)
        self._orders = dict(self._store.orders)
        self._settings = dict(self._store.settings)
        self._events = list(self._store.events)
        self.events = _Events(self._events)
        self.sellers = _Sellers(self._sellers)
        self.users = _Users(self._users)
        self.orders = _Orders(self._orders)
        self.settings = _Settings(self._settings)
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def commit(self) -> None:
        self._store.sellers = dict(self._sellers)
        self._store.users = dict(self._users)
        self._store.orders = dict(self._orders)
        self._store.settings = dict(self._settings)
        self._store.events = list(self._events)
        self._store.commits += 1

    def rollback(self) -> None:
        self.__enter__()

    def refresh_statistics(self) -> None:
        self._store.statistics_refreshed += 1
