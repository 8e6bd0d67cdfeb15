"""serve-survey: the phone survey without the app window, e.g. on a second machine or
when the facilitator's laptop drives only the projector."""

from __future__ import annotations

import argparse

from philosophy_studio.cli.arguments import EXIT_OK, Handler


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535")
    return port


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    serve = subparsers.add_parser(
        "serve-survey",
        help="let phones on the local network answer the survey or vote (prints the link and join code)",
        description="Serve the workshop's survey (or, with --votes, the ballot of its open voting "
        "round) to phones on the local network until Ctrl+C (SIGINT) or SIGTERM. The first lines "
        "printed are the link (for a QR code) and the join code. Answers and dots are stored "
        "anonymously, as from the kiosk; nothing about the phones is logged.",
    )
    serve.add_argument("file", help="the workshop file (.pstudio)")
    serve.add_argument(
        "--host", metavar="ADDR", help="the address to listen on (default: this machine's LAN address)"
    )
    serve.add_argument("--port", type=_port, default=0, metavar="N", help="the port (default: a free one)")
    serve.add_argument(
        "--votes",
        action="store_true",
        help="serve the ballot of the open dot-voting round instead of the survey question",
    )
    return {"serve-survey": _serve_survey}


def _serve_survey(args: argparse.Namespace) -> int:
    from philosophy_studio.services.phone_survey import serve_until_stopped

    stored = serve_until_stopped(args.file, host=args.host, port=args.port, votes=args.votes)
    what = "ballot(s)" if args.votes else "answer(s)"
    print(f"Stopped. {stored} {what} arrived from phones.", flush=True)
    return EXIT_OK
