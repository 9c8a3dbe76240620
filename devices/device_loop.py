"""One thread that owns every USB conversation, running one asyncio event loop.

pymobiledevice3's device calls are coroutines and its sockets belong to the loop
that opened them, so every iPhone call goes through this loop; callers (the
window's device worker, the command line) wait on a future with a timeout and
never block the loop itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from devices.errors import DeviceDisconnected

_T = TypeVar("_T")


class DeviceLoop:
    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="labapp-devices", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    def call(self, make: Callable[[], Awaitable[_T]], timeout: float = 30.0) -> _T:
        async def wrapped() -> _T:
            return await make()

        future = asyncio.run_coroutine_threadsafe(wrapped(), self._loop)
        try:
            return future.result(timeout)
        except FutureTimeout:
            future.cancel()
            raise DeviceDisconnected(f"the phone did not answer within {timeout:g} s") from None

    def spawn(self, coroutine: Coroutine[Any, Any, _T]) -> Future[_T]:
        """Run a long-lived coroutine (a watcher) on the loop; cancel the future to stop it."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def close(self) -> None:
        # Coroutines still running (a watcher that was just stopped, closing its usbmuxd
        # connection) are cancelled and given time to clean up before the loop stops,
        # rather than destroyed half-way ("Task was destroyed but it is pending").
        finishing = asyncio.run_coroutine_threadsafe(_cancel_pending(), self._loop)
        with contextlib.suppress(FutureTimeout):
            finishing.result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def __enter__(self) -> DeviceLoop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


async def _cancel_pending() -> None:
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
