"""A room that is hard on the phone server, for the tests and the benchmark: phones that
keep their connection open after loading the form, and slow sockets that send one
header line every few seconds and never finish (a careless or hostile device)."""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time

DRIP_SECONDS = 5.0


class Crowd:
    def __init__(self, port: int, path: str) -> None:
        self.port, self.path = port, path
        self.holding: list[socket.socket] = []
        self.slow: list[socket.socket] = []
        self._stop = threading.Event()
        self._dripper = threading.Thread(target=self._drip, name="slow-sockets", daemon=True)

    def _connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        return sock

    def gather(self, holding: int, slow: int) -> None:
        host = f"127.0.0.1:{self.port}"
        for _ in range(holding):
            sock = self._connect()
            # A phone's browser: it loads the form and keeps the connection for later.
            sock.sendall(
                f"GET {self.path} HTTP/1.1\r\nHost: {host}\r\nConnection: keep-alive\r\n\r\n".encode()
            )
            self.holding.append(sock)
        for _ in range(slow):
            sock = self._connect()
            sock.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\n".encode())
            self.slow.append(sock)
        self._dripper.start()

    def _drip(self) -> None:
        while not self._stop.wait(DRIP_SECONDS):
            for sock in self.slow:
                with contextlib.suppress(OSError):
                    sock.sendall(b"X-Still-Typing: yes\r\n")

    def disperse(self) -> None:
        self._stop.set()
        if self._dripper.is_alive():
            self._dripper.join()
        for sock in self.holding + self.slow:
            with contextlib.suppress(OSError):
                sock.close()


def load_form(port: int, path: str, timeout: float = 20.0) -> tuple[int, float]:
    """(HTTP status, seconds) for a new phone loading the form."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    except OSError:
        return 0, time.perf_counter() - started
    finally:
        connection.close()
