"""Secrets and guards of the phone survey: the link token, the join code with its
attempt limit, single-use form nonces, and the Host/Origin checks.

In the room (one server) all state lives in memory and dies with the server. The
survey service may run as several processes behind one proxy: there each form's link,
join code and signing key come from the database (``SharedForm``), form nonces are
signed so that any process can check them (``SignedTokens``), and once-only submission
is the database's unique submission token. Limits are kept per client (the address a
request came from, held in memory only, never stored or logged), so that one device
cannot lock out the room or use up the forms of others; with several processes each
keeps its own.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import re
import secrets
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

# Digits only: nothing to confuse (O/0, I/l/1) and phones show a number pad for them.
JOIN_ALPHABET = "0123456789"
JOIN_CODE_LENGTH = 8
# Join attempts (right or wrong) one client may make per minute: a person with typos
# needs a few, a script trying codes is stopped here without anyone else noticing.
MAX_ATTEMPTS_PER_CLIENT = 10
# Wrong codes per minute from the whole room before the code on the screen changes:
# only many devices guessing together get there (one is throttled long before), so the
# projected code stays put for a room of people with typos.
MAX_FAILURES = 200
ATTEMPT_WINDOW_SECONDS = 60.0
# Clients remembered at once by a limit; the quietest are forgotten first.
MAX_CLIENTS = 10_000

# A form stays usable this long: long enough to think and write, short enough that the
# table of outstanding nonces stays small.
NONCE_LIFETIME_SECONDS = 3 * 60 * 60
MAX_OUTSTANDING_NONCES = 20_000
# Open forms per client: a device loading forms over and over expires its own
# oldest forms, never another phone's.
MAX_NONCES_PER_CLIENT = 1_000
# Spent nonces are remembered so that a repeated POST gets a clear page, not an error.
MAX_SPENT_NONCES = 20_000

Clock = Callable[[], float]


def new_token() -> str:
    """128 random bits, URL-safe: the secret part of the link in the QR code."""
    return secrets.token_urlsafe(16)


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def format_join_code(code: str) -> str:
    """ "77249102" -> "7724 9102": groups of four are easier to read out and type."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise_typed_code(text: str) -> str:
    """What someone typed, without the spaces, dashes or dots they may have added."""
    return "".join(ch for ch in text if ch not in " -.\u00a0\t")[:64]


class JoinResult(Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    # The code changed after too many wrong attempts: read the new one on the screen.
    ROTATED = "rotated"
    THROTTLED = "throttled"


class _Window:
    """Moments within the last ATTEMPT_WINDOW_SECONDS."""

    def __init__(self) -> None:
        self.moments: deque[float] = deque()

    def count(self, now: float) -> int:
        while self.moments and now - self.moments[0] >= ATTEMPT_WINDOW_SECONDS:
            self.moments.popleft()
        return len(self.moments)


class SharedCode(Protocol):
    """A join code that several processes show and accept (kept in the database)."""

    def read(self) -> str: ...

    def replace(self, old: str, new: str) -> str:
        """Put ``new`` in place of ``old`` unless another process replaced ``old``
        already; returns the code in force afterwards."""
        ...


class _CodeInMemory:
    """The room's join code: this server's alone."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._code = new_join_code()

    def read(self) -> str:
        with self._lock:
            return self._code

    def replace(self, old: str, new: str) -> str:
        with self._lock:
            if self._code == old:
                self._code = new
            return self._code


class JoinGuard:
    """The join code and the limits on guessing it. ``on_rotated(code)`` is called
    (on the request's thread) whenever this guard changed the code, so the screen can
    show it. With ``shared`` the code is the one every process of the service uses;
    the attempts and failures counted are this process's own."""

    def __init__(
        self,
        on_rotated: Callable[[str], None] | None = None,
        clock: Clock = time.monotonic,
        shared: SharedCode | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._on_rotated = on_rotated
        self._codes = shared or _CodeInMemory()
        self._failures = _Window()
        self._clients: OrderedDict[str, _Window] = OrderedDict()

    @property
    def code(self) -> str:
        return self._codes.read()

    def check(self, typed: str, client: str = "") -> JoinResult:
        with self._lock:
            now = self._clock()
            attempts = self._clients.pop(client, None) or _Window()
            self._clients[client] = attempts  # the most recent client last
            while len(self._clients) > MAX_CLIENTS:
                self._clients.popitem(last=False)
            if attempts.count(now) >= MAX_ATTEMPTS_PER_CLIENT:
                return JoinResult.THROTTLED
            attempts.moments.append(now)
        if self.matches(typed):
            return JoinResult.ACCEPTED
        return JoinResult.ROTATED if self.count_failure() else JoinResult.WRONG

    # --- one join page for several workshops (survey_server.router) -----------------

    def matches(self, typed: str) -> bool:
        """Whether ``typed`` is this code; counts nothing (the caller limits attempts)."""
        return secrets.compare_digest(normalise_typed_code(typed).encode(), self._codes.read().encode())

    def count_failure(self) -> bool:
        """A wrong code was typed where this code is one of those accepted; True when
        that was one too many for the room and the code changed."""
        with self._lock:
            now = self._clock()
            self._failures.moments.append(now)
            if self._failures.count(now) < MAX_FAILURES:
                return False
            self._failures.moments.clear()
        old, new = self._codes.read(), new_join_code()
        if self._codes.replace(old, new) == new and self._on_rotated is not None:
            self._on_rotated(new)
        return True


class AttemptLimit:
    """Join attempts per client per minute, in memory only (the clients a join page
    for several workshops sees)."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._clients: OrderedDict[str, _Window] = OrderedDict()

    def allow(self, client: str) -> bool:
        """Counts an attempt by ``client``; False when it made too many this minute."""
        with self._lock:
            now = self._clock()
            attempts = self._clients.pop(client, None) or _Window()
            self._clients[client] = attempts
            while len(self._clients) > MAX_CLIENTS:
                self._clients.popitem(last=False)
            if attempts.count(now) >= MAX_ATTEMPTS_PER_CLIENT:
                return False
            attempts.moments.append(now)
            return True


class NonceState(Enum):
    FRESH = "fresh"
    SPENT = "spent"
    UNKNOWN = "unknown"


class NonceBook:
    """Single-use form nonces. A nonce is issued with each form, taken when the form is
    posted, and then either spent (the post did its work) or given back (it failed in a
    way the person may retry, e.g. the store was busy)."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._fresh: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self._taken: dict[str, str] = {}
        self._spent: OrderedDict[str, None] = OrderedDict()
        self._by_client: OrderedDict[str, deque[str]] = OrderedDict()

    def issue(self, purpose: str, client: str = "") -> str:
        nonce = secrets.token_urlsafe(16)
        with self._lock:
            self._fresh[nonce] = (purpose, self._clock() + NONCE_LIFETIME_SECONDS)
            issued = self._by_client.pop(client, None) or deque()
            self._by_client[client] = issued
            issued.append(nonce)
            while len(issued) > MAX_NONCES_PER_CLIENT:
                self._fresh.pop(issued.popleft(), None)
            while len(self._by_client) > MAX_CLIENTS:
                for forgotten in self._by_client.popitem(last=False)[1]:
                    self._fresh.pop(forgotten, None)
            while len(self._fresh) > MAX_OUTSTANDING_NONCES:
                self._fresh.popitem(last=False)
        return nonce

    def take(self, nonce: str, purpose: str) -> NonceState:
        """FRESH: the caller now owns the nonce and must ``spend`` or ``give_back`` it.
        SPENT: already used (or in use by a post still running). UNKNOWN: never issued
        here, expired, or for another form."""
        with self._lock:
            entry = self._fresh.get(nonce)
            if entry is not None:
                issued_for, expires = entry
                if issued_for != purpose:
                    return NonceState.UNKNOWN
                del self._fresh[nonce]
                if expires < self._clock():
                    return NonceState.UNKNOWN
                self._taken[nonce] = purpose
                return NonceState.FRESH
            if nonce in self._taken or nonce in self._spent:
                return NonceState.SPENT
            return NonceState.UNKNOWN

    def spend(self, nonce: str) -> None:
        with self._lock:
            self._taken.pop(nonce, None)
            self._spent[nonce] = None
            while len(self._spent) > MAX_SPENT_NONCES:
                self._spent.popitem(last=False)

    def give_back(self, nonce: str) -> None:
        with self._lock:
            purpose = self._taken.pop(nonce, None)
            if purpose is not None:
                self._fresh[nonce] = (purpose, self._clock() + NONCE_LIFETIME_SECONDS)

    def forget_all(self) -> None:
        with self._lock:
            self._fresh.clear()
            self._taken.clear()
            self._spent.clear()
            self._by_client.clear()

    def submission_id(self, nonce: str) -> str:
        """What marks the submission of this form in the store: the nonce itself, 128
        random bits that say nothing of when or to whom the form was given."""
        return nonce


# The signature of a signed token: 128 bits of HMAC-SHA256, enough that nobody forges
# one by trying.
_MAC_BYTES = 16


def _urlsafe(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


class SignedTokens:
    """Form nonces that any process holding the form's ``key`` can check, for a service
    of several processes behind one proxy: a phone may load the form from one and post
    it to another. A token is ``random.expiry.signature``; nothing is kept when one is
    issued, so loading pages over and over uses up nothing of anyone else's.

    Once-only submission is the store's: it keeps the random part with the answer (or
    ballot) under a unique constraint (``submission_id``), so a replay to any process is
    refused. The random part is all that is stored: the expiry, which would tell when
    the form was given, stays in the phone's copy of the token. Each process also
    remembers the tokens posted to it, so that a second post to the same process is
    refused without asking the store (and, for the join page, at all)."""

    def __init__(self, key: bytes, clock: Clock = time.time) -> None:
        if len(key) < 16:
            raise ValueError("a signing key has at least 128 bits")
        self._key = key
        # Wall-clock time: the processes sharing the key compare expiries they did not set.
        self._clock = clock
        self._lock = threading.Lock()
        self._taken: set[str] = set()
        self._spent: OrderedDict[str, None] = OrderedDict()

    def _signature(self, purpose: str, nonce: str, expires: str) -> str:
        message = f"{purpose}\0{nonce}\0{expires}".encode()
        return _urlsafe(hmac.new(self._key, message, hashlib.sha256).digest()[:_MAC_BYTES])

    def issue(self, purpose: str, client: str = "") -> str:
        nonce = secrets.token_urlsafe(16)
        expires = format(int(self._clock() + NONCE_LIFETIME_SECONDS), "x")
        return f"{nonce}.{expires}.{self._signature(purpose, nonce, expires)}"

    def take(self, token: str, purpose: str) -> NonceState:
        """As NonceBook.take; SPENT only for tokens posted to this process (the store
        knows the rest)."""
        parts = token.split(".")
        if len(parts) != 3 or not all(part.isascii() for part in parts):
            return NonceState.UNKNOWN
        nonce, expires, signature = parts
        if not hmac.compare_digest(signature, self._signature(purpose, nonce, expires)):
            return NonceState.UNKNOWN
        try:
            if int(expires, 16) < self._clock():
                return NonceState.UNKNOWN
        except ValueError:
            return NonceState.UNKNOWN
        with self._lock:
            if nonce in self._taken or nonce in self._spent:
                return NonceState.SPENT
            self._taken.add(nonce)
        return NonceState.FRESH

    def spend(self, token: str) -> None:
        nonce = self.submission_id(token)
        with self._lock:
            self._taken.discard(nonce)
            self._spent[nonce] = None
            while len(self._spent) > MAX_SPENT_NONCES:
                self._spent.popitem(last=False)

    def give_back(self, token: str) -> None:
        with self._lock:
            self._taken.discard(self.submission_id(token))

    def forget_all(self) -> None:
        with self._lock:
            self._taken.clear()
            self._spent.clear()

    def submission_id(self, token: str) -> str:
        return token.split(".", 1)[0]


@dataclass(frozen=True)
class SharedForm:
    """What every process serving one form shares, from the database: the link's
    token, the path the form is mounted under ("" at the root), the join code and the
    key that signs its nonces."""

    token: str
    mount: str
    key: bytes
    code: SharedCode


def host_allowed(host_header: str | None, allowed: frozenset[str]) -> bool:
    """The Host header names one of the addresses served (DNS rebinding defence)."""
    return host_header is not None and host_header.strip().lower() in allowed


def origin_allowed(
    origin: str | None, referer: str | None, allowed: frozenset[str], origins: frozenset[str] = frozenset()
) -> bool:
    """A form post comes from our own page. Browsers send ``Origin: null`` for our own
    posts because the pages ask for no referrer; the single-use nonce, which another
    site cannot read, is what stops cross-site posts then. ``origins`` adds whole
    origins (``https://survey.example.com``) a reverse proxy serves the pages under."""
    ours = {f"http://{host}" for host in allowed} | {origin.lower() for origin in origins}
    if origin not in (None, "null") and origin.lower() not in ours:
        return False
    if referer:
        lowered = referer.lower()
        if not any(lowered.startswith(f"{base}/") for base in ours):
            return False
    return True


# --- behind a reverse proxy -------------------------------------------------------

ProxyNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
_FORWARDED_FOR = re.compile(r'(?:^|;)\s*for\s*=\s*("[^"]*"|[^;,\s]*)', re.IGNORECASE)


def proxy_networks(addresses: Iterable[str]) -> tuple[ProxyNetwork, ...]:
    """The reverse proxies whose forwarded headers are believed: addresses or networks
    (``10.0.0.5``, ``10.0.0.0/24``, ``::1``). ValueError names one that is neither."""
    networks = []
    for address in addresses:
        try:
            networks.append(ipaddress.ip_network(address.strip(), strict=False))
        except ValueError:
            raise ValueError(f"{address.strip()!r} is not an address or network") from None
    return tuple(networks)


def _address(text: str) -> str | None:
    """An address as a header names it (``"[2001:db8::1]:4711"``, ``192.0.2.1:80``),
    or None for anything else (``unknown``, an obfuscated name, garbage)."""
    value = text.strip().strip('"').strip()
    if value.startswith("["):
        value = value[1 : value.find("]")] if "]" in value else ""
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def forwarded_client(environ: dict[str, object], proxies: tuple[ProxyNetwork, ...]) -> str | None:
    """The client a trusted proxy reports for this request: the last address of
    X-Forwarded-For (the one the proxy itself saw; earlier ones are the client's own
    claims), else of ``Forwarded: for=``. None when the peer is not a trusted proxy or
    it names no address."""
    peer = _address(str(environ.get("REMOTE_ADDR", "")))
    if peer is None or not any(ipaddress.ip_address(peer) in network for network in proxies):
        return None
    forwarded_for = str(environ.get("HTTP_X_FORWARDED_FOR", ""))
    if forwarded_for.strip():
        return _address(forwarded_for.rsplit(",", maxsplit=1)[-1])
    forwarded = str(environ.get("HTTP_FORWARDED", ""))
    if forwarded.strip():
        found = _FORWARDED_FOR.findall(forwarded.rsplit(",", maxsplit=1)[-1])
        return _address(found[-1]) if found else None
    return None


PROXY_HEADERS = (
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_X_FORWARDED_BY",
    "HTTP_FORWARDED",
)


class ForwardedFor:
    """WSGI middleware: behind the configured reverse proxies, a request's client (for
    the per-client limits, in memory only) is the one the proxy reports; from anyone
    else the forwarded headers are ignored, so a phone cannot pose as many. The
    headers never reach the application."""

    def __init__(self, app: Callable[..., Any], proxies: tuple[ProxyNetwork, ...]) -> None:
        self.app = app
        self.proxies = proxies

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        reported = forwarded_client(environ, self.proxies)
        for header in PROXY_HEADERS:
            environ.pop(header, None)
        if reported is not None:
            environ["REMOTE_ADDR"] = reported
        return self.app(environ, start_response)
