"""Who may do what in the lab, by role.

One table, read by the window to show each person only what they may do, and by the
services (through their access gate) to refuse the rest before anything is written.
"""

from __future__ import annotations

from enum import StrEnum

from labapp.domain.errors import Words, words
from labapp.domain.users import LabRole


class Action(StrEnum):
    VIEW_ORDERS = "view_orders"
    EDIT_ORDERS = "edit_orders"  # log new orders, import the marketplace's lists
    RECEIVE_PARCELS = "receive_parcels"
    TEST_AT_BENCH = "test_at_bench"  # read phones, answer checks, attach evidence
    REVIEW_AUDITS = "review_audits"  # see finished audits with their grade
    DECIDE_AUDITS = "decide_audits"  # send back, finalise, amend, edit advice
    EXPORT_REPORTS = "export_reports"
    VIEW_SELLERS = "view_sellers"
    VIEW_TRENDS = "view_trends"
    VIEW_PROTOCOLS = "view_protocols"
    EDIT_POLICY = "edit_policy"  # protocols, sanction policy, the logistics deadlines
    MANAGE_SETTINGS = "manage_settings"  # database, letterhead, backups, demo data
    MANAGE_USERS = "manage_users"  # add people, change roles, set passwords


_BENCH = {Action.VIEW_ORDERS, Action.EDIT_ORDERS, Action.RECEIVE_PARCELS, Action.TEST_AT_BENCH}
_ALLOWED: dict[LabRole, frozenset[Action]] = {
    LabRole.TECHNICIAN: frozenset(_BENCH | {Action.VIEW_PROTOCOLS}),
    LabRole.AUDITOR: frozenset(
        _BENCH
        | {
            Action.REVIEW_AUDITS,
            Action.DECIDE_AUDITS,
            Action.EXPORT_REPORTS,
            Action.VIEW_SELLERS,
            Action.VIEW_PROTOCOLS,
        }
    ),
    LabRole.QUALITY_MANAGER: frozenset(
        {
            Action.VIEW_ORDERS,
            Action.REVIEW_AUDITS,
            Action.EXPORT_REPORTS,
            Action.VIEW_SELLERS,
            Action.VIEW_TRENDS,
            Action.VIEW_PROTOCOLS,
            Action.EDIT_POLICY,
        }
    ),
    LabRole.ADMINISTRATOR: frozenset(
        {
            Action.VIEW_ORDERS,
            Action.VIEW_SELLERS,
            Action.VIEW_PROTOCOLS,
            Action.MANAGE_SETTINGS,
            Action.MANAGE_USERS,
        }
    ),
}

# What an action is, as a refusal names it: "a technician may not <this>".
ACTION_WORDS: dict[Action, Words] = {
    Action.VIEW_ORDERS: words("see the orders"),
    Action.EDIT_ORDERS: words("log or import orders"),
    Action.RECEIVE_PARCELS: words("record parcels"),
    Action.TEST_AT_BENCH: words("test phones and answer checks"),
    Action.REVIEW_AUDITS: words("review audits"),
    Action.DECIDE_AUDITS: words("send back, finalise, amend or send audits"),
    Action.EXPORT_REPORTS: words("issue reports or export audits"),
    Action.VIEW_SELLERS: words("see the sellers"),
    Action.VIEW_TRENDS: words("see the trends"),
    Action.VIEW_PROTOCOLS: words("see the protocols"),
    Action.EDIT_POLICY: words("change protocols, policy or deadlines"),
    Action.MANAGE_SETTINGS: words("change the lab's settings"),
    Action.MANAGE_USERS: words("manage the lab's users"),
}


def may(role: LabRole, action: Action) -> bool:
    return action in _ALLOWED[role]


def allowed(role: LabRole) -> frozenset[Action]:
    return _ALLOWED[role]
