"""Sub-commands: export the charter (or its poster) as PDF, HTML or Markdown; keep it
as a version, list the versions kept and compare two of them."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path

from philosophy_studio.cli.arguments import (
    EXIT_OK,
    Handler,
    UsageError,
    add_workshop_file,
    add_workshop_number,
)

_FORMATS = ("pdf", "html", "md")
_PAPERS = ("a4", "letter")


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    export = subparsers.add_parser(
        "export-charter", help="write the workshop's charter as PDF, HTML or Markdown"
    )
    add_workshop_file(export)
    export.add_argument("-o", "--output", required=True, help="the file to write")
    export.add_argument("--poster", action="store_true", help="the one-page poster instead (PDF only)")
    export.add_argument("--paper", choices=_PAPERS, default="a4", help="paper size for PDF (default: a4)")
    export.add_argument(
        "--format", choices=_FORMATS, help="pdf, html or md (default: from the output's extension, else pdf)"
    )
    add_workshop_number(export)
    export.add_argument(
        "--with-feedback",
        action="store_true",
        help="add the appendix 'What our customers say today': the feedback's dates, NPS or CSAT, the "
        "customers' most used words and how many comments speak to each value (not on the poster)",
    )

    keep = subparsers.add_parser(
        "keep-charter",
        help="keep the charter as it stands as its next version, with a note",
        description="Keep the charter as it stands now as its next version (numbered from 1), dated "
        "today or --day, with a note of what changed and why. The charter then prints its version. "
        "Refused when nothing changed since the last version.",
    )
    add_workshop_file(keep)
    keep.add_argument("--note", default="", help="what changed and why, e.g. 'after check-in 2'")
    keep.add_argument("--day", type=_day, metavar="YYYY-MM-DD", help="the version's day (default: today)")
    add_workshop_number(keep)

    versions = subparsers.add_parser(
        "charter-versions", help="list the charter's kept versions and whether it changed since"
    )
    add_workshop_file(versions)
    versions.add_argument("--json", action="store_true", help="print JSON (see the README for its fields)")
    add_workshop_number(versions)

    diff = subparsers.add_parser(
        "charter-diff",
        help="what changed between two versions of the charter",
        description="Show what changed from version FROM to version TO (default: the charter as it "
        "stands now), line by line: lines removed start with '-', lines added with '+'.",
    )
    add_workshop_file(diff)
    diff.add_argument("first", metavar="FROM", type=int, help="the earlier version's number")
    diff.add_argument("second", metavar="TO", type=int, nargs="?", help="the later version (default: now)")
    diff.add_argument("--all", action="store_true", help="every line, not only the changes and their context")
    diff.add_argument("--json", action="store_true", help="print JSON (see the README for its fields)")
    add_workshop_number(diff)
    return {
        "export-charter": _export_charter,
        "keep-charter": _keep_charter,
        "charter-versions": _charter_versions,
        "charter-diff": _charter_diff,
    }


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a day written as YYYY-MM-DD") from None


def _keep_charter(args: argparse.Namespace) -> int:
    from philosophy_studio.services.charter import keep_version_at

    version = keep_version_at(
        args.file, note=args.note, day=args.day or dt.date.today(), workshop_id=args.workshop
    )
    print(f"Kept version {version.number} of the charter ({version.day.isoformat()})")
    return EXIT_OK


def _charter_versions(args: argparse.Namespace) -> int:
    from philosophy_studio.export.charter_versions import changed_since_kept
    from philosophy_studio.services.charter import read_versions_at

    workshop = read_versions_at(args.file, workshop_id=args.workshop)
    changed = changed_since_kept(workshop)
    if args.json:
        document = {
            "versions": [
                {"number": v.number, "day": v.day.isoformat(), "note": v.note}
                for v in workshop.charter_versions
            ],
            "changed_since_latest": changed,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not workshop.charter_versions:
        print("No version of the charter kept yet (keep-charter keeps one).")
        return EXIT_OK
    for v in workshop.charter_versions:
        print(f"{v.number}\t{v.day.isoformat()}\t{v.note}")
    if changed:
        print(f"The charter changed since version {workshop.charter_versions[-1].number}.")
    return EXIT_OK


def _charter_diff(args: argparse.Namespace) -> int:
    from philosophy_studio.export.charter_versions import LineChange
    from philosophy_studio.services.charter import compare_versions, read_versions_at

    workshop = read_versions_at(args.file, workshop_id=args.workshop)
    diff = compare_versions(workshop, args.first, args.second)
    lines = diff.lines if args.all else diff.changes_only()
    if args.json:
        document = {
            "from": args.first,
            "to": args.second,
            "added": diff.added,
            "removed": diff.removed,
            "lines": [
                {"change": line.change.value, "text": line.text} if line is not None else None
                for line in lines
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    marks = {LineChange.SAME: " ", LineChange.ADDED: "+", LineChange.REMOVED: "-"}
    for line in lines:
        print("…" if line is None else f"{marks[line.change]} {line.text}".rstrip())
    later = f"version {args.second}" if args.second is not None else "now"
    print(f"From version {args.first} to {later}: {diff.added} line(s) added, {diff.removed} removed")
    return EXIT_OK


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
