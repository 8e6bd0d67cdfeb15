"""``analyze``: the word analysis of a workshop's survey, or of a text file with one
answer per line, as a readable table or as JSON other tools can rely on."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from philosophy_studio.cli.arguments import EXIT_OK, Handler, UsageError, language_argument, utf8_stdout

WORKSHOP_SUFFIX = ".pstudio"


def register(subparsers: argparse._SubParsersAction) -> dict[str, Handler]:
    analyze = subparsers.add_parser(
        "analyze",
        help="count the words and phrases of the survey answers",
        description="Which words recur in the answers, counted by respondents (answers that use "
        "the word in any inflected form) and occurrences, each shown by its dictionary form. "
        "SOURCE is a workshop (.pstudio: its language, question, the facilitator's "
        "merge/split/exclude/rename rules and visible answers) or a UTF-8 text file with one "
        "answer per line (then --language is required). Stopwords, auxiliaries and light verbs, "
        "and the words of the survey question are left out unless asked for.",
    )
    analyze.add_argument("source", help="a workshop file (.pstudio) or a text file, one answer per line")
    analyze.add_argument(
        "--source",
        dest="of",
        choices=("survey", "feedback"),
        default="survey",
        help="of a workshop: the staff survey's answers (default) or the customers' comments stored by "
        "import-feedback (each comment a respondent; the survey question's words are then counted)",
    )
    analyze.add_argument("--language", type=language_argument, help="tr or en (default: the workshop's)")
    analyze.add_argument("--question", help="the survey question (default: the workshop's; none for text)")
    analyze.add_argument("--top", type=int, help="list only the N most used words and phrases")
    analyze.add_argument("--keep-stopwords", action="store_true", help="count stopwords too")
    analyze.add_argument("--keep-question-words", action="store_true", help="count the question's words too")
    analyze.add_argument(
        "--keep-auxiliaries", action="store_true", help="count auxiliaries and light verbs (olmak, be) too"
    )
    analyze.add_argument("--json", action="store_true", help="print JSON (a stable format, see the README)")
    return {"analyze": _analyze}


def _answers_from_text(path: Path) -> list[str]:
    from philosophy_studio.services.analysis import NotUtf8TextError

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotUtf8TextError(name=path.name) from None
    return text.splitlines()


def _analyze(args: argparse.Namespace) -> int:
    from philosophy_studio.analysis.engine import result_json
    from philosophy_studio.domain.language import Language
    from philosophy_studio.services.analysis import analyse_file, analyse_text_answers

    if args.top is not None and args.top < 1:
        raise UsageError("--top must be 1 or more")
    source = Path(args.source)
    language = Language(args.language) if args.language else None
    if args.of == "feedback":
        from philosophy_studio.services.feedback import analyse_feedback

        result = analyse_feedback(
            args.source,
            language=language,
            question=args.question,
            keep_stopwords=args.keep_stopwords,
            keep_auxiliaries=args.keep_auxiliaries,
        )
    elif source.suffix.lower() == WORKSHOP_SUFFIX:
        result = analyse_file(
            source,
            language=language,
            question=args.question,
            keep_stopwords=args.keep_stopwords,
            keep_question_words=args.keep_question_words or None,
            keep_auxiliaries=args.keep_auxiliaries,
        )
    else:
        if language is None:
            raise UsageError("a text file needs --language tr or en")
        result = analyse_text_answers(
            _answers_from_text(source),
            language,
            question=args.question or "",
            keep_stopwords=args.keep_stopwords,
            keep_question_words=args.keep_question_words,
            keep_auxiliaries=args.keep_auxiliaries,
        )
    utf8_stdout()
    if args.json:
        print(json.dumps(result_json(result, args.top), ensure_ascii=False))
    else:
        _print_table(result, args.top)
    return EXIT_OK


def _print_table(result, top: int | None) -> None:  # type: ignore[no-untyped-def]
    total = max(result.respondents, 1)
    terms = result.terms[:top] if top is not None else result.terms
    phrases = result.phrases[:top] if top is not None else result.phrases
    print(f"{result.respondents} answer(s) analysed, language {result.language.value}")
    if result.question_words:
        print("question words left out: " + ", ".join(result.question_words))
    print()
    print(f"{'respondents':>11} {'%':>4} {'count':>6}  word (forms)")
    for term in terms:
        forms = ", ".join(f"{form} {count}" for form, count in term.forms)
        share = round(100 * term.respondents / total)
        print(f"{term.respondents:>11} {share:>4} {term.count:>6}  {term.term} ({forms})")
    if phrases:
        print()
        print(f"{'respondents':>11} {'%':>4} {'count':>6}  phrase")
        for phrase in phrases:
            share = round(100 * phrase.respondents / total)
            print(f"{phrase.respondents:>11} {share:>4} {phrase.count:>6}  {phrase.phrase}")
