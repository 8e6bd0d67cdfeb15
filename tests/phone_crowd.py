"""A room that is hard on the phone server, for the tests and the benchmark: phones that
keep their connection open after loading the form, and slow sockets that send one
header line every few seconds and never finish (a careless or hostile device).

And the survey service scaled out, for the tests and the benchmark of issue #25:
``serve-survey`` processes (``ServiceProcess``) behind a real nginx (``Nginx``, Debian's
package, run from a temporary folder on a high port as deploy/nginx configures it), and
phones that answer through it like people (``answer_like_a_person``)."""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

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


# --- the survey service behind nginx (issue #25) -------------------------------------

DEPLOY_NGINX = Path(__file__).resolve().parent.parent / "deploy" / "nginx" / "philosophy-studio.conf"
NONCE = re.compile(r'name="nonce" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(path, os.X_OK)), None
    )


def deployed_server_directives() -> str:
    """The directives of deploy/nginx's TLS server from the body size on (timeouts and
    the proxying locations), so that the tests proxy exactly as a company would."""
    text = DEPLOY_NGINX.read_text(encoding="utf-8")
    start = text.index("    client_max_body_size")
    end = text.rindex("}")
    return text[start:end]


class Nginx:
    """A real nginx in front of ``upstreams`` (ports on loopback), without TLS, listening
    on a free high port; everything it writes stays in a temporary folder."""

    def __init__(self, binary: str, upstreams: list[int], port: int = 0) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="ps-nginx-"))
        # Its workers run as nobody when the tests run as root: they must reach the
        # folders for request bodies.
        self.root.chmod(0o777)
        self.port = port or free_port()
        servers = "\n".join(
            f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=30s;" for port in upstreams
        )
        temp = "\n".join(
            f"    {kind}_temp_path {self.root / kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        directives = deployed_server_directives().replace(
            "/var/log/nginx/philosophy-studio.error.log", str(self.root / "error.log")
        )
        (self.root / "nginx.conf").write_text(
            f"""worker_processes 1;
daemon off;
pid {self.root / "nginx.pid"};
error_log {self.root / "error.log"} crit;
events {{ worker_connections 4096; }}
http {{
{temp}
    upstream philosophy_studio_survey {{
{servers}
        keepalive 16;
        keepalive_timeout 5s;
    }}
    server {{
        listen 127.0.0.1:{self.port};
        access_log off;
{directives}
    }}
}}
""",
            encoding="utf-8",
        )
        self.process = subprocess.Popen(
            [
                binary,
                "-p",
                str(self.root),
                "-e",
                str(self.root / "error.log"),
                "-c",
                str(self.root / "nginx.conf"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx did not start: {self.process.stderr.read().decode()[:500]}")  # type: ignore[union-attr]
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("nginx did not listen within 10 s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


class ServiceProcess:
    """``philosophy-studio serve-survey`` as a process of its own, on ``port``, trusting
    the proxy on loopback; the first two lines it prints are the link and the join."""

    def __init__(
        self,
        database: str,
        workshop: int,
        port: int,
        public_url: str,
        log: Path,
        *,
        extra: tuple[str, ...] = (),
    ) -> None:
        self.port = port
        self.lines: list[str] = []
        self._log = log.open("wb")
        command = [
            sys.executable,
            "-m",
            "philosophy_studio",
            "serve-survey",
            database,
            "--workshop",
            str(workshop),
        ]
        command += ["--host", "127.0.0.1", "--port", str(port), "--public-url", public_url]
        command += ["--trusted-proxy", "127.0.0.1", "--log-format", "json", *extra]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:  # type: ignore[union-attr]
            self.lines.append(line.rstrip("\n"))

    def wait_started(self, timeout: float = 60) -> tuple[str, str]:
        """(link, join line) once the process serves."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.lines) >= 2 and self.healthy():
                return self.lines[0].split(": ", 1)[1], self.lines[1]
            if self.process.poll() is not None:
                raise RuntimeError(f"serve-survey stopped with {self.process.returncode}: {self.lines}")
            time.sleep(0.05)
        raise RuntimeError(f"serve-survey did not start within {timeout} s: {self.lines}")

    def healthy(self) -> bool:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            connection.request("GET", "/healthz", headers={"Host": f"127.0.0.1:{self.port}"})
            return connection.getresponse().status == 200
        except OSError:
            return False
        finally:
            connection.close()

    def kill(self) -> None:
        """As a crash or the OOM killer would: no chance to finish anything."""
        self.process.kill()
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def send(
    connection: http.client.HTTPConnection, port: int, method: str, path: str, fields: dict[str, str] | None
) -> http.client.HTTPResponse:
    """One request as a phone's browser sends it (a form posted URL-encoded), and its response."""
    headers = {"Host": f"127.0.0.1:{port}"}
    body = None
    if fields is not None:
        body = urlencode(fields)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body, headers)
    return connection.getresponse()


def call(
    port: int, method: str, path: str, fields: dict[str, str] | None = None, timeout: float = 30
) -> tuple[int, str]:
    """(status, page) of one request on a new connection, as a phone makes it; status
    0 when the connection failed or the page came incomplete."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        response = send(connection, port, method, path, fields)
        return response.status, response.read().decode("utf-8")
    except (OSError, http.client.HTTPException):
        # A page cut off mid-way (the process behind the proxy was killed while it
        # answered) is, to a phone, a failed connection like any other.
        return 0, ""
    finally:
        connection.close()


@dataclass
class Outcome:
    """What one phone saw: the status that ended its attempts (200 thanks, 409 already
    sent by an earlier attempt, 403 closed, 0 gave up), how many posts it made, the
    moment (time.monotonic) its last post was sent, and the page it ended on."""

    status: int
    posts: int
    sent_at: float
    page: str
    latency: float = 0.0


def answer_like_a_person(port: int, path: str, text: str, *, patience: float = 60) -> Outcome:
    """Load the form, write, send; when the network or the server fails, wait a moment
    and press send again (the same form); a form the server no longer knows is loaded
    anew. Gives up (status 0) after ``patience`` seconds."""
    deadline = time.monotonic() + patience
    nonce: str | None = None
    posts, sent_at, pause = 0, 0.0, 0.2
    status, page = 0, ""
    while time.monotonic() < deadline:
        if nonce is None:
            status, page = call(port, "GET", path)
            if status == 403:
                return Outcome(status, posts, sent_at, page)
            found = NONCE.search(page) if status == 200 else None
            if found is None:
                time.sleep(pause)
                continue
            nonce = found.group(1)
        sent_at = time.monotonic()
        posts += 1
        status, page = call(port, "POST", path, {"nonce": nonce, "answer": text})
        if status in (200, 403, 409):
            return Outcome(status, posts, sent_at, page, time.monotonic() - sent_at)
        if status == 400:
            nonce = None
        time.sleep(pause)
    return Outcome(0, posts, sent_at, page)


# --- the survey service behind Caddy (issue #25) -------------------------------------

DEPLOY_CADDY = Path(__file__).resolve().parent.parent / "deploy" / "Caddyfile"


def caddy_binary() -> str | None:
    return shutil.which("caddy")


def deployed_caddy_site(upstreams: list[int]) -> str:
    """The site block of deploy/Caddyfile, from its body size on, proxying to
    ``upstreams``: the tests proxy, limit and add headers exactly as a company would."""
    text = DEPLOY_CADDY.read_text(encoding="utf-8")
    start = text.index("\trequest_body")
    end = text.rindex("}")
    body = text[start:end]
    return body.replace(
        "reverse_proxy 127.0.0.1:8080 {",
        "reverse_proxy " + " ".join(f"127.0.0.1:{port}" for port in upstreams) + " {",
    )


class Caddy:
    """A real Caddy in front of ``upstreams`` with TLS from its own certificate authority
    (the Caddyfile's ``local_certs``), on a free high port; its certificates, state and
    logs stay in a temporary folder and nothing is added to the system's trust store."""

    def __init__(self, binary: str, upstreams: list[int], port: int = 0) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="ps-caddy-"))
        self.port = port or free_port()
        body = deployed_caddy_site(upstreams)
        (self.root / "Caddyfile").write_text(
            f"""{{
	admin off
	local_certs
	skip_install_trust
	auto_https disable_redirects
	storage file_system {self.root / "data"}
}}

https://127.0.0.1:{self.port} {{
	tls internal
{body}}}
""",
            encoding="utf-8",
        )
        environment = {**os.environ, "HOME": str(self.root), "XDG_DATA_HOME": str(self.root / "data")}
        environment["XDG_CONFIG_HOME"] = str(self.root / "config")
        self.process = subprocess.Popen(
            [binary, "run", "--config", str(self.root / "Caddyfile"), "--adapter", "caddyfile"],
            stdout=subprocess.DEVNULL,
            stderr=(self.root / "caddy.log").open("wb"),
            env=environment,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"caddy did not start: {(self.root / 'caddy.log').read_text()[-800:]}")
            if self.serves():
                return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("caddy did not serve TLS within 20 s")

    def connection(self, timeout: float = 30) -> http.client.HTTPSConnection:
        import ssl

        # Caddy's own certificate authority is not one this machine trusts.
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return http.client.HTTPSConnection("127.0.0.1", self.port, timeout=timeout, context=context)

    def serves(self) -> bool:
        connection = self.connection(timeout=2)
        try:
            connection.request("GET", "/healthz")
            return connection.getresponse().status in (200, 502, 503)
        except OSError:
            return False
        finally:
            connection.close()

    def call(self, method: str, path: str, fields: dict[str, str] | None = None) -> tuple[int, str, dict]:
        """(status, page, headers) of one request on a new TLS connection, as a phone makes it."""
        connection = self.connection()
        try:
            response = send(connection, self.port, method, path, fields)
            try:
                page = response.read()
            except http.client.IncompleteRead as cut:
                # Refusing a body it will not take, Caddy may close the connection
                # before its own short page is out: the status is what it said.
                page = cut.partial
            return response.status, page.decode("utf-8", "replace"), dict(response.getheaders())
        finally:
            connection.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)
