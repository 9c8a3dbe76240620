"""Signing people in, and their passwords.

Passwords are kept only as argon2id hashes (RFC 9106's low-memory profile: 64 MiB,
3 passes), never in plain text, never in the log or the event log. On an embedded
single-bench database a person without a password signs in by name; on a shared
database, once anyone has a password, nobody acts before signing in with theirs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from labapp.domain.errors import InvalidInput, NotFound, PermissionDenied
from labapp.domain.permissions import Action
from labapp.domain.users import LabUser
from labapp.services.access import NOBODY, AccessGate, Actor, local_user_name
from labapp.services.ports import UnitOfWorkFactory
from labapp.services.recording import record_event

if TYPE_CHECKING:
    from argon2 import PasswordHasher

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024  # a pasted book is a mistake, and hashing it costs time


def _wrong_credentials() -> PermissionDenied:
    """The same answer for an unknown name and a wrong password: a refusal must not tell
    someone trying names which of them exist."""
    return PermissionDenied("that name and password do not match a lab user; nothing was changed")


WRONG_CREDENTIALS = str(_wrong_credentials())


@dataclass(frozen=True)
class SignInRule:
    """What this database asks of a person signing in."""

    shared: bool  # PostgreSQL: several stations, people sign in with passwords
    passwords_in_use: bool

    @property
    def passwords_required(self) -> bool:
        return self.shared and self.passwords_in_use


def starting_actor(rule: SignInRule) -> Actor:
    """Who acts before anyone signs in: the computer's user on a single-bench lab (and on
    a shared lab that has set no password yet, so that its administrator can), else nobody."""
    if rule.passwords_required:
        return NOBODY
    if rule.shared:
        log.warning(
            "this shared database has no passwords yet: anyone who reaches it acts as an "
            "administrator until one is set (labapp user password NAME)"
        )
    return Actor(local_user_name(), None, trusted=True)


class SignInService:
    def __init__(self, unit_of_work: UnitOfWorkFactory, gate: AccessGate, shared: bool) -> None:
        self._uow = unit_of_work
        self._gate = gate
        self._shared = shared

    @cached_property
    def _hasher(self) -> PasswordHasher:
        # Imported on first use: most commands never hash anything.
        from argon2 import PasswordHasher
        from argon2.profiles import RFC_9106_LOW_MEMORY

        return PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY)

    @cached_property
    def _decoy_hash(self) -> str:
        return self._hasher.hash("a password nobody has")

    def rule(self) -> SignInRule:
        with self._uow() as uow:
            return SignInRule(self._shared, uow.users.anyone_has_a_password())

    def password_needed(self, name: str) -> bool:
        """Whether signing in as this person asks for a password (unknown names do, so
        that the question itself does not tell who exists)."""
        with self._uow() as uow:
            user = uow.users.get(name.strip())
            stored = uow.users.password_hash(name.strip()) if user else None
            in_use = uow.users.anyone_has_a_password()
        return stored is not None or (self._shared and in_use) or user is None

    def sign_in(self, name: str, password: str | None = None) -> Actor:
        with self._uow() as uow:
            user = uow.users.get(name.strip())
            stored = uow.users.password_hash(user.name) if user else None
            in_use = uow.users.anyone_has_a_password()
        if user is None or not user.active:
            if password is not None:
                self._check(self._decoy_hash, password)  # the same time as a real check
                raise _wrong_credentials()
            raise PermissionDenied("no active lab user {name!r}", name=name)
        if stored is None:
            if self._shared and in_use:
                raise PermissionDenied(
                    "{name} has no password yet on this shared database: an "
                    "administrator sets one (Settings, Users; or labapp user password)",
                    name=user.name,
                )
        elif password is None or not self._check(stored, password):
            log.info("sign-in refused for %s", user.name)  # never the password
            raise _wrong_credentials()
        elif self._needs_rehash(stored):
            self._store_hash(user, self._hasher.hash(password), "password rehashed")
        actor = Actor(user.name, user.role)
        self._gate.become(actor)
        return actor

    def set_password(
        self, name: str, new_password: str, current_password: str | None = None
    ) -> None:
        """An administrator sets anyone's password; a person changes their own with the
        current one."""
        _check_new_password(name, new_password)
        actor = self._gate.actor
        with self._uow() as uow:
            user = uow.users.get(name.strip())
            stored = uow.users.password_hash(user.name) if user else None
        own = user is not None and actor.role is not None and actor.name == user.name
        if not own:
            self._gate.require(Action.MANAGE_USERS)
        elif stored is not None and (
            current_password is None or not self._check(stored, current_password)
        ):
            raise PermissionDenied("the current password is not right; nothing was changed")
        if user is None:
            raise NotFound("no lab user {name!r}; nothing was changed", name=name)
        self._store_hash(user, self._hasher.hash(new_password), "password set")

    def clear_password(self, name: str) -> None:
        self._gate.require(Action.MANAGE_USERS)
        with self._uow() as uow:
            user = uow.users.get(name.strip())
        if user is None:
            raise NotFound("no lab user {name!r}; nothing was changed", name=name)
        self._store_hash(user, None, "password removed")

    def _store_hash(self, user: LabUser, password_hash: str | None, what: str) -> None:
        with self._uow(writing=True) as uow:
            uow.users.set_password_hash(user.name, password_hash)
            if what != "password rehashed":
                # The event says that it happened, never the hash.
                record_event(uow, self._gate.actor.name or user.name, "user", user.name, what)
            uow.commit()
        log.info("%s for %s", what, user.name)

    def _check(self, stored: str, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return bool(self._hasher.verify(stored, password))
        except (VerificationError, InvalidHashError):
            return False

    def _needs_rehash(self, stored: str) -> bool:
        from argon2.exceptions import InvalidHashError

        try:
            return bool(self._hasher.check_needs_rehash(stored))
        except InvalidHashError:
            return False


def _check_new_password(name: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            "a password needs at least {minimum} characters; nothing was changed",
            minimum=MIN_PASSWORD_LENGTH,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(
            "a password of more than {maximum} characters is refused; nothing was changed",
            maximum=MAX_PASSWORD_LENGTH,
        )
    if password.strip().casefold() == name.strip().casefold():
        raise InvalidInput("a password cannot be the person's name; nothing was changed")
