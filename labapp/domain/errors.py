"""Errors the domain and services raise for things a user can fix.

Every one of them carries a message written for the person at the bench; the
command line turns them into exit code 2 and the window into a dialog.

A message is an English template with named blanks and the values that fill them:

    raise NotFound("no order {ref}", ref=order_ref)

``str(error)`` is the English sentence (the command line, the log). The window looks
the template up in its own language's catalog and fills the same blanks, so the
template must be a literal string at the raise: pyside6-lupdate collects every
template by the error's class name (scripts/update-translations.sh lists them).
Values that are our own words rather than data (a role, a state, an action) are
passed as ``Words`` so that the window translates them too; refs, names and numbers
are shown as given.
"""

from __future__ import annotations

from enum import Enum


class Words(str):
    """Our own phrase inside a message ("technician", "send back"), which the window
    shows in its language; anything else in a message is data and shown as given."""

    __slots__ = ()


def words(text: str) -> Words:
    """Mark a phrase as ours, for lupdate (its template list names this function)
    and for the window."""
    return Words(text)


def _as_english(value: object) -> object:
    # An enum of ours reads as its value ("received"), as it did in f-strings.
    if isinstance(value, Enum):
        return value.value
    return value


class LabError(Exception):
    """A problem the user can act on (bad input, missing record, conflict)."""

    def __init__(self, template: str, /, **details: object) -> None:
        self.template = template
        self.details = details
        # Only a message with blanks is formatted, so that a plain message may hold
        # braces (a JSON snippet, a file name) as they are.
        text = (
            template.format(**{name: _as_english(v) for name, v in details.items()})
            if details
            else template
        )
        super().__init__(text)


class InvalidInput(LabError):
    """A value that breaks a rule: wrong format, impossible date order, ..."""


class NotFound(LabError):
    """The order, seller or user named does not exist."""


class AlreadyExists(LabError):
    """Writing a record whose natural key is already taken."""


class WrongState(LabError):
    """An action that does not fit where the order is in its life."""


class ChangedElsewhere(LabError):
    """Someone else changed the record since it was read: reload, nothing was overwritten."""


class PermissionDenied(LabError):
    """The person signed in may not do this (their role), or is not signed in:
    nothing was changed."""


class DatabaseUnavailable(LabError):
    """The database cannot be reached, or stopped answering: the change was not saved
    (or, when it broke during the commit, may not have been: reload to see)."""
