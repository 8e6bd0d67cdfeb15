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
from philosophy_studio.domain.model import RuleKind
from philosophy_studio.domain.rules.analysis import evidence_term, rule_terms
from philosophy_studio.persistence.tables import AnalysisRuleRow, ValueCardRow, ValueEvidenceRow
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome

# Evidence changes a card's survey support, shown on the board and in the selection.
EVIDENCE = Changes.of(Aspect.VALUES, Aspect.ANALYSIS)


def add_rule(context: EditContext, command: AddAnalysisRule) -> Outcome:
    terms = rule_terms(command.kind, command.terms)
    row = AnalysisRuleRow(workshop_id=context.workshop_id, kind=command.kind.value, terms=terms)
    if command.rule_id:
        row.id = command.rule_id
    context.session.add(row)
    context.session.flush()
    return Outcome(DeleteAnalysisRule(row.id), Changes.of(Aspect.ANALYSIS))


def delete_rule(context: EditContext, command: DeleteAnalysisRule) -> Outcome:
    row = context.owned(AnalysisRuleRow, command.rule_id, "analysis rule")
    inverse = AddAnalysisRule(RuleKind(row.kind), tuple(row.terms), rule_id=row.id)
    context.session.delete(row)
    return Outcome(inverse, Changes.of(Aspect.ANALYSIS))


def _card(context: EditContext, card_id: int) -> ValueCardRow:
    return context.owned(ValueCardRow, card_id, "value")


def add_evidence(context: EditContext, command: AddValueEvidence) -> Outcome:
    card = _card(context, command.card_id)
    term = evidence_term(command.term)
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
