"""Grading audit cases with the shipped protocols and sanction policy."""

from __future__ import annotations

from collections.abc import Callable

from labapp.domain.grading import GradeResult, grade_audit
from labapp.domain.logistics import LogisticsPolicy
from labapp.domain.sellers import default_language, parse_language
from labapp.services.audit_case import AuditCase
from labapp.services.business_calendar import HolidayCalendar
from labapp.services.protocols import ProtocolLibrary


class GradingService:
    def __init__(
        self,
        library: ProtocolLibrary,
        calendar: HolidayCalendar,
        logistics: Callable[[], LogisticsPolicy],
    ) -> None:
        self._library = library
        self._calendar = calendar
        self._logistics = logistics

    def grade_case(self, case: AuditCase, language: str | None = None) -> GradeResult:
        protocol, _ = self._library.protocol(case.template_id, case.template_version)
        policy, _ = self._library.policy()
        country = self._calendar.check_country(case.inputs.order.seller_country)
        chosen = parse_language(language).value if language else default_language(country).value
        return grade_audit(
            protocol,
            policy,
            case.inputs,
            self._calendar,
            self._logistics(),
            case.previous_audits,
            chosen,
        )
