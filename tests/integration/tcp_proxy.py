"""A TCP relay in front of the real PostgreSQL server that a test can cut and restore.

Stopping it is what the stations see when the server stops: every open connection is
reset and new ones are refused. The server itself keeps running for the other tests
(the CI machine's server is shared), while psycopg and SQLAlchemy meet real socket
failures, not a mock.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading


class CuttableRelay:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self._target = (target_host, target_port)
        self._listener: socket.socket | None = None
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        """Refuse new connections and reset every open one, as a stopped server does."""
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            sockets, self._open = self._open, set()
        for sock in sockets:
            _end(sock)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # stopped
            try:
                server = socket.create_connection(self._target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open |= {client, server}
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                _end(sock)


def _end(sock: socket.socket) -> None:
    """Reset the connection now, even while another thread is reading from it.

    close() alone leaves a socket that another thread is blocked reading open (the
    kernel keeps it for that read): the server would keep its transaction, and its
    locks, forever. shutdown() wakes the reader and ends the connection for both sides.
    """
    with contextlib.suppress(OSError):
        # SO_LINGER 0: a reset, as a stopped server gives, not a polite goodbye.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
