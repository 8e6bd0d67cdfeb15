"""What the workshop screens show of the word analysis: the analysis of the visible
answers, and how many respondents support each value card: through its own words and
the survey evidence linked to it. The answers a word occurs in are found by
analysis/keyword_context.py from the analysis and its answers kept here.

Runs off the GUI thread; everything here is plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from philosophy_studio.analysis.engine import AnalysisResult, CardEvidence, CardSupport, run_analysis
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.rules.values import unmerged
from philosophy_studio.services.analysis import analysis_options, visible_answer_texts
from philosophy_studio.work import WorkControl

THEMES = 4
THEMES_FROM = 12


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
        for card in unmerged(workshop.value_cards)
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
