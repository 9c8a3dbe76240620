"""`labapp report ID` and `labapp verify FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from labapp.bootstrap import Lab


def cmd_report(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    target = Path(args.out) if args.out else Path(f"audit-{args.audit_id}.{args.format}")
    report = lab.reports.issue(args.audit_id, target, args.format, args.lang, args.draft, args.by)
    out.write(
        f"{target}: report {report.report_number} ({report.language}"
        f"{', DRAFT' if report.draft else ''}), verification code "
        f"{report.verification_code}\n"
    )
    return 0


def cmd_verify(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    result = lab.reports.verify(Path(args.file))
    out.write(result.message + "\n")
    return {"authentic": 0, "altered": 4, "unknown": 5}[result.verdict]


def add_report_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    report = commands.add_parser("report", help="the audit report for the seller (PDF or XLSX)")
    report.add_argument("audit_id", type=int)
    report.add_argument("--format", choices=("pdf", "xlsx"), default="pdf")
    report.add_argument("--lang", help="en, fr, es, de or it (default: the seller's)")
    report.add_argument("--out", help="file to write (default: audit-ID.FORMAT)")
    report.add_argument(
        "--draft",
        action="store_true",
        help="report on an audit not yet finalised, marked DRAFT on every page",
    )
    report.add_argument("--by", default="labapp", help="who issues it")
    report.set_defaults(handler=cmd_report)
    verify = commands.add_parser("verify", help="is this file a report this lab issued?")
    verify.add_argument("file")
    verify.set_defaults(handler=cmd_verify)
