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


def _date(raw: str | None, what: str) -> Any:
    from datetime import datetime

    from labapp.domain.errors import InvalidInput

    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise InvalidInput(f"{what} {raw!r} is not a date such as 2025-07-01") from None
    return moment if moment.tzinfo else moment.astimezone()


def cmd_export(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    from labapp.reports.xlsx_export import export_audits_xlsx
    from labapp.services.ports import ExportFilter

    selection = ExportFilter(
        _date(args.date_from, "--from"), _date(args.date_to, "--to"), args.seller
    )
    audits, checks = export_audits_xlsx(lab.exports, selection, Path(args.xlsx))
    out.write(f"{args.xlsx}: {audits} audit(s), {checks} check result(s)\n")
    return 0


def cmd_trends(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    from labapp.reports.i18n import Catalog
    from labapp.reports.trends_report import write_trends
    from labapp.services.ports import TrendWindow

    catalog = Catalog.of(args.lang)
    window = TrendWindow(
        since=_date(args.date_from, "--from"),
        before=_date(args.date_to, "--to"),
        seller_ref=args.seller,
        model=args.model,
    )
    # Charts are drawn while the database still counts the figures of the later ones.
    figures = lab.trends.begin(window)
    written = write_trends(figures, lab.library.protocol()[0], catalog, Path(args.out))
    for path in written:
        out.write(f"{path}\n")
    return 0


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
    report.add_argument("--by", help="who issues it (default: whoever is signed in)")
    report.set_defaults(handler=cmd_report)
    export = commands.add_parser("export", help="audits and their checks as a workbook")
    what = export.add_subparsers(dest="export_what", required=True, metavar="WHAT")
    audits = what.add_parser("audits", help="one row per audit and one per check")
    audits.add_argument("--xlsx", required=True, help="the workbook to write")
    audits.add_argument("--from", dest="date_from", help="audited on or after (YYYY-MM-DD)")
    audits.add_argument("--to", dest="date_to", help="audited before (YYYY-MM-DD)")
    audits.add_argument("--seller", help="one seller's audits")
    audits.set_defaults(handler=cmd_export)
    trends = commands.add_parser("trends", help="trend charts (PNG) and their figures (XLSX)")
    trends.add_argument("--out", required=True, help="folder for the charts and the workbook")
    trends.add_argument("--from", dest="date_from", help="audited on or after (YYYY-MM-DD)")
    trends.add_argument("--to", dest="date_to", help="audited before (YYYY-MM-DD)")
    trends.add_argument("--seller", help="one seller's audits (marketplace ref)")
    trends.add_argument("--model", help="one model's audits, as listed (e.g. 'iPhone 12')")
    trends.add_argument("--lang", default="en", help="labels in en, fr, es, de or it")
    trends.set_defaults(handler=cmd_trends)
    verify = commands.add_parser("verify", help="is this file a report this lab issued?")
    verify.add_argument("file")
    verify.set_defaults(handler=cmd_verify)
