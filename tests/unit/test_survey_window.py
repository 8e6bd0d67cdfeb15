"""The survey's window: an open survey takes answers from open-from until open-until,
kept to the minute; set by a command (undoable) or the command line, carried by the
interchange JSON, and told to phones that come too early or too late."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from philosophy_studio.cli import main
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.errors import InvalidInterchangeError
from philosophy_studio.domain.model import AnswerSource, Language, SurveySettings, WorkshopInfo, window_minute
from philosophy_studio.domain.rules.workshop import SurveyWindowError, survey_window
from philosophy_studio.domain.survey_commands import SetSurveyWindow
from philosophy_studio.persistence import repository
from philosophy_studio.services import survey
from philosophy_studio.services.interchange import export_json, import_json
from philosophy_studio.services.phone_survey import WorkshopSurveySink
from philosophy_studio.services.survey import SurveyClosedError, submit_answer
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop
from philosophy_studio.survey_server.app import Closed, SurveyApp

UTC = dt.UTC
NOON = dt.datetime(2026, 12, 14, 12, 0, tzinfo=UTC)


def at(minutes: float) -> dt.datetime:
    return NOON + dt.timedelta(minutes=minutes)


@pytest.fixture
def service(workshop_location: str):
    opened = WorkshopService.create(
        workshop_location, new_workshop(WorkshopInfo(team_name="Destek", language=Language.ENGLISH))
    )
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch):
    """The survey's clock, set by the test."""
    now = [NOON]
    monkeypatch.setattr(survey, "utc_now", lambda: now[0])
    return now


def test_a_window_is_kept_in_utc_to_the_minute() -> None:
    istanbul = dt.timezone(dt.timedelta(hours=3))
    assert window_minute(dt.datetime(2026, 12, 14, 15, 0, 59, 999, tzinfo=istanbul)) == NOON
    assert window_minute(dt.datetime(2026, 12, 14, 12, 0, 30)) == NOON  # no zone: UTC
    assert survey_window(None, at(1)) == (None, at(1))
    with pytest.raises(SurveyWindowError):
        survey_window(at(1), at(1))
    with pytest.raises(SurveyWindowError):
        survey_window(at(2), at(1))


def test_an_open_survey_takes_answers_only_inside_its_window() -> None:
    settings = SurveySettings(question="?", is_open=True, open_from=at(0), open_until=at(10))
    assert not settings.takes_answers(at(-0.01))
    assert settings.takes_answers(at(0))
    assert settings.takes_answers(at(9.99))
    assert not settings.takes_answers(at(10))
    # The switch still rules: a closed survey takes nothing, window or not.
    closed = SurveySettings(question="?", is_open=False, open_from=at(0), open_until=at(10))
    assert not closed.takes_answers(at(5))
    assert SurveySettings(question="?", is_open=True).takes_answers(at(5))


def test_setting_a_window_opens_the_survey_and_undo_closes_it_again(service, clock) -> None:
    outcome = service.execute(SetSurveyWindow(at(0.5), at(60.2), survey_open=True))
    settings = service.load().survey
    assert (settings.is_open, settings.open_from, settings.open_until) == (True, at(0), at(60))
    service.execute(outcome.inverse)
    settings = service.load().survey
    assert (settings.is_open, settings.open_from, settings.open_until) == (False, None, None)
    with pytest.raises(SurveyWindowError):
        service.execute(SetSurveyWindow(at(5), at(5)))


def test_answers_are_stored_inside_the_window_only(service, clock) -> None:
    service.execute(SetSurveyWindow(at(1), at(2), survey_open=True))
    clock[0] = at(0.99)
    with pytest.raises(SurveyClosedError):
        submit_answer(service, "too early", AnswerSource.LAN)
    clock[0] = at(1)
    submit_answer(service, "on time", AnswerSource.LAN)
    clock[0] = at(2)
    with pytest.raises(SurveyClosedError):
        submit_answer(service, "too late", AnswerSource.KIOSK)
    assert [answer.text for answer in service.load().answers] == ["on time"]


def test_the_service_serves_a_workshop_until_its_window_is_over(service, clock) -> None:
    service.execute(SetSurveyWindow(at(1), at(2), survey_open=True))
    with service.store.read() as session:
        assert repository.workshops_to_serve(session, at(0)) == [(service.workshop_id, "Destek")]
        assert repository.workshops_to_serve(session, at(2)) == []
    service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, False))
    with service.store.read() as session:
        assert repository.workshops_to_serve(session, at(1)) == []


def test_phones_are_told_when_the_survey_opens_or_that_it_ended(service, clock) -> None:
    service.execute(SetSurveyWindow(at(1), at(2), survey_open=True))
    sink = WorkshopSurveySink(service)
    app = SurveyApp(sink, "t" * 22, ["phone.test"], max_answer_length=5000)
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/a/" + "t" * 22, "HTTP_HOST": "phone.test"}
    assert sink.why_closed() == (Closed.NOT_YET, at(1))
    response = app.handle(environ)
    assert response.status == 403 and "has not opened yet" in response.body
    assert at(1).astimezone().strftime("%Y-%m-%d %H:%M") in response.body
    clock[0] = at(1.5)
    assert sink.why_closed() is None
    assert app.handle(environ).status == 200
    clock[0] = at(2)
    response = app.handle(environ)
    assert response.status == 403 and "The survey has ended" in response.body
    service.execute(SetWorkshopField(WorkshopField.LANGUAGE, Language.TURKISH.value))
    assert "Anket sona erdi" in app.handle(environ).body


def test_the_window_travels_in_the_interchange_json(tmp_path: Path, clock) -> None:
    path = tmp_path / "w.pstudio"
    original = WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="D", language=Language.ENGLISH))
    )
    original.execute(SetSurveyWindow(at(0), at(90), survey_open=True))
    original.close()
    text = export_json(path)
    document = json.loads(text)
    assert document["workshop"]["survey"]["open_until"] == "2026-12-14T13:30:00+00:00"
    (tmp_path / "w.json").write_text(text, encoding="utf-8")
    copy = import_json(tmp_path / "w.json", tmp_path / "copy.pstudio")
    try:
        settings = copy.load().survey
    finally:
        copy.close()
    assert (settings.open_from, settings.open_until, settings.is_open) == (at(0), at(90), True)
    for broken in ("2026-12-14T13:30:00", "tomorrow"):
        document["workshop"]["survey"]["open_until"] = broken
        (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
        with pytest.raises(InvalidInterchangeError, match="open_until"):
            import_json(tmp_path / "bad.json", tmp_path / f"bad-{len(broken)}.pstudio")
    document["workshop"]["survey"]["open_until"] = "2026-12-14T11:00:00+00:00"
    (tmp_path / "bad.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InvalidInterchangeError, match="close after it opens"):
        import_json(tmp_path / "bad.json", tmp_path / "backwards.pstudio")


def test_survey_window_on_the_command_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "w.pstudio"
    WorkshopService.create(path, new_workshop(WorkshopInfo(team_name="D", language=Language.ENGLISH))).close()
    assert (
        main(
            [
                "survey-window",
                str(path),
                "--from",
                "2030-01-06T08:00:45+03:00",
                "--until",
                "2030-01-10T18:00+03:00",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "The survey is open" in out
    service = WorkshopService.open(path)
    try:
        settings = service.load().survey
    finally:
        service.close()
    assert settings.open_from == dt.datetime(2030, 1, 6, 5, 0, tzinfo=UTC)
    assert settings.open_until == dt.datetime(2030, 1, 10, 15, 0, tzinfo=UTC)
    assert main(["survey-window", str(path), "--until", "2020-01-01T00:00"]) == 2
    assert "already past" in capsys.readouterr().err
    assert main(["survey-window", str(path), "--from", "2031-01-01T00:00"]) == 2
    assert "close after it opens" in capsys.readouterr().err
    assert main(["survey-window", str(path), "--clear"]) == 0
    assert "it has no window" in capsys.readouterr().out
