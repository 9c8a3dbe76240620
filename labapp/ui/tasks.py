"""Work off the GUI thread, results back on it.

Two lanes, after Anki's task manager: one worker for the database (writes are
serialised, so two quick clicks never race) and one for long work (exports, imports,
trend charts on a big database, phone reads) that shows progress and can be
cancelled. Results and errors come back through a queued signal, so callbacks always
run on the GUI thread; the GUI thread never waits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel."""


@dataclass
class TaskToken:
    """Handed to long work: ask whether to stop, and say how far it got."""

    label: str
    _cancel: threading.Event = field(default_factory=threading.Event)
    _progress: Callable[[int, int], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled(self.label)

    def progress(self, done: int, total: int = 0) -> None:
        self.check()
        if self._progress is not None:
            self._progress(done, total)

    def cancel(self) -> None:
        self._cancel.set()


Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def _ignore(_: Any) -> None:
    pass


class TaskRunner(QObject):
    """Runs callables on worker threads and calls back on the GUI thread."""

    # (callback, value): emitted from a worker, delivered queued on the GUI thread.
    _finished = Signal(object, object)
    # label, done, total; total 0 means "busy, size unknown".
    long_task_progressed = Signal(str, int, int)
    long_task_started = Signal(str)
    long_task_ended = Signal(str)

    def __init__(self, on_error: Failed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._database = ThreadPoolExecutor(1, thread_name_prefix="database")
        self._long = ThreadPoolExecutor(1, thread_name_prefix="long-work")
        # Tasks asked for whose answer has not yet run on the GUI thread; both ends
        # of the count are on the GUI thread, so it needs no lock.
        self._outstanding = 0
        self._closed = False
        self._current: TaskToken | None = None
        self._finished.connect(self._deliver)

    def report_errors_to(self, handler: Failed) -> None:
        """Where errors go that a caller did not handle itself (the window's message)."""
        self._on_error = handler

    def run(
        self, work: Callable[[], Any], done: Done | None = None, failed: Failed | None = None
    ) -> None:
        """Database work, one at a time, in the order asked."""
        self._submit(self._database, work, done, failed)

    def run_long(
        self,
        label: str,
        work: Callable[[TaskToken], Any],
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> TaskToken:
        """Long work with progress; the returned token cancels it."""
        token = TaskToken(label, _progress=lambda d, t: self.long_task_progressed.emit(label, d, t))
        self._current = token
        self.long_task_started.emit(label)

        def finish(value: Any) -> None:
            self.long_task_ended.emit(label)
            if done is not None:
                done(value)

        def fail(error: BaseException) -> None:
            self.long_task_ended.emit(label)
            if isinstance(error, Cancelled):
                log.info("%s cancelled", label)
                return
            (failed or self._on_error)(error)

        self._submit(self._long, lambda: work(token), finish, fail)
        return token

    def cancel_long_task(self) -> None:
        if self._current is not None:
            self._current.cancel()

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        work: Callable[[], Any],
        done: Done | None,
        failed: Failed | None,
    ) -> None:
        if self._closed:
            log.info("work asked for after the window closed: dropped")
            return
        future = pool.submit(work)
        self._outstanding += 1

        def landed(finished: Future[Any]) -> None:
            error = finished.exception()
            if error is not None:
                if not isinstance(error, Cancelled):
                    log.info("task failed: %s", error, exc_info=error)
                self._finished.emit(failed or self._on_error, error)
            else:
                self._finished.emit(done or _ignore, finished.result())

        future.add_done_callback(landed)

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        self._outstanding -= 1
        callback(value)

    @property
    def idle(self) -> bool:
        """Nothing running and every answer delivered (tests wait for this)."""
        return self._outstanding == 0

    def shutdown(self) -> None:
        """Cancel long work, finish the database work under way, refuse new work."""
        self._closed = True
        self.cancel_long_task()
        self._database.shutdown(wait=True, cancel_futures=True)
        self._long.shutdown(wait=True, cancel_futures=True)
