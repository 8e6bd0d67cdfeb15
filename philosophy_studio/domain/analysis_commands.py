"""Edits of the word-frequency analysis (the facilitator's merge, split, exclude and
stopword rules) and of the survey evidence behind a value card ("Make this a value").

Rules name words by their lowercased surface forms, never by counts or positions, so a
rule keeps meaning the same words when more answers arrive.
"""

from __future__ import annotations

from dataclasses import dataclass

from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import RuleKind


@dataclass(frozen=True)
class AddAnalysisRule(Command):
    """Adds a rule; ``rule_id`` 0 gets a new id, another id brings a deleted rule back."""

    kind: RuleKind
    terms: tuple[str, ...]
    rule_id: int = 0

    @property
    def label(self) -> str:  # type: ignore[override]
        return _RULE_LABELS[self.kind]


@dataclass(frozen=True)
class DeleteAnalysisRule(Command):
    rule_id: int
    label = QT_TRANSLATE_NOOP("Commands", "Undo an analysis adjustment")


_RULE_LABELS = {
    RuleKind.MERGE: QT_TRANSLATE_NOOP("Commands", "Merge words"),
    RuleKind.SPLIT: QT_TRANSLATE_NOOP("Commands", "Split a word group"),
    RuleKind.EXCLUDE: QT_TRANSLATE_NOOP("Commands", "Exclude a word"),
    RuleKind.STOPWORD_ADD: QT_TRANSLATE_NOOP("Commands", "Add a stopword"),
    RuleKind.STOPWORD_REMOVE: QT_TRANSLATE_NOOP("Commands", "Count a stopword"),
    RuleKind.RENAME: QT_TRANSLATE_NOOP("Commands", "Rename a word"),
}


@dataclass(frozen=True)
class AddValueEvidence(Command):
    """Records ``term`` (a survey word or phrase) as evidence for a value card.
    ``evidence_id`` 0 gets a new id; another id restores a removed one in its place."""

    card_id: int
    term: str
    evidence_id: int = 0
    label = QT_TRANSLATE_NOOP("Commands", "Add survey evidence to a value")


@dataclass(frozen=True)
class RemoveValueEvidence(Command):
    card_id: int
    term: str
    label = QT_TRANSLATE_NOOP("Commands", "Remove survey evidence from a value")
