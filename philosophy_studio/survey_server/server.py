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
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from philosophy_studio.survey_server.app import SurveyApp, SurveySink, body_limit
from philosophy_studio.survey_server.ballots import BallotSink
from philosophy_studio.survey_server.router import RootJoinApp, Router, new_mount
from philosophy_studio.survey_server.security import (
    ForwardedFor,
    JoinGuard,
    SharedForm,
    SignedTokens,
    new_token,
    proxy_networks,
)

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
# On a graceful stop: how long requests already arriving or being answered get to
# finish (a request must arrive within REQUEST_DEADLINE_SECONDS anyway).
DRAIN_SECONDS = REQUEST_DEADLINE_SECONDS + 2.0
# A connection that has sent nothing yet is given this long to start its request.
DRAIN_GRACE_SECONDS = 1.0


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
    # The address phones use when a reverse proxy serves the pages (https://name),
    # without a trailing slash; "" for this server's own address.
    public: str = ""

    @property
    def authority(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return self.public or f"http://{self.authority}"


def _public_parts(public_url: str) -> tuple[str, str]:
    """(origin, host) of a public address such as ``https://survey.example.com``."""
    from urllib.parse import urlsplit

    parts = urlsplit(public_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        raise ValueError("a public address is http(s)://NAME[:PORT] without a path")
    return f"{parts.scheme}://{parts.netloc}".lower(), parts.netloc.lower()


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


class _Waitress:
    """A waitress server running on its own thread, with the limits above, and its two
    ways of stopping: at once (``close``) or after the requests in flight (``drain``)."""

    def __init__(
        self, application: object, host: str | None, port: int, max_body: int, *, proxies: bool = False
    ) -> None:
        from waitress.server import create_server

        _quiet_waitress()
        self.bind_host = host or lan_address()
        server = create_server(
            application,
            host=self.bind_host,
            port=port,
            threads=THREADS,
            ident="",
            # Above the app's own cap, so that the app (not waitress) answers an
            # oversized post with its own page.
            max_request_body_size=max_body,
            max_request_header_size=16 * 1024,
            expose_tracebacks=False,
            # Without proxies, forwarded headers are dropped here; behind them, the
            # application's ForwardedFor middleware decides whom to believe.
            clear_untrusted_proxy_headers=not proxies,
            connection_limit=CONNECTION_LIMIT,
            asyncore_use_poll=True,
            cleanup_interval=CHECK_SECONDS,
        )
        server.maintenance = lambda now: _close_stalled(server, now)  # type: ignore[attr-defined]
        self.server = server
        self.port = int(server.effective_port)  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=server.run, name="ps-phone-survey", daemon=True)

    def endpoint(self, public_url: str = "") -> Endpoint:
        shown_host = lan_address() if self.bind_host in ("0.0.0.0", "") else self.bind_host
        return Endpoint(shown_host, self.port, public_url.rstrip("/"))

    def hosts(self, public_url: str = "") -> frozenset[str]:
        """The Host values requests may carry: the address served, loopback when every
        interface is served, and the public address's name."""
        hosts = {self.endpoint().authority}
        if self.bind_host in ("0.0.0.0", ""):
            hosts.add(f"{LOOPBACK}:{self.port}")
        if public_url:
            hosts.add(_public_parts(public_url)[1])
        return frozenset(h.lower() for h in hosts)

    def _run_on_loop(self, action: Callable[[], None]) -> None:
        try:
            self.server.trigger.pull_trigger(action)  # type: ignore[attr-defined]
        except OSError:
            # The loop's wake-up pipe is gone (seen once under load in the tests), and
            # with it the loop: nothing runs there any more, so act from here.
            log.warning("the phone survey's loop could not be woken; acting on its sockets directly")
            action()

    def drain(self, seconds: float = DRAIN_SECONDS) -> None:
        """Take no new connections; wait (up to ``seconds``) for the requests that are
        arriving or being answered to be answered, closing each connection once idle."""
        import time

        server = self.server
        map_ = server._map  # type: ignore[attr-defined]
        listening_stopped = threading.Event()

        def stop_listening() -> None:
            from waitress import wasyncore

            try:
                # Connections the system already accepted for us are taken first:
                # closing the listening socket would reset them.
                while True:
                    before = len(map_)
                    server.handle_accept()  # type: ignore[attr-defined]
                    if len(map_) == before:
                        break
                # The listening socket only: waitress's own close() also closes the
                # loop's wake-up pipe, which the rest of the stop still needs.
                with contextlib.suppress(OSError):
                    wasyncore.dispatcher.close(server)  # type: ignore[arg-type]
            finally:
                listening_stopped.set()

        self._run_on_loop(stop_listening)
        listening_stopped.wait(STOP_TIMEOUT_SECONDS)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            now = time.time()  # waitress stamps a channel's activity with time.time()
            channels = [d for d in list(map_.values()) if hasattr(d, "requests") and d is not server]
            busy = [c for c in channels if c.requests or c.request is not None or c.total_outbufs_len]
            # A connection that has not sent anything yet may have its request on the
            # way: it gets a moment before it counts as idle.
            waiting = [c for c in channels if c not in busy and now - c.last_activity < DRAIN_GRACE_SECONDS]
            idle = [c for c in channels if c not in busy and c not in waiting]

            def close_idle(idle: list = idle) -> None:  # type: ignore[type-arg]
                for channel in idle:
                    channel.close_when_flushed = True

            if idle:
                self._run_on_loop(close_idle)
            if not busy and not waiting:
                return
            time.sleep(0.05)

    def close(self) -> None:
        server = self.server
        # Workers first, while the loop still runs: a request being stored finishes its
        # commit and its reply goes out; queued ones are cancelled.
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=STOP_TIMEOUT_SECONDS)  # type: ignore[attr-defined]
        map_ = server._map  # type: ignore[attr-defined]

        def close_everything() -> None:
            # Runs on the server's own loop thread, so no socket is closed under it.
            for dispatcher in list(map_.values()):
                with contextlib.suppress(OSError):
                    dispatcher.close()

        self._run_on_loop(close_everything)
        self.thread.join(STOP_TIMEOUT_SECONDS)


class SurveyServer:
    """One running phone survey: its address, link, join code, and ``stop``.

    Construct with ``start``. ``stop`` is idempotent; after it the app refuses every
    request even if a connection was already open, and the port is released.
    """

    def __init__(self, app: SurveyApp, endpoint: Endpoint, server: _Waitress) -> None:
        self.app = app
        self.endpoint = endpoint
        self._server = server
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
        server = _Waitress(app, host, port, body_limit(max_answer_length) * 2)
        app.allowed_hosts = server.hosts()
        server.thread.start()
        return cls(app, server.endpoint(), server)

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
        self._server.close()


@dataclass(frozen=True)
class ServedForm:
    """One workshop's form on a shared server: what to print for the room."""

    app: SurveyApp
    url: str
    join_url: str

    @property
    def join_code(self) -> str:
        return self.app.join_code


class SharedSurveyServer:
    """The survey service: one port, any number of workshops' forms, each under its own
    unguessable prefix (or one form at the root), and ``/healthz``.

    ``add`` serves another form while running. ``stop(graceful=True)`` first lets the
    requests in flight finish (SIGTERM of a service manager), then stops like
    SurveyServer.stop."""

    def __init__(
        self,
        health: Callable[[], dict[str, object]],
        *,
        host: str | None = None,
        port: int = 0,
        max_answer_length: int,
        public_url: str = "",
        trusted_proxies: Iterable[str] = (),
    ) -> None:
        proxies = proxy_networks(trusted_proxies)
        if public_url:
            origin, _host = _public_parts(public_url)
            self._origins = frozenset({origin})
        else:
            self._origins = frozenset()
        self.router = Router(health)
        self._max_answer_length = max_answer_length
        application = ForwardedFor(self.router, proxies) if proxies else self.router
        self._server = _Waitress(
            application, host, port, body_limit(max_answer_length) * 2, proxies=bool(proxies)
        )
        self._hosts = self._server.hosts(public_url)
        self.endpoint = self._server.endpoint(public_url)
        self._stop_lock = threading.Lock()
        self._stopped = False
        self._server.thread.start()

    def add(
        self,
        sink: SurveySink | BallotSink,
        *,
        app_type: type[SurveyApp] = SurveyApp,
        at_root: bool = False,
        on_code_rotated: Callable[[str], None] | None = None,
        shared: SharedForm | None = None,
    ) -> ServedForm:
        """Serve ``sink``'s form. With ``shared`` its link, join code and nonces are
        those every process of the service uses for it; otherwise this server's own."""
        if shared is None:
            token, mount = new_token(), "" if at_root else new_mount()
            extra: dict[str, object] = {"on_code_rotated": on_code_rotated}
        else:
            token, mount = shared.token, "" if at_root else shared.mount
            extra = {
                "guard": JoinGuard(on_code_rotated, shared=shared.code),
                "nonces": SignedTokens(shared.key),
                "join_nonces": SignedTokens(shared.key),
            }
        app = app_type(
            sink,  # type: ignore[arg-type]
            token,
            self._hosts,
            max_answer_length=self._max_answer_length,
            mount=mount,
            **extra,  # type: ignore[arg-type]
        )
        app.allowed_origins = self._origins
        self.router.mount(app)
        base = self.endpoint.base_url
        return ServedForm(app, base + app.answer_path, base + app.join_path)

    def add_root_join(self, key: bytes | None = None) -> str:
        """A join page at the root that takes any served workshop's code; its URL.
        With ``key`` its nonces are signed with it, so that a code typed on a page that
        another process of the service gave is taken too."""
        self.router.root = RootJoinApp(
            lambda: self.router.apps,
            self._hosts,
            self._origins,
            nonces=SignedTokens(key) if key is not None else None,
        )
        return self.endpoint.base_url + "/"

    @property
    def port(self) -> int:
        return self.endpoint.port

    def stop(self, *, graceful: bool = False) -> None:
        with self._stop_lock:
            if self._stopped:
                return
            self._stopped = True
        if graceful:
            self._server.drain()
        for app in (*self.router.apps, *([self.router.root] if self.router.root else [])):
            app.stop()
        self._server.close()
