"""What the services need from storage, as protocols.

`labapp.persistence` implements them on SQLAlchemy; the unit tests implement
them with dictionaries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Protocol, Self

from labapp.domain.orders import MysteryOrder, OrderStatus
from labapp.domain.sellers import Seller
from labapp.domain.users import LabUser


@dataclass(frozen=True)
class OrderQuery:
    """Filters for the order list; every field narrows, None means any."""

    seller_ref: str | None = None
    status: OrderStatus | None = None
    # Matches the order ref, the tracking number or the seller ref, in part.
    text: str | None = None
    ordered_from: datetime | None = None
    ordered_before: datetime | None = None
    limit: int | None = None


class SellerRepository(Protocol):
    def get(self, marketplace_ref: str) -> Seller | None: ...
    def add(self, seller: Seller) -> None: ...
    def update(self, seller: Seller) -> None: ...
    def list(self) -> Sequence[Seller]: ...


class UserRepository(Protocol):
    def get(self, name: str) -> LabUser | None: ...
    def add(self, user: LabUser) -> None: ...
    def list(self) -> Sequence[LabUser]: ...


class OrderRepository(Protocol):
    def get(self, order_ref: str) -> MysteryOrder | None: ...
    def existing_refs(self, order_refs: Iterable[str]) -> set[str]: ...
    def add(self, order: MysteryOrder) -> None: ...
    def add_many(self, orders: Sequence[MysteryOrder]) -> None: ...
    def save(self, order: MysteryOrder) -> None: ...
    def list(self, query: OrderQuery) -> Sequence[MysteryOrder]: ...
    def count(self) -> int: ...


class SettingsRepository(Protocol):
    def load(self) -> dict[str, str]: ...
    def store(self, name: str, value: str) -> None: ...


class UnitOfWork(Protocol):
    """One transaction: commit() makes everything durable, leaving without it undoes all."""

    @property
    def sellers(self) -> SellerRepository: ...
    @property
    def users(self) -> UserRepository: ...
    @property
    def orders(self) -> OrderRepository: ...
    @property
    def settings(self) -> SettingsRepository: ...

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...
