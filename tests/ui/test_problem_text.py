"""The services' error messages reach the window in its language.

Each message is a literal English template with named blanks at its raise
(labapp/domain/errors.py); lupdate gathers the templates into the window's catalog.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from labapp.domain.audits import AuditState
from labapp.domain.errors import InvalidInput, LabError, NotFound, PermissionDenied, WrongState
from labapp.domain.permissions import Action
from labapp.domain.users import LabRole
from labapp.ui.catalog_sources import message_classes, source_files
from labapp.ui.messages import explain
from labapp.ui.problem_text import problem_text

from .conftest import signed_in

ROOT = Path(__file__).resolve().parents[2]


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def message_calls():
    """(where, call) for every construction of an error class that takes a template."""
    classes = set(message_classes())
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in classes
            ):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node


def test_the_error_classes_are_found_in_the_sources():
    found = set(message_classes())
    assert {"LabError", "InvalidInput", "NotFound", "PermissionDenied", "SchemaTooNew"} <= found
    # Its message is built from a list of a file's problems, not from a template.
    assert "CaseFileError" not in found


def test_every_error_message_is_a_literal_template_whose_blanks_are_filled():
    wrong = []
    calls = list(message_calls())
    assert len(calls) > 100, "the sources' raises were not found"
    for where, call in calls:
        template = _literal(call.args[0]) if len(call.args) == 1 else None
        if template is None:
            wrong.append(
                f"{where}: the message must be one literal string, not {ast.unparse(call)[:80]}"
            )
            continue
        given = {keyword.arg for keyword in call.keywords}
        if None in given:
            wrong.append(f"{where}: the blanks must be named one by one, not **spread")
        elif _blanks(template) != given:
            wrong.append(f"{where}: blanks {sorted(_blanks(template))} but values {sorted(given)}")
    assert not wrong, "\n".join(wrong)


def test_the_english_message_is_the_template_filled():
    error = WrongState("order {ref} is {state}", ref="MO-1", state=AuditState.AWAITING_REVIEW)
    assert str(error) == "order MO-1 is awaiting_review"
    # Without values a message is taken as written, braces and all.
    assert str(InvalidInput("a JSON object {like this}")) == "a JSON object {like this}"


def test_a_message_in_english_reads_as_the_services_wrote_it(qapp):
    error = NotFound("no order {ref}", ref="MO-1-000042")
    assert problem_text(error) == "no order MO-1-000042"
    # A dialog shows it as a sentence; a message that opens on a value keeps it as is.
    assert explain(error)[1] == "No order MO-1-000042."
    assert explain(NotFound("{path}: no such file", path="/tmp/x"))[1] == "/tmp/x: no such file."


def refusal(action):
    try:
        action()
    except LabError as error:
        return error
    raise AssertionError("the service did not refuse")


def test_a_refused_action_reads_in_french_with_the_role_and_action_in_french(lab, french):
    signed_in(lab, LabRole.TECHNICIAN)
    error = refusal(lambda: lab.gate.require(Action.EXPORT_REPORTS))
    assert isinstance(error, PermissionDenied)
    assert str(error) == (
        "Camille Martin is signed in as a technician, who may not issue reports or export "
        "audits; nothing was changed"
    )
    title, text = explain(error)
    assert title == "Non effectué"
    assert text.startswith("Camille Martin est connecté")
    assert "technicien" in text and "émettre des rapports ou exporter des audits" in text
    assert "signed in" not in text and "nothing was changed" not in text


def test_a_state_in_a_message_is_the_windows_word_for_it(lab, french):
    signed_in(lab, LabRole.AUDITOR)
    finalised = next(s.id for s in lab.audits.list_audits() if s.state == AuditState.FINALISED)
    error = refusal(
        lambda: lab.audits.observe(finalised, "functional_tests", "fail", by="Camille Martin")
    )
    assert "is finalised; changing a check needs it draft or awaiting_review" in str(error)
    text = problem_text(error)
    assert f"l'audit {finalised} est finalisé" in text
    assert text.endswith("pour modifier un contrôle, il doit être au banc ou à relire")
    assert "awaiting_review" not in text


def test_a_missing_order_in_french(lab, french):
    error = refusal(lambda: lab.audits.start("MO-9-999999", "Camille Martin"))
    assert problem_text(error) == "aucune commande 'MO-9-999999'"


class _CarelessTranslator(QTranslator):
    """A catalog whose translation names a blank the message does not have."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return "commande {numero} introuvable" if source == "no order {ref}" else None


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english(qapp):
    careless = _CarelessTranslator()
    QCoreApplication.installTranslator(careless)
    try:
        assert problem_text(NotFound("no order {ref}", ref="MO-1")) == "no order MO-1"
    finally:
        QCoreApplication.removeTranslator(careless)


def test_a_message_the_catalog_does_not_know_is_shown_in_english(french):
    error = InvalidInput("a message no catalog has heard of: {value}", value=42)
    assert problem_text(error) == "a message no catalog has heard of: 42"
