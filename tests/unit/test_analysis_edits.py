"""The facilitator's analysis rules and a card's survey evidence: every edit and its
inverse restore the stored workshop exactly, on both backends."""

import pytest
from tests_support import assert_exact_undo, stored_document

from philosophy_studio.domain.analysis_commands import (
    AddAnalysisRule,
    AddValueEvidence,
    DeleteAnalysisRule,
    RemoveValueEvidence,
)
from philosophy_studio.domain.model import Language, RuleKind
from philosophy_studio.domain.rules.analysis import EmptyRuleError
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService


@pytest.fixture
def service(workshop_location: str):
    created = WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH))
    yield created
    created.close()


@pytest.mark.parametrize("kind", list(RuleKind))
def test_adding_a_rule_and_undoing_it(service, kind: RuleKind) -> None:
    assert_exact_undo(service, AddAnalysisRule(kind, ("sabır", "sabırlı")))
    rules = service.load().analysis_rules
    assert (rules[-1].kind, rules[-1].terms) == (kind, ("sabır", "sabırlı"))


def test_deleting_a_rule_brings_it_back_with_its_id(service) -> None:
    added = service.execute(AddAnalysisRule(RuleKind.EXCLUDE, ("ekip",)))
    rule_id = added.inverse.rule_id
    assert_exact_undo(service, DeleteAnalysisRule(rule_id))
    assert all(rule.id != rule_id for rule in service.load().analysis_rules)
    # An older undo step names the rule by its id, so it must come back under it.
    restore = service.execute(AddAnalysisRule(RuleKind.EXCLUDE, ("ekip",), rule_id=rule_id))
    assert restore.inverse == DeleteAnalysisRule(rule_id)
    assert any(rule.id == rule_id for rule in service.load().analysis_rules)


def test_rule_terms_are_cleaned_and_an_empty_rule_is_refused(service) -> None:
    service.execute(AddAnalysisRule(RuleKind.MERGE, ("  hız\x07 ", "hız", "çabuk\n")))
    assert service.load().analysis_rules[-1].terms == ("hız", "çabuk")
    before = stored_document(service)
    with pytest.raises(EmptyRuleError):
        service.execute(AddAnalysisRule(RuleKind.MERGE, (" ", "\x00")))
    assert stored_document(service) == before


def test_evidence_is_added_removed_and_restored_in_place(service) -> None:
    card = service.load().value_cards[0]
    assert_exact_undo(service, AddValueEvidence(card.id, "güler yüz"))
    terms = next(c for c in service.load().value_cards if c.id == card.id).evidence_terms
    assert terms[-1] == "güler yüz"
    service.execute(AddValueEvidence(card.id, "sabır"))
    # The exact-undo check compares the evidence in order: removed from the middle,
    # it must come back before "sabır".
    assert_exact_undo(service, RemoveValueEvidence(card.id, "güler yüz"))
    terms = next(c for c in service.load().value_cards if c.id == card.id).evidence_terms
    assert "güler yüz" not in terms and terms[-1] == "sabır"


def test_evidence_already_there_is_not_duplicated_and_undo_keeps_it(service) -> None:
    card = service.load().value_cards[0]
    service.execute(AddValueEvidence(card.id, "hız"))
    before = stored_document(service)
    outcome = service.execute(AddValueEvidence(card.id, "hız"))
    assert stored_document(service) == before
    service.execute(outcome.inverse)
    assert stored_document(service) == before
