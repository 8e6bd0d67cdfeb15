"""The Survey page: answers shown only from the threshold, hiding with undo, and the
import dialog driven through its API with fixture files."""

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget
from tests_support import workshop_with_answers

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.import_answers_dialog import ImportAnswersDialog
from philosophy_studio.gui.steps.survey.page import SurveyPage
from philosophy_studio.services import survey
from philosophy_studio.services.workshop_service import WorkshopService

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "survey"


def stored(path: Path):
    service = WorkshopService.open(path)
    try:
        return service.load().answers
    finally:
        service.close()


def open_page(make_window, qtbot, tmp_path: Path, answers: tuple[str, ...] = ()):
    path = workshop_with_answers(tmp_path / "survey.pstudio", Language.ENGLISH, answers)
    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    page = window.workshop_view.page_for[Step.SURVEY]
    assert isinstance(page, SurveyPage)
    return window, page, path


def list_texts(page: SurveyPage) -> list[str]:
    model = page.answers.answer_model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_answers_stay_hidden_below_the_threshold(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(
        make_window, qtbot, tmp_path, ("Kind", "Fast", "<b>Honest</b> & fair", "Calm")
    )
    assert page.answers.count.text() == "4 answers so far"
    # Nothing to report yet: no empty status line takes room above the answers.
    assert not page.status.isVisibleTo(page)
    assert page.answers.withheld.isVisibleTo(page)
    assert not page.answers.answer_list.isVisibleTo(page)
    assert page.answers.answer_model.rowCount() == 0
    assert "at least 5 people" in page.answers.withheld.text()
    page.minimum.setValue(4)
    qtbot.waitUntil(lambda: window.session.workshop.survey.min_respondents == 4)
    assert page.answers.answer_list.isVisibleTo(page)
    assert "<b>Honest</b> & fair" in list_texts(page)
    # Never below three.
    page.minimum.setValue(1)
    assert page.minimum.value() == 3


def test_hide_an_answer_and_undo(make_window, qtbot, tmp_path) -> None:
    window, page, path = open_page(make_window, qtbot, tmp_path, ("a", "b", "c", "d", "e", "f"))
    assert page.answers.answer_model.rowCount() == 6
    page.answers.answer_list.setCurrentIndex(page.answers.answer_model.index(0))
    page.answers.toggle_current()
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert [a.text for a in stored(path) if a.hidden] == ["a"]
    assert page.answers.count.text() == "6 answers so far · 1 hidden from the analysis"
    assert list_texts(page)[0].startswith("(hidden from the analysis)")
    assert window.actions.undo.text() == "&Undo: Hide an answer"
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: not any(a.hidden for a in stored(path)))
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert list_texts(page)[0] == "a"
    window.actions.redo.trigger()
    qtbot.waitUntil(lambda: any(a.hidden for a in stored(path)))


def test_hiding_drops_below_the_threshold_and_withholds_again(make_window, qtbot, tmp_path) -> None:
    _window, page, _path = open_page(make_window, qtbot, tmp_path, ("a", "b", "c", "d", "e"))
    assert page.answers.answer_list.isVisibleTo(page)
    page.answers.answer_list.setCurrentIndex(page.answers.answer_model.index(2))
    page.answers.toggle_current()
    qtbot.waitUntil(lambda: page.answers.withheld.isVisibleTo(page))
    assert page.answers.answer_model.rowCount() == 0


def import_dialog(window, page: SurveyPage) -> ImportAnswersDialog:
    dialog = ImportAnswersDialog(window.session, page)
    dialog.show()
    return dialog


def test_import_a_google_forms_export_through_the_dialog(make_window, qtbot, tmp_path) -> None:
    window, page, path = open_page(make_window, qtbot, tmp_path)
    dialog = import_dialog(window, page)
    dialog.load_file(FIXTURES / "google_forms.csv")
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert dialog.chosen_column() == 2
    # Only the answers column is in the preview; the others are named as left out.
    assert dialog.preview.columnCount() == 1
    assert "Timestamp, Email Address" in dialog.identifying_note.text()
    assert "(left out)" in dialog.column.itemText(1)
    dialog.set_column(1)  # the e-mail column cannot be chosen
    assert dialog.chosen_column() == 2
    assert "3 answers will be imported." in dialog.summary.text()
    assert "1 empty answer will be skipped" in dialog.summary.text()
    imported = []
    dialog.imported.connect(lambda *counts: imported.append(counts))
    dialog.start_import()
    qtbot.waitUntil(lambda: bool(imported))
    assert imported == [(3, 1, 0)]
    assert sorted(a.text for a in stored(path)) == [
        "Quick, friendly, honest",
        "That we keep our promises",
        "That we keep our promises",
    ]
    assert page.answers.count.text() == "3 answers so far"


def shown_text(dialog: ImportAnswersDialog) -> str:
    """Every text the dialog holds in any widget: texts, tooltips, accessible texts, and
    every role of every item of every model (tables, headers, lists)."""
    found: list[str] = []
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        for getter in (
            "text",
            "toolTip",
            "statusTip",
            "whatsThis",
            "accessibleName",
            "accessibleDescription",
        ):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    found.append(str(value()))
                except TypeError:
                    continue
        if isinstance(widget, QComboBox):
            found += [str(widget.itemData(i, role)) for i in range(widget.count()) for role in range(0, 14)]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    found += [str(model.data(index, role)) for role in range(0, 14)]
            for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
                count = model.columnCount() if orientation is Qt.Orientation.Horizontal else model.rowCount()
                found += [
                    str(model.headerData(i, orientation, role)) for i in range(count) for role in range(14)
                ]
    return "\n".join(found)


def test_the_preview_never_shows_an_identifying_value(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    dialog = import_dialog(window, page)
    dialog.load_file(FIXTURES / "google_forms_repeats.csv")
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert dialog.chosen_column() == 3
    everything = shown_text(dialog)
    assert "Hızlı ve güler yüzlü" in everything  # the walk does see the cells
    for value in ("@example.com", "Yılmaz", "Zeynep", "Çelik", "2026/11/20", "9:01:12"):
        assert value not in everything
    # Headings are shown, as left out.
    assert "Adınız Soyadınız (isteğe bağlı)" in dialog.identifying_note.text()
    assert "7 answers will be imported." in dialog.summary.text()


def test_a_later_export_imports_only_its_new_rows_and_the_same_file_nothing(
    make_window, qtbot, tmp_path
) -> None:
    window, page, path = open_page(make_window, qtbot, tmp_path)
    earlier = tmp_path / "earlier.csv"
    lines = (FIXTURES / "google_forms_repeats.csv").read_text(encoding="utf-8").splitlines()
    earlier.write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")
    dialog = import_dialog(window, page)
    dialog.load_file(earlier)
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    dialog.start_import()
    qtbot.waitUntil(lambda: len(stored(path)) == 5)
    qtbot.waitUntil(lambda: not window.runner.busy)

    dialog = import_dialog(window, page)
    dialog.load_file(FIXTURES / "google_forms_repeats.csv")
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert "Already in the workshop: 5 rows, from an earlier import" in dialog.summary.text()
    assert "2 answers will be imported." in dialog.summary.text()
    dialog.start_import()
    qtbot.waitUntil(lambda: len(stored(path)) == 7)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert [a.text for a in stored(path)].count("Hızlı ve güler yüzlü") == 5

    dialog = import_dialog(window, page)
    dialog.load_file(FIXTURES / "google_forms_repeats.csv")
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert "Every row of this file (8 rows) is in the workshop already" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_familiar_answers_without_an_earlier_import_make_the_dialog_ask(make_window, qtbot, tmp_path) -> None:
    # A first row that was not there before (a response deleted, or the export sorted):
    # the file no longer starts with the earlier import, though most answers are known.
    window, page, path = open_page(make_window, qtbot, tmp_path, ("Güven", "Saygı", "Hız"))
    source = tmp_path / "again.csv"
    source.write_text("Cevap\nSabır\nSaygı\nGüven\nHız\n", encoding="utf-8")
    dialog = import_dialog(window, page)
    dialog.load_file(source)
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert "3 of the 4 answers are in the workshop already" in dialog.question.text()
    assert dialog.question.isVisibleTo(dialog)
    assert dialog.import_button.text() == "Import &all rows"
    dialog.start_import()
    qtbot.waitUntil(lambda: len(stored(path)) == 7)


def test_names_are_never_the_suggested_answers(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    dialog = import_dialog(window, page)
    dialog.load_file(FIXTURES / "name_and_one_word.csv")
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert dialog.chosen_column() == 1
    dialog.set_column(0)
    assert dialog.chosen_column() == 1
    assert "Ayşe" not in shown_text(dialog)


def test_a_column_that_only_looks_like_names_can_be_chosen_with_a_warning(
    make_window, qtbot, tmp_path
) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    source = tmp_path / "values.csv"
    source.write_text("Değer,Puan\nGüler Yüz,4\nSözünde Durmak,5\nHızlı Çözüm,3\n", encoding="utf-8")
    dialog = import_dialog(window, page)
    dialog.load_file(source)
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert dialog.chosen_column() == 1
    assert "Güler Yüz" not in shown_text(dialog)
    dialog.set_column(0)
    assert dialog.chosen_column() == 0
    qtbot.waitUntil(lambda: not dialog.is_planning)
    assert "looks like names" in dialog.summary.text()
    assert "Not shown because their cells look like names or contact details: Değer." in (
        dialog.identifying_note.text()
    )
    assert dialog.import_button.isEnabled()


def test_a_windows_1254_file_waits_for_an_encoding_and_previews_it(make_window, qtbot, tmp_path) -> None:
    window, page, path = open_page(make_window, qtbot, tmp_path)
    dialog = import_dialog(window, page)
    dialog.load_file(FIXTURES / "turkish_excel_1254.csv")
    qtbot.waitUntil(lambda: "choose an encoding" in dialog.problem.text())
    assert dialog.encoding.isVisibleTo(dialog)
    assert dialog.encoding.currentIndex() == -1
    assert not dialog.import_button.isEnabled()
    dialog.choose_encoding("iso-8859-1")
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    # The timestamp column is left out of the preview: the answers are its first column.
    assert dialog.preview.item(0, 0).text().startswith("Müþteri")
    dialog.choose_encoding("cp1254")
    qtbot.waitUntil(lambda: dialog.table is not None and dialog.table.encoding == "cp1254")
    assert dialog.preview.item(0, 0).text() == "Müşteri her zaman dinlendiğini hissetsin"
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    texts = [a.text for a in stored(path)]
    assert "Müşteri her zaman dinlendiğini hissetsin" in texts
    assert not any("þ" in text for text in texts)


def test_bad_files_show_their_message_and_write_nothing(make_window, qtbot, tmp_path) -> None:
    window, page, path = open_page(make_window, qtbot, tmp_path)
    dialog = import_dialog(window, page)
    for name, fragment in (
        ("zip_bomb.xlsx", "unpack"),
        ("legacy.xls", "Excel 97-2003"),
        ("encrypted.xlsx", "password"),
        ("header_only.csv", "no answers"),
        ("binary_junk.csv", "binary"),
    ):
        dialog.load_file(FIXTURES / name)
        qtbot.waitUntil(lambda fragment=fragment: fragment in dialog.problem.text())
        assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert stored(path) == ()


def test_a_large_file_parses_off_the_gui_thread_and_can_be_cancelled(make_window, qtbot, tmp_path) -> None:
    window, page, path = open_page(make_window, qtbot, tmp_path)
    big = tmp_path / "big.csv"
    big.write_text("Answer\n" + "".join(f"Cevap {i} çok uzun bir cümle\n" for i in range(90_000)), "utf-8")
    dialog = import_dialog(window, page)
    dialog.load_file(big)
    assert dialog.is_parsing
    assert dialog.progress.isVisibleTo(dialog)
    dialog.cancel_parsing()
    qtbot.waitUntil(lambda: not dialog.is_parsing)
    assert "cancelled" in dialog.problem.text()
    assert stored(path) == ()


def test_pasted_cells_import(make_window, qtbot, tmp_path) -> None:
    window, page, path = open_page(make_window, qtbot, tmp_path)
    QApplication.clipboard().setText("Zaman\tCevap\n10:00\tGüler yüz\n10:05\t=HYPERLINK(1)\n")
    page.paste_answers.click()
    dialog = page.files.import_dialog
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert dialog.chosen_column() == 1
    dialog.start_import()
    qtbot.waitUntil(lambda: len(stored(path)) == 2)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert "Imported 2 answers." in page.status.text()
    assert page.status.isVisibleTo(page)


def test_export_answers_to_xlsx(make_window, qtbot, tmp_path) -> None:
    _window, page, _path = open_page(make_window, qtbot, tmp_path, ("=1+2", "Müşteri"))
    out = tmp_path / "answers.xlsx"
    page.files.export_to(out)
    qtbot.waitUntil(lambda: "Wrote" in page.status.text())
    import openpyxl

    values = [row[0].value for row in openpyxl.load_workbook(out).active.iter_rows(min_row=2)]
    assert values == ["=1+2", "Müşteri"]


def test_an_export_speaks_the_workshops_language_not_the_interfaces(
    make_window, qtbot, tmp_path, monkeypatch
) -> None:
    import csv

    from PySide6.QtWidgets import QFileDialog

    from philosophy_studio.domain.survey_commands import HideAnswer

    path = workshop_with_answers(tmp_path / "anket.pstudio", Language.TURKISH, ("Güler yüz", "Sabır"))
    service = WorkshopService.open(path)
    try:
        hidden = next(answer for answer in service.load().answers if answer.text == "Sabır")
        service.execute(HideAnswer(hidden.id))
    finally:
        service.close()
    window = make_window()  # the interface stays English
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    page = window.workshop_view.page_for[Step.SURVEY]
    out = tmp_path / "yanıtlar.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(out), "CSV, UTF-8 (*.csv)")
    )
    page.files.choose_export()
    qtbot.waitUntil(lambda: "Wrote" in page.status.text())
    # The file is for the Turkish team that reads it, like the charter.
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Yanıt", "Kaynak", "Analizden gizli"]
    assert sorted((text, hidden) for text, _source, hidden in rows[1:]) == [
        ("Güler yüz", "hayır"),
        ("Sabır", "evet"),
    ]


def test_an_export_replaces_a_file_the_dialog_did_not_ask_about_only_when_confirmed(
    make_window, qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    _window, page, _path = open_page(make_window, qtbot, tmp_path, ("Güler yüz",))
    earlier = tmp_path / "answers.xlsx"
    earlier.write_bytes(b"last week's answers")
    # The dialog asked about "answers"; the page adds ".xlsx", another file.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(tmp_path / "answers"), "Excel (*.xlsx)")
    )
    asked: list[str] = []

    def answer(reply):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_args, **_kw):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.files.choose_export()
    assert asked == ["answers.xlsx already exists. Replace it with the export?"]
    assert earlier.read_bytes() == b"last week's answers"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.files.choose_export()
    qtbot.waitUntil(lambda: "Wrote" in page.status.text())
    assert earlier.read_bytes() != b"last week's answers"


def test_the_question_is_edited_and_stored(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    assert page.question.text() == "What do you want our customers to think about the service we provide?"
    page.question.setText("What should customers say about us?")
    page.commit_pending()
    qtbot.waitUntil(lambda: window.session.workshop.survey.question == "What should customers say about us?")
    page.is_open.setChecked(True)
    qtbot.waitUntil(lambda: window.session.workshop.survey.is_open)
    window.session.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, False))
    qtbot.waitUntil(lambda: not page.is_open.isChecked())


def test_the_preview_follows_an_import_made_meanwhile(make_window, qtbot, tmp_path) -> None:
    window, page, path = open_page(make_window, qtbot, tmp_path)
    dialog = import_dialog(window, page)
    dialog.load_file(FIXTURES / "google_forms_repeats.csv")
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert "7 answers will be imported." in dialog.summary.text()
    # The same export imported elsewhere (the command line, a colleague on a server).
    window.session.call(
        lambda service: survey.import_answers(
            service, survey.current_plan(service, dialog.table, 3), name="google_forms_repeats.csv"
        )
    )
    qtbot.waitUntil(lambda: "Every row of this file (8 rows)" in dialog.summary.text())
    assert not dialog.import_button.isEnabled()
    assert len(stored(path)) == 7


def test_the_preview_says_which_answers_are_cut_and_which_formulas_have_no_result(
    make_window, qtbot, tmp_path
) -> None:
    book = openpyxl.Workbook()
    for row in (["Answer"], ["Kind"], ["x" * 6_000], ["=A2"], ["Calm"]):
        book.active.append(row)
    book.save(tmp_path / "answers.xlsx")
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    dialog = import_dialog(window, page)
    dialog.load_file(tmp_path / "answers.xlsx")
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    summary = dialog.summary.text()
    assert "3 answers will be imported." in summary
    assert "1 empty answer will be skipped." in summary
    assert (
        "Answers longer than 5,000 characters: 1. Each is imported as its first 5,000 characters." in summary
    )
    assert (
        "Cells holding a formula that was never calculated (the file keeps no result for it): 1." in summary
    )
