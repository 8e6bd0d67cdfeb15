"""Keyword in context: the answers a word or phrase of an analysis occurs in, with the
places to highlight, so the room reads what people meant rather than a count."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from philosophy_studio.analysis.tokens import Token, normalise_word, tokenize
from philosophy_studio.domain.language import Language

if TYPE_CHECKING:
    from philosophy_studio.analysis.engine import AnalysisResult
    from philosophy_studio.work import WorkControl

# Keyword in context lists at most this many answers; the count says how many there are.
CONTEXT_LIMIT = 200


@dataclass(frozen=True)
class Snippet:
    """One answer with the character spans to highlight."""

    text: str
    spans: tuple[tuple[int, int], ...]


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
    result: AnalysisResult,
    answers: Sequence[str],
    term: str,
    control: WorkControl | None = None,
    limit: int = CONTEXT_LIMIT,
) -> tuple[int, tuple[Snippet, ...]]:
    """How many of ``answers`` (those ``result`` was made from) contain ``term`` (a word,
    standing for its whole group, or a phrase), and the first ``limit`` of them with the
    places to highlight."""
    language = result.language
    match = _matcher(term, result, language)
    found = 0
    snippets: list[Snippet] = []
    for index, answer in enumerate(answers):
        if control is not None and index % 2000 == 0:
            control.check()
        spans = match(tokenize(answer, language))
        if spans:
            found += 1
            if len(snippets) < limit:
                snippets.append(Snippet(answer, tuple(spans)))
    return found, tuple(snippets)


def texts_using(
    texts: Sequence[str],
    rows: Sequence[int],
    forms: Collection[str],
    language: Language,
    *,
    limit: int = CONTEXT_LIMIT,
    control: WorkControl | None = None,
) -> tuple[int, tuple[Snippet, ...]]:
    """Keyword in context when the counting already knows which texts use the word
    (distinctive.word_usage): ``rows`` of ``texts``, the first ``limit`` of them with the
    word's ``forms`` marked. Only those are tokenised, so a word of a million comments
    is shown as fast as one of a hundred."""
    snippets = []
    for number, row in enumerate(rows[:limit]):
        if control is not None and number % 50 == 0:
            control.check()
        text = texts[row]
        snippets.append(Snippet(text, tuple(_word_spans(tokenize(text, language), forms))))
    return len(rows), tuple(snippets)
