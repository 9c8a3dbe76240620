"""Sellers and lab users: the people the lab deals with."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from labapp.domain.errors import AlreadyExists, NotFound, WrongState
from labapp.domain.permissions import Action
from labapp.domain.sellers import (
    Seller,
    SellerStatus,
    check_seller_ref,
    default_language,
    normalise_country_code,
    parse_language,
)
from labapp.domain.users import LabRole, LabUser
from labapp.services.access import AccessGate
from labapp.services.ports import UnitOfWorkFactory
from labapp.services.recording import record_event
from labapp.services.views import SellerView, UserView

log = logging.getLogger(__name__)


def build_seller(
    marketplace_ref: str,
    name: str,
    country: str,
    check_country: Callable[[str], str],
    language: str | None = None,
    status: SellerStatus = SellerStatus.ONBOARDING,
) -> Seller:
    """A seller from typed-in values; the country must have a holiday calendar."""
    code = check_country(normalise_country_code(country))
    return Seller(
        marketplace_ref=check_seller_ref(marketplace_ref),
        name=name.strip(),
        country=code,
        language=parse_language(language) if language else default_language(code),
        status=status,
    )


class DirectoryService:
    def __init__(
        self,
        unit_of_work: UnitOfWorkFactory,
        gate: AccessGate,
        check_country: Callable[[str], str],
    ) -> None:
        self._uow = unit_of_work
        self._gate = gate
        self._check_country = check_country

    def add_seller(
        self,
        marketplace_ref: str,
        name: str,
        country: str,
        language: str | None = None,
        status: SellerStatus = SellerStatus.ONBOARDING,
    ) -> SellerView:
        by = self._gate.acting(Action.EDIT_ORDERS)
        seller = build_seller(marketplace_ref, name, country, self._check_country, language, status)
        with self._uow() as uow:
            existing = uow.sellers.get(seller.marketplace_ref)
            if existing is not None:
                raise AlreadyExists(
                    "seller {ref} already exists ({name}, {country}); nothing was changed",
                    ref=existing.marketplace_ref,
                    name=existing.name,
                    country=existing.country,
                )
            uow.sellers.add(seller)
            record_event(
                uow, by, "seller", seller.marketplace_ref, "registered", None,
                {"name": seller.name, "country": seller.country, "status": seller.status.value},
            )  # fmt: skip
            uow.commit()
        log.info("seller %s added", seller.marketplace_ref)
        return SellerView.of(seller)

    def get_seller(self, marketplace_ref: str) -> SellerView:
        with self._uow() as uow:
            seller = uow.sellers.get(marketplace_ref.strip())
        if seller is None:
            raise NotFound("no seller {ref!r}", ref=marketplace_ref)
        return SellerView.of(seller)

    def list_sellers(self) -> Sequence[SellerView]:
        with self._uow() as uow:
            return [SellerView.of(seller) for seller in uow.sellers.list()]

    def add_user(self, name: str, role: LabRole) -> UserView:
        by = self._gate.acting(Action.MANAGE_USERS)
        user = LabUser(name.strip(), role)
        with self._uow(writing=True) as uow:
            if uow.users.get(user.name) is not None:
                raise AlreadyExists(
                    "lab user {name!r} already exists; nothing was changed", name=user.name
                )
            uow.users.add(user)
            record_event(uow, by, "user", user.name, "added", None, {"role": user.role.value})
            uow.commit()
        log.info("lab user %s added as %s", user.name, user.role.value)
        return UserView.of(user)

    def list_users(self) -> Sequence[UserView]:
        with self._uow() as uow:
            with_password = uow.users.names_with_passwords()
            return [UserView.of(user, user.name in with_password) for user in uow.users.list()]

    def set_user_active(self, name: str, active: bool) -> UserView:
        """Deactivate someone who left (their name stays on the audits they did), or
        bring them back."""
        return self._change_user(name, lambda user: replace(user, active=active))

    def change_user_role(self, name: str, role: LabRole) -> UserView:
        return self._change_user(name, lambda user: replace(user, role=role))

    def _change_user(self, name: str, change: Callable[[LabUser], LabUser]) -> UserView:
        by = self._gate.acting(Action.MANAGE_USERS)
        with self._uow(writing=True) as uow:
            user = uow.users.get(name.strip())
            if user is None:
                raise NotFound("no lab user {name!r}", name=name)
            changed = change(user)
            if changed == user:
                return UserView.of(user)
            _keep_an_administrator(user, changed, uow.users.list())
            uow.users.update(changed)
            record_event(
                uow, by, "user", user.name, "changed",
                {"role": user.role.value, "active": user.active},
                {"role": changed.role.value, "active": changed.active},
            )  # fmt: skip
            uow.commit()
        log.info(
            "lab user %s is now %s, %s",
            changed.name,
            changed.role.value,
            "active" if changed.active else "inactive",
        )
        return UserView.of(changed)


def _is_active_admin(user: LabUser) -> bool:
    return user.active and user.role is LabRole.ADMINISTRATOR


def _keep_an_administrator(before: LabUser, after: LabUser, everyone: Sequence[LabUser]) -> None:
    """Someone must still be able to manage users and settings after the change."""
    if not _is_active_admin(before) or _is_active_admin(after):
        return
    others = [u for u in everyone if _is_active_admin(u) and u.name != before.name]
    if not others:
        raise WrongState(
            "{name} is the only active administrator: make someone else "
            "administrator first; nothing was changed",
            name=before.name,
        )
