"""What the simulated usbmuxd and adb server share: a TCP server on 127.0.0.1 that
serves each client on its own thread, keeps subscribers (usbmuxd's Listen, adb's
track-devices) and stops as the real daemons do, dropping every connection.

Phones are plugged from one thread (a test, the demo menu) while the libraries
talk to the daemon from others, so subclasses change their phones and publish
the news under `self._lock`: a client that subscribes at the same moment then
hears of each phone exactly once, either in its first answer or in the news.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable

# A subscriber that stops reading must not hold up whoever plugs a phone in.
SUBSCRIBER_SEND_TIMEOUT = 1.0


class LoopbackDaemon:
    def __init__(self, name: str) -> None:
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._subscribers: list[socket.socket] = []
        self._stopped = False
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(32)
        self.port: int = self._listener.getsockname()[1]
        threading.Thread(target=self._serve, name=name, daemon=True).start()

    def close(self) -> None:
        """Stop: no new clients, every connection dropped (subscribers see the daemon go)."""
        with self._lock:
            self._stopped = True
            connections = list(self._open)
            self._open.clear()
            self._subscribers.clear()
        # shutdown() wakes the thread blocked in accept(); close() alone leaves it waiting
        # on Linux, and it would still serve one more client after the daemon stopped.
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        for connection in connections:
            _drop(connection)

    # -- for subclasses ------------------------------------------------------------
    def _handle(self, connection: socket.socket) -> bool:
        """Serve one client; True keeps the connection open (it subscribed)."""
        raise NotImplementedError

    def _subscribe(self, connection: socket.socket, first_answer: Callable[[], bytes]) -> None:
        """Send the current state and add the client to the subscribers, in one step:
        `first_answer` runs under the lock, so no news falls between the two."""
        connection.settimeout(SUBSCRIBER_SEND_TIMEOUT)
        with self._lock:
            connection.sendall(first_answer())
            self._subscribers.append(connection)

    def _publish(self, news: bytes) -> None:
        """Send to every subscriber; the caller holds `self._lock`."""
        for connection in list(self._subscribers):
            try:
                connection.sendall(news)
            except OSError:
                self._subscribers.remove(connection)
                self._open.discard(connection)
                _drop(connection)

    # -- serving -----------------------------------------------------------------
    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                if self._stopped:
                    _drop(connection)
                    return
                self._open.add(connection)
            threading.Thread(target=self._client, args=(connection,), daemon=True).start()

    def _client(self, connection: socket.socket) -> None:
        try:
            if self._handle(connection):
                return
        except (OSError, ValueError):  # the client went away or sent something unreadable
            pass
        with self._lock:
            self._open.discard(connection)
        _drop(connection)


def _drop(connection: socket.socket) -> None:
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
    connection.close()
