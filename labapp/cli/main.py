"""Entry point of the `labapp` command.

Exit codes: 0 success, 2 bad input or usage (message on stderr), 3 a device
problem (none attached, locked, not trusted, unauthorized, unplugged), 1 anything
unexpected (the traceback goes to the log file, whose path is printed).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from labapp import __version__
from labapp.logging_setup import configure_logging
from labapp.paths import lab_paths

if TYPE_CHECKING:
    from labapp.bootstrap import Lab

log = logging.getLogger("labapp.cli")

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT, EXIT_DEVICE_PROBLEM = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"labapp: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from labapp.cli.admin_commands import (
        add_admin_parsers,
        add_audit_log_parsers,
        add_backup_parsers,
    )
    from labapp.cli.audit_commands import add_audit_parsers
    from labapp.cli.device_commands import add_device_parsers
    from labapp.cli.order_commands import add_order_parsers
    from labapp.cli.report_commands import add_report_parsers

    parser = _Parser(
        prog="labapp",
        description="The mystery-order audit lab: orders, parcels, devices, grades, reports. "
        "With no command, the desktop window opens.",
    )
    parser.add_argument("--version", action="store_true", help="version, log file and data folder")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a fresh demo database, with simulated phones to plug in",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: sqlite:///FILE, a file path, or postgresql://user@host/db "
        "(default: LABAPP_DATABASE_URL, else the per-user SQLite file)",
    )
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="NAME",
        help="act as this lab user (default: LABAPP_USER; else this computer's user on an "
        "embedded database). The password comes from LABAPP_PASSWORD or is asked for",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    db = commands.add_parser("db", help="database schema")
    db_actions = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_actions.add_parser("upgrade", help="bring the schema up to date").set_defaults(
        handler=cmd_db_upgrade, needs_lab=False
    )
    db_actions.add_parser(
        "status", help="where the database is and its schema version"
    ).set_defaults(handler=cmd_db_status, needs_lab=False)
    add_order_parsers(commands)
    add_admin_parsers(commands)
    add_backup_parsers(commands)
    add_audit_log_parsers(commands)
    add_audit_parsers(commands)
    add_device_parsers(commands)
    add_report_parsers(commands)
    grade = commands.add_parser("grade", help="grade an audit case file, without a database")
    grade.add_argument("case", help="a labapp.audit-case/1 JSON file")
    grade.add_argument("--json", action="store_true")
    grade.add_argument("--language", help="language of the advice (default: the seller's)")
    grade.set_defaults(handler=cmd_grade, needs_lab=False)
    return parser


def cmd_grade(args: argparse.Namespace, url: str, out: TextIO) -> int:
    from pathlib import Path

    from labapp.cli.grade_output import write_grade_summary
    from labapp.cli.output import write_json
    from labapp.domain.logistics import LogisticsPolicy
    from labapp.services.audit_case import read_case_file
    from labapp.services.business_calendar import HolidayCalendar
    from labapp.services.grade_json import grade_document
    from labapp.services.grading import GradingService
    from labapp.services.protocols import ProtocolLibrary

    case = read_case_file(Path(args.case))
    service = GradingService(ProtocolLibrary(), HolidayCalendar(), LogisticsPolicy)
    result = service.grade_case(case, args.language)
    if args.json:
        write_json(grade_document(result), out)
    else:
        write_grade_summary(result, out)
    return EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace, url: str, out: TextIO) -> int:
    from labapp.persistence.database import database_url, describe, reaching
    from labapp.persistence.schema import ensure_current, head_revision

    parsed = database_url(url)
    with reaching(parsed) as engine:
        change = ensure_current(engine)
    if change is None:
        out.write(f"{describe(parsed)}: schema already current ({head_revision()})\n")
    else:
        out.write(
            f"{describe(parsed)}: schema upgraded from {change[0] or 'empty'} to {change[1]}\n"
        )
    return EXIT_OK


def cmd_db_status(args: argparse.Namespace, url: str, out: TextIO) -> int:
    from labapp.persistence.database import database_url, describe, reaching
    from labapp.persistence.schema import current_revision, head_revision

    parsed = database_url(url)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").exists():
        # Asking must not make it: opening a SQLite file creates it (and its folder).
        out.write(
            f"database: {describe(parsed)}\nschema: none, the file does not exist yet "
            f"(labapp makes it when it first opens it; this labapp: {head_revision()})\n"
        )
        return EXIT_OK
    with reaching(parsed) as engine, engine.connect() as connection:
        current = current_revision(connection)
    out.write(
        f"database: {describe(parsed)}\nschema: {current or 'empty'} "
        f"(this labapp: {head_revision()})\n"
    )
    return EXIT_OK


def _print_version(url: str, out: TextIO) -> None:
    paths = lab_paths()
    out.write(f"labapp {__version__}\n")
    out.write(f"log file: {paths.log_file}\n")
    out.write(f"data folder: {paths.data_dir}\n")
    out.write(f"database: {url}\n")


def _report_bad_input(error: Exception, err: TextIO) -> None:
    from labapp.services.order_import import ImportRejected

    err.write(f"labapp: error: {error}\n")
    if isinstance(error, ImportRejected):
        for problem in error.problems:
            err.write(f"  {problem}\n")


def run(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    paths = lab_paths()
    configure_logging(paths.log_file)
    parser = build_parser()
    args = parser.parse_args(argv)
    from labapp.bootstrap import choose_database_url

    url = choose_database_url(args.db, paths)
    if args.version:
        _print_version(url, out)
        return EXIT_OK
    if args.command is None:
        # No command: the desktop window, which is what the lab works in all day.
        from labapp.ui.app import run_window

        return run_window(url, demo=args.demo)
    from devices.errors import DeviceError
    from labapp.domain.errors import LabError

    try:
        if not getattr(args, "needs_lab", True):
            return int(args.handler(args, url, out))
        from labapp.bootstrap import build_lab

        lab = build_lab(url, sign_in_hint=SIGN_IN_HINT)
        try:
            sign_in_from_command_line(lab, args.as_user)
            return int(args.handler(args, lab, out))
        finally:
            lab.close()
    except LabError as error:
        log.info("refused: %s", error)
        _report_bad_input(error, err)
        return EXIT_BAD_INPUT
    except DeviceError as error:
        log.info("device problem: %s", error)
        err.write(f"labapp: device ({error.reason}): {error}\n")
        return EXIT_DEVICE_PROBLEM
    except KeyboardInterrupt:
        err.write("labapp: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader (`| head`) stopped reading: not an error of ours.
        _silence_stdout()
        return EXIT_OK
    except Exception:
        log.exception("unexpected error running %s", list(argv or sys.argv[1:]))
        err.write(f"labapp: unexpected error; details in {paths.log_file}\n")
        return EXIT_UNEXPECTED


SIGN_IN_HINT = "give --as NAME (the password from LABAPP_PASSWORD, or typed when asked)"
USER_VARIABLE, PASSWORD_VARIABLE = "LABAPP_USER", "LABAPP_PASSWORD"


def sign_in_from_command_line(lab: Lab, as_user: str | None) -> None:
    """--as NAME (or LABAPP_USER) signs that person in; their password is taken from
    LABAPP_PASSWORD, else asked on the terminal without echo, never from the command
    line (where other users of the computer could read it)."""
    import os

    name = (as_user or os.environ.get(USER_VARIABLE, "")).strip()
    if not name:
        actor = lab.gate.actor
        if actor.role is None and not actor.trusted:
            # A shared lab with passwords: reading is the lab's business too.
            from labapp.domain.errors import PermissionDenied

            raise PermissionDenied(f"this lab's database asks who you are: {SIGN_IN_HINT}")
        return
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None and lab.accounts.password_needed(name):
        password = ask_password(f"password for {name}: ")
    lab.accounts.sign_in(name, password)


def ask_password(prompt: str) -> str:
    import getpass

    from labapp.domain.errors import PermissionDenied

    if not sys.stdin.isatty():
        raise PermissionDenied(
            f"a password is needed and there is no terminal to ask it on: set {PASSWORD_VARIABLE}"
        )
    return getpass.getpass(prompt)


def _silence_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file descriptor (tests): nothing left to flush
    finally:
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
