"""What the workshop screens show of the word analysis: the analysis of the visible
answers, the answers a word or phrase occurs in (keyword in context), and how many
respondents support each value card: through its own words and the survey evidence
linked to it.

Runs off the GUI thread; everything here is plain data.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from philosophy_studio.analysis.engine import AnalysisResult, CardEvidence, CardSupport, run_analysis
from philosophy_studio.analysis.tokens import Token, normalise_word, tokenize
from philosophy_studio.domain.model import Language, Workshop
from philosophy_studio.services.analysis import analysis_options, visible_answer_texts
from philosophy_studio.work import WorkControl

# Keyword in context lists at most this many answers; the count says how many there are.
CONTEXT_LIMIT = 200
THEMES = 4
THEMES_FROM = 12


@dataclass(frozen=True)
class Snippet:
    """One answer with the character spans to highlight."""

    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class WorkshopAnalysis:
    """An analysis together with the answers it was made from."""

    result: AnalysisResult
    answers: tuple[str, ...]

    @property
    def support(self) -> dict[int, int]:
        """Value card id -> respondents whose answers use the card's words or evidence."""
        return self.result.support

    @property
    def card_support(self) -> dict[int, CardSupport]:
        return self.result.card_support


def analyse(
    workshop: Workshop, control: WorkControl | None = None, *, keep_auxiliaries: bool = False
) -> WorkshopAnalysis:
    answers = visible_answer_texts(workshop)
    # Themes say little about a handful of answers, so they are only modelled from
    # THEMES_FROM answers on.
    themes = THEMES if len(answers) >= THEMES_FROM else 0
    evidence = tuple(
        CardEvidence(card.id, merged_names(workshop, card.id), merged_evidence(workshop, card.id))
        for card in workshop.value_cards
        if card.merged_into is None
    )
    options = replace(
        analysis_options(workshop, keep_auxiliaries=keep_auxiliaries), themes=themes, evidence=evidence
    )
    result = run_analysis(answers, options, control)
    return WorkshopAnalysis(result, answers)


def merged_evidence(workshop: Workshop, card_id: int) -> tuple[str, ...]:
    """A card's survey evidence together with that of the cards merged into it: a
    merge keeps both cards' support."""
    terms: list[str] = []
    for card in workshop.value_cards:
        if card_id in (card.id, card.merged_into):
            terms += [term for term in card.evidence_terms if term not in terms]
    return tuple(terms)


def merged_names(workshop: Workshop, card_id: int) -> tuple[str, ...]:
    """The names of a card and of the cards merged into it."""
    return tuple(card.name for card in workshop.value_cards if card_id in (card.id, card.merged_into))


def _phrase_spans(tokens: Sequence[Token], words: Sequence[str]) -> list[tuple[int, int]]:
    size = len(words)
    spans = []
    index = 0
    while index + size <= len(tokens):
        if all(tokens[index + k].form == words[k] for k in range(size)):
            spans.append((tokens[index].start, tokens[index + size - 1].end))
            index += size
        else:
            index += 1
    return spans


def _word_spans(tokens: Iterable[Token], forms: Collection[str]) -> list[tuple[int, int]]:
    return [(token.start, token.end) for token in tokens if token.form in forms]


def forms_of(term: str, result: AnalysisResult) -> frozenset[str]:
    """Every surface form of the group ``term`` names (by its label or any of its forms;
    a collocation's forms are its word sequences), excluded groups included, so a card's
    evidence keeps counting when its word is later excluded."""
    word = normalise_word(term.strip(), result.language)
    groups = [*result.terms, *(excluded.term for excluded in result.excluded)]
    for group in groups:
        if normalise_word(group.term, result.language) == word or any(
            form == word for form, _ in group.forms
        ):
            return frozenset(form for form, _count in group.forms)
    return frozenset({word})


def _matcher(term: str, result: AnalysisResult, language: Language):
    forms = forms_of(term, result)
    sequences = [form.split() for form in forms if " " in form]
    if sequences:
        return lambda tokens: sorted(span for words in sequences for span in _phrase_spans(tokens, words))
    return lambda tokens: _word_spans(tokens, forms)


def contexts(
    analysis: WorkshopAnalysis, term: str, control: WorkControl | None = None, limit: int = CONTEXT_LIMIT
) -> tuple[int, tuple[Snippet, ...]]:
    """How many answers contain ``term`` (a word, standing for its whole group, or a
    phrase), and the first ``limit`` of them with the places to highlight."""
    language = analysis.result.language
    match = _matcher(term, analysis.result, language)
    found = 0
    snippets: list[Snippet] = []
    for index, answer in enumerate(analysis.answers):
        if control is not None and index % 2000 == 0:
            control.check()
        spans = match(tokenize(answer, language))
        if spans:
            found += 1
            if len(snippets) < limit:
                snippets.append(Snippet(answer, tuple(spans)))
    return found, tuple(snippets)
