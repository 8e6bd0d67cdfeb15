"""Serving the survey app with waitress on a background thread, and stopping cleanly.

waitress is a production WSGI server: it buffers whole requests before the app sees
them, caps what it buffers, and writes no access log. Its own logger would name request
paths (which carry the token) on disconnects, so it is kept quiet while serving.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

from philosophy_studio.survey_server.app import SurveyApp, SurveySink, body_limit
from philosophy_studio.survey_server.ballots import BallotSink
from philosophy_studio.survey_server.security import new_token

log = logging.getLogger(__name__)

# Worker threads answering phones. Each request is short (a read, or one commit), so a
# few threads keep up with a room; waitress queues the rest in order.
THREADS = 8
# Open connections at once: a large room's phones, each holding one or two, and the
# careless or hostile devices below, with room to spare. The loop polls (select() stops
# at 1,024 descriptors).
CONNECTION_LIMIT = 2_000
# A request must arrive whole within this time; a device that sends one header line now
# and then is cut off instead of holding a connection for ever.
REQUEST_DEADLINE_SECONDS = 10.0
# A connection with nothing to do is closed after this (a phone's browser keeps one
# open after loading the form); it reconnects for its answer.
IDLE_SECONDS = 10.0
# How often the limits above are looked at.
CHECK_SECONDS = 1
# Private addresses used only to ask the system which interface it would route through:
# connecting a UDP socket sends no packet, so this works without any network.
_PROBE_ADDRESSES = ("10.255.255.255", "192.168.255.255", "172.31.255.255")
LOOPBACK = "127.0.0.1"
STOP_TIMEOUT_SECONDS = 5.0


def lan_address() -> str:
    """The machine's address on the local network, or 127.0.0.1 when it has none."""
    for probe in _PROBE_ADDRESSES:
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            udp.connect((probe, 9))
            address = udp.getsockname()[0]
            if address and not address.startswith(("0.", "127.")):
                return str(address)
    return LOOPBACK


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int

    @property
    def authority(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"http://{self.authority}"


def _close_stalled(server: object, now: float) -> None:
    """waitress's own clean-up closes only idle connections, after minutes, and counts
    a header line as activity; this one also ends requests that take too long to
    arrive. Runs on the server's loop thread."""
    for channel in list(server.active_channels.values()):  # type: ignore[attr-defined]
        if channel.requests:
            continue  # being answered
        partial = channel.request
        if partial is None:
            if now - channel.last_activity > IDLE_SECONDS:
                channel.will_close = True
            continue
        first_seen = getattr(channel, "ps_partial", None)
        if first_seen is None or first_seen[0] is not partial:
            channel.ps_partial = (partial, now)
        elif now - first_seen[1] > REQUEST_DEADLINE_SECONDS:
            channel.will_close = True


def _quiet_waitress() -> None:
    # Warnings such as "Task queue depth is 3" name no one but are noise; disconnect
    # notices name the request path, which holds the token.
    for name in ("waitress", "waitress.queue"):
        logging.getLogger(name).setLevel(logging.ERROR)


class SurveyServer:
    """One running phone survey: its address, link, join code, and ``stop``.

    Construct with ``start``. ``stop`` is idempotent; after it the app refuses every
    request even if a connection was already open, and the port is released.
    """

    def __init__(self, app: SurveyApp, endpoint: Endpoint, server: object, thread: threading.Thread) -> None:
        self.app = app
        self.endpoint = endpoint
        self._server = server
        self._thread = thread
        self._stop_lock = threading.Lock()
        self._stopped = False

    @classmethod
    def start(
        cls,
        sink: SurveySink | BallotSink,
        *,
        max_answer_length: int,
        host: str | None = None,
        port: int = 0,
        on_code_rotated: Callable[[str], None] | None = None,
        app_type: type[SurveyApp] = SurveyApp,
    ) -> SurveyServer:
        """Serve ``sink`` with ``app_type`` (BallotApp for a BallotSink)."""
        from waitress.server import create_server

        _quiet_waitress()
        bind_host = host or lan_address()
        token = new_token()
        # The allowed Host values are set once the port is known; the app reads them
        # per request.
        app = app_type(
            sink,  # type: ignore[arg-type]
            token,
            (),
            max_answer_length=max_answer_length,
            on_code_rotated=on_code_rotated,
        )
        server = create_server(
            app,
            host=bind_host,
            port=port,
            threads=THREADS,
            ident="",
            # Above the app's own cap, so that the app (not waitress) answers an
            # oversized post with its own page.
            max_request_body_size=body_limit(max_answer_length) * 2,
            max_request_header_size=16 * 1024,
            expose_tracebacks=False,
            clear_untrusted_proxy_headers=True,
            connection_limit=CONNECTION_LIMIT,
            asyncore_use_poll=True,
            cleanup_interval=CHECK_SECONDS,
        )
        server.maintenance = lambda now: _close_stalled(server, now)  # type: ignore[attr-defined]
        actual_port = int(server.effective_port)  # type: ignore[attr-defined]
        shown_host = lan_address() if bind_host in ("0.0.0.0", "") else bind_host
        endpoint = Endpoint(shown_host, actual_port)
        hosts = {endpoint.authority}
        if bind_host in ("0.0.0.0", ""):
            hosts.add(f"{LOOPBACK}:{actual_port}")
        app.allowed_hosts = frozenset(h.lower() for h in hosts)
        thread = threading.Thread(target=server.run, name="ps-phone-survey", daemon=True)
        thread.start()
        return cls(app, endpoint, server, thread)

    @property
    def url(self) -> str:
        """The link in the QR code: the address and the secret token."""
        return self.endpoint.base_url + self.app.answer_path

    @property
    def join_url(self) -> str:
        """The address to type, where the join code is asked for."""
        return self.endpoint.base_url + "/"

    @property
    def join_code(self) -> str:
        return self.app.join_code

    @property
    def is_running(self) -> bool:
        return not self._stopped

    def stop(self) -> None:
        with self._stop_lock:
            if self._stopped:
                return
            self._stopped = True
        self.app.stop()
        server = self._server
        # Workers first, while the loop still runs: a request being stored finishes its
        # commit and its reply goes out; queued ones are cancelled.
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=STOP_TIMEOUT_SECONDS)  # type: ignore[attr-defined]
        map_ = server._map  # type: ignore[attr-defined]

        def close_everything() -> None:
            # Runs on the server's own loop thread, so no socket is closed under it.
            for dispatcher in list(map_.values()):
                with contextlib.suppress(OSError):
                    dispatcher.close()

        try:
            server.trigger.pull_trigger(close_everything)  # type: ignore[attr-defined]
        except OSError:
            # The loop's wake-up pipe is gone (seen once under load in the tests), and
            # with it the loop: nothing runs there any more, so the sockets are closed
            # here rather than left open with a dead link.
            log.warning("the phone survey's loop could not be woken to stop; closing its sockets directly")
            close_everything()
        self._thread.join(STOP_TIMEOUT_SECONDS)
