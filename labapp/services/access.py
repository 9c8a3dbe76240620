"""Who is acting, and whether they may: every service asks here before it writes.

A lab has one gate. It starts with the person the lab trusts without asking (the
computer's own user on an embedded single-bench database) or with nobody (a shared
database where passwords are in use), and the window or the command line signs a
person in. A service calls ``require`` (or ``acting``, which also names who the
change is recorded under) before it opens a writing transaction, so a refused
action raises ``PermissionDenied`` and writes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from labapp.domain.errors import PermissionDenied, Words, words
from labapp.domain.permissions import ACTION_WORDS, Action, may
from labapp.domain.users import LabRole

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Actor:
    """The person the services act for.

    ``role`` None with ``trusted`` set is the computer's own user on a single-bench
    lab, who may do everything (the issue allows the embedded default to start signed
    in as the local user); ``role`` None without it is nobody: every action is refused.
    """

    name: str
    role: LabRole | None
    trusted: bool = False

    def may(self, action: Action) -> bool:
        if self.role is None:
            return self.trusted
        return may(self.role, action)

    @property
    def described(self) -> str:
        if self.role is not None:
            return f"{self.name} ({self.role.value.replace('_', ' ')})"
        return f"{self.name} (this computer's user)" if self.trusted else "nobody"


NOBODY = Actor("", None)


def local_user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container with an unnamed uid)
        return "local user"


class AccessGate:
    def __init__(self, actor: Actor, sign_in_hint: str = "") -> None:
        self._actor = actor
        # What a refused "nobody" is told: how to sign in, in this front end's words.
        self.sign_in_hint = sign_in_hint

    @property
    def actor(self) -> Actor:
        return self._actor

    def become(self, actor: Actor) -> None:
        """Only the sign-in service calls this, after checking the person."""
        log.info("acting as %s", actor.described)
        self._actor = actor

    def require(self, action: Action) -> Actor:
        actor = self._actor
        if actor.may(action):
            return actor
        what = ACTION_WORDS[action]
        if actor.role is None:
            if self.sign_in_hint:
                raise PermissionDenied(
                    "sign in first to {action}: {hint}; nothing was changed",
                    action=what,
                    hint=self.sign_in_hint,
                )
            raise PermissionDenied("sign in first to {action}; nothing was changed", action=what)
        raise PermissionDenied(
            "{name} is signed in as {role}, who may not {action}; nothing was changed",
            name=actor.name,
            role=_A_ROLE[actor.role],
            action=what,
        )

    def acting(self, action: Action, on_behalf_of: str | None = None) -> str:
        """The name a change is recorded under. A signed-in person records their own
        work only; the trusted local user may name the technician (an imported case)."""
        actor = self.require(action)
        named = (on_behalf_of or "").strip()
        if not named or named == actor.name:
            return actor.name
        if actor.role is None:
            return named
        raise PermissionDenied(
            "{name} is signed in and cannot record work as {named!r}; nothing was changed",
            name=actor.name,
            named=named,
        )


# "signed in as a technician": the role with its article, as one phrase to translate.
_A_ROLE: dict[LabRole, Words] = {
    LabRole.TECHNICIAN: words("a technician"),
    LabRole.AUDITOR: words("an auditor"),
    LabRole.QUALITY_MANAGER: words("a quality manager"),
    LabRole.ADMINISTRATOR: words("an administrator"),
}
