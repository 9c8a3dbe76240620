"""The schema of protocol and sanction-policy files, checked with pydantic.

Unknown keys are refused (``extra="forbid"``) so that a typo never silently
drops a rule; numbers must be numbers, not strings that look like them.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StringConstraints,
)

from labapp.domain.device_reading import Platform
from labapp.domain.orders import CosmeticGrade
from labapp.domain.protocol import CheckKind, EvidenceKind, Fact, Severity
from labapp.domain.sanctions import SanctionGrade

Language = Literal["en", "fr", "es", "de", "it"]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Number = StrictInt | StrictFloat
ConditionValue = StrictBool | StrictInt | StrictFloat | str


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class ConditionModel(_Strict):
    fact: Fact
    is_: ConditionValue | None = Field(None, alias="is")
    is_not: ConditionValue | None = None
    in_: list[ConditionValue] | None = Field(None, alias="in")
    at_least: ConditionValue | None = None
    at_most: ConditionValue | None = None


class SeverityRuleModel(_Strict):
    when: list[ConditionModel] = Field(min_length=1)
    severity: Severity


class ThresholdRuleModel(_Strict):
    when: list[ConditionModel] = Field(min_length=1)
    minimum: Number | None = None
    maximum: Number | None = None


class ThresholdModel(_Strict):
    minimum: Number | None = None
    maximum: Number | None = None
    unit: str = ""
    effective_from: date | None = None
    overrides: list[ThresholdRuleModel] = []


class CheckModel(_Strict):
    id: Identifier
    kind: CheckKind
    rule: Identifier
    severity: Severity
    labels: dict[Language, Text]
    advice: dict[Language, Text]
    severity_rules: list[SeverityRuleModel] = []
    applies_when: list[ConditionModel] = []
    threshold: ThresholdModel | None = None
    evidence: list[EvidenceKind] = []
    options: list[Text] = []


class SectionModel(_Strict):
    id: Identifier
    labels: dict[Language, Text]
    checks: list[CheckModel] = Field(min_length=1)


class ProtocolModel(_Strict):
    kind: Literal["protocol"]
    id: Identifier
    version: Annotated[StrictInt, Field(ge=1)]
    labels: dict[Language, Text]
    sections: list[SectionModel] = Field(min_length=1)


class BaseRuleModel(_Strict):
    id: Identifier
    grade: SanctionGrade
    at_least: dict[Severity, Annotated[StrictInt, Field(ge=0)]] = Field(min_length=1)


class OnboardingFloorModel(_Strict):
    when_grade: SanctionGrade
    raise_to: SanctionGrade


class RepeatOffenceModel(_Strict):
    window_days: Annotated[StrictInt, Field(ge=1, le=3650)]
    previous_at_least: SanctionGrade
    applies_at_least: SanctionGrade
    steps: Annotated[StrictInt, Field(ge=1, le=5)]
    cap: SanctionGrade


class PolicyModel(_Strict):
    kind: Literal["sanction_policy"]
    id: Identifier
    version: Annotated[StrictInt, Field(ge=1)]
    ladder: list[SanctionGrade]
    base_grade: list[BaseRuleModel] = Field(min_length=1)
    otherwise: SanctionGrade
    onboarding_floor: OnboardingFloorModel | None = None
    repeat_offence: RepeatOffenceModel | None = None
    action_plan: dict[Language, list[Text]] = {}


# What each fact's values may be, for conditions.
FACT_VALUES: dict[Fact, tuple[type, tuple[object, ...] | None]] = {
    Fact.LISTING_GRADE: (str, tuple(g.value for g in CosmeticGrade)),
    Fact.PREMIUM_BATTERY: (bool, None),
    Fact.PLATFORM: (str, tuple(p.value for p in Platform)),
    Fact.DEVICE_HAS_IMEI: (bool, None),
    Fact.SELLER_ONBOARDING: (bool, None),
    Fact.GRADE_SHORTFALL: (int, None),
}
