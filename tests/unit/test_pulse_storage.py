"""The check-ins' staff pulse as stored, on SQLite and PostgreSQL: what is kept and how
it is cleaned, once-only submission, nothing that tells who answered or when (no
rowid, no arrival order), files of the previous schema revision upgraded, and the
interchange JSON carrying it per check-in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import secrets
import shutil
import sqlite3
from pathlib import Path

import pytest

from philosophy_studio.domain.changes import Changes
from philosophy_studio.domain.interchange import InterchangeFormatError, from_document, to_document
from philosophy_studio.domain.model import MAX_ANSWER_LENGTH, Language, PulseRating, PulseResponse
from philosophy_studio.domain.pulse import EmptyPulseError, PulseRatingError
from philosophy_studio.persistence.migrate import HEAD_REVISION
from philosophy_studio.services.interchange import demo_workshop, export_json, workshop_to_json
from philosophy_studio.services.pulse import checkin_pulse, submit_pulse
from philosophy_studio.services.workshop_service import WorkshopService

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "migrations"
DAY = dt.date(2026, 7, 9)


def demo_service(location: str) -> WorkshopService:
    workshop = dataclasses.replace(demo_workshop(Language.ENGLISH), pulse_responses=())
    return WorkshopService.create(location, workshop)


def chosen_ids(service: WorkshopService) -> list[int]:
    return [card.id for card in service.load().chosen_values]


def test_a_response_is_kept_cleaned_and_only_of_chosen_values(workshop_location: str) -> None:
    service = demo_service(workshop_location)
    first, second, *_ = chosen_ids(service)
    unchosen = next(card.id for card in service.load().value_cards if card.selected_rank is None)
    stored, changes = submit_pulse(
        service,
        DAY,
        [
            PulseRating(second, 4, None, "  Kept\x00 the <b>promise</b>\r\nagain \u202e  "),
            PulseRating(first, 5, 3, "x" * (MAX_ANSWER_LENGTH + 50)),
            PulseRating(unchosen, 1, 1, "not asked"),
        ],
    )
    assert stored and changes
    (response,) = service.load().pulse_responses
    assert response == PulseResponse(
        DAY,
        (
            PulseRating(first, 5, 3, "x" * MAX_ANSWER_LENGTH),
            PulseRating(second, 4, None, "Kept the <b>promise</b>\nagain \u202e"),
        ),
    )
    service.close()


def test_a_retried_submission_is_stored_once_and_bad_ones_not_at_all(workshop_location: str) -> None:
    service = demo_service(workshop_location)
    first = chosen_ids(service)[0]
    token = secrets.token_hex(16)
    assert submit_pulse(service, DAY, [PulseRating(first, 3, 3)], submission_token=token)[0]
    assert submit_pulse(service, DAY, [PulseRating(first, 3, 3)], submission_token=token) == (
        False,
        Changes(),
    )
    with pytest.raises(EmptyPulseError):
        submit_pulse(service, DAY, [PulseRating(first, None, None, "   ")])
    with pytest.raises(PulseRatingError):
        submit_pulse(service, DAY, [PulseRating(first, 6, 3)])
    assert len(service.load().pulse_responses) == 1
    service.close()


def test_responses_are_not_kept_in_the_order_they_came_in(workshop_location: str) -> None:
    service = demo_service(workshop_location)
    first = chosen_ids(service)[0]
    arrival = [f"{secrets.token_hex(4)} example {n}" for n in range(200)]
    for text in arrival:
        submit_pulse(service, DAY, [PulseRating(first, 4, 4, text)], submission_token=secrets.token_hex(8))
    # The loaded responses come sorted by content, whatever the storage does.
    assert [r.ratings[0].example for r in service.load().pulse_responses] == sorted(arrival)
    service.close()
    stored = stored_examples(workshop_location)
    position = {text: index for index, text in enumerate(stored)}
    ranks = [position[text] for text in arrival]
    pairs = [(a < b) for i, a in enumerate(ranks) for b in ranks[i + 1 :]]
    assert 0.35 < sum(pairs) / len(pairs) < 0.65


def stored_examples(location: str) -> list[str]:
    if "://" not in location:
        raw = sqlite3.connect(location)
        try:
            with pytest.raises(sqlite3.OperationalError):
                raw.execute("SELECT rowid FROM pulse_response")
            return [json.loads(r)[0][3] for (r,) in raw.execute("SELECT ratings FROM pulse_response")]
        finally:
            raw.close()
    import psycopg
    from sqlalchemy.engine import make_url

    plain = make_url(location).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as connection:
        rows = connection.execute("SELECT ratings FROM pulse_response ORDER BY ctid")
        return [ratings[0][3] for (ratings,) in rows]


def test_the_check_in_pulse_is_hidden_below_the_minimum_and_changes_against_the_one_before(
    tmp_path: Path,
) -> None:
    service = demo_service(str(tmp_path / "w.pstudio"))
    first = chosen_ids(service)[0]
    later = dt.date(2026, 9, 10)
    for score in (3, 3, 3, 3, 3):
        submit_pulse(service, DAY, [PulseRating(first, score, 2)])
    for score in (4, 4, 4, 4):
        submit_pulse(service, later, [PulseRating(first, score, 2, "Ayşe called back")])
    workshop = service.load()
    days = workshop.checkin_days
    assert workshop.survey.min_respondents == 5
    hidden = checkin_pulse(workshop, later, days)
    assert hidden.hidden and hidden.respondents == 4
    assert all(pulse.hidden and not pulse.examples for _card, pulse in hidden.values)
    submit_pulse(service, later, [PulseRating(first, 5, 2)])
    shown = checkin_pulse(service.load(), later, days)
    card, pulse = shown.values[0]
    assert not shown.hidden and card.id == first
    assert pulse.lived.counts == (0, 0, 0, 4, 1) and pulse.lived_change == pytest.approx(4.2 - 3)
    assert pulse.examples == ("Ayşe called back",) * 4
    service.close()


def test_a_file_of_the_previous_revision_upgrades_and_takes_a_pulse(tmp_path: Path) -> None:
    copy = tmp_path / "old.pstudio"
    shutil.copy(FIXTURES / "revision-0010.pstudio", copy)
    with WorkshopService.open(copy) as service:
        first = chosen_ids(service)[0]
        submit_pulse(service, DAY, [PulseRating(first, 2, 5, "örnek")])
        assert [r.ratings for r in service.load().pulse_responses] == [(PulseRating(first, 2, 5, "örnek"),)]
    raw = sqlite3.connect(copy)
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        with pytest.raises(sqlite3.OperationalError):
            raw.execute("SELECT rowid FROM pulse_response")
    finally:
        raw.close()


def test_the_interchange_json_carries_each_check_ins_pulse(tmp_path: Path) -> None:
    service = demo_service(str(tmp_path / "w.pstudio"))
    first, second, *_ = chosen_ids(service)
    submit_pulse(service, DAY, [PulseRating(second, 1, None, '=HYPERLINK("x")'), PulseRating(first, 5, 4)])
    submit_pulse(service, dt.date(2026, 9, 10), [PulseRating(first, None, 2, "🙂 شكرا")])
    service.close()
    text = export_json(tmp_path / "w.pstudio")
    document = json.loads(text)
    assert document["checkin_pulse"] == [
        {
            "day": "2026-07-09",
            "responses": [
                [
                    {"value": "v1", "lived": 5, "leaders": 4, "example": ""},
                    {"value": "v3", "lived": 1, "leaders": None, "example": '=HYPERLINK("x")'},
                ]
            ],
        },
        {
            "day": "2026-09-10",
            "responses": [[{"value": "v1", "lived": None, "leaders": 2, "example": "🙂 شكرا"}]],
        },
    ]
    again = from_document(document)
    assert workshop_to_json(again) == workshop_to_json(from_document(json.loads(text)))
    assert to_document(again, document["app_version"]) == document


@pytest.mark.parametrize(
    "rating",
    [
        {"value": "v1", "lived": 6, "leaders": 1, "example": ""},
        {"value": "v1", "lived": True, "leaders": 1, "example": ""},
        {"value": "v99", "lived": 3, "leaders": 1, "example": ""},
        {"value": "v1", "lived": None, "leaders": None, "example": " "},
    ],
)
def test_a_document_with_a_bad_pulse_response_is_refused(rating: dict) -> None:
    document = to_document(demo_workshop(Language.ENGLISH), "0")
    document["checkin_pulse"] = [{"day": "2026-07-09", "responses": [[rating]]}]
    with pytest.raises(InterchangeFormatError, match="checkin_pulse"):
        from_document(document)
