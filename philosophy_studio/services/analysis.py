"""The word analysis of a workshop: its language, its question, the facilitator's rules
and its visible answers, turned into the analysis engine's options and run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from philosophy_studio.analysis.engine import AnalysisOptions, AnalysisResult, run_analysis
from philosophy_studio.domain.errors import WorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import RuleKind, Workshop


class TooFewRespondentsError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The workshop has {have} visible answers; its analysis is shown from {need} on, so that no "
        "answer can be traced to a person.",
    )


class NotUtf8TextError(WorkshopError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} is not UTF-8 text. Save it as UTF-8, or import it into a workshop first."
    )


class NoAnswersError(WorkshopError):
    template = QT_TRANSLATE_NOOP("Errors", "There are no answers to analyse.")


def analysis_options(
    workshop: Workshop,
    *,
    keep_stopwords: bool = False,
    keep_question_words: bool | None = None,
    keep_auxiliaries: bool = False,
    top: int | None = None,
) -> AnalysisOptions:
    by_kind: dict[RuleKind, list[tuple[str, ...]]] = {kind: [] for kind in RuleKind}
    for rule in workshop.analysis_rules:
        by_kind[rule.kind].append(rule.terms)

    def flat(kind: RuleKind) -> tuple[str, ...]:
        return tuple(term for terms in by_kind[kind] for term in terms)

    return AnalysisOptions(
        language=workshop.info.language,
        question=workshop.survey.question,
        keep_stopwords=keep_stopwords,
        keep_question_words=(
            workshop.survey.keep_question_words if keep_question_words is None else keep_question_words
        ),
        added_stopwords=frozenset(flat(RuleKind.STOPWORD_ADD)),
        removed_stopwords=frozenset(flat(RuleKind.STOPWORD_REMOVE)),
        merges=tuple(by_kind[RuleKind.MERGE]),
        splits=flat(RuleKind.SPLIT),
        exclusions=flat(RuleKind.EXCLUDE),
        renames=tuple((terms[0], terms[1]) for terms in by_kind[RuleKind.RENAME] if len(terms) == 2),
        keep_auxiliaries=keep_auxiliaries,
        top=top,
    )


def visible_answer_texts(workshop: Workshop) -> tuple[str, ...]:
    # A workshop's answers are already in their canonical order (by content).
    return tuple(answer.text for answer in workshop.answers if not answer.hidden)


def analyse_file(
    location: str | Path,
    *,
    language: Language | None = None,
    question: str | None = None,
    keep_stopwords: bool = False,
    keep_question_words: bool | None = None,
    keep_auxiliaries: bool = False,
) -> AnalysisResult:
    """The analysis of the workshop at ``location`` (the command line's analyze), refused
    below the workshop's minimum number of respondents like on screen."""
    from philosophy_studio.services.survey import results_visible
    from philosophy_studio.services.workshop_service import WorkshopService

    workshop = WorkshopService.read(location)
    if not results_visible(workshop):
        raise TooFewRespondentsError(have=workshop.visible_answer_count, need=workshop.survey.min_respondents)
    options = analysis_options(
        workshop,
        keep_stopwords=keep_stopwords,
        keep_question_words=keep_question_words,
        keep_auxiliaries=keep_auxiliaries,
    )
    if language is not None:
        options = replace(options, language=language)
    if question is not None:
        options = replace(options, question=question)
    return run_analysis(visible_answer_texts(workshop), options)


def analyse_text_answers(
    answers: Sequence[str],
    language: Language,
    *,
    question: str = "",
    keep_stopwords: bool = False,
    keep_question_words: bool = False,
    keep_auxiliaries: bool = False,
) -> AnalysisResult:
    if not any(answer.strip() for answer in answers):
        raise NoAnswersError()
    options = AnalysisOptions(
        language,
        question,
        keep_stopwords=keep_stopwords,
        keep_question_words=keep_question_words,
        keep_auxiliaries=keep_auxiliaries,
    )
    return run_analysis(answers, options)
