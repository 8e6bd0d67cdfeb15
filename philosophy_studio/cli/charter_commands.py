"""Sub-command: export the charter (or its poster) as PDF, HTML or Markdown."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from philosophy_studio.cli.arguments import EXIT_OK, Handler, UsageError

_FORMATS = ("pdf", "html", "md")
_PAPERS = ("a4", "letter")


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    export = subparsers.add_parser(
        "export-charter", help="write the workshop's charter as PDF, HTML or Markdown"
    )
    export.add_argument("file", help="the workshop file (.pstudio) or a team database URL")
    export.add_argument("-o", "--output", required=True, help="the file to write")
    export.add_argument("--poster", action="store_true", help="the one-page poster instead (PDF only)")
    export.add_argument("--paper", choices=_PAPERS, default="a4", help="paper size for PDF (default: a4)")
    export.add_argument(
        "--format", choices=_FORMATS, help="pdf, html or md (default: from the output's extension, else pdf)"
    )
    export.add_argument("--workshop", type=int, help="on a team database: the workshop's number")
    export.add_argument(
        "--with-feedback",
        action="store_true",
        help="add the appendix 'What our customers say today': the feedback's dates, NPS or CSAT, the "
        "customers' most used words and how many comments speak to each value (not on the poster)",
    )
    return {"export-charter": _export_charter}


def _export_charter(args: argparse.Namespace) -> int:
    from philosophy_studio.services.charter import CharterFormat, Paper, export_charter_file

    output = Path(args.output)
    fmt = CharterFormat(args.format or _format_from_suffix(output))
    if args.poster and fmt is not CharterFormat.PDF:
        raise UsageError("--poster makes a PDF; leave out --format or use --format pdf")
    if args.poster and args.with_feedback:
        raise UsageError("the poster has no room for the customers' appendix; leave out --with-feedback")
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name after -o")
    result = export_charter_file(
        args.file,
        output,
        workshop_id=args.workshop,
        fmt=fmt,
        paper=Paper(args.paper),
        poster=args.poster,
        with_feedback=args.with_feedback,
    )
    if result.replaced:
        shown = ", ".join(f"U+{ord(char):04X} {unicodedata.name(char, '?')}" for char, _ in result.replaced)
        print(f"warning: the PDF font cannot draw these characters, shown as □: {shown}", file=sys.stderr)
    if result.right_to_left:
        print("warning: right-to-left text is laid out left to right in the PDF", file=sys.stderr)
    pages = f" ({result.pages} page{'s' if result.pages != 1 else ''})" if result.pages else ""
    print(f"Wrote {output}{pages}")
    return EXIT_OK


def _format_from_suffix(output: Path) -> str:
    suffix = output.suffix.lstrip(".")
    if suffix in {"htm", "html"}:
        return "html"
    if suffix in {"md", "markdown"}:
        return "md"
    return "pdf"
