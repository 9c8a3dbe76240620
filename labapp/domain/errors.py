"""Errors the domain and services raise for things a user can fix.

Every one of them carries a message written for the person at the bench; the
command line turns them into exit code 2 and the window into a dialog.
"""

from __future__ import annotations


class LabError(Exception):
    """A problem the user can act on (bad input, missing record, conflict)."""


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
