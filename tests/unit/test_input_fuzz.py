"""Bad input, on purpose: the order import, the audit-case reader and the protocol and
policy loaders either accept what they are given or refuse it with a message; they never
crash with anything else and never hang. (The device-answer parsers have their own
property tests in tests/unit/devices.)"""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labapp.domain.errors import InvalidInput, LabError
from labapp.services.audit_case import parse_case
from labapp.services.business_calendar import HolidayCalendar
from labapp.services.order_import import REQUIRED_COLUMNS, OrderImporter
from labapp.services.protocols import parse_policy, parse_protocol
from labapp.services.tabular import Table, TableRow, read_table

from .fakes import FakeStore, FakeUnitOfWork, trusted_gate

ROOT = Path(__file__).parents[2]
PROTOCOL = (ROOT / "audit_templates" / "smartphone.yaml").read_text(encoding="utf-8")
POLICY = (ROOT / "audit_templates" / "sanction-policy.yaml").read_text(encoding="utf-8")
CASE = (ROOT / "tests" / "fixtures" / "cases" / "iphone12_lcd_premium.json").read_text()
MANY = settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
cells = st.none() | st.text(max_size=40) | st.integers() | st.floats() | st.booleans()


@MANY
@given(st.dictionaries(st.sampled_from(REQUIRED_COLUMNS), cells), st.booleans())
def test_order_rows_are_imported_or_refused_with_a_message(row, partial):
    importer = OrderImporter(
        lambda writing=False: FakeUnitOfWork(FakeStore()),
        trusted_gate(),
        HolidayCalendar().check_country,
    )
    table = Table("fuzz.csv", REQUIRED_COLUMNS, (TableRow(2, dict(row)),))
    try:
        importer.import_table(table, partial=partial)
    except LabError as refused:
        assert str(refused)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=400))
def test_any_file_bytes_read_as_a_table_or_are_refused(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "orders.csv"
    path.write_bytes(data)
    try:
        read_table(path)
    except InvalidInput as refused:
        assert str(refused)


@MANY
@given(json_values)
def test_any_json_is_a_case_or_a_named_refusal(document):
    try:
        parse_case(document, "fuzz")
    except InvalidInput as refused:
        assert str(refused)


@MANY
@given(st.sampled_from(["seller", "order", "device", "observations", "audited_at"]), json_values)
def test_a_real_case_with_one_part_replaced(part, value):
    import json

    document = json.loads(CASE)
    document[part] = value
    try:
        parse_case(document, "fuzz")
    except InvalidInput as refused:
        assert str(refused)


def _mutations(text: str) -> st.SearchStrategy[str]:
    lines = text.splitlines()
    return st.tuples(st.integers(min_value=0, max_value=len(lines) - 1), st.text(max_size=40)).map(
        lambda cut: "\n".join([*lines[: cut[0]], cut[1], *lines[cut[0] + 1 :]])
    )


@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_mutations(PROTOCOL))
def test_a_protocol_file_with_a_line_changed_loads_or_is_refused(text):
    try:
        parse_protocol(text, "fuzz.yaml")
    except InvalidInput as refused:
        assert str(refused)


@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_mutations(POLICY))
def test_a_policy_file_with_a_line_changed_loads_or_is_refused(text):
    try:
        parse_policy(text, "fuzz.yaml")
    except InvalidInput as refused:
        assert str(refused)


@MANY
@given(json_values)
def test_any_yaml_document_is_a_protocol_or_a_named_refusal(document):
    text = yaml.safe_dump(document)
    for parse in (parse_protocol, parse_policy):
        try:
            parse(text, "fuzz.yaml")
        except InvalidInput as refused:
            assert str(refused)
