"""Sub-commands for customers' feedback: import an export of comments, and compare what
customers say with what the staff want them to say."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from philosophy_studio.cli.arguments import (
    EXIT_OK,
    Handler,
    UsageError,
    add_reading_options,
    utf8_stdout,
)


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    feedback = subparsers.add_parser(
        "import-feedback",
        help="import customers' comments (help-desk tickets, NPS or CSAT surveys, reviews)",
        description="Import customers' comments from a CSV, TSV, XLSX or text export, all or nothing. "
        "Name the comment column and, where the file has them, the score (NPS 0-10 or CSAT 1-5), date "
        "and channel columns, by heading or by number counted from 1. Columns that identify people "
        "are never imported; e-mail addresses, phone numbers, Turkish ID numbers, IBANs and card "
        "numbers inside the comments are replaced before anything is stored, and of a date only the "
        "day is kept. Every row is one comment: identical comments are all kept. A longer export of "
        "a file imported before adds only its new rows; the very same file again imports nothing.",
    )
    feedback.add_argument("location", metavar="WORKSHOP", help="the workshop file or a team database URL")
    feedback.add_argument("feedback_file", metavar="FILE", help="the export: .csv, .tsv, .xlsx or .txt")
    feedback.add_argument(
        "--workshop", type=int, metavar="N", help="on a team database: the workshop's number"
    )
    feedback.add_argument("--text-column", required=True, metavar="C", help="the comments' column")
    feedback.add_argument("--score-column", metavar="C", help="the scores' column (NPS 0-10 or CSAT 1-5)")
    feedback.add_argument("--date-column", metavar="C", help="the dates' column (only the day is kept)")
    feedback.add_argument("--channel-column", metavar="C", help="the channels' column (phone, e-mail, ...)")
    feedback.add_argument(
        "--scale",
        choices=("nps", "csat"),
        help="the scores' scale (default: the workshop's, or the one the scores show)",
    )
    add_reading_options(feedback)
    feedback.add_argument(
        "--all-rows",
        action="store_true",
        help="import every row as a new comment even though many of its comments are in the workshop "
        "already and the file does not start with an earlier import; without it such a file is refused",
    )
    comparison = subparsers.add_parser(
        "compare",
        help="what customers say beside what the staff want them to say",
        description="Compare the workshop's customer feedback with its staff survey: NPS or CSAT overall, "
        "by channel and by month; the most used words of all comments, of promoters and of detractors "
        "(and of the staff, once the survey shows results); the words that set staff and customers, "
        "and promoters and detractors, apart (log-odds ratio with an informative Dirichlet prior, "
        "z of at least 1.96); and for each chosen value (or each candidate card before any is "
        "chosen) how many comments speak to it, from promoters and detractors, with three examples. "
        "Words are counted as the staff survey's analysis counts them, a comment being a respondent.",
    )
    comparison.add_argument("location", metavar="WORKSHOP", help="the workshop file or a team database URL")
    comparison.add_argument(
        "--workshop", type=int, metavar="N", help="on a team database: the workshop's number"
    )
    comparison.add_argument(
        "--top", type=int, default=20, metavar="N", help="words listed per group (default 20)"
    )
    comparison.add_argument(
        "--channel",
        metavar="NAME",
        help="also the words that set this channel's comments apart from the other channels' "
        "(as the channel column names it, e.g. E-posta)",
    )
    comparison.add_argument(
        "--json", action="store_true", help="print JSON (a stable format, see the README)"
    )
    return {"import-feedback": _import_feedback, "compare": _compare}


def _import_feedback(args: argparse.Namespace) -> int:
    from philosophy_studio.domain.feedback import ScoreScale
    from philosophy_studio.importing.feedback import FeedbackColumns
    from philosophy_studio.services.feedback import import_feedback_file

    columns = FeedbackColumns(
        text=args.text_column, score=args.score_column, date=args.date_column, channel=args.channel_column
    )
    done = import_feedback_file(
        args.location,
        Path(args.feedback_file),
        columns,
        workshop_id=args.workshop,
        scale=ScoreScale(args.scale) if args.scale else None,
        encoding=args.encoding,
        delimiter=args.delimiter,
        all_rows=args.all_rows,
    )
    utf8_stdout()
    if done.nothing_new:
        print(f"Nothing imported: all {done.already_imported:,} row(s) of {done.name} were imported before.")
        return EXIT_OK
    scale = f", scores on the {done.scale.name} scale" if done.scale is not None else ""
    print(
        f"Imported {done.imported:,} row(s) from {done.name} ({done.comments:,} with a comment{scale}); "
        f"skipped {done.already_imported:,} row(s) already in the workshop and "
        f"{done.skipped_empty:,} empty row(s)."
    )
    kinds = ", ".join(f"{kind} {count:,}" for kind, count in sorted(done.scrubbed.items()))
    print(
        f"Personal data replaced in the file's comments: {done.personal_data:,}"
        + (f" ({kinds})." if kinds else ".")
    )
    if done.left_out:
        print("Columns left out because they identify people: " + ", ".join(done.left_out))
    return EXIT_OK


def _compare(args: argparse.Namespace) -> int:
    from philosophy_studio.services.feedback import compare_location, comparison_json

    if args.top < 1:
        raise UsageError("--top must be 1 or more")
    found = comparison_json(
        compare_location(args.location, workshop_id=args.workshop, top=args.top, versus=args.channel),
        args.top,
    )
    utf8_stdout()
    if args.json:
        print(json.dumps(found, ensure_ascii=False))
    else:
        _print_comparison(found)
    return EXIT_OK


def _score(figures: dict[str, Any]) -> str:
    if "nps" in figures:
        shown = "-" if figures["nps"] is None else f"{figures['nps']:+.1f}"
        return f"NPS {shown} ({figures['scored']:,} scores)"
    shown = "-" if figures["csat"] is None else f"{figures['csat']:.1f}%"
    return f"CSAT {shown} ({figures['scored']:,} scores)"


def _print_comparison(found: dict[str, Any]) -> None:
    dates = found["dates"]
    span = f", {dates['from']} to {dates['until']}" if dates else ""
    print(f"{found['comments']:,} comment(s) in {found['rows']:,} row(s){span}")
    figures = found["satisfaction"]
    if figures is not None:
        print(_score(figures["overall"]))
        for kind in ("by_channel", "by_month"):
            for name, group in figures[kind].items():
                print(f"  {name}: {_score(group)}")
    for name, group in found["words"].items():
        if group is not None:
            listed = ", ".join(f"{word['word']} {word['texts']:,}" for word in group["words"])
            print(f"{name} ({group['texts']:,}): {listed}")
    for pair in found["distinctive"].values():
        if pair is not None:
            for side in pair["groups"]:
                listed = ", ".join(f"{word['word']} (z {abs(word['z']):.1f})" for word in pair[side])
                named = {"channel": f"the comments through {pair.get('name')}", "rest": "the other channels"}
                print(f"more often by {named.get(side, side)} than by the others: {listed or '-'}")
    for value in found["alignment"]["values"]:
        print(
            f"{value['value']}: {value['comments']:,} comment(s), {value['promoters']:,} from promoters, "
            f"{value['detractors']:,} from detractors"
        )
        for example in value["examples"]:
            print(f"  “{example}”")
