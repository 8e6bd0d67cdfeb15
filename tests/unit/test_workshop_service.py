import datetime as dt
from pathlib import Path

import pytest

from philosophy_studio.domain.changes import Aspect
from philosophy_studio.domain.commands import SetVisionText, SetWorkshopField, WorkshopField
from philosophy_studio.domain.errors import EditConflictError, InvalidValueError
from philosophy_studio.domain.model import DEFAULT_SURVEY_QUESTION, Language, WorkshopInfo
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop


@pytest.fixture
def service(workshop_location: str):
    info = WorkshopInfo(team_name="Destek", language=Language.TURKISH, date=dt.date(2026, 11, 22))
    created = WorkshopService.create(workshop_location, new_workshop(info))
    yield created
    created.close()


def test_a_new_workshop_has_the_default_question_and_an_empty_chosen_vision(service) -> None:
    workshop = service.load()
    assert workshop.survey.question == DEFAULT_SURVEY_QUESTION[Language.TURKISH]
    assert workshop.chosen_vision is not None and workshop.chosen_vision.text == ""


def test_an_edit_returns_its_inverse_and_what_changed(service) -> None:
    draft = service.load().chosen_vision
    outcome = service.execute(SetVisionText(draft.id, "Müşteriyi dinleriz."))
    assert outcome.changes.touches(Aspect.VISION)
    assert service.load().chosen_vision.text == "Müşteriyi dinleriz."
    assert outcome.inverse == SetVisionText(draft.id, "", expected="Müşteriyi dinleriz.")
    undo = service.execute(outcome.inverse)
    assert service.load().chosen_vision.text == ""
    assert undo.inverse == SetVisionText(draft.id, "Müşteriyi dinleriz.", expected="")


def test_an_edit_never_overwrites_a_change_it_has_not_seen(service) -> None:
    draft = service.load().chosen_vision
    service.execute(SetVisionText(draft.id, "Bizim metnimiz.", expected=""))
    # A second facilitator, who still saw the empty text, types something else.
    with pytest.raises(EditConflictError) as raised:
        service.execute(SetVisionText(draft.id, "Başka bir metin.", expected=""))
    assert (raised.value.theirs, raised.value.mine) == ("Bizim metnimiz.", "Başka bir metin.")
    assert service.load().chosen_vision.text == "Bizim metnimiz."
    # Choosing "keep mine" is an edit that expects what is there now.
    service.execute(SetVisionText(draft.id, "Başka bir metin.", expected=raised.value.theirs))
    assert service.load().chosen_vision.text == "Başka bir metin."


def test_undo_refuses_to_wipe_out_a_later_change(service) -> None:
    draft = service.load().chosen_vision
    mine = service.execute(SetVisionText(draft.id, "Benim.", expected=""))
    service.execute(SetVisionText(draft.id, "Onların.", expected="Benim."))
    with pytest.raises(EditConflictError):
        service.execute(mine.inverse)
    assert service.load().chosen_vision.text == "Onların."
    field = service.execute(SetWorkshopField(WorkshopField.ORGANISATION, "A", expected=""))
    service.execute(SetWorkshopField(WorkshopField.ORGANISATION, "B", expected="A"))
    with pytest.raises(EditConflictError):
        service.execute(field.inverse)


def test_text_is_cleaned_before_it_is_stored(service) -> None:
    draft = service.load().chosen_vision
    service.execute(SetVisionText(draft.id, "a\x00b\r\nc"))
    assert service.load().chosen_vision.text == "ab\nc"


def test_switching_language_moves_an_unedited_question_along(service) -> None:
    outcome = service.execute(SetWorkshopField(WorkshopField.LANGUAGE, "en"))
    workshop = service.load()
    assert workshop.info.language is Language.ENGLISH
    assert workshop.survey.question == DEFAULT_SURVEY_QUESTION[Language.ENGLISH]
    assert outcome.changes.touches(Aspect.INFO, Aspect.SURVEY)
    service.execute(outcome.inverse)
    assert service.load().survey.question == DEFAULT_SURVEY_QUESTION[Language.TURKISH]


def test_an_edited_question_stays_when_the_language_changes(service) -> None:
    service.execute(SetWorkshopField(WorkshopField.SURVEY_QUESTION, "Bizim sorumuz?"))
    service.execute(SetWorkshopField(WorkshopField.LANGUAGE, "en"))
    assert service.load().survey.question == "Bizim sorumuz?"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (WorkshopField.TEAM_NAME, "   "),
        (WorkshopField.MIN_RESPONDENTS, 2),
        (WorkshopField.MIN_RESPONDENTS, True),
    ],
)
def test_invalid_values_are_refused_and_nothing_changes(service, field, value) -> None:
    before = service.load()
    with pytest.raises(InvalidValueError):
        service.execute(SetWorkshopField(field, value))
    assert service.load() == before


def test_every_field_round_trips_through_its_inverse(service) -> None:
    edits = {
        WorkshopField.TEAM_NAME: "Yeni Ad",
        WorkshopField.ORGANISATION: "Kurum",
        WorkshopField.FACILITATOR: "Ayşe",
        WorkshopField.DATE: dt.date(2027, 1, 5),
        WorkshopField.APPROACH: "customer_centred",
        WorkshopField.APPROACH_NOTES: "Geçmişi tutarız.",
        WorkshopField.VALUE_SET_NAME: "5R",
        WorkshopField.SURVEY_OPEN: True,
        WorkshopField.MIN_RESPONDENTS: 7,
        WorkshopField.KEEP_QUESTION_WORDS: True,
    }
    original = service.load()
    inverses = [service.execute(SetWorkshopField(field, value)).inverse for field, value in edits.items()]
    changed = service.load()
    assert changed.info.team_name == "Yeni Ad" and changed.survey.min_respondents == 7
    assert changed.value_set_name == "5R" and changed.info.date == dt.date(2027, 1, 5)
    for inverse in reversed(inverses):
        service.execute(inverse)
    assert service.load() == original


def test_ensure_chosen_vision_creates_one_only_when_missing(tmp_path: Path) -> None:
    info = WorkshopInfo(team_name="X", language=Language.ENGLISH)
    import dataclasses

    bare = dataclasses.replace(new_workshop(info), vision_drafts=(), chosen_vision_id=None)
    service = WorkshopService.create(tmp_path / "bare.pstudio", bare)
    draft_id, changes = service.ensure_chosen_vision()
    assert changes.touches(Aspect.VISION)
    assert service.ensure_chosen_vision() == (draft_id, type(changes)())
    assert service.load().chosen_vision_id == draft_id
    service.close()


def test_drafts_can_be_added_chosen_and_deleted_with_exact_undo(service) -> None:
    from philosophy_studio.domain.commands import AddVisionDraft, ChooseVision, DeleteVisionDraft
    from philosophy_studio.domain.interchange import to_document

    def document():
        return to_document(service.load(), "x")

    start = document()
    added = service.execute(AddVisionDraft("İkinci taslak", 1))
    second = service.load().vision_drafts[1]
    assert second.text == "İkinci taslak"
    chose = service.execute(ChooseVision(second.id))
    assert service.load().chosen_vision_id == second.id
    before_delete = document()
    deleted = service.execute(DeleteVisionDraft(second.id))
    assert service.load().chosen_vision is None
    service.execute(deleted.inverse)
    assert document() == before_delete
    assert service.load().chosen_vision_id == second.id
    service.execute(chose.inverse)
    service.execute(added.inverse)
    assert document() == start
