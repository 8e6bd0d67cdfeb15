"""Snapshots read again only what changed: after an edit, what the edit touched; on a
team database also what another facilitator changed meanwhile, which the fingerprint
shows. The result is always the workshop as stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import SetVisionText
from philosophy_studio.domain.model import Language
from philosophy_studio.domain.persona_commands import PersonaField, SetPersonaField
from philosophy_studio.persistence import snapshots
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService


@pytest.fixture
def service(workshop_location: str) -> Iterator[WorkshopService]:
    with WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH)) as made:
        yield made


def statements_of(service: WorkshopService, run) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def note(_connection, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(service.store.engine, "before_cursor_execute", note)
    try:
        run()
    finally:
        event.remove(service.store.engine, "before_cursor_execute", note)
    return seen


# Taken before the conftest's check wraps it: the check reads the whole workshop too.
UNCHECKED_RELOAD = snapshots.reload_workshop


def test_an_edit_of_the_vision_reads_the_drafts_again_and_nothing_else(
    service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshots, "reload_workshop", UNCHECKED_RELOAD)
    before = service.snapshot()
    draft = before.workshop.chosen_vision
    outcome = service.execute(SetVisionText(draft.id, "Sözümüzü tutarız."))
    statements = statements_of(service, lambda: service.snapshot(before, outcome.changes))
    after = service.snapshot(before, outcome.changes)

    assert after.workshop == service.load()
    assert after.workshop.chosen_vision.text == "Sözümüzü tutarız."
    assert after.changes == Changes.of(Aspect.VISION)
    # Each part is one statement selecting its table's columns.
    read = {statement.split(".")[0].removeprefix("SELECT ") for statement in statements}
    assert "vision_draft" in read
    assert not read & {"persona", "value_card", "survey_answer", "voting_round", "charter_version"}
    # What was not read again is the very same value as before.
    assert after.workshop.value_cards is before.workshop.value_cards
    assert after.workshop.answers is before.workshop.answers


def test_another_facilitators_change_comes_with_ones_own_edit(
    service: WorkshopService, workshop_location: str
) -> None:
    if service.path is not None:
        pytest.skip("a workshop file has one writer: the app that holds it")
    before = service.snapshot()
    persona = before.workshop.personas[0]
    with WorkshopService.open(workshop_location) as colleague:
        colleague.execute(SetPersonaField(persona.id, PersonaField.NAME, "Ayşe Hanım"))

    draft = before.workshop.chosen_vision
    outcome = service.execute(SetVisionText(draft.id, "Her sözümüzü tutarız."))
    after = service.snapshot(before, outcome.changes)

    assert after.workshop == service.load()
    assert after.workshop.personas[0].name == "Ayşe Hanım"
    assert after.changes.touches(Aspect.VISION, Aspect.PERSONAS)
    assert after.changes.touches(Aspect.PERSONAS)


def test_a_poll_reads_what_others_changed_and_only_that(
    service: WorkshopService, workshop_location: str
) -> None:
    if service.path is not None:
        pytest.skip("a workshop file has one writer: the app that holds it")
    first = service.snapshot()
    quiet = service.snapshot(first, Changes())
    assert quiet.changes == Changes()
    assert quiet.workshop is first.workshop

    persona = first.workshop.personas[0]
    with WorkshopService.open(workshop_location) as colleague:
        colleague.execute(SetPersonaField(persona.id, PersonaField.NAME, "İsmail Bey"))
    polled = service.snapshot(quiet, Changes())

    assert polled.changes == Changes.of(Aspect.PERSONAS)
    assert polled.workshop == service.load()
    assert polled.workshop.personas[0].name == "İsmail Bey"
    assert polled.workshop.vision_drafts is first.workshop.vision_drafts
