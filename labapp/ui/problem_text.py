"""A service's error in the window's language.

The services raise errors whose message is an English template and the values that
fill it (labapp/domain/errors.py). pyside6-lupdate gathers the templates into the
window's catalog under the empty context (the error classes are declared to it as
no-op markers, see scripts/update-translations.sh), so here a template is looked up
as it was written, and each value is shown as the window shows it elsewhere: a state
or a role in the window's words, a nested error in turn, data as given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from functools import cache

from PySide6.QtCore import QCoreApplication

from labapp.domain.audits import AuditState
from labapp.domain.errors import LabError, Words
from labapp.domain.orders import OrderStatus
from labapp.domain.sanctions import SanctionGrade
from labapp.domain.sellers import SellerStatus
from labapp.domain.users import LabRole

log = logging.getLogger(__name__)

# lupdate files the errors' templates and our Words under this context.
PROBLEMS_CONTEXT = ""


@cache
def _enum_words() -> dict[type[Enum], Callable[[str], str]]:
    # The pages' wording modules bring the chart libraries, pydantic and YAML with them
    # (75 MB that a technician's window never needs): imported when a message first
    # names a state, a grade or a role, not when the window opens.
    from labapp.ui.checklist_model import audit_state_label
    from labapp.ui.orders_model import status_label
    from labapp.ui.sellers_model import grade_label, seller_status_label
    from labapp.ui.users_model import role_label

    return {
        AuditState: audit_state_label,
        OrderStatus: status_label,
        SanctionGrade: grade_label,
        SellerStatus: seller_status_label,
        LabRole: lambda role: role_label(role).lower(),
    }


def problem_text(error: LabError) -> str:
    """The error's message as the window's language says it; the English message when
    the catalog has no such template or its translation lost a blank."""
    template = QCoreApplication.translate(PROBLEMS_CONTEXT, error.template)
    if not error.details:
        return template
    values = {name: _shown(value) for name, value in error.details.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that names a blank the error does not fill must not hide the
        # problem itself: the person still reads it, in English.
        log.warning("the translation of %r does not fit its values", error.template)
        return str(error)


def problem_sentence(error: LabError) -> str:
    """The message as a dialog shows it: a sentence with a capital and a full stop.
    The services write it to follow "error: " on a command line; a message that opens
    on a value (a path, a ref) keeps that value as it is."""
    text = problem_text(error)
    template = QCoreApplication.translate(PROBLEMS_CONTEXT, error.template)
    if template[:1].isalpha():
        text = text[:1].upper() + text[1:]
    if text[-1:].isalnum() or text[-1:] in ")'\"»":
        text += "."
    return text


def _shown(value: object) -> object:
    if isinstance(value, LabError):
        return problem_text(value)
    if isinstance(value, Words):
        return QCoreApplication.translate(PROBLEMS_CONTEXT, value)
    if isinstance(value, Enum):
        for kind, label in _enum_words().items():
            if isinstance(value, kind):
                return label(value.value)
        return value.value
    return value
