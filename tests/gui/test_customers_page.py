"""The Customers step: feedback imported through the dialog (columns chosen, people's
columns and personal data never shown), NPS by channel and month with filters, the
customers' words and the words that set two groups apart, the comments behind a word,
value alignment with a word added to a value, hostile comments shown as text, the
projector, and nothing moving under the pointer while results arrive."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.import_feedback_dialog import ImportFeedbackDialog
from philosophy_studio.gui.steps.customers.customers_page import CustomersPage
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

HEADINGS_TR = ["Talep No", "Müşteri Adı", "E-posta", "Tarih", "Kanal", "Puan", "Yorum"]
PHONE = "0532 123 45 67"
NAMES = ["Ayşe Yılmaz", "Mehmet Kaya", "Zeynep Demir", "Ali Çelik", "Elif Şahin", "Can Öztürk"]
HOSTILE = [
    '<img src="x" onerror="alert(1)"> beklettiniz, <b>kalın</b> değil',
    '=HYPERLINK("http://kötü.example";"tıkla") beklettiniz yine',
    "انتظرت طويلا beklettiniz 😡 \u202etersine\u202c",
]


def turkish_rows(count: int = 60) -> list[list[object]]:
    """Promoters on the phone in March, detractors by e-mail in April; a planted phone
    number in the first comment."""
    rows: list[list[object]] = []
    for n in range(count):
        if n % 2 == 0:
            text = f"Temsilci çok hızlıydı ve güler yüzlüydü, sorunum {n}. dakikada çözüldü"
            score, day, channel = 9 + n % 2, f"{1 + n % 28:02d}.03.2024", "Telefon"
        else:
            text = f"Yarım saat bekledim, kimseye ulaşamadım, {n}. kez aradım"
            score, day, channel = n % 5, f"{1 + n % 28:02d}.04.2024", "E-posta"
        if n == 1:
            text += f" Beni {PHONE} numarasından arayın."
        rows.append([48213000 + n, NAMES[n % len(NAMES)], f"kisi{n}@example.com", day, channel, score, text])
    return rows


def write_csv(path: Path, rows: list[list[object]], headings: list[str] = HEADINGS_TR) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(headings)
        writer.writerows(rows)
    return path


def workshop_file(tmp_path: Path, language: Language) -> str:
    location = str(tmp_path / f"demo-{language.value}.pstudio")
    WorkshopService.create(location, demo_workshop(language)).close()
    return location


def open_page(make_window, qtbot, location: str, ui: str = "en"):  # type: ignore[no-untyped-def]
    window = make_window(language=ui)
    window.resize(1280, 900)
    window.open_location(location)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.CUSTOMERS)
    page = window.workshop_view.page_for[Step.CUSTOMERS]
    assert isinstance(page, CustomersPage)
    qtbot.waitUntil(lambda: not page.is_busy and page._has_feedback is not None, timeout=30_000)
    return window, page


def open_dialog(page: CustomersPage, qtbot, path: Path) -> ImportFeedbackDialog:  # type: ignore[no-untyped-def]
    dialog = page.open_import(path)
    qtbot.waitUntil(lambda: dialog.preview_table is not None or bool(dialog.problem.text()))
    return dialog


def import_through(page: CustomersPage, qtbot, path: Path, columns: tuple) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(page, qtbot, path)
    dialog.set_columns(*columns)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    qtbot.waitUntil(lambda: page.comparison is not None and not page.is_busy, timeout=60_000)


def closed(dialog: ImportFeedbackDialog) -> bool:
    # The dialog deletes itself once closed.
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def cells(table: QTableWidget) -> list[str]:
    return [
        table.item(row, column).text()
        for row in range(table.rowCount())
        for column in range(table.columnCount())
        if table.item(row, column) is not None
    ]


def words_of(table: QTableWidget) -> list[str]:
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_a_turkish_export_imported_through_the_dialog_shows_nps_and_filters_change_it(
    make_window, qtbot, tmp_path: Path
) -> None:
    _window, page = open_page(make_window, qtbot, workshop_file(tmp_path, Language.TURKISH), ui="tr")
    assert page._has_feedback is False
    assert "Henüz müşteri" in page.summary.text()
    path = write_csv(tmp_path / "talepler.csv", turkish_rows())
    dialog = open_dialog(page, qtbot, path)
    shown = cells(dialog.preview)
    # The name and e-mail columns are left out, none of their cells shown; the phone
    # number inside a comment is shown as the import will store it.
    assert not any("example.com" in cell or cell in NAMES for cell in shown)
    assert not any(PHONE in cell for cell in shown)
    assert any("Yarım saat bekledim" in cell for cell in shown)
    assert "E-posta" in dialog.identifying_note.text()
    # Of a column that identifies people by its heading only the day may be taken.
    assert not dialog.text_column.model().item(dialog.text_column.findData(2)).isEnabled()
    assert dialog.date_column.model().item(dialog.date_column.findData(3)).isEnabled()
    dialog.set_columns(6, 5, 3, 4)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    qtbot.waitUntil(lambda: page.comparison is not None and not page.is_busy, timeout=60_000)
    assert "60 satır" in page.status.text()
    # 30 promoters (9-10) and 30 detractors (0-4): NPS 0.
    assert page.satisfaction.headline.text().startswith("NPS 0 ")
    assert {"Telefon", "E-posta", "2024-03", "2024-04"} <= set(words_of(page.satisfaction.table))
    page.choose_filter(channel="Telefon")
    qtbot.waitUntil(lambda: page.comparison.alignment.comments == 30 and not page.is_busy, timeout=30_000)
    assert page.satisfaction.headline.text().startswith("NPS +100 ")
    assert words_of(page.satisfaction.table) == ["Telefon", "2024-03"]
    page.choose_filter(month="2024-04")
    qtbot.waitUntil(lambda: page.comparison.alignment.comments == 30 and not page.is_busy, timeout=30_000)
    assert page.satisfaction.headline.text().startswith("NPS -100 ")
    assert "bekle" in " ".join(words_of(page.words.lists["customers"])).casefold()
    # The same file again: nothing new, said plainly.
    import_through(page, qtbot, path, (6, 5, 3, 4))
    assert "Yeni bir şey yok" in page.status.text()


def english_workbook(path: Path) -> Path:
    """40 NPS answers from May and June: 30 promoters, 10 detractors, two sources."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Response ID", "Submitted at", "Email", "Score", "Comment", "Source"])
    for n in range(40):
        good = n % 4 != 0
        sheet.append(
            [
                f"r{n}",
                f"2024-0{5 + n % 2}-1{n % 10} 10:00:00",
                f"p{n}@example.com",
                10 if good else 2,
                "Friendly staff, quick and clear answer"
                if good
                else "I waited two weeks and nobody called back",
                "App Store" if n % 2 else "Web",
            ]
        )
    book.save(path)
    return path


def test_an_english_workbook_with_scores_dates_and_channels(make_window, qtbot, tmp_path: Path) -> None:
    _window, page = open_page(make_window, qtbot, workshop_file(tmp_path, Language.ENGLISH))
    import_through(page, qtbot, english_workbook(tmp_path / "nps.xlsx"), (4, 3, 1, 5))
    # 30 promoters, 10 detractors of 40: NPS +50.
    assert page.satisfaction.headline.text().startswith("NPS +50 from 40 scored comments")
    assert {"App Store", "Web", "2024-05", "2024-06"} == set(words_of(page.satisfaction.table))
    detractors = words_of(page.words.lists["detractors"])
    assert "wait" in " ".join(detractors) and "friendly" not in " ".join(detractors).casefold()
    # Promoters against detractors, each side with its z.
    page.apart.choose("scores")
    qtbot.waitUntil(lambda: not page.is_busy and page.apart.sides["first"].rowCount() > 0, timeout=30_000)
    first = page.apart.sides["first"]
    assert "friendly" in " ".join(words_of(first)).casefold()
    assert float(first.item(0, 1).text()) >= 1.96
    # One channel against the rest.
    page.apart.choose("channel", "Web")
    qtbot.waitUntil(lambda: not page.is_busy and page.comparison.channel_vs_rest is not None, timeout=30_000)
    assert page.comparison.channel_vs_rest.first_texts == 20


def test_cancel_leaves_nothing(make_window, qtbot, tmp_path: Path) -> None:
    _window, page = open_page(make_window, qtbot, workshop_file(tmp_path, Language.TURKISH))
    path = write_csv(tmp_path / "big.csv", turkish_rows(20_000))
    dialog = open_dialog(page, qtbot, path)
    dialog.set_columns(6, 5, 3, 4)
    dialog.import_button.click()
    assert dialog.stop.isVisible()
    dialog.stop.click()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=30_000)
    assert "cancelled" in dialog.problem.text()
    assert dialog.isVisible()
    dialog.reject()
    page.reload()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=30_000)
    assert page._has_feedback is False and page.lens is None


def test_errors_are_shown_translated(make_window, qtbot, tmp_path: Path) -> None:
    _window, page = open_page(make_window, qtbot, workshop_file(tmp_path, Language.TURKISH), ui="tr")
    empty = tmp_path / "bos.csv"
    empty.write_text("", encoding="utf-8")
    dialog = open_dialog(page, qtbot, empty)
    assert "boş" in dialog.problem.text()
    dialog.reject()
    legacy = tmp_path / "eski.csv"
    legacy.write_bytes("Yorum;Puan\nMüşteri hizmetleri çok yavaştı;3\n".encode("cp1254"))
    dialog = open_dialog(page, qtbot, legacy)
    assert dialog.encoding.isVisible() and dialog.problem.text()
    dialog.choose_encoding("cp1254")
    qtbot.waitUntil(lambda: dialog.preview_table is not None)
    assert "Müşteri hizmetleri çok yavaştı" in cells(dialog.preview)
    dialog.reject()
    # The workshop's scores are NPS: a file imported as CSAT is refused whole, in Turkish.
    import_through(page, qtbot, write_csv(tmp_path / "nps.csv", turkish_rows(10)), (6, 5, 3, 4))
    csat = tmp_path / "csat.csv"
    csat.write_text("Yorum;Puan\nİyiydi;4\nKötüydü;1\n", encoding="utf-8")
    dialog = open_dialog(page, qtbot, csat)
    dialog.set_columns(0, 1)
    dialog.choose_scale("csat")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy and bool(dialog.problem.text()), timeout=30_000)
    assert "Hiçbir şey içe aktarılmadı" in dialog.problem.text()
    assert "CSAT" in dialog.problem.text() and "Nothing" not in dialog.problem.text()
    dialog.reject()
    # An export whose first row was deleted, and two new ones: most are there already.
    rows = turkish_rows(12)
    again = write_csv(tmp_path / "yeniden.csv", rows[1:])
    dialog = open_dialog(page, qtbot, again)
    dialog.set_columns(6, 5, 3, 4)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy and bool(dialog.problem.text()), timeout=30_000)
    assert "zaten" in dialog.problem.text()
    dialog.reject()


def test_a_word_shows_the_comments_behind_it_and_can_be_added_to_a_value(
    make_window, qtbot, tmp_path: Path
) -> None:
    window, page = open_page(make_window, qtbot, workshop_file(tmp_path, Language.TURKISH))
    import_through(page, qtbot, write_csv(tmp_path / "t.csv", turkish_rows()), (6, 5, 3, 4))
    detractors = page.words.lists["detractors"]
    row = next(n for n, word in enumerate(words_of(detractors)) if word.casefold().startswith("bekle"))
    detractors.choose_row(row)
    qtbot.waitUntil(lambda: "30" in page.in_context.heading.text(), timeout=30_000)
    shown = page.in_context.answers.toPlainText()
    assert shown.count("Yarım saat bekledim") == 30
    assert "hızlıydı" not in shown
    # Value alignment: examples from the comments; the word chosen added to a value.
    alignment = page.alignment
    value = alignment.current()
    assert value is not None
    before = value.comments
    term = detractors.item(row, 0).text()
    assert term in alignment.add_word.text()
    alignment.add_word.click()
    card = next(card for card in window.session.workshop.value_cards if card.id == value.key)
    qtbot.waitUntil(
        lambda: term in next(c for c in window.session.workshop.value_cards if c.id == card.id).evidence_terms
    )
    qtbot.waitUntil(lambda: alignment.current() is not None and alignment.current().comments >= before + 30)
    examples = [label.text() for label in alignment.examples if label.text()]
    assert examples and all(label.textFormat() == Qt.TextFormat.PlainText for label in alignment.examples)
    assert any("bekledim" in example for example in examples)
    assert not alignment.add_word.isEnabled()  # added already


def test_hostile_comments_are_shown_as_they_were_written(make_window, qtbot, tmp_path: Path) -> None:
    _window, page = open_page(make_window, qtbot, workshop_file(tmp_path, Language.TURKISH))
    rows = turkish_rows(20) + [
        [1, "x", "y@example.com", "02.04.2024", "E-posta", 0, text] for text in HOSTILE
    ]
    import_through(page, qtbot, write_csv(tmp_path / "h.csv", rows), (6, 5, 3, 4))
    detractors = page.words.lists["detractors"]
    row = next(n for n, word in enumerate(words_of(detractors)) if word.casefold().startswith("bekle"))
    detractors.choose_row(row)
    # "beklettiniz" is a form of the same word as the detractors' "bekledim".
    qtbot.waitUntil(lambda: "13" in page.in_context.heading.text() and not page.is_busy, timeout=30_000)
    shown = page.in_context.answers.toPlainText()
    for text in HOSTILE:
        assert text in shown
    assert not page.in_context.answers.document().allFormats() or "<img" in shown
    # Every label of the page is plain text, so no comment is ever read as markup.
    for label in page.work_area.findChildren(QLabel):
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_the_projector_shows_the_score_and_each_value(make_window, qtbot, tmp_path: Path) -> None:
    window, page = open_page(make_window, qtbot, workshop_file(tmp_path, Language.ENGLISH))
    import_through(page, qtbot, write_csv(tmp_path / "t.csv", turkish_rows()), (6, 5, 3, 4))
    window.actions.present.trigger()
    view = page.presentation
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    assert "customers say" in view.prompt.text()
    # What the step builds on: the values; its results: the score and each value's comments.
    chosen = window.session.workshop.chosen_values
    assert all(card.name in view.context.text() for card in chosen)
    assert view.results.isVisible() and not view.cloud.isVisible()
    results = view.top.text().splitlines()
    assert results[0] == "NPS 0"
    assert [line.split(":")[0] for line in results[2:]] == [card.name for card in chosen]
    page.choose_filter(channel="Telefon")
    qtbot.waitUntil(lambda: view.top.text().startswith("NPS +100"), timeout=30_000)
    view.close()


def test_nothing_moves_under_the_pointer_when_results_arrive(make_window, qtbot, tmp_path: Path) -> None:
    window, page = open_page(make_window, qtbot, workshop_file(tmp_path, Language.TURKISH))
    # Without feedback only the import is offered.
    assert not page.words.isVisible()
    rows = turkish_rows() + [
        [1, "x", "y@example.com", "02.04.2024", "E-posta", 0, "Çok uzun bir yorum " * 40] for _ in range(3)
    ]
    import_through(page, qtbot, write_csv(tmp_path / "t.csv", rows), (6, 5, 3, 4))
    table = page.words.lists["detractors"].viewport()
    pointer = table.mapTo(window, QPoint(table.width() // 2, 10))

    def in_place() -> bool:
        QApplication.processEvents()
        return (
            window.childAt(pointer) is table
            and table.mapTo(window, QPoint(table.width() // 2, 10)) == pointer
        )

    assert in_place()
    page.choose_filter(channel="Telefon")
    assert page.is_busy
    assert in_place()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=30_000)
    assert in_place()
    page.words.lists["customers"].choose_row(0)
    qtbot.waitUntil(lambda: not page.is_busy and page.in_context._found is not None, timeout=30_000)
    assert in_place()


@pytest.mark.parametrize(("first", "then"), [("tr", "en"), ("en", "tr")])
def test_no_text_of_the_other_language_stays_after_a_switch(
    make_window, qtbot, tmp_path: Path, first, then
) -> None:
    from test_languages_whole import catalogue_patterns, content_words, other_language, shown_texts

    window, page = open_page(make_window, qtbot, workshop_file(tmp_path, Language.ENGLISH), ui=first)
    import_through(page, qtbot, english_workbook(tmp_path / "nps.xlsx"), (4, 3, 1, 5))
    page.words.lists["detractors"].choose_row(0)
    qtbot.waitUntil(lambda: not page.is_busy and page.in_context._found is not None, timeout=30_000)
    window.actions.present.trigger()
    qtbot.waitUntil(lambda: page.presentation is not None and page.presentation.isVisible())

    def left(looking_for: str) -> list[tuple[str, str]]:
        QApplication.processEvents()
        patterns, content = catalogue_patterns(looking_for), content_words(window)
        return other_language(
            [*shown_texts(page), *shown_texts(page.presentation)], patterns, content, looking_for
        )

    assert left(first), "the check finds nothing: it cannot fail"
    window.languages.apply(then)
    found = left(first)
    assert not found, "\n".join(f"{where}: {text}" for where, text in found)
    page.presentation.close()


@pytest.mark.parametrize(("language", "width"), [(Language.TURKISH, 1280), (Language.ENGLISH, 1200)])
def test_the_page_fits_beside_the_guidance_without_scrolling_sideways(
    make_window, qtbot, tmp_path: Path, language: Language, width: int
) -> None:
    from PySide6.QtWidgets import QScrollArea

    from philosophy_studio.services.interchange import create_demo_copy

    location = create_demo_copy(language, tmp_path)
    window, page = open_page(make_window, qtbot, str(location), ui=language.value)
    window.resize(width, 720)
    qtbot.waitUntil(lambda: page.comparison is not None and not page.is_busy, timeout=30_000)
    QApplication.processEvents()
    area = page.work_area.findChild(QScrollArea)
    assert page.words.isVisible()
    assert area.widget().minimumSizeHint().width() <= area.viewport().width()
    assert area.horizontalScrollBar().maximum() == 0


def test_comments_replaced_by_newer_ones_are_let_go_of_off_the_gui_thread(
    make_window, qtbot, tmp_path: Path
) -> None:
    # A million texts let go of at once held the window for ~140 ms: the page hands the
    # comments it showed to the work thread, which lets go of them a slice at a time.
    import threading
    import weakref

    from philosophy_studio.services.interchange import create_demo_copy

    location = create_demo_copy(Language.TURKISH, tmp_path)
    _window, page = open_page(make_window, qtbot, str(location), ui="tr")
    qtbot.waitUntil(lambda: page.comparison is not None and not page.is_busy, timeout=30_000)
    shown = page.lens.feedback
    let_go_on: list[str] = []
    watch = weakref.ref(shown, lambda _gone: let_go_on.append(threading.current_thread().name))
    del shown
    import_through(page, qtbot, write_csv(tmp_path / "talepler.csv", turkish_rows()), (6, 5, 3, 4))
    qtbot.waitUntil(lambda: watch() is None)
    assert let_go_on and let_go_on[0] != threading.main_thread().name
    assert page.lens.comments > 40
