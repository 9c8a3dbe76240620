"""Retake the user guide's screenshots of the real window, on a demo lab.

Run from the repository with its virtualenv, under a display of 1366×768, e.g. Xvfb:

    Xvfb :81 -screen 0 1366x768x24 &
    QT_QPA_PLATFORM=xcb DISPLAY=:81 LC_ALL=C.UTF-8 TZ=UTC \\
        .venv/bin/python scripts/guide_screenshots.py --language en --out /tmp/guide-en

The PNGs land in --out, to be looked at; --publish also copies them into the guide
(--help for the options). The report page needs pdftoppm (poppler-utils).

The guide's story, in two sittings on one demo lab, each a new start of the window:
bench   The order MO-1-000401 (an iPhone 11 listed good, seller S-FR-0006, in onboarding)
        is delivered; the technician signs in (sign-in), finds it (orders-search) and
        receives it (reception). A locked iPhone cannot be read (bench-locked). The
        parcel's iPhone 11 (battery 79 %) and a Galaxy A35 are plugged in (bench-plugged);
        the iPhone is read, three checks answered, P pressed on the grade (bench-reading).
finish  The draft comes back and is finished: the seller's earlier audit makes it a
        Suspension (bench-grade). An auditor reviews it (review) and issues the report
        (report-page); the administrator's Settings (settings-users, settings-database);
        the quality manager's trends, then the iPhone 13's (trends, trends-model).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import QDate, QDateTime, QLocale, QSettings, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from labapp.bootstrap import EVIDENCE_DIR_VARIABLE, Lab, build_lab
from labapp.domain.audits import AuditState
from labapp.domain.orders import AuditReason, CosmeticGrade, Listing, MysteryOrder, OrderStatus
from labapp.domain.users import LabRole
from labapp.persistence.database import database_url, describe
from labapp.services.access import Actor
from labapp.services.ports import OrderQuery
from labapp.ui import language
from labapp.ui.app import identify, start_demo_phones
from labapp.ui.bench_page import BenchPage
from labapp.ui.main_window import MainWindow
from labapp.ui.session import BenchSession
from labapp.ui.sign_in import SignInDialog
from labapp.ui.tasks import TaskRunner

REPOSITORY = Path(__file__).resolve().parent.parent
GUIDE_FOLDERS = {"en": REPOSITORY / "docs" / "guide", "fr": REPOSITORY / "docs" / "guide" / "fr"}
PICTURES = (
    "sign-in", "orders-search", "reception", "bench-plugged", "bench-reading", "bench-grade",
    "bench-locked", "review", "trends", "trends-model", "report-page", "settings-users",
    "settings-database",
)  # fmt: skip
STAGES = ("bench", "finish")
SCREEN = (1366, 768)
# The report page as the guide lays it out: page one of the PDF at 70 dpi.
REPORT_PAGE = (579, 819)

# The demo lab is drawn relative to "now". Seeded as of this moment it always holds the
# guide's story: the seller's earlier audit (Sales limitation, 22 November 2026) makes
# this one's major failure a Suspension.
STORY_MOMENT = datetime(2026, 11, 25, 10, 51, 30, tzinfo=UTC)
ORDER_REF = "MO-1-000401"
SELLER_REF = "S-FR-0006"
TECHNICIAN = "Camille Martin"
AUDITOR = "Inès Moreau"
QUALITY_MANAGER = "Hugo Petit"
ADMINISTRATOR = "Admin"
# The simulated phones (devices/simulated) the story plugs in.
PARCEL_IPHONE = "iphone11-battery-79"
WAITING_GALAXY = "galaxy-a35-samsung-battery"
LOCKED_IPHONE = "iphone13-locked"


# -- the two sittings, each a new start of the window ----------------------------------


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    if arguments.stage:
        return run_sitting(arguments)
    out = arguments.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="guide-work-"))
    for stage in STAGES:
        if not run_stage(stage, arguments, out, work):
            print(f"the {stage} sitting failed; its lab is left in {work}", file=sys.stderr)
            return 1
    shutil.rmtree(work, ignore_errors=True)
    if arguments.publish:
        publish(out, GUIDE_FOLDERS[arguments.language])
    return 0


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--language", choices=sorted(GUIDE_FOLDERS), required=True)
    parser.add_argument("--out", type=Path, required=True, help="where the PNGs land")
    parser.add_argument("--postgres", metavar="URL", help="a database to test in Settings")
    parser.add_argument("--publish", action="store_true", help="copy them into docs/guide")
    # Set by this script for its own sittings only.
    parser.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run_stage(stage: str, arguments: argparse.Namespace, out: Path, work: Path) -> bool:
    command = [sys.executable, str(Path(__file__).resolve()), "--stage", stage]
    command += ["--language", arguments.language, "--out", str(out), "--work", str(work)]
    if arguments.postgres:
        command += ["--postgres", arguments.postgres]
    return subprocess.run(command, env=sitting_environment(work), check=False).returncode == 0


def sitting_environment(work: Path) -> dict[str, str]:
    """Everything the app writes (photos, pairing records, remembered choices) stays in
    the work folder, and no database chosen on this computer replaces the demo one."""
    environment = dict(os.environ)
    environment["LABAPP_HOME"] = str(work / "home")
    environment[EVIDENCE_DIR_VARIABLE] = str(work / "evidence")
    environment["XDG_DATA_HOME"] = str(work / "xdg")
    environment.pop("LABAPP_DATABASE_URL", None)
    return environment


def run_sitting(arguments: argparse.Namespace) -> int:
    work: Path = arguments.work
    # Before the application exists: QSettings() is then this work folder's.
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(work / "qs"))
    app = QApplication(sys.argv[:1])
    identify()
    # Chosen as in Settings → Language (whose page shows it). A C system locale keeps the
    # developer's own formats out of the pictures: English writes ISO dates, French fr_FR.
    language.save_choice(arguments.language)
    language.apply_language(app, system=QLocale.c())
    url = f"sqlite:///{work / 'demo.sqlite3'}"
    if arguments.stage == "bench":
        seed_demo_lab(url)
    sitting = Sitting(app, build_lab(url), demo_label(url), arguments.out)
    try:
        if arguments.stage == "bench":
            take_bench_pictures(sitting, work)
        else:
            take_finishing_pictures(sitting, work, arguments.postgres)
    finally:
        sitting.close()
    return 1 if sitting.errors else 0


def seed_demo_lab(url: str) -> None:
    """The demo lab as of the story's moment, seeded by a lab on that clock (the seeder
    takes the lab's); the windows then work on today's."""
    lab = build_lab(url, clock=lambda: STORY_MOMENT)
    try:
        lab.demo.seed(orders=400, seed=1)
    finally:
        lab.close()


def demo_label(url: str) -> str:
    """The database as the status bar names it when the window starts a demo."""
    return QApplication.translate("app", "%1 (demo)").replace("%1", describe(database_url(url)))


class Sitting:
    """One start of the window on the demo lab: its windows and their background lanes."""

    def __init__(self, app: QApplication, lab: Lab, database_label: str, out: Path) -> None:
        self.app, self.lab, self.database_label, self.out = app, lab, database_label, out
        self.phones = start_demo_phones()
        self.errors: list[BaseException] = []
        self.runners: list[TaskRunner] = []
        # Kept till close: the phone watcher must not report to a deleted window.
        self.windows: list[MainWindow] = []

    def pump(self, seconds: float = 0.5) -> None:
        """Events for a while, then until every background lane has landed."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)
        self.wait_until(lambda: all(runner.idle for runner in self.runners), pause=0.02)

    def wait_until(self, done: Callable[[], bool], pause: float = 0.5) -> None:
        deadline = time.monotonic() + 60
        while not done() and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(pause)
        self.app.processEvents()

    def key(self, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifier)
        self.pump(0.3)

    def window_for(self, user: str, role: LabRole, phones: bool = False) -> MainWindow:
        """The window as this person sees it once signed in; only the technician's
        watches the bench's phones."""
        self.lab.gate.become(Actor(user, role))
        runner = TaskRunner(self._failed)
        self.runners.append(runner)
        window = MainWindow(
            self.lab,
            BenchSession(user, role),
            runner,
            self.database_label,
            self.phones if phones else None,
            watch_devices=phones,
        )
        window.resize(*SCREEN)
        window.show()
        window.raise_()
        window.activateWindow()
        self.windows.append(window)
        self.pump(1)
        return window

    def snap(self, window: QWidget, name: str) -> None:
        self.pump(0.8)
        image = window.grab()
        if (image.width(), image.height()) != SCREEN:
            print(f"note: {name} grabbed at {image.width()}×{image.height()}", file=sys.stderr)
            image = image.copy(0, 0, *SCREEN)
        self.save(image, name)

    def save(self, image: QPixmap, name: str) -> None:
        path = self.out / f"{name}.png"
        image.save(str(path))
        print("saved", path)

    def close(self) -> None:
        for runner in self.runners:
            runner.shutdown()
        # The lab stops watching the phones before their simulated daemons go away.
        self.lab.close()
        self.phones.close()
        self.pump(0.5)

    def _failed(self, error: BaseException) -> None:
        self.errors.append(error)
        print("error:", repr(error), file=sys.stderr)


def expect(condition: bool, story: str) -> None:
    """The guide's story relies on it: stop rather than take pictures of another one."""
    if not condition:
        raise RuntimeError(f"expected {story}")


def photo(path: Path, text: str, colour: str) -> Path:
    """A stand-in for a photo taken at the lab, as the technician would drop it."""
    image = Image.new("RGB", (1600, 1200), colour)
    ImageDraw.Draw(image).text((60, 60), text, fill="black")
    image.save(path, quality=85)
    return path


def select_row(table: QTableView, first_column: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == first_column:
            table.selectRow(row)


# -- first sitting: the parcel received, the phone read --------------------------------


def take_bench_pictures(sitting: Sitting, work: Path) -> None:
    pictures = work / "pictures"
    pictures.mkdir()
    parcel_photos = [
        photo(pictures / "colis-face.jpg", "colis-face", "#c8a878"),
        photo(pictures / "colis-etiquette.jpg", "colis-etiquette", "#e8e0d0"),
        photo(pictures / "colis-ouvert.jpg", "colis-ouvert", "#b0c4d8"),
    ]
    battery_photo = photo(pictures / "battery-settings.jpg", "Battery Health 79 %", "#f4f4f4")
    log_the_parcel(sitting.lab)
    take_sign_in(sitting)
    bench = sitting.window_for(TECHNICIAN, LabRole.TECHNICIAN, phones=True)
    take_orders_search(sitting, bench)
    take_reception(sitting, bench, parcel_photos)
    take_bench_locked(sitting, bench)
    take_bench_plugged(sitting, bench)
    take_bench_reading(sitting, bench, battery_photo)


def log_the_parcel(lab: Lab) -> None:
    """The guide's order: bought from a seller in onboarding, shipped and delivered."""
    lab.gate.become(Actor(TECHNICIAN, LabRole.TECHNICIAN))
    listing = Listing("iPhone 11", 128, CosmeticGrade("good"), Decimal("289.90"), colour="noir")
    lab.orders.add_order(
        MysteryOrder(
            order_ref=ORDER_REF,
            seller_ref=SELLER_REF,
            listing=listing,
            reason=AuditReason.ONBOARDING,
            ordered_at=datetime(2026, 11, 23, 9, 10, tzinfo=UTC),
        )
    )
    shipped = datetime(2026, 11, 23, 16, 40, tzinfo=UTC)
    lab.orders.ship(ORDER_REF, shipped, "Colissimo", "6A12345678905")
    lab.orders.deliver(ORDER_REF, datetime(2026, 11, 25, 8, 30, tzinfo=UTC))


def take_sign_in(sitting: Sitting) -> None:
    users = sitting.lab.directory.list_users()
    dialog = SignInDialog(users, "labapp", TECHNICIAN, passwords=True, newcomers=False)
    dialog.password.setText("banc numéro un!")
    dialog.show()
    sitting.pump(1)
    # Its own size, not the screen's: the guide shows the dialog alone.
    dialog.adjustSize()
    sitting.pump(0.5)
    sitting.save(dialog.grab(), "sign-in")
    dialog.close()


def take_orders_search(sitting: Sitting, window: MainWindow) -> None:
    window.show_page("orders")
    orders = window.pages["orders"]
    sitting.pump(1)
    sitting.key(window, Qt.Key.Key_F2)  # the guide's way to the search box
    if not orders.search.hasFocus():
        orders.focus_search()
    QTest.keyClicks(orders.search, "Atelier")
    sitting.pump(1.5)
    select_row(orders.table, ORDER_REF)
    orders.search.setFocus()
    orders.search.deselect()
    sitting.snap(window, "orders-search")


def take_reception(sitting: Sitting, window: MainWindow, parcel_photos: list[Path]) -> None:
    window.show_page("reception")
    reception = window.pages["reception"]
    reception.open_order(ORDER_REF)
    sitting.pump(1)
    reception.received_at.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(8, 50)))
    reception.condition.setCurrentIndex(0)  # intact
    reception.invoice.setChecked(True)
    reception.accessories.setText("câble")
    notes = "Téléphone sous papier bulle dans une boîte rigide ; scellé intact."
    reception.notes.setPlainText(notes)
    reception.add_parcel_photos(parcel_photos)
    sitting.pump(1.5)
    reception.record.setFocus()
    sitting.snap(window, "reception")
    reception.record.click()
    sitting.pump(1.5)


def take_bench_locked(sitting: Sitting, window: MainWindow) -> None:
    """A locked iPhone on another received parcel, on a bench of its own."""
    sitting.phones.plug(LOCKED_IPHONE)
    sitting.pump(3)
    received = sitting.lab.orders.lines(OrderQuery(status=OrderStatus.RECEIVED, limit=20))
    other = next(line.order_ref for line in received if line.order_ref != ORDER_REF)
    window.open_order(other)
    sitting.pump(1.5)
    bench = window.pages["bench"]
    bench.read_phone(bench.devices.chosen_phone())
    sitting.pump(3)
    bench.checklist.setFocus()
    sitting.snap(window, "bench-locked")
    sitting.phones.unplug(LOCKED_IPHONE)
    sitting.pump(2)


def take_bench_plugged(sitting: Sitting, window: MainWindow) -> None:
    """Back to the guide's parcel, started at the bench from Reception (F4)."""
    window.show_page("reception")
    reception = window.pages["reception"]
    reception.open_order(ORDER_REF)
    sitting.pump(1)
    reception.to_bench.click()
    sitting.pump(2)
    bench = window.pages["bench"]
    expect(window.stack.currentWidget() is bench and bench.audit is not None, "a bench audit")
    # Two phones on the bench: the parcel's iPhone 11 and a Galaxy A35 waiting its turn.
    sitting.phones.plug(PARCEL_IPHONE)
    sitting.pump(2)
    sitting.phones.plug(WAITING_GALAXY)
    sitting.pump(3)
    choose_the_iphone(bench)
    bench.checklist.setFocus()
    sitting.pump(0.5)
    sitting.snap(window, "bench-plugged")


def take_bench_reading(sitting: Sitting, window: MainWindow, battery_photo: Path) -> None:
    bench = window.pages["bench"]
    window.activateWindow()
    sitting.pump(0.3)
    sitting.key(bench.checklist, Qt.Key.Key_F5)
    sitting.pump(0.5)
    if not has_reading(bench):  # the key went elsewhere: read as the button does
        bench.read_phone(bench.devices.chosen_phone())
    sitting.wait_until(lambda: has_reading(bench))
    sitting.pump(1)
    for _ in range(3):  # packaging, accessories, counterfeit: pass
        sitting.key(bench.checklist, Qt.Key.Key_P)
    sitting.pump(0.5)
    # The battery screen in the phone's settings, as evidence for the failed check.
    model = bench.checklist_model
    bench.checklist.go_to(model.row_of("battery_health"))
    bench.attach_photos([battery_photo])
    sitting.pump(1)
    # P on the cosmetic grade: the line under the checklist says to use a number.
    bench.checklist.go_to(model.row_of("cosmetic_grade"))
    sitting.key(bench.checklist, Qt.Key.Key_P)
    sitting.snap(window, "bench-reading")


def choose_the_iphone(bench: BenchPage) -> None:
    listed = bench.devices.attached
    for row in range(listed.count()):
        if listed.item(row).text().startswith("iPhone"):
            listed.setCurrentRow(row)


def has_reading(bench: BenchPage) -> bool:
    return bench.audit is not None and bool(bench.audit.record.case_document.get("device"))


# -- second sitting: the audit finished, reviewed, reported; settings and trends ---------


def take_finishing_pictures(sitting: Sitting, work: Path, postgres: str | None) -> None:
    audit_id = take_bench_grade(sitting)
    take_review_and_report(sitting, audit_id, work)
    take_settings(sitting, postgres)
    take_trends(sitting)


def take_bench_grade(sitting: Sitting) -> int:
    """A new start, the phones still plugged in: the parcel scanned again brings the
    draft back as it was left; the phone is read again and every check answered."""
    sitting.phones.plug(PARCEL_IPHONE)
    sitting.phones.plug(WAITING_GALAXY)
    time.sleep(1)
    window = sitting.window_for(TECHNICIAN, LabRole.TECHNICIAN, phones=True)
    bench = window.pages["bench"]
    sitting.pump(3)
    window.open_order(ORDER_REF)
    sitting.pump(2)
    expect(window.stack.currentWidget() is bench, "the draft back at the bench")
    choose_the_iphone(bench)
    bench.read_phone(bench.devices.chosen_phone())
    sitting.pump(4)
    answer_every_check(sitting, bench)
    bench.checklist.go_to(bench.checklist_model.row_of("battery_health"))
    sitting.pump(0.5)
    sitting.snap(window, "bench-grade")
    audit_id: int = bench.audit.summary.id
    submit_for_review(sitting, bench, audit_id)
    return audit_id


def answer_every_check(sitting: Sitting, bench: BenchPage) -> None:
    """LCD screen as from the factory (2), grade good as listed (2); the rest pass."""
    model = bench.checklist_model
    for _ in range(model.rowCount()):
        waiting = [row for row in range(model.rowCount()) if model.needs_answer(row)]
        if not waiting:
            return
        bench.checklist.go_to(waiting[0])
        check = model.check(waiting[0])
        answer = check.options or check.id == "screen_technology"
        sitting.key(bench.checklist, Qt.Key.Key_2 if answer else Qt.Key.Key_P)


def submit_for_review(sitting: Sitting, bench: BenchPage, audit_id: int) -> None:
    sitting.key(bench.checklist, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    sitting.pump(1)
    if sitting.lab.audits.get(audit_id).record.state is AuditState.DRAFT:
        bench.submit.click()  # the key went elsewhere: as the button does
        sitting.pump(1)
    state = sitting.lab.audits.get(audit_id).record.state
    expect(state is AuditState.AWAITING_REVIEW, "the audit submitted for review")


def take_review_and_report(sitting: Sitting, audit_id: int, work: Path) -> None:
    window = sitting.window_for(AUDITOR, LabRole.AUDITOR)
    review = window.pages["review"]
    window.show_page("review")
    sitting.pump(1)
    review.open_audit(audit_id)
    sitting.pump(1.5)
    row = review.checks_model.row_of("battery_health")
    review.checks.selectRow(row)
    review.checks.scrollTo(review.checks_model.index(row, 0))
    sitting.snap(window, "review")
    review.finalise.click()
    sitting.pump(2)
    state = sitting.lab.audits.get(audit_id).record.state
    expect(state is AuditState.FINALISED, "the audit finalised")
    pdf = work / "report.pdf"
    review.export_report(pdf, "pdf")
    sitting.pump(3)
    expect(pdf.exists(), f"the report written to {pdf}")
    save_report_page(pdf, sitting.out / "report-page.png")
    window.close()


def save_report_page(pdf: Path, picture: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    expect(pdftoppm is not None, "pdftoppm (poppler-utils) to draw the report page")
    raw = pdf.with_name("report-page")
    page_one = ["-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([str(pdftoppm), "-png", "-r", "70", *page_one, str(pdf), str(raw)], check=True)
    page = Image.open(raw.with_suffix(".png")).convert("RGB")
    page.resize(REPORT_PAGE, Image.Resampling.LANCZOS).save(picture)
    print("saved", picture)


def take_settings(sitting: Sitting, postgres: str | None) -> None:
    lab = sitting.lab
    lab.gate.become(Actor(ADMINISTRATOR, LabRole.ADMINISTRATOR))
    # Accounts with a password, as the Users tab shows them on a lab that asks for one.
    lab.accounts.set_password(ADMINISTRATOR, "correct horse battery")
    lab.accounts.set_password(TECHNICIAN, "bench number one")
    window = sitting.window_for(ADMINISTRATOR, LabRole.ADMINISTRATOR)
    window.show_page("settings")
    settings = window.pages["settings"]
    sitting.pump(1)
    settings.show_tab(settings.users)
    sitting.pump(1)
    select_row(settings.users.table, TECHNICIAN)
    sitting.snap(window, "settings-users")
    settings.show_tab(settings.database)
    if postgres:
        settings.database.url.setText(postgres)
        settings.database.test.click()
        sitting.pump(4)
    sitting.pump(1)
    take_database_section(sitting, window, settings.database)
    window.close()


def take_database_section(sitting: Sitting, window: MainWindow, section: QWidget) -> None:
    """The window's top down to the section's last line of text: below it is empty."""
    bottom = 0
    for label in section.findChildren(QLabel):
        if label.isVisible() and label.text():
            bottom = max(bottom, label.mapTo(window, label.rect().bottomLeft()).y())
    image = window.grab()
    sitting.save(image.copy(0, 0, SCREEN[0], bottom + 16), "settings-database")


def take_trends(sitting: Sitting) -> None:
    window = sitting.window_for(QUALITY_MANAGER, LabRole.QUALITY_MANAGER)
    window.show_page("trends")
    trends = window.pages["trends"]
    sitting.pump(3)
    sitting.wait_until(lambda: trends.settled)
    sitting.pump(2)
    sitting.snap(window, "trends")
    trends.model.setCurrentIndex(trends.model.findText("iPhone 13"))
    sitting.pump(3)
    sitting.wait_until(lambda: trends.settled)
    sitting.pump(2)
    # The model's own charts are below the summary.
    bar = trends.board.grid.verticalScrollBar()
    bar.setValue(bar.maximum())
    sitting.pump(1.5)
    sitting.snap(window, "trends-model")
    window.close()


# -- into the guide --------------------------------------------------------------------


def publish(out: Path, guide: Path) -> None:
    """8-bit palette PNGs, as the guide's others: a fraction of the size, no visible loss
    on the window's flat colours."""
    guide.mkdir(parents=True, exist_ok=True)
    for name in PICTURES:
        image = Image.open(out / f"{name}.png").convert("RGB")
        palette = image.quantize(256, Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        palette.save(guide / f"{name}.png", optimize=True)
        print("published", guide / f"{name}.png")


if __name__ == "__main__":
    sys.exit(main())
