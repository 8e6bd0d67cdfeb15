"""serve-survey: the phone survey without the app window, e.g. on a second machine or
when the facilitator's laptop drives only the projector; or, on the team database, a
service that runs for days on the company network."""

from __future__ import annotations

import argparse
import os

from philosophy_studio.cli.arguments import EXIT_OK, Handler, UsageError

# Every option can come from the environment instead (a systemd unit, a container).
ENVIRONMENT = {
    "location": "PHILOSOPHY_STUDIO_SURVEY_DATABASE",
    "workshop": "PHILOSOPHY_STUDIO_SURVEY_WORKSHOP",
    "all": "PHILOSOPHY_STUDIO_SURVEY_ALL",
    "votes": "PHILOSOPHY_STUDIO_SURVEY_VOTES",
    "host": "PHILOSOPHY_STUDIO_SURVEY_HOST",
    "port": "PHILOSOPHY_STUDIO_SURVEY_PORT",
    "public_url": "PHILOSOPHY_STUDIO_SURVEY_PUBLIC_URL",
    "log_format": "PHILOSOPHY_STUDIO_SURVEY_LOG_FORMAT",
    "trusted_proxy": "PHILOSOPHY_STUDIO_SURVEY_TRUSTED_PROXY",
}
# How often --all asks the database which surveys are open (seconds).
POLL_VARIABLE = "PHILOSOPHY_STUDIO_SURVEY_POLL_SECONDS"
_TRUE = {"1", "true", "yes", "on"}


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535")
    return port


def _proxy(value: str) -> str:
    from philosophy_studio.survey_server.security import proxy_networks

    try:
        proxy_networks([value])
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value.strip()


def _workshop(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError("a workshop is chosen by its number (see list-workshops)")
    return int(value)


def _checkin(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError("a check-in is chosen by its number, from 1 in calendar order")
    return int(value)


def _public_url(value: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        raise argparse.ArgumentTypeError("give the address phones use, like https://survey.example.com")
    return value.rstrip("/")


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    serve = subparsers.add_parser(
        "serve-survey",
        help="let phones on the local network answer the survey or vote (prints the link and join code)",
        description="Serve a workshop's survey (or, with --votes, the ballot of its open voting "
        "round) to phones on the local network until Ctrl+C (SIGINT) or SIGTERM; on SIGTERM the "
        "requests in flight are answered first. The first lines printed are the link (for a QR code) "
        "and the join code. Answers and dots are stored anonymously, as from the kiosk; nothing about "
        "the phones is logged. LOCATION is a workshop file or a team database; on a database of "
        "several workshops choose one with --workshop, or serve every workshop whose survey is open "
        "with --all (each under its own link and join code; surveys opened later are served within "
        "seconds). GET /healthz answers {status, workshops, database} for monitors. Several processes "
        "may serve one team database behind a reverse proxy: they share each workshop's link, join code "
        "and signed forms through the database (the join-attempt limits are each process's own).",
        epilog="Environment variables (used when the option is not given): "
        + "; ".join(f"{variable} for {name.replace('_', '-')}" for name, variable in ENVIRONMENT.items())
        + f"; {POLL_VARIABLE} for how often the database is asked which surveys are open "
        "(default 5 seconds). A database password can also come from PGPASSWORD.",
    )
    serve.add_argument(
        "location",
        nargs="?",
        metavar="LOCATION",
        help="the workshop file (.pstudio) or a team database (postgresql+psycopg://USER@HOST/DB)",
    )
    serve.add_argument(
        "--workshop", type=_workshop, metavar="N", help="on a database of several workshops: serve number N"
    )
    serve.add_argument(
        "--all",
        action="store_true",
        default=None,
        help="serve every workshop whose survey is open (with --votes: that has an open voting round)",
    )
    serve.add_argument(
        "--host", metavar="ADDR", help="the address to listen on (default: this machine's LAN address)"
    )
    serve.add_argument("--port", type=_port, metavar="N", help="the port (default: a free one)")
    serve.add_argument(
        "--votes",
        action="store_true",
        default=None,
        help="serve the ballot of the open dot-voting round instead of the survey question",
    )
    serve.add_argument(
        "--pulse",
        action="store_true",
        default=None,
        help="serve the staff pulse of a check-in instead of the survey question (one workshop)",
    )
    serve.add_argument(
        "--checkin",
        type=_checkin,
        metavar="N",
        help="with --pulse: the check-in, numbered from 1 in calendar order (default: the latest one due)",
    )
    serve.add_argument(
        "--public-url",
        metavar="URL",
        type=_public_url,
        help="the address phones use when a reverse proxy serves the pages, e.g. https://survey.example.com "
        "(the printed links use it, and its name is accepted as Host)",
    )
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        type=_proxy,
        metavar="ADDR",
        help="a reverse proxy (address or network, repeatable; in the environment separated by commas) "
        "whose X-Forwarded-For or Forwarded header names the phone for the per-phone limits; from any "
        "other peer those headers are ignored. The phone's address is never stored or logged",
    )
    serve.add_argument(
        "--log-format",
        choices=("text", "json"),
        help="stderr logs: text (warnings and errors) or json (one event per line, from info up); "
        "never answers, links, codes or addresses",
    )
    return {"serve-survey": _serve_survey}


def _from_environment(args: argparse.Namespace) -> argparse.Namespace:
    """The options not given on the command line, from the environment."""
    values = vars(args).copy()
    for name, variable in ENVIRONMENT.items():
        if values.get(name) is not None:
            continue
        raw = os.environ.get(variable, "").strip()
        if not raw:
            continue
        try:
            if name in ("all", "votes"):
                values[name] = raw.lower() in _TRUE
            elif name == "workshop":
                values[name] = _workshop(raw)
            elif name == "port":
                values[name] = _port(raw)
            elif name == "trusted_proxy":
                values[name] = [_proxy(part) for part in raw.replace(" ", ",").split(",") if part]
            elif name == "public_url":
                values[name] = _public_url(raw)
            elif name == "log_format":
                if raw not in ("text", "json"):
                    raise argparse.ArgumentTypeError("choose text or json")
                values[name] = raw
            else:
                values[name] = raw
        except argparse.ArgumentTypeError as error:
            raise UsageError(f"{variable}: {error}") from None
    return argparse.Namespace(**values)


def _poll_seconds() -> float:
    from philosophy_studio.services.survey_service import POLL_SECONDS

    raw = os.environ.get(POLL_VARIABLE, "").strip()
    if not raw:
        return POLL_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        seconds = 0.0
    if not 0.1 <= seconds <= 3600:
        raise UsageError(f"{POLL_VARIABLE}: a number of seconds from 0.1 to 3600")
    return seconds


def _serve_survey(args: argparse.Namespace) -> int:
    from philosophy_studio.services.service_logs import start_service_logging, stop_service_logging
    from philosophy_studio.services.survey_service import ServiceOptions, serve_until_stopped

    args = _from_environment(args)
    if not args.location:
        raise UsageError(f"name a workshop file or team database (or set {ENVIRONMENT['location']})")
    if args.all and args.workshop is not None:
        raise UsageError("choose either --workshop N or --all")
    if args.pulse and (args.votes or args.all):
        raise UsageError("a pulse belongs to one check-in of one workshop: leave out --votes and --all")
    if args.checkin is not None and not args.pulse:
        raise UsageError("--checkin names the check-in whose pulse --pulse serves")
    options = ServiceOptions(
        location=args.location,
        workshop_id=args.workshop,
        every_open=bool(args.all),
        votes=bool(args.votes),
        pulse=bool(args.pulse),
        checkin=args.checkin,
        host=args.host,
        port=args.port or 0,
        public_url=args.public_url or "",
        trusted_proxies=tuple(args.trusted_proxy or ()),
        poll_seconds=_poll_seconds(),
    )
    handler = start_service_logging(args.log_format or "text")
    try:
        stored = serve_until_stopped(options)
    finally:
        stop_service_logging(handler)
    what = "ballot(s)" if options.votes else "response(s)" if options.pulse else "answer(s)"
    print(f"Stopped. {stored} {what} arrived from phones.", flush=True)
    return EXIT_OK
