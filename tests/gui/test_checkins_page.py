"""The Check-ins step: the plan of meetings after the workshop, its calendar file, and
the metrics' readings against their targets, typed in or imported; failed saves keep
what was entered until Retry stores it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from tests_support import Refusal

from philosophy_studio.domain.changes import Changes
from philosophy_studio.domain.checkins import DEFAULT_DAYS_AFTER
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.domain.progress import progress
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.checkins.checkins_page import CheckInsPage
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

WORKSHOP_DAY = dt.date(2026, 9, 23)


def open_page(make_window, qtbot, location: str):  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_location(location)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.CHECKINS)
    page = window.workshop_view.page_for[Step.CHECKINS]
    assert isinstance(page, CheckInsPage)
    return window, page


def demo_file(tmp_path: Path, language: Language = Language.ENGLISH) -> str:
    location = str(tmp_path / "demo.pstudio")
    WorkshopService.create(location, demo_workshop(language)).close()
    return location


def plan_days(page: CheckInsPage) -> list[dt.date]:
    table = page.plan.table
    return [table.item(row, 1).data(Qt.ItemDataRole.EditRole).toPython() for row in range(table.rowCount())]


def change_day(page: CheckInsPage, row: int, day: dt.date) -> None:
    page.plan.table.item(row, 1).setData(Qt.ItemDataRole.EditRole, QDate(day))


def test_a_new_workshop_is_offered_the_methods_plan_and_editing_it_makes_it_its_own(
    make_window, qtbot, tmp_path: Path
) -> None:
    location = str(tmp_path / "new.pstudio")
    WorkshopService.create(
        location, new_workshop(WorkshopInfo("Team", Language.ENGLISH, date=WORKSHOP_DAY))
    ).close()
    window, page = open_page(make_window, qtbot, location)
    suggested = [WORKSHOP_DAY + dt.timedelta(days=days) for days in DEFAULT_DAYS_AFTER]
    assert plan_days(page) == suggested
    assert page.plan.suggestion.isVisible()
    assert "30 days after the workshop" in page.plan.table.item(0, 2).text()
    assert not progress(window.session.workshop, Step.CHECKINS).complete

    moved = WORKSHOP_DAY + dt.timedelta(days=35)
    change_day(page, 0, moved)
    qtbot.waitUntil(lambda: window.session.workshop.checkin_days == (moved, *suggested[1:]))
    assert plan_days(page) == [moved, *suggested[1:]]
    assert not page.plan.suggestion.isVisible()

    page.plan.add.click()
    added = suggested[-1] + dt.timedelta(days=90)
    qtbot.waitUntil(lambda: len(window.session.workshop.checkin_days) == 4)
    assert window.session.workshop.checkin_days[-1] == added
    page.plan.table.selectRow(1)
    page.plan.remove.click()
    qtbot.waitUntil(lambda: window.session.workshop.checkin_days == (moved, suggested[2], added))
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: len(window.session.workshop.checkin_days) == 4)


def test_two_check_ins_on_one_day_are_refused_with_a_message(make_window, qtbot, tmp_path: Path) -> None:
    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    before = window.session.workshop.checkin_days
    change_day(page, 1, before[0])
    assert "already a check-in on that day" in page.plan.status.text()
    assert plan_days(page) == list(before)
    qtbot.wait(100)
    assert window.session.workshop.checkin_days == before


def test_the_plan_exports_a_calendar_file_that_a_calendar_reads(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    import icalendar

    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    target = tmp_path / "team check-ins"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    page.plan.export.click()
    written = target.with_suffix(".ics")
    qtbot.waitUntil(lambda: page.plan.status.text().startswith("Saved"))
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    starts = [event.decoded("dtstart") for event in calendar.walk("VEVENT")]
    assert starts == list(window.session.workshop.checkin_days)


def test_the_metrics_show_where_they_stand_and_a_typed_reading_is_stored(
    make_window, qtbot, tmp_path: Path
) -> None:
    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    box = page.readings
    metric_ids = [metric.id for card in window.session.workshop.chosen_values for metric in card.metrics]
    assert box.metrics.rowCount() == len(metric_ids)
    read = {reading.metric_id for reading in window.session.workshop.metric_readings}
    row = next(row for row, metric_id in enumerate(metric_ids) if metric_id not in read)
    box.metrics.selectRow(row)
    assert box.chosen_metric_id() == metric_ids[row]
    assert box.metrics.item(row, 5).text() == "No reading yet"
    assert box.readings.rowCount() == 0

    box.day.setDate(QDate(2026, 11, 1))
    box.value.setText("not a number")
    box.add_reading.click()
    assert "is not a number" in box.status.text()
    box.value.setText("1,250.5")
    box.add_reading.click()
    qtbot.waitUntil(
        lambda: any(r.metric_id == metric_ids[row] for r in window.session.workshop.metric_readings)
    )
    stored = next(r for r in window.session.workshop.metric_readings if r.metric_id == metric_ids[row])
    assert (stored.day, stored.value) == (dt.date(2026, 11, 1), 1250.5)
    assert box.chosen_metric_id() == metric_ids[row]
    assert box.readings.rowCount() == 1
    assert box.chart.readings == ((dt.date(2026, 11, 1), 1250.5),)

    box.value.setText("1200")
    box.add_reading.click()
    assert "replaced the one stored for that day" in box.status.text()
    qtbot.waitUntil(
        lambda: any(
            r.metric_id == metric_ids[row] and r.value == 1200
            for r in window.session.workshop.metric_readings
        )
    )
    box.readings.selectRow(0)
    box.remove_reading.click()
    qtbot.waitUntil(
        lambda: all(r.metric_id != metric_ids[row] for r in window.session.workshop.metric_readings)
    )


def test_readings_import_from_a_reporting_export_and_a_bad_file_imports_nothing(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    box = page.readings
    card = window.session.workshop.chosen_values[0]
    first, second = card.metrics[0], card.metrics[1]
    export = tmp_path / "report.csv"
    export.write_text(
        f"Date,{first.name},{second.name}\n2027-01-05,71,4.4\n2027-02-05,73,4.5\n", encoding="utf-8"
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(export), ""))
    before = len(window.session.workshop.metric_readings)
    box.import_readings.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.metric_readings) == before + 4)
    assert box.status.text().startswith("4 readings from report.csv · 2 metrics")

    bad = tmp_path / "bad.csv"
    bad.write_text(f"Date,{first.name}\nnext Tuesday,71\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(bad), ""))
    box.import_readings.click()
    qtbot.waitUntil(lambda: box.status.text().startswith("Nothing was imported"))
    assert len(window.session.workshop.metric_readings) == before + 4
    assert box.import_readings.isEnabled()


def test_a_reading_and_a_plan_that_failed_to_store_stay_on_screen_until_retry(
    make_window, qtbot, tmp_path: Path
) -> None:
    location = demo_file(tmp_path)
    window, page = open_page(make_window, qtbot, location)
    box = page.readings
    metric_id = box.chosen_metric_id()
    days_before = window.session.workshop.checkin_days
    refusal = Refusal(window.session._service.store.engine, full=False)

    box.day.setDate(QDate(2027, 3, 1))
    box.value.setText("42")
    box.add_reading.click()
    qtbot.waitUntil(window.message_bar.isVisible)
    moved = days_before[-1] + dt.timedelta(days=7)
    change_day(page, len(days_before) - 1, moved)
    qtbot.waitUntil(lambda: not window.session.is_saving)
    # What was entered stays, marked, also when the stored workshop is shown again.
    window.session.call(lambda _service: (None, Changes.everything()))
    qtbot.wait(200)
    assert "waiting for Retry" in box.readings.item(0, 0).text()
    assert box.chart.readings[-1] == (dt.date(2027, 3, 1), 42.0)
    assert plan_days(page)[-1] == moved
    assert window.session.workshop.checkin_days == days_before

    refusal.lift()
    window.message_bar.retry.click()
    qtbot.waitUntil(lambda: window.session.workshop.checkin_days[-1] == moved)
    qtbot.waitUntil(
        lambda: any(
            (r.metric_id, r.day, r.value) == (metric_id, dt.date(2027, 3, 1), 42.0)
            for r in window.session.workshop.metric_readings
        )
    )
    assert "waiting for Retry" not in box.readings.item(0, 0).text()


def test_a_workshop_without_metrics_says_where_they_come_from(make_window, qtbot, tmp_path: Path) -> None:
    location = str(tmp_path / "new.pstudio")
    WorkshopService.create(location, new_workshop(WorkshopInfo("Team", Language.ENGLISH))).close()
    _window, page = open_page(make_window, qtbot, location)
    assert page.readings.no_metrics.isVisible()
    assert "Guidelines step" in page.readings.no_metrics.text()
    assert not page.readings.import_readings.isEnabled()
    assert not page.readings.chart.isVisible()
    # No workshop day: the suggestion counts from today.
    assert plan_days(page)[0] == dt.date.today() + dt.timedelta(days=30)
    assert "from today" in page.plan.suggestion.text()


def test_the_report_of_the_selected_check_in_is_saved_as_a_pdf(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from pypdf import PdfReader

    _window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    page.plan.table.selectRow(0)
    page.plan.report.click()
    qtbot.waitUntil(lambda: page.plan.status.text().startswith("Saved"))
    text = "".join(p.extract_text() for p in PdfReader(target.with_suffix(".pdf")).pages)
    assert "Check-in 1 of 3" in text


def statuses(page: CheckInsPage) -> dict[str, str]:
    box = page.commitments
    return {box._card_name(card_id): row.status.currentText() for card_id, row in box._rows.items()}


def test_the_leaders_review_their_promises_at_the_chosen_check_in(make_window, qtbot, tmp_path: Path) -> None:
    from philosophy_studio.domain.model import CommitmentStatus

    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    box = page.commitments
    # The latest check-in due: the demo's second, held on 10 September.
    assert "check-in 2" in box.title()
    assert statuses(page)["Ownership"] == "In progress"
    page.plan.table.selectRow(0)
    assert "check-in 1" in box.title()
    assert statuses(page)["Ownership"] == "Not started"
    ownership = next(card for card in window.session.workshop.chosen_values if card.name == "Ownership")
    row = box._rows[ownership.id]
    row.status.setCurrentIndex(row.status.findData(CommitmentStatus.DONE))
    day = window.session.workshop.checkin_days[0]

    def stored():  # type: ignore[no-untyped-def]
        return next(
            (
                r
                for r in window.session.workshop.commitment_reviews
                if (r.day, r.card_id) == (day, ownership.id)
            ),
            None,
        )

    qtbot.waitUntil(lambda: stored() is not None and stored().status is CommitmentStatus.DONE)
    row.note.setFocus()
    row.note.setText("Blocker log on the board from 1 July")
    row.note.commit()
    qtbot.waitUntil(lambda: stored().note == "Blocker log on the board from 1 July")
    # Moving the check-in to another day takes its reviews along.
    change_day(page, 0, dt.date(2026, 7, 14))
    qtbot.waitUntil(lambda: window.session.workshop.checkin_days[0] == dt.date(2026, 7, 14))
    moved = [r for r in window.session.workshop.commitment_reviews if r.day == dt.date(2026, 7, 14)]
    assert len(moved) == len(window.session.workshop.chosen_values)
    # "Not reviewed yet" takes the review away.
    page.plan.table.selectRow(0)
    row.status.setCurrentIndex(0)
    qtbot.waitUntil(
        lambda: all(r.card_id != ownership.id for r in moved_reviews(window, dt.date(2026, 7, 14)))
    )
    assert not row.note.isEnabled()


def moved_reviews(window, day: dt.date):  # type: ignore[no-untyped-def]
    return [r for r in window.session.workshop.commitment_reviews if r.day == day]


def test_a_first_review_keeps_the_suggested_plan(make_window, qtbot, tmp_path: Path) -> None:
    from philosophy_studio.domain.model import CommitmentStatus, ValueCard
    from philosophy_studio.domain.value_commands import AddValueCard, SetChosenValues

    location = str(tmp_path / "new.pstudio")
    WorkshopService.create(
        location, new_workshop(WorkshopInfo("Team", Language.ENGLISH, date=WORKSHOP_DAY))
    ).close()
    window, page = open_page(make_window, qtbot, location)
    assert page.commitments.no_values.isVisible()
    window.session.execute(AddValueCard(ValueCard(id=0, name="Honesty"), 0))
    qtbot.waitUntil(lambda: len(window.session.workshop.value_cards) == 1)
    window.session.execute(SetChosenValues((window.session.workshop.value_cards[0].id,)))
    qtbot.waitUntil(lambda: len(page.commitments._rows) == 1)
    row = next(iter(page.commitments._rows.values()))
    row.status.setCurrentIndex(row.status.findData(CommitmentStatus.IN_PROGRESS))
    qtbot.waitUntil(lambda: len(window.session.workshop.commitment_reviews) == 1)
    assert len(window.session.workshop.checkin_days) == len(DEFAULT_DAYS_AFTER)
    assert not page.plan.suggestion.isVisible()


def test_a_review_that_failed_to_store_stays_until_retry(make_window, qtbot, tmp_path: Path) -> None:
    from philosophy_studio.domain.model import CommitmentStatus

    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    box = page.commitments
    card_id, row = next(iter(box._rows.items()))
    refusal = Refusal(window.session._service.store.engine, full=False)
    row.status.setCurrentIndex(row.status.findData(CommitmentStatus.NOT_STARTED))
    qtbot.waitUntil(window.message_bar.isVisible)
    qtbot.waitUntil(lambda: not window.session.is_saving)
    window.session.call(lambda _service: (None, Changes.everything()))
    qtbot.wait(200)
    assert row.status.currentData() == CommitmentStatus.NOT_STARTED
    refusal.lift()
    window.message_bar.retry.click()
    day = window.session.workshop.checkin_days[1]
    qtbot.waitUntil(
        lambda: any(
            (r.day, r.card_id, r.status) == (day, card_id, CommitmentStatus.NOT_STARTED)
            for r in window.session.workshop.commitment_reviews
        )
    )


def test_a_review_another_facilitator_stored_unseen_is_a_choice_not_overwritten(
    make_window, qtbot, tmp_path: Path
) -> None:
    from qt_fixtures import change_unannounced

    from philosophy_studio.domain.checkin_commands import SetCommitmentReview
    from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus

    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    box = page.commitments
    card_id, row = next(iter(box._rows.items()))
    day = window.session.workshop.checkin_days[1]
    theirs = CommitmentReview(day, card_id, CommitmentStatus.DONE, "Theirs, written first.")
    change_unannounced(window, qtbot, SetCommitmentReview(day, card_id, theirs))

    row.status.setCurrentIndex(row.status.findData(CommitmentStatus.NOT_STARTED))
    qtbot.waitUntil(lambda: box.conflict is not None and box.conflict.isVisible())
    assert box.conflict.theirs.toPlainText() == "Done\nTheirs, written first."
    assert box.conflict.mine.toPlainText().startswith("Not started")
    stored = [r for r in window.session.workshop.commitment_reviews if (r.day, r.card_id) == (day, card_id)]
    assert stored == [theirs]
    box.conflict.keep_mine.click()
    qtbot.waitUntil(
        lambda: any(
            (r.day, r.card_id, r.status) == (day, card_id, CommitmentStatus.NOT_STARTED)
            for r in window.session.workshop.commitment_reviews
        )
    )
    qtbot.waitUntil(lambda: not window.session.is_saving)
    assert window.conflict is None and not window.message_bar.isVisible()


def test_quick_changes_of_one_review_are_not_taken_for_someone_elses(
    make_window, qtbot, tmp_path: Path
) -> None:
    from philosophy_studio.domain.model import CommitmentStatus

    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    box = page.commitments
    card_id, row = next(iter(box._rows.items()))
    day = window.session.workshop.checkin_days[1]
    # Each sent before the one before it is stored.
    for status in (CommitmentStatus.NOT_STARTED, CommitmentStatus.IN_PROGRESS, CommitmentStatus.DONE):
        row.status.setCurrentIndex(row.status.findData(status))
    row.note.setText("Stand-ups moved to 9:00")
    row.note.commit()
    qtbot.waitUntil(lambda: not window.session.is_saving)
    assert box.conflict is None and window.conflict is None
    wanted = (day, card_id, CommitmentStatus.DONE, "Stand-ups moved to 9:00")
    reviews = window.session.workshop.commitment_reviews
    assert any((r.day, r.card_id, r.status, r.note) == wanted for r in reviews)


def test_a_plan_another_facilitator_changed_unseen_is_a_choice_not_overwritten(
    make_window, qtbot, tmp_path: Path
) -> None:
    from qt_fixtures import change_unannounced

    from philosophy_studio.domain.checkin_commands import SetCheckInDays

    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    shown = tuple(plan_days(page))
    theirs = (*shown, shown[-1] + dt.timedelta(days=60))
    change_unannounced(window, qtbot, SetCheckInDays(theirs))

    page.plan.table.selectRow(0)
    page.plan.remove.click()
    qtbot.waitUntil(lambda: page.plan.conflict is not None and page.plan.conflict.isVisible())
    assert page.plan.conflict.theirs.toPlainText().count("Check-in") == len(theirs)
    assert page.plan.conflict.mine.toPlainText().count("Check-in") == len(shown) - 1
    assert window.session.workshop.checkin_days == theirs
    first = page.plan.conflict
    first.take_theirs.click()
    qtbot.waitUntil(lambda: tuple(plan_days(page)) == theirs)

    # Moving a check-in they removed meanwhile: keeping mine stores my plan.
    change_unannounced(window, qtbot, SetCheckInDays(theirs[1:]))
    moved = shown[0] + dt.timedelta(days=3)
    change_day(page, 0, moved)
    qtbot.waitUntil(lambda: page.plan.conflict is not first and page.plan.conflict.isVisible())
    page.plan.conflict.keep_mine.click()
    qtbot.waitUntil(lambda: window.session.workshop.checkin_days == (moved, *theirs[1:]))


def test_the_survey_is_asked_again_at_a_check_in_and_its_words_compared(
    make_window, qtbot, tmp_path: Path
) -> None:
    from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
    from philosophy_studio.services.survey import submit_answer

    window, page = open_page(make_window, qtbot, demo_file(tmp_path))
    box = page.survey_again
    # The demo asked the survey again at its second check-in already.
    qtbot.waitUntil(box.words.isVisible, timeout=20_000)
    assert "This check-in's round has 10 answers." in box.state.text()
    assert "patient" in box.rose.text()
    page.plan.table.selectRow(0)
    day = window.session.workshop.checkin_days[0]
    workshop_answers = len(window.session.workshop.answers)
    assert "has not been asked again" in box.state.text()
    assert not box.words.isVisible()
    box.ask.click()
    qtbot.waitUntil(lambda: window.session.workshop.survey.round_day == day)
    assert window.session.workshop.answers == ()
    assert "asking this check-in's round: 0 answers so far" in box.state.text()
    assert box.end.isVisible() and not box.ask.isVisible()
    survey = window.workshop_view.page_for[Step.SURVEY]
    assert survey.round_note.isVisibleTo(survey) and "asked again at the check-in" in survey.round_note.text()

    def answer(texts: list[str]) -> None:
        def job(service):  # type: ignore[no-untyped-def]
            service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
            for text in texts:
                submit_answer(service, text)
            return None, Changes.everything()

        done: list[object] = []
        window.session.call(job, done.append)
        qtbot.waitUntil(lambda: bool(done))

    answer(["Patience <b>first</b>", "Patient listening"])
    qtbot.waitUntil(lambda: "The comparison shows once 5 people have answered" in box.summary.text())
    assert not box.words.isVisible()
    answer(["Patient and calm", "Patience with every caller", "Calm, patient and honest"])
    qtbot.waitUntil(box.words.isVisible, timeout=20_000)
    assert "patient" in box.rose.text()
    assert box.rose.textFormat() == Qt.TextFormat.PlainText
    assert "5 at this check-in" in box.summary.text()

    box.end.click()
    qtbot.waitUntil(lambda: window.session.workshop.survey.round_day is None)
    assert len(window.session.workshop.answers) == workshop_answers
    assert not survey.round_note.isVisibleTo(survey)
    # The round is kept: its comparison still shows for its check-in.
    assert "This check-in's round has 5 answers." in box.state.text()
