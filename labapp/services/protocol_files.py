"""Loading protocol and sanction-policy files into domain objects.

Every refusal names the file, the line and the field: an unknown key, a
duplicate check id, an unknown severity or rule, a condition outside the
vocabulary, a threshold of the wrong type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from labapp.domain.check_rules import RULES
from labapp.domain.protocol import (
    AuditProtocol,
    CheckKind,
    CheckSpec,
    Condition,
    Fact,
    Operator,
    ProtocolSection,
    SeverityRule,
    Threshold,
    ThresholdRule,
)
from labapp.domain.sanctions import (
    BaseGradeRule,
    OnboardingFloor,
    RepeatOffence,
    SanctionGrade,
    SanctionPolicy,
)
from labapp.services.protocol_schema import (
    FACT_VALUES,
    CheckModel,
    ConditionModel,
    PolicyModel,
    ProtocolModel,
)
from labapp.services.yaml_source import Path, SourceFileError, SourceProblem, YamlDocument

_OPERATOR_FIELDS = {
    "is_": Operator.IS,
    "is_not": Operator.IS_NOT,
    "in_": Operator.IN,
    "at_least": Operator.AT_LEAST,
    "at_most": Operator.AT_MOST,
}
_ORDERED_FACTS = {Fact.LISTING_GRADE, Fact.GRADE_SHORTFALL}


def _validation_problems(document: YamlDocument, error: ValidationError) -> list[SourceProblem]:
    problems = []
    for item in error.errors():
        # pydantic reports aliases ("is") and union branches in loc; keep the file's keys.
        path: Path = tuple(
            p
            for p in item["loc"]
            if isinstance(p, int)
            or not str(p).startswith(("function-", "int", "float", "bool", "str"))
        )
        problems.append(document.problem(path, item["msg"]))
    return problems


def _texts(texts: Mapping[Any, str]) -> dict[str, str]:
    return {str(language): text for language, text in texts.items()}


class _Converter:
    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.problems: list[SourceProblem] = []

    def fail(self, path: Path, message: str) -> None:
        self.problems.append(self.document.problem(path, message))

    def condition(self, model: ConditionModel, path: Path) -> Condition | None:
        given = [
            (name, getattr(model, name))
            for name in _OPERATOR_FIELDS
            if getattr(model, name) is not None
        ]
        if len(given) != 1:
            self.fail(path, "a condition needs exactly one of is, is_not, in, at_least, at_most")
            return None
        field, value = given[0]
        operator = _OPERATOR_FIELDS[field]
        key = field.rstrip("_")
        kind, allowed = FACT_VALUES[model.fact]
        values = value if isinstance(value, list) else [value]
        for item in values:
            if not isinstance(item, kind) or (kind is int and isinstance(item, bool)):
                self.fail(
                    (*path, key), f"{model.fact.value} takes {kind.__name__} values, not {item!r}"
                )
                return None
            if allowed is not None and item not in allowed:
                self.fail(
                    (*path, key),
                    f"{item!r} is not a {model.fact.value} ({', '.join(map(str, allowed))})",
                )
                return None
        if operator in (Operator.AT_LEAST, Operator.AT_MOST) and model.fact not in _ORDERED_FACTS:
            self.fail((*path, key), f"{model.fact.value} cannot be compared with {key}")
            return None
        final = tuple(values) if operator is Operator.IN else value
        return Condition(model.fact, operator, final)

    def conditions(self, models: Iterable[ConditionModel], path: Path) -> tuple[Condition, ...]:
        found = [self.condition(m, (*path, i)) for i, m in enumerate(models)]
        return tuple(c for c in found if c is not None)

    def check(self, model: CheckModel, path: Path) -> CheckSpec:
        if model.rule not in RULES:
            self.fail(
                (*path, "rule"), f"unknown rule {model.rule!r} (known: {', '.join(sorted(RULES))})"
            )
        for required in ("en", "fr"):
            for what in ("labels", "advice"):
                if required not in getattr(model, what):
                    self.fail((*path, what), f"needs an {required!r} text")
        if model.kind is CheckKind.CHOICE and not model.options:
            self.fail((*path, "options"), "a choice check needs its options")
        if model.rule == "battery_health" and (
            model.threshold is None or model.threshold.minimum is None
        ):
            self.fail((*path, "threshold"), "battery_health needs a threshold minimum")
        threshold = None
        if model.threshold is not None:
            t = model.threshold
            threshold = Threshold(
                minimum=t.minimum,
                maximum=t.maximum,
                unit=t.unit,
                effective_from=t.effective_from,
                overrides=tuple(
                    ThresholdRule(
                        self.conditions(o.when, (*path, "threshold", "overrides", i, "when")),
                        o.minimum,
                        o.maximum,
                    )
                    for i, o in enumerate(t.overrides)
                ),
            )
        return CheckSpec(
            id=model.id,
            kind=model.kind,
            rule=model.rule,
            severity=model.severity,
            labels=_texts(model.labels),
            advice=_texts(model.advice),
            severity_rules=tuple(
                SeverityRule(
                    self.conditions(r.when, (*path, "severity_rules", i, "when")), r.severity
                )
                for i, r in enumerate(model.severity_rules)
            ),
            applies_when=self.conditions(model.applies_when, (*path, "applies_when")),
            threshold=threshold,
            evidence=tuple(model.evidence),
            options=tuple(model.options),
        )

    def protocol(self, model: ProtocolModel) -> AuditProtocol:
        seen: dict[str, Path] = {}
        sections = []
        for s_index, section in enumerate(model.sections):
            checks = []
            for c_index, check in enumerate(section.checks):
                path: Path = ("sections", s_index, "checks", c_index)
                if check.id in seen:
                    first = self.document.line_of((*seen[check.id], "id"))
                    self.fail(
                        (*path, "id"), f"duplicate check id {check.id!r} (first on line {first})"
                    )
                seen.setdefault(check.id, path)
                checks.append(self.check(check, path))
            sections.append(ProtocolSection(section.id, _texts(section.labels), tuple(checks)))
        for required in ("en", "fr"):
            if required not in model.labels:
                self.fail(("labels",), f"needs an {required!r} text")
        return AuditProtocol(model.id, model.version, _texts(model.labels), tuple(sections))

    def policy(self, model: PolicyModel) -> SanctionPolicy:
        if model.ladder != list(SanctionGrade):
            self.fail(
                ("ladder",), "the ladder must be " + ", ".join(g.value for g in SanctionGrade)
            )
        seen: set[str] = set()
        for index, rule in enumerate(model.base_grade):
            if rule.id in seen:
                self.fail(("base_grade", index, "id"), f"duplicate rule id {rule.id!r}")
            seen.add(rule.id)
        floor = repeat = None
        if model.onboarding_floor:
            floor = OnboardingFloor(
                model.onboarding_floor.when_grade, model.onboarding_floor.raise_to
            )
        if model.repeat_offence:
            r = model.repeat_offence
            repeat = RepeatOffence(
                r.window_days, r.previous_at_least, r.applies_at_least, r.steps, r.cap
            )
        return SanctionPolicy(
            id=model.id,
            version=model.version,
            base_rules=tuple(
                BaseGradeRule(r.id, r.grade, dict(r.at_least)) for r in model.base_grade
            ),
            default_grade=model.otherwise,
            onboarding_floor=floor,
            repeat_offence=repeat,
            action_plan={lang: tuple(items) for lang, items in model.action_plan.items()},
        )


def _validate(document: YamlDocument, model: type[Any]) -> Any:
    if not isinstance(document.data, dict):
        raise SourceFileError([document.problem((), "expected a mapping of keys")])
    try:
        return model.model_validate(document.data)
    except ValidationError as error:
        raise SourceFileError(_validation_problems(document, error)) from None


def protocol_from_document(document: YamlDocument) -> AuditProtocol:
    converter = _Converter(document)
    protocol = converter.protocol(_validate(document, ProtocolModel))
    if converter.problems:
        raise SourceFileError(converter.problems)
    return protocol


def policy_from_document(document: YamlDocument) -> SanctionPolicy:
    converter = _Converter(document)
    policy = converter.policy(_validate(document, PolicyModel))
    if converter.problems:
        raise SourceFileError(converter.problems)
    return policy
