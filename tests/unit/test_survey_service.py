"""Storing survey answers: one at a time, many at once (all or nothing), hiding, and
the rule that keeps results hidden below the minimum number of respondents."""

import dataclasses
import datetime as dt
import json
import sqlite3
import threading
from pathlib import Path
from unittest import mock

import openpyxl
import pytest
from tests_support import assert_exact_undo

from philosophy_studio.domain.changes import Aspect
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.interchange import InterchangeFormatError, from_document
from philosophy_studio.domain.model import AnswerSource, ImportRecord, Language, Workshop, WorkshopInfo
from philosophy_studio.domain.survey_commands import HideAnswer, ShowAnswer
from philosophy_studio.importing.errors import EncodingNeededError
from philosophy_studio.importing.reader import read_file
from philosophy_studio.persistence import repository
from philosophy_studio.services import survey
from philosophy_studio.services.interchange import export_json, import_json
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "survey"


@pytest.fixture
def service(workshop_location: str):
    info = WorkshopInfo(team_name="Destek", language=Language.TURKISH, date=dt.date(2026, 11, 22))
    created = WorkshopService.create(workshop_location, new_workshop(info))
    created.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    yield created
    created.close()


@pytest.fixture
def workshop_file(tmp_path: Path) -> Path:
    """import_file opens the workshop by its location, as the command line does."""
    path = tmp_path / "anket.pstudio"
    info = WorkshopInfo(team_name="Destek", language=Language.TURKISH)
    WorkshopService.create(path, new_workshop(info)).close()
    return path


def loaded(path: Path) -> Workshop:
    service = WorkshopService.open(path)
    try:
        return service.load()
    finally:
        service.close()


def test_a_kiosk_answer_is_normalised_and_stored_with_its_source_only(service) -> None:
    result, changes = survey.submit_answer(service, "  Cafe\u0301 gibi\x07 sıcak\r\nbir ekip  ")
    assert result is None
    assert changes.touches(Aspect.ANSWERS)
    (answer,) = service.load().answers
    assert answer.text == "Café gibi sıcak\nbir ekip"
    assert answer.source is AnswerSource.KIOSK
    assert not answer.hidden
    assert len(answer.id) == 32  # random, not a counter that would tell the order


def test_answers_are_capped_at_the_documented_length(service) -> None:
    survey.submit_answer(service, "ş" * (survey.MAX_ANSWER_LENGTH + 500))
    assert len(service.load().answers[0].text) == survey.MAX_ANSWER_LENGTH


def test_an_empty_answer_is_refused(service) -> None:
    with pytest.raises(survey.EmptyAnswerError):
        survey.submit_answer(service, " \n\t\x00 ")
    assert service.load().answers == ()


def test_a_closed_survey_takes_no_kiosk_answers(service) -> None:
    service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, False))
    with pytest.raises(survey.SurveyClosedError):
        survey.submit_answer(service, "Geç kalan cevap")
    assert service.load().answers == ()


def test_every_row_is_a_respondent_and_empty_cells_are_counted() -> None:
    plan = survey.plan_import(["Hızlı", "", "  ", "Hızlı", "hızlı", "Cafe\u0301", "Café", " Hızlı "])
    assert plan.answers == ("Hızlı", "Hızlı", "hızlı", "Café", "Café", "Hızlı")
    assert plan.empty == 2
    assert plan.rows == 8


def test_an_import_stores_every_answer_in_one_transaction(service) -> None:
    plan = survey.plan_import([f"Cevap {i}" for i in range(300)])
    result, changes = survey.import_answers(service, plan)
    assert result == plan
    assert changes.touches(Aspect.ANSWERS)
    answers = service.load().answers
    assert len(answers) == 300
    assert {a.source for a in answers} == {AnswerSource.IMPORT}


def test_an_import_that_fails_midway_writes_nothing(service) -> None:
    survey.submit_answer(service, "Önceki cevap")
    real = repository.add_answers

    def add_then_fail(session, workshop_id, answers, **_keywords):
        real(session, workshop_id, answers)
        session.flush()
        raise OSError("disk full")

    with mock.patch.object(repository, "add_answers", add_then_fail), pytest.raises(OSError):
        survey.import_answers(service, survey.plan_import(["Bir", "İki"]))
    assert [a.text for a in service.load().answers] == ["Önceki cevap"]


def test_an_import_without_answers_is_refused(service) -> None:
    with pytest.raises(survey.NoAnswersToImportError):
        survey.import_answers(service, survey.plan_import(["", " "]), name="x.csv")


def test_import_file_takes_only_the_answer_column_of_a_forms_export(workshop_file: Path) -> None:
    location = str(workshop_file)
    plan = survey.import_file(location, FIXTURES / "google_forms.csv")
    assert plan.answers == (
        "That we keep our promises",
        "Quick, friendly, honest",
        "That we keep our promises",
    )
    assert (plan.empty, plan.already_imported) == (1, 0)
    texts = sorted(a.text for a in loaded(workshop_file).answers)
    assert texts == ["Quick, friendly, honest", "That we keep our promises", "That we keep our promises"]
    assert not any("@" in text or "2026" in text for text in texts)


def test_import_file_refuses_to_guess_an_encoding(workshop_file: Path) -> None:
    location = str(workshop_file)
    with pytest.raises(EncodingNeededError):
        survey.import_file(location, FIXTURES / "turkish_excel_1254.csv")
    plan = survey.import_file(location, FIXTURES / "turkish_excel_1254.csv", encoding="cp1254", column="2")
    assert "Müşteri her zaman dinlendiğini hissetsin" in plan.answers
    assert (plan.empty, len(plan.answers)) == (1, 4)


def test_hiding_and_showing_undo_exactly(service) -> None:
    survey.import_answers(service, survey.plan_import(["Bir", "İki"]))
    answer = service.load().answers[0]
    assert_exact_undo(service, HideAnswer(answer.id))
    assert service.load().answers[0].hidden
    outcome = service.execute(ShowAnswer(answer.id))
    assert outcome.inverse == HideAnswer(answer.id)
    assert outcome.changes.touches(Aspect.ANSWERS)
    assert not service.load().answers[0].hidden


def test_hiding_an_answer_of_another_workshop_is_refused(service) -> None:
    with pytest.raises(NotAWorkshopError):
        service.execute(HideAnswer("0" * 32))


def test_results_are_visible_only_from_the_minimum_of_visible_answers(service) -> None:
    survey.import_answers(service, survey.plan_import(["a", "b", "c", "d"]))
    workshop = service.load()
    assert workshop.survey.min_respondents == 5
    assert not survey.results_visible(workshop)
    survey.submit_answer(service, "e")
    workshop = service.load()
    assert survey.results_visible(workshop)
    service.execute(HideAnswer(workshop.answers[0].id))
    assert not survey.results_visible(service.load())
    lowered = dataclasses.replace(workshop, survey=dataclasses.replace(workshop.survey, min_respondents=3))
    assert survey.results_visible(lowered)


# --- every row a respondent, and re-importing a later export ---------------------------


def export_rows(path: Path, answers: list[str]) -> Path:
    """A Google Forms export: timestamp and e-mail before the answers, in arrival order."""
    lines = ["Timestamp,Email Address,What should customers think of us?"]
    lines += [
        f"2026/11/2{i % 10} 10:{i % 60:02d}:00,person{i}@example.com,{text}" for i, text in enumerate(answers)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


FIRST = [f"Cevap {i}" for i in range(20)] + ["", "Hızlı", "Hızlı"]


def test_five_people_answering_the_same_words_are_five_respondents(workshop_file: Path) -> None:
    plan = survey.import_file(str(workshop_file), FIXTURES / "google_forms_repeats.csv")
    assert plan.answers.count("Hızlı ve güler yüzlü") == 5
    assert (len(plan.answers), plan.empty) == (7, 1)
    texts = [a.text for a in loaded(workshop_file).answers]
    assert texts.count("Hızlı ve güler yüzlü") == 5
    assert not any("@" in text or "Yılmaz" in text for text in texts)


def test_a_later_export_adds_only_its_new_rows(workshop_file: Path, tmp_path: Path) -> None:
    first = survey.import_file(str(workshop_file), export_rows(tmp_path / "v1.csv", FIRST))
    assert (len(first.answers), first.already_imported) == (22, 0)
    later = [*FIRST, "Güler yüzlü", "Hızlı", ""]
    plan = survey.import_file(str(workshop_file), export_rows(tmp_path / "v2.csv", later))
    assert plan.already_imported == 23
    assert (plan.answers, plan.empty) == (("Güler yüzlü", "Hızlı"), 1)
    workshop = loaded(workshop_file)
    assert len(workshop.answers) == 24
    assert [a.text for a in workshop.answers].count("Hızlı") == 3
    # One record per form: the longer export replaced the first one's record.
    assert workshop.import_records == (
        ImportRecord(rows=26, digest=survey.digest_cells(tuple(survey.normalise_answer(t) for t in later))),
    )


def test_the_same_file_twice_imports_nothing_and_says_so(workshop_file: Path, tmp_path: Path) -> None:
    source = export_rows(tmp_path / "v1.csv", FIRST)
    survey.import_file(str(workshop_file), source)
    before = loaded(workshop_file)
    plan = survey.import_file(str(workshop_file), source)
    assert plan.nothing_new
    assert (plan.already_imported, plan.rows, plan.answers) == (23, 23, ())
    after = loaded(workshop_file)
    assert sorted(a.text for a in after.answers) == sorted(a.text for a in before.answers)
    assert after.import_records == before.import_records


def test_an_edited_response_makes_the_import_ask(workshop_file: Path, tmp_path: Path) -> None:
    survey.import_file(str(workshop_file), export_rows(tmp_path / "v1.csv", FIRST))
    edited = [*FIRST]
    edited[3] = "Cevap 3 (düzeltildi)"
    source = export_rows(tmp_path / "v2.csv", [*edited, "Yeni"])
    with pytest.raises(survey.AnswersAlreadyImportedError, match="21 of the 23 answers"):
        survey.import_file(str(workshop_file), source)
    assert len(loaded(workshop_file).answers) == 22
    plan = survey.import_file(str(workshop_file), source, all_rows=True)
    assert (plan.already_imported, len(plan.answers)) == (0, 23)
    workshop = loaded(workshop_file)
    assert len(workshop.answers) == 45
    assert len(workshop.import_records) == 2


def test_a_file_unrelated_to_earlier_imports_is_not_questioned(service) -> None:
    history = survey.ImportHistory.of(service.load())
    survey.import_answers(service, survey.plan_import(["Güven", "Saygı", "Hız"], history))
    plan = survey.plan_import(
        ["Güven", "Samimiyet", "Dürüstlük", "Sabır"], survey.ImportHistory.of(service.load())
    )
    assert (plan.overlap, plan.needs_confirmation) == (1, False)


def test_the_preview_is_checked_again_when_storing(service) -> None:
    plan = survey.plan_import(["Bir", "İki"], survey.ImportHistory.of(service.load()))
    survey.import_answers(service, plan)
    # The same preview, stored a second time (a double click, or a colleague's import
    # on a team server in between), is refused instead of doubling everyone.
    with pytest.raises(survey.ImportPreviewOutdatedError):
        survey.import_answers(service, plan)
    assert len(service.load().answers) == 2


def test_nothing_stored_gives_away_order_or_who(workshop_file: Path, tmp_path: Path) -> None:
    answers = ["Zeki", "Anlayışlı", "Hızlı", "Anlayışlı", "Çözüm odaklı"]
    survey.import_file(str(workshop_file), export_rows(tmp_path / "v1.csv", answers))
    raw = sqlite3.connect(workshop_file)
    try:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(survey_import)")]
        ((rows, digest),) = raw.execute("SELECT rows, digest FROM survey_import").fetchall()
        # No rowid to order by: the rows are kept in the order of their random keys
        # (tests/reliability/test_arrival_order.py measures that on both backends).
        with pytest.raises(sqlite3.OperationalError):
            raw.execute("SELECT rowid FROM survey_answer")
        stored = [text for (text,) in raw.execute("SELECT text FROM survey_answer")]
    finally:
        raw.close()
    assert columns == ["id", "workshop_id", "rows", "digest"]
    # The digest is the same for any order of the rows and covers the answers alone.
    assert (rows, digest) == (5, survey.digest_cells(list(reversed(answers))))
    assert sorted(stored) == sorted(answers)


def test_an_import_that_fails_at_its_record_writes_nothing(service) -> None:
    with (
        mock.patch.object(repository, "add_import_record", side_effect=OSError("disk full")),
        pytest.raises(OSError),
    ):
        survey.import_answers(service, survey.plan_import(["Bir", "İki"]))
    workshop = service.load()
    assert (workshop.answers, workshop.import_records) == ((), ())


def test_import_records_survive_the_json_round_trip(workshop_file: Path, tmp_path: Path) -> None:
    survey.import_file(str(workshop_file), export_rows(tmp_path / "v1.csv", FIRST))
    document = json.loads(export_json(workshop_file))
    assert document["survey_imports"] == [
        {"rows": 23, "digest": survey.digest_cells([survey.normalise_answer(t) for t in FIRST])}
    ]
    copy = tmp_path / "copy.pstudio"
    import_json(write_json(tmp_path / "w.json", document), copy).close()
    assert json.loads(export_json(copy))["survey_imports"] == document["survey_imports"]
    # The copy recognises the next export of the form as well.
    plan = survey.import_file(str(copy), export_rows(tmp_path / "v2.csv", [*FIRST, "Yeni"]))
    assert (plan.already_imported, plan.answers) == (23, ("Yeni",))


def write_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        ({"rows": 0, "digest": "0" * 64}, "rows must be 1 or more"),
        ({"rows": 3, "digest": "0" * 65}, "64 lower-case hexadecimal"),
        ({"rows": 3}, "digest is missing"),
    ],
)
def test_bad_import_records_in_json_are_refused(entry: dict, fragment: str) -> None:
    document = {"format": "philosophy-studio-workshop", "schema_version": 1, "survey_imports": [entry]}
    document["workshop"] = {"team_name": "T", "language": "tr"}
    with pytest.raises(InterchangeFormatError, match=fragment):
        from_document(document)


def test_a_replaced_record_leaves_no_trace_in_the_file(workshop_file: Path, tmp_path: Path) -> None:
    # The first record, read from the file's free space next to the longer one, would
    # tell which answers came before the others.
    survey.import_file(str(workshop_file), export_rows(tmp_path / "v1.csv", FIRST))
    (first,) = loaded(workshop_file).import_records
    survey.import_file(str(workshop_file), export_rows(tmp_path / "v2.csv", [*FIRST, "Yeni"]))
    (second,) = loaded(workshop_file).import_records
    assert first != second
    stored = b"".join(path.read_bytes() for path in workshop_file.parent.glob(f"{workshop_file.name}*"))
    assert second.digest.encode() in stored
    assert first.digest.encode() not in stored


def test_the_same_export_imported_twice_at_once_is_stored_once(service, workshop_location: str) -> None:
    # Two facilitators on one team server import the export they both downloaded.
    plan = survey.plan_import(FIRST, survey.ImportHistory.of(service.load()))
    others = [WorkshopService.open(workshop_location, workshop_id=service.workshop_id) for _ in range(2)]
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def run(other: WorkshopService) -> None:
        start.wait()
        try:
            outcomes.append(survey.import_answers(other, plan)[0])
        except survey.ImportPreviewOutdatedError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=run, args=(other,)) for other in others]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for other in others:
        other.close()
    assert sorted(type(outcome).__name__ for outcome in outcomes) == [
        "ImportPlan",
        "ImportPreviewOutdatedError",
    ]
    workshop = service.load()
    assert (len(workshop.answers), len(workshop.import_records)) == (22, 1)


def test_the_plan_says_which_answers_are_cut_and_which_formulas_have_no_result(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for row in (["Cevap"], ["Hızlı"], ["x" * 6_000], ["=A2"], ["ş" * 5_000], ["=UPPER(A2)"], ["Sabırlı"]):
        book.active.append(row)
    book.save(tmp_path / "answers.xlsx")
    plan = survey.plan_from_table(read_file(tmp_path / "answers.xlsx"), 0)
    assert (len(plan.answers), plan.empty, plan.shortened, plan.uncalculated) == (4, 2, 1, 2)
    assert plan.answers[1] == "x" * 5_000
    assert [note.render() for note in plan.notes] == [
        "Answers longer than 5,000 characters: 1. Each is imported as its first 5,000 characters.",
        "Cells holding a formula that was never calculated (the file keeps no result for it): 2. They count "
        "as empty answers; to import their results, open the file in Excel or LibreOffice, save it and "
        "import it again.",
    ]
    # Rows an earlier import took are not counted again.
    earlier = ImportRecord(rows=4, digest=survey.digest_cells(plan.cells[:4]))
    later = survey.plan_from_table(read_file(tmp_path / "answers.xlsx"), 0, survey.ImportHistory((earlier,)))
    assert (later.shortened, later.uncalculated, later.empty) == (0, 1, 1)
