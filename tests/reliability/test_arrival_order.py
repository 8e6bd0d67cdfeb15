"""The order in which the database keeps the answers says nothing about the order they
came in, on SQLite and PostgreSQL: read in storage order (SQLite has no rowid to sort
by any more; PostgreSQL's physical order is its ctid), answers given one after another
and answers imported from a file are no more in arrival order than a shuffle."""

from __future__ import annotations

import secrets
import sqlite3

import pytest

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import AnswerSource, Language, WorkshopInfo
from philosophy_studio.services import survey
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

ANSWERS = 200


def concordance(arrival: list[str], stored: list[str]) -> float:
    """The share of pairs of answers kept in the order they arrived: 1.0 is arrival
    order, 0.5 is what a shuffle gives (within ±0.15 for 200 answers, six deviations)."""
    position = {text: index for index, text in enumerate(stored)}
    ranks = [position[text] for text in arrival]
    pairs = concordant = 0
    for i, first in enumerate(ranks):
        for second in ranks[i + 1 :]:
            pairs += 1
            concordant += first < second
    return concordant / pairs


def stored_order(location: str) -> list[str]:
    if "://" not in location:
        raw = sqlite3.connect(location)
        try:
            with pytest.raises(sqlite3.OperationalError):
                raw.execute("SELECT rowid FROM survey_answer")
            return [text for (text,) in raw.execute("SELECT text FROM survey_answer")]
        finally:
            raw.close()
    import psycopg
    from sqlalchemy.engine import make_url

    plain = make_url(location).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as connection:
        return [text for (text,) in connection.execute("SELECT text FROM survey_answer ORDER BY ctid")]


def fresh(location: str) -> WorkshopService:
    info = WorkshopInfo(team_name="Sırasız", language=Language.TURKISH)
    service = WorkshopService.create(location, new_workshop(info))
    service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    return service


def test_answers_given_one_by_one_are_not_kept_in_arrival_order(workshop_location: str) -> None:
    # Random texts: an order by text must not pass for no order.
    arrival = [f"{secrets.token_hex(4)} yanıt {n}" for n in range(ANSWERS)]
    service = fresh(workshop_location)
    for text in arrival:
        survey.submit_answer(service, text, AnswerSource.LAN, submission_token=secrets.token_hex(8))
    service.close()
    assert 0.35 < concordance(arrival, stored_order(workshop_location)) < 0.65


def test_an_imported_file_is_not_kept_in_its_row_order(workshop_location: str) -> None:
    arrival = [f"{secrets.token_hex(4)} satır {n}" for n in range(ANSWERS)]
    service = fresh(workshop_location)
    survey.import_answers(service, survey.plan_import(arrival))
    # Read while the workshop is still open: an import shuffles at once.
    assert 0.35 < concordance(arrival, stored_order(workshop_location)) < 0.65
    service.close()
