"""The facilitator's adjustments to the word analysis, and a card's survey evidence:
which words they are made of."""

from __future__ import annotations

from collections.abc import Sequence

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import RuleKind
from philosophy_studio.domain.text import clean_line


class EmptyRuleError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "Choose at least one word for this adjustment.")


def has_term(text: str) -> bool:
    """Whether ``text`` holds a word or phrase once cleaned (blanks alone do not)."""
    return bool(clean_line(text))


def rule_terms(kind: RuleKind, terms: Sequence[str]) -> list[str]:
    """An adjustment's words as they are stored; EmptyRuleError when there are none.

    A rename keeps exactly (a form of the group, its new name), both, even when equal.
    Any other adjustment keeps its words in order with repeats dropped, so the rule
    reads as the facilitator made it."""
    cleaned = [clean_line(term) for term in terms]
    if kind is RuleKind.RENAME:
        if len(cleaned) != 2 or not all(cleaned):
            raise EmptyRuleError()
        return cleaned
    unique = list(dict.fromkeys(term for term in cleaned if term))
    if not unique:
        raise EmptyRuleError()
    return unique


def evidence_term(term: str) -> str:
    """A card's survey evidence word or phrase as it is stored; EmptyRuleError when
    blank."""
    if not has_term(term):
        raise EmptyRuleError()
    return clean_line(term)
