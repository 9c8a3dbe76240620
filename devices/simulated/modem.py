"""A simulated Samsung modem port on 127.0.0.1, reached with pyserial's socket://host:port.

Answers AT commands from recordings (OK-terminated, like the phone), ERROR otherwise,
and keeps every command it received so tests can prove only read-only ones were sent.
"""

from __future__ import annotations

import socket
import threading


class SimulatedModem:
    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers
        self.received: list[str] = []
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(4)
        self.url = f"socket://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._talk, args=(connection,), daemon=True).start()

    def _talk(self, connection: socket.socket) -> None:
        buffer = b""
        with connection:
            while True:
                try:
                    chunk = connection.recv(1024)
                except OSError:
                    return
                if not chunk:
                    return
                buffer += chunk
                while b"\r" in buffer:
                    line, _, buffer = buffer.partition(b"\r")
                    command = line.strip().decode("ascii", errors="replace")
                    buffer = buffer.lstrip(b"\n")
                    if not command:
                        continue
                    self.received.append(command)
                    answer = self.answers.get(command, "\r\nERROR\r\n")
                    connection.sendall(answer.encode("ascii"))

    def close(self) -> None:
        self._listener.close()
