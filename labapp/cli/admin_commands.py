"""`labapp db|seller|user|settings|demo ...`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from labapp.cli.output import to_plain, write_json, write_table
from labapp.domain.sellers import SellerStatus, parse_seller_status
from labapp.domain.users import parse_role

if TYPE_CHECKING:
    from labapp.bootstrap import Lab


def cmd_seller_add(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    status = parse_seller_status(args.status) if args.status else SellerStatus.ONBOARDING
    view = lab.directory.add_seller(args.ref, args.name, args.country, args.language, status)
    out.write(
        f"seller {view.marketplace_ref} added ({view.name}, {view.country}, "
        f"reports in {view.language}, {view.status})\n"
    )
    return 0


def cmd_seller_list(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    sellers = lab.directory.list_sellers()
    if args.json:
        write_json(sellers, out)
        return 0
    rows = [[s.marketplace_ref, s.name, s.country, s.language, s.status] for s in sellers]
    write_table(["seller", "name", "country", "language", "status"], rows, out)
    return 0


def cmd_user_add(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    view = lab.directory.add_user(args.name, parse_role(args.role))
    out.write(f"lab user {view.name} added as {view.role}\n")
    return 0


def cmd_user_password(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    import sys

    from labapp.cli.main import ask_password
    from labapp.domain.errors import InvalidInput

    if args.remove:
        lab.accounts.clear_password(args.name)
        out.write(f"{args.name} signs in without a password now\n")
        return 0
    if args.stdin:
        # One line from standard input: for scripts, which must not put it in argv.
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = ask_password(f"new password for {args.name}: ")
        if ask_password("the same again: ") != password:
            raise InvalidInput("the two passwords differ; nothing was changed")
    current = None
    if lab.gate.actor.name == args.name.strip() and lab.gate.actor.role is not None:
        # Changing one's own password asks for the current one, as the window does.
        import os

        current = os.environ.get("LABAPP_PASSWORD") or ask_password("current password: ")
    lab.accounts.set_password(args.name, password, current)
    out.write(f"password set for {args.name.strip()}\n")
    return 0


def cmd_user_list(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    users = lab.directory.list_users()
    if args.json:
        write_json(users, out)
        return 0
    write_table(
        ["name", "role", "active"],
        [[u.name, u.role, "yes" if u.active else "no"] for u in users],
        out,
    )
    return 0


def cmd_settings_list(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    settings = lab.settings.list_settings()
    if args.json:
        write_json([to_plain(s) for s in settings], out)
        return 0
    write_table(
        ["setting", "value", "default", "meaning"],
        [[s.name, _one_line(s.value), _one_line(s.default), s.description] for s in settings],
        out,
    )
    return 0


def _one_line(value: int | str) -> str:
    # A multi-line address, one line of the table.
    return " / ".join(str(value).splitlines()) if value != "" else '""'


def cmd_settings_set(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    # A shell argument hardly holds a line break: "\n" in the value stands for one.
    view = lab.settings.set_setting(args.name, args.value.replace("\\n", "\n"))
    out.write(f"{view.name} = {_one_line(view.value)}\n")
    return 0


def cmd_demo_seed(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    report = lab.demo.seed(orders=args.orders, seed=args.seed)
    out.write(
        f"demo data: {report.orders_created} orders, {report.audits_created} audits, "
        f"{report.sellers_created} new sellers, "
        f"{report.users_created} new lab users\n"
    )
    return 0


def add_admin_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    seller = commands.add_parser("seller", help="marketplace sellers")
    sellers = seller.add_subparsers(dest="seller_command", required=True, metavar="ACTION")
    add = sellers.add_parser("add", help="register a seller")
    add.add_argument("ref", help="the seller's marketplace ref")
    add.add_argument("--name", required=True)
    add.add_argument("--country", required=True, help="ISO code: FR, ES, DE, IT, BE, ...")
    add.add_argument("--language", help="report language en/fr/es/de/it (default: country's)")
    add.add_argument("--status", help=", ".join(s.value for s in SellerStatus))
    add.set_defaults(handler=cmd_seller_add)
    listing = sellers.add_parser("list", help="all sellers")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_seller_list)

    user = commands.add_parser("user", help="lab users")
    users = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add_user = users.add_parser("add", help="add a lab user")
    add_user.add_argument("name")
    add_user.add_argument(
        "--role", required=True, help="technician, auditor, quality_manager or administrator"
    )
    add_user.set_defaults(handler=cmd_user_add)
    password = users.add_parser(
        "password",
        help="set a lab user's password (asked twice, never on the command line)",
    )
    password.add_argument("name")
    password.add_argument(
        "--stdin", action="store_true", help="read the password from one line of standard input"
    )
    password.add_argument(
        "--remove", action="store_true", help="sign in without a password again (single bench)"
    )
    password.set_defaults(handler=cmd_user_password)
    list_users = users.add_parser("list", help="all lab users")
    list_users.add_argument("--json", action="store_true")
    list_users.set_defaults(handler=cmd_user_list)

    settings = commands.add_parser(
        "settings", help="lab-wide settings (letterhead, cut-off hour, ...)"
    )
    actions = settings.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    show = actions.add_parser("list", help="every setting with its value")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_settings_list)
    change = actions.add_parser("set", help="change a setting")
    change.add_argument("name", help="e.g. lab.name, lab.address, logistics.order_cutoff_hour")
    change.add_argument("value", help=r"the new value; \n starts a new line (lab.address)")
    change.set_defaults(handler=cmd_settings_set)

    demo = commands.add_parser("demo", help="demo data")
    demo_actions = demo.add_subparsers(dest="demo_command", required=True, metavar="ACTION")
    seed = demo_actions.add_parser("seed", help="fill the database with realistic demo data")
    seed.add_argument("--orders", type=int, default=500, help="how many orders (default 500)")
    seed.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    seed.set_defaults(handler=cmd_demo_seed)


def cmd_backup(args: argparse.Namespace, url: str, out: TextIO) -> int:
    from labapp.persistence.backup import back_up
    from labapp.persistence.database import database_url

    info = back_up(database_url(url), Path(args.file))
    out.write(
        f"{info.path}: backup of {info.orders} order(s) and {info.audits} audit(s), "
        f"schema {info.revision}, {info.size_bytes // 1024} KB\n"
        "evidence photos are files kept by content hash: copy the evidence folder too "
        "(labapp --version shows the data folder)\n"
    )
    return 0


def cmd_restore(args: argparse.Namespace, url: str, out: TextIO) -> int:
    from labapp.domain.errors import InvalidInput
    from labapp.persistence.backup import restore
    from labapp.persistence.database import database_url

    if not args.yes:
        raise InvalidInput(
            "restore replaces everything in the database with the backup: "
            "run it again with --yes to go ahead"
        )
    info = restore(database_url(url), Path(args.file))
    out.write(
        f"restored {info.orders} order(s) and {info.audits} audit(s) from {args.file} "
        f"(schema {info.revision}); the next start brings the schema up to date\n"
    )
    return 0


def add_backup_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    backup = commands.add_parser("backup", help="copy the embedded database, even while in use")
    backup.add_argument("file", help="where to write the copy (an SQLite file)")
    backup.set_defaults(handler=cmd_backup, needs_lab=False)
    restore = commands.add_parser("restore", help="put a backup in place of the database")
    restore.add_argument("file", help="a backup written by `labapp backup`")
    restore.add_argument("--yes", action="store_true", help="yes, replace what is there now")
    restore.set_defaults(handler=cmd_restore, needs_lab=False)


def cmd_audit_log_verify(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    from labapp.services.audit_log import AuditLogService

    verdict = AuditLogService(lab.database.unit_of_work).verify()
    out.write(("intact: " if verdict.intact else "NOT INTACT: ") + verdict.why + "\n")
    return 0 if verdict.intact else 4


def cmd_audit_log_show(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    import json

    from labapp.services.audit_log import AuditLogService

    for sealed in AuditLogService(lab.database.unit_of_work).history(args.entity, args.id):
        event = sealed.event
        changed = json.dumps(event.after, ensure_ascii=False, sort_keys=True)
        out.write(
            f"#{sealed.number} {event.at.isoformat(timespec='seconds')} {event.actor}: "
            f"{event.action} {changed}\n"
        )
    return 0


def add_audit_log_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    log = commands.add_parser("audit-log", help="the lab's tamper-evident record of changes")
    actions = log.add_subparsers(dest="audit_log_command", required=True, metavar="ACTION")
    actions.add_parser(
        "verify", help="check that no event was edited, deleted or reordered (exit 4 if so)"
    ).set_defaults(handler=cmd_audit_log_verify)
    show = actions.add_parser("show", help="one record's history")
    show.add_argument(
        "entity", choices=("audit", "order", "seller", "user", "report", "protocol", "setting")
    )
    show.add_argument("id", help="audit number, order ref, seller ref, ...")
    show.set_defaults(handler=cmd_audit_log_show)
