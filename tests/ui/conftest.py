"""Window tests run offscreen with a real lab: SQLite in a temporary folder, demo data,
the real services. They drive widgets as a person would (keys, clicks) and wait for the
background lanes to answer."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English text and ISO dates: the machine's own language (a French
# workstation) must not turn the window French or its dates local. The French window
# is tested on purpose, with its language chosen, in test_french_interface.py.
os.environ["LC_ALL"] = "C.UTF-8"

import pytest

from labapp.bootstrap import build_lab
from labapp.domain.users import LabRole
from labapp.ui.session import BenchSession
from labapp.ui.tasks import TaskRunner

# Time for a background task to come back; generous for shared CI machines.
WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def _widgets_collected_on_the_gui_thread():
    """A test's widgets are collected here, on the GUI thread, after the test: left to
    Python's collector, a background lane of the next test may collect them, and Qt
    crashes when a widget is destroyed off its thread."""
    yield
    import gc

    gc.collect()


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path_factory):
    """The window's remembered choices (last person, language) go to a folder of the
    run, never to the settings of the person running the tests."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.getbasetemp() / "qsettings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory):
    """One demo database per run, copied for each test that writes to it."""
    folder = tmp_path_factory.mktemp("seeded")
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    lab = build_lab(url)
    lab.demo.seed(orders=150, seed=11)
    lab.close()
    return folder / "demo.sqlite3"


@pytest.fixture
def lab(seeded_db, tmp_path):
    import shutil

    target = tmp_path / "lab.sqlite3"
    shutil.copyfile(seeded_db, target)
    built = build_lab(f"sqlite:///{target}")
    yield built
    built.close()


@pytest.fixture
def french(qapp, tmp_path):
    """The window's language chosen as French, as run_window applies it; English again
    after, so that the other tests still read English."""
    from PySide6.QtCore import QLocale, QSettings

    from labapp.ui import language

    settings = QSettings(str(tmp_path / "labapp-language.ini"), QSettings.Format.IniFormat)
    language.save_choice("fr", settings)
    applied = language.apply_language(qapp, settings, QLocale.c())
    yield applied
    applied.remove()


@pytest.fixture
def runner(qtbot):
    errors: list[BaseException] = []
    tasks = TaskRunner(errors.append)
    tasks.errors = errors  # type: ignore[attr-defined]
    yield tasks
    tasks.shutdown()


def wait_idle(qtbot, runner) -> None:
    """Until every database and long task has landed on the GUI thread."""
    qtbot.waitUntil(lambda: runner.idle, timeout=WAIT_MS)


def signed_in(lab, role: LabRole, user: str = "Camille Martin") -> BenchSession:
    """The window's session and the services' gate, as after that person signed in
    with that role (the services then refuse what the role may not do)."""
    from labapp.services.access import Actor

    lab.gate.become(Actor(user, role))
    return BenchSession(user, role)
