"""Handlers for the analysis rules and a value card's survey evidence
(domain/analysis_commands.py)."""

from __future__ import annotations

from philosophy_studio.domain.analysis_commands import (
    AddAnalysisRule,
    AddValueEvidence,
    DeleteAnalysisRule,
    RemoveValueEvidence,
)
from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import InvalidValueError, NotAWorkshopError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import RuleKind
from philosophy_studio.domain.text import SHORT_TEXT_LIMIT, clean_text
from philosophy_studio.persistence.tables import AnalysisRuleRow, ValueCardRow, ValueEvidenceRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome

# Evidence changes a card's survey support, shown on the board and in the selection.
EVIDENCE = Changes.of(Aspect.VALUES, Aspect.ANALYSIS)


class EmptyRuleError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "Choose at least one word for this adjustment.")


def _terms(terms: tuple[str, ...]) -> list[str]:
    cleaned = [clean_text(term, SHORT_TEXT_LIMIT, single_line=True) for term in terms]
    # Order kept, repeats dropped: the rule reads as the facilitator made it.
    unique = list(dict.fromkeys(term for term in cleaned if term))
    if not unique:
        raise EmptyRuleError()
    return unique


def _rename_terms(terms: tuple[str, ...]) -> list[str]:
    """(a form of the group, its new name): both kept, even when equal."""
    cleaned = [clean_text(term, SHORT_TEXT_LIMIT, single_line=True).strip() for term in terms]
    if len(cleaned) != 2 or not all(cleaned):
        raise EmptyRuleError()
    return cleaned


def add_rule(context: EditContext, command: AddAnalysisRule) -> Outcome:
    terms = _rename_terms(command.terms) if command.kind is RuleKind.RENAME else _terms(command.terms)
    row = AnalysisRuleRow(workshop_id=context.workshop_id, kind=command.kind.value, terms=terms)
    if command.rule_id:
        row.id = command.rule_id
    context.session.add(row)
    context.session.flush()
    return Outcome(DeleteAnalysisRule(row.id), Changes.of(Aspect.ANALYSIS))


def delete_rule(context: EditContext, command: DeleteAnalysisRule) -> Outcome:
    row = context.session.get(AnalysisRuleRow, command.rule_id)
    if row is None or row.workshop_id != context.workshop_id:
        raise NotAWorkshopError(path=f"analysis rule {command.rule_id}")
    inverse = AddAnalysisRule(RuleKind(row.kind), tuple(row.terms), rule_id=row.id)
    context.session.delete(row)
    return Outcome(inverse, Changes.of(Aspect.ANALYSIS))


def _card(context: EditContext, card_id: int) -> ValueCardRow:
    row = context.session.get(ValueCardRow, card_id)
    if row is None or row.workshop_id != context.workshop_id:
        raise NotAWorkshopError(path=f"value {card_id}")
    return row


def add_evidence(context: EditContext, command: AddValueEvidence) -> Outcome:
    card = _card(context, command.card_id)
    term = _terms((command.term,))[0]
    if any(evidence.term == term for evidence in card.evidence):
        # Already there: nothing changes, and undo must not remove the older record.
        return Outcome(AddValueEvidence(card.id, term), Changes.of(Aspect.VALUES))
    row = ValueEvidenceRow(card_id=card.id, term=term)
    if command.evidence_id:
        row.id = command.evidence_id
    card.evidence.append(row)
    context.session.flush()
    return Outcome(RemoveValueEvidence(card.id, term), EVIDENCE)


def remove_evidence(context: EditContext, command: RemoveValueEvidence) -> Outcome:
    card = _card(context, command.card_id)
    for evidence in card.evidence:
        if evidence.term == command.term:
            inverse = AddValueEvidence(card.id, evidence.term, evidence_id=evidence.id)
            card.evidence.remove(evidence)
            return Outcome(inverse, EVIDENCE)
    return Outcome(RemoveValueEvidence(card.id, command.term), Changes.of(Aspect.VALUES))


HANDLERS: HandlerTable = {
    AddAnalysisRule: add_rule,
    DeleteAnalysisRule: delete_rule,
    AddValueEvidence: add_evidence,
    RemoveValueEvidence: remove_evidence,
}
