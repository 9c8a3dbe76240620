"""`labapp audit ...`: audits stored in the database and their workflow."""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from labapp.cli.output import write_json, write_table
from labapp.domain.audits import AuditState
from labapp.domain.choices import parse_choice

if TYPE_CHECKING:
    from labapp.bootstrap import Lab
    from labapp.services.audits import AuditView


def audit_document(view: AuditView) -> dict[str, Any]:
    from labapp.services.grade_json import grade_document

    record, summary = view.record, view.summary
    return {
        "id": summary.id,
        "state": record.state.value,
        "order_ref": record.order_ref,
        "seller_ref": record.seller_ref,
        "audited_at": record.audited_at,
        "technician": record.technician,
        "reviewer": record.reviewer,
        "submitted_at": record.submitted_at,
        "finalised_at": record.finalised_at,
        "sent_at": record.sent_at,
        "amends_audit_id": record.amends_audit_id,
        "improvement_advice": record.improvement_advice,
        "evidence": [e.__dict__ for e in record.evidence],
        **grade_document(record.result),
    }


def _show(view: AuditView, as_json: bool, out: TextIO) -> int:
    if as_json:
        write_json(audit_document(view), out)
        return 0
    from labapp.cli.grade_output import write_grade_summary

    record = view.record
    out.write(
        f"audit {view.summary.id} — order {record.order_ref}, seller {record.seller_ref}, "
        f"{record.state.value}\n"
    )
    out.write(
        f"protocol {record.protocol_id} v{record.protocol_version}, policy "
        f"{record.policy_id} v{record.policy_version}; audited "
        f"{record.audited_at.isoformat(timespec='minutes')} by {record.technician}\n"
    )
    write_grade_summary(record.result, out)
    return 0


def cmd_import(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    from labapp.services.audit_case import read_case_file

    view = lab.audits.import_case(read_case_file(Path(args.case)), args.by)
    out.write(f"{view.summary.id}\n")
    return 0


def cmd_show(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    return _show(lab.audits.get(args.audit_id), args.json, out)


def cmd_list(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    state = parse_choice(AuditState, args.state, "audit state") if args.state else None
    audits = lab.audits.list_audits(args.order, state, args.limit)
    if args.json:
        write_json(list(audits), out)
        return 0
    rows = [
        [
            str(a.id),
            a.order_ref,
            a.seller_ref,
            a.state.value,
            a.grade,
            "yes" if a.complete else "no",
            a.audited_at.date().isoformat(),
        ]
        for a in audits
    ]
    write_table(["audit", "order", "seller", "state", "grade", "complete", "audited"], rows, out)
    return 0


def cmd_finalize(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    view = lab.audits.finalise(args.audit_id, args.by)
    out.write(f"audit {view.summary.id} finalised: {view.record.result.grade.value}\n")
    return 0


def cmd_submit(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    lab.audits.submit(args.audit_id)
    out.write(f"audit {args.audit_id} awaits review\n")
    return 0


def cmd_send_back(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    lab.audits.send_back(args.audit_id)
    out.write(f"audit {args.audit_id} sent back to the bench\n")
    return 0


def cmd_sent(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    lab.audits.mark_sent(args.audit_id)
    out.write(f"audit {args.audit_id} marked as sent to the seller\n")
    return 0


def cmd_amend(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    view = lab.audits.amend(args.audit_id, args.by)
    out.write(f"{view.summary.id}\n")
    return 0


def cmd_observe(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    value: Any = args.value
    if value not in ("pass", "fail", "not_applicable"):
        with contextlib.suppress(json.JSONDecodeError):  # a plain word such as LCD or good
            value = json.loads(value)
        value = {"value": value}
    if args.note:
        value = (
            {"outcome": value, "note": args.note}
            if isinstance(value, str)
            else {**value, "note": args.note}
        )
    view = lab.audits.observe(args.audit_id, args.check, value)
    result = next(c for c in view.record.result.checks if c.check_id == args.check)
    out.write(f"{args.check}: {result.outcome.value}; grade now {view.record.result.grade.value}\n")
    return 0


def cmd_advice(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    text = Path(args.file).read_text(encoding="utf-8") if args.file else args.text
    if text is None:
        out.write(lab.audits.get(args.audit_id).record.improvement_advice + "\n")
        return 0
    lab.audits.set_advice(args.audit_id, text.strip())
    out.write(f"improvement advice of audit {args.audit_id} updated\n")
    return 0


def cmd_read_device(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    if args.reading:
        from labapp.domain.errors import InvalidInput

        try:
            reading = json.loads(Path(args.reading).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise InvalidInput(f"{args.reading}: not a readable JSON reading ({error})") from None
        if not isinstance(reading, dict):
            raise InvalidInput(f"{args.reading}: a reading is a JSON object")
        view = lab.audits.record_reading(args.audit_id, reading)
    else:
        view = lab.devices.read_into_audit(args.audit_id, args.id, args.port, args.trust_wait)
    checks = {c.check_id: c for c in view.record.result.checks}
    out.write(
        f"device reading recorded in audit {args.audit_id}; grade now "
        f"{view.record.result.grade.value}\n"
    )
    for check_id in (
        "imei_valid",
        "model_as_listed",
        "locks_removed",
        "battery_health",
        "screen_technology",
        "parts_genuine",
    ):
        check = checks.get(check_id)
        if check:
            out.write(f"  {check_id}: {check.outcome.value} {check.measured or ''}\n")
    return 0


def cmd_attach(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    view = lab.audits.attach(args.audit_id, Path(args.file), args.check, args.caption or "")
    item = view.record.evidence[-1]
    out.write(f"attached {item.original_name} ({item.sha256[:12]}…) to audit {args.audit_id}\n")
    return 0


def add_audit_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    audit = commands.add_parser("audit", help="audits: import, show, review, finalise, amend")
    sub = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")

    def action(name: str, handler: Any, help_text: str, with_id: bool = True) -> Any:
        parser = sub.add_parser(name, help=help_text)
        if with_id:
            parser.add_argument("audit_id", type=int)
        parser.set_defaults(handler=handler)
        return parser

    imported = action("import", cmd_import, "store an audit case; prints the audit id", False)
    imported.add_argument("case", help="a labapp.audit-case/1 JSON file")
    imported.add_argument(
        "--by", help="technician who ran it (default: whoever is signed in; see --as)"
    )
    action("show", cmd_show, "an audit with its grade").add_argument("--json", action="store_true")
    listing = action("list", cmd_list, "audits, newest first", False)
    listing.add_argument("--order")
    listing.add_argument("--state", help=", ".join(s.value for s in AuditState))
    listing.add_argument("--limit", type=int)
    listing.add_argument("--json", action="store_true")
    action("finalize", cmd_finalize, "finalise a complete audit").add_argument(
        "--by", help="auditor who reviewed it (default: whoever is signed in)"
    )
    action("submit", cmd_submit, "hand a draft over for review")
    action("send-back", cmd_send_back, "return an audit under review to the bench")
    action("sent", cmd_sent, "record that the report was sent to the seller")
    action(
        "amend", cmd_amend, "correct a finalised audit (a new audit; prints its id)"
    ).add_argument("--by", help="who amends it (default: whoever is signed in)")
    observe = action("observe", cmd_observe, "record a check's outcome or value")
    observe.add_argument("check", help="check id, e.g. functional_tests")
    observe.add_argument("value", help="pass, fail, not_applicable, or a value (83, LCD, good)")
    observe.add_argument("--note")
    reading = action(
        "read-device",
        cmd_read_device,
        "read the attached phone (or a saved reading) into the audit",
    )
    reading.add_argument("--id", help="UDID or adb serial, when several phones are attached")
    reading.add_argument("--port", help="Samsung modem port or pyserial URL")
    reading.add_argument("--trust-wait", type=float, default=0.0)
    reading.add_argument("--reading", help="a saved labapp.device-reading/1 JSON file instead")
    advice = action("advice", cmd_advice, "print, or replace, the improvement advice")
    advice.add_argument("text", nargs="?", help="the new advice (omit to print it)")
    advice.add_argument("--file", help="read the new advice from a UTF-8 text file")
    attach = action("attach", cmd_attach, "add a photo as evidence")
    attach.add_argument("file")
    attach.add_argument("--check", help="the check the photo documents")
    attach.add_argument("--caption")
