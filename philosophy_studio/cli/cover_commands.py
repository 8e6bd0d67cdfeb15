"""Sub-command: the charter cover's logo and accent colour."""

from __future__ import annotations

import argparse
from pathlib import Path

from philosophy_studio.cli.arguments import (
    EXIT_OK,
    Handler,
    UsageError,
    add_workshop_file,
    add_workshop_number,
)


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    cover = subparsers.add_parser(
        "set-logo",
        help="put the organisation's logo (and an accent colour) on the charter's cover",
        description="Put a PNG or JPEG logo (at most 2 MB and 4096 pixels on a side) on the charter's "
        "cover, or take it off with --remove; --accent sets the charter's accent colour (#rrggbb; '' "
        "for the charter's own). A file that is not a whole PNG or JPEG is refused with the reason.",
    )
    add_workshop_file(cover)
    cover.add_argument("logo", nargs="?", type=Path, help="the logo: a PNG or JPEG file")
    cover.add_argument("--remove", action="store_true", help="take the logo off the cover")
    cover.add_argument("--accent", metavar="#RRGGBB", help="the accent colour, e.g. '#1f6feb' ('' for none)")
    add_workshop_number(cover)
    return {"set-logo": _set_logo}


def _set_logo(args: argparse.Namespace) -> int:
    from philosophy_studio.services.cover import set_cover_at

    if args.logo is not None and args.remove:
        raise UsageError("give a logo file or --remove, not both")
    if args.logo is None and not args.remove and args.accent is None:
        raise UsageError("give a logo file, --remove or --accent")
    workshop = set_cover_at(
        args.file, logo=args.logo, remove_logo=args.remove, accent=args.accent, workshop_id=args.workshop
    )
    logo = workshop.logo
    print(f"Logo: {f'{logo.mime}, {logo.width} × {logo.height} pixels' if logo else 'none'}")
    print(f"Accent colour: {workshop.accent_colour or 'the charter’s own'}")
    return EXIT_OK
