"""The Charter step: live preview, checklist, exports and printing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.charter_page import CharterPage


def open_page(make_window, qtbot, language: Language = Language.ENGLISH):
    window = make_window()
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.CHARTER)
    page = window.workshop_view.page_for[Step.CHARTER]
    assert isinstance(page, CharterPage)
    return window, page


def wait_for_preview(page: CharterPage, qtbot) -> None:
    qtbot.waitUntil(
        lambda: page.document.status() == QPdfDocument.Status.Ready and page._building is None,
        timeout=20_000,
    )


def test_preview_loads_from_memory(make_window, qtbot) -> None:
    _window, page = open_page(make_window, qtbot)
    wait_for_preview(page, qtbot)
    assert page.document.pageCount() > 3
    assert page.preview.document() is page.document
    assert page.checklist.count() == 1  # the demo lacks nothing
    assert not page.warnings.isVisible()


@pytest.mark.parametrize(
    "case",
    [
        ("export_pdf", "pdf", "pdf"),
        ("export_poster", "pdf", "poster"),
        ("export_html", "html", "html"),
        ("export_markdown", "md", "md"),
    ],
)
def test_export_buttons_write_files(make_window, qtbot, tmp_path, monkeypatch, case) -> None:
    button, suffix, check = case
    window, page = open_page(make_window, qtbot)
    target = tmp_path / "out" / "charter"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))
    getattr(page, button).click()
    written = target.with_suffix(f".{suffix}")
    qtbot.waitUntil(written.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=20_000)
    data = written.read_bytes()
    team = window.session.workshop.info.team_name
    if check in {"pdf", "poster"}:
        pages = len(PdfReader(io.BytesIO(data)).pages)
        assert pages == 1 if check == "poster" else pages > 3
    else:
        assert team in data.decode("utf-8")
    wait_for_preview(page, qtbot)


def test_paper_choice_changes_the_preview(make_window, qtbot) -> None:
    _window, page = open_page(make_window, qtbot)
    wait_for_preview(page, qtbot)
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    qtbot.waitUntil(lambda: round(page.document.pagePointSize(0).width()) == 612, timeout=20_000)
    page.paper.setCurrentIndex(page.paper.findData("a4"))
    qtbot.waitUntil(lambda: round(page.document.pagePointSize(0).width()) == 595, timeout=20_000)
    wait_for_preview(page, qtbot)


def test_checklist_lists_what_an_empty_workshop_lacks(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    window.session.create(
        str(tmp_path / "empty.pstudio"), WorkshopInfo(team_name="Boş", language=Language.TURKISH)
    )
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.CHARTER)
    page = window.workshop_view.page_for[Step.CHARTER]
    items = [page.checklist.item(row).text() for row in range(page.checklist.count())]
    assert any("No vision is chosen yet" in item for item in items)
    assert any("No values are chosen yet" in item for item in items)
    assert any("sharing plan is empty" in item for item in items)
    wait_for_preview(page, qtbot)
    assert page.document.pageCount() >= 2


def test_edits_rebuild_the_preview_and_the_checklist(make_window, qtbot) -> None:
    from philosophy_studio.domain.commands import SetVisionText

    window, page = open_page(make_window, qtbot)
    wait_for_preview(page, qtbot)
    assert page.checklist.count() == 1
    workshop = window.session.workshop
    window.session.execute(SetVisionText(draft_id=workshop.chosen_vision_id, text=""))
    qtbot.waitUntil(
        lambda: any(
            "No vision is chosen yet" in page.checklist.item(row).text()
            for row in range(page.checklist.count())
        )
    )
    qtbot.waitUntil(lambda: page.status.text().startswith("Preview"), timeout=20_000)
    wait_for_preview(page, qtbot)


def test_print_renders_every_page(make_window, qtbot, tmp_path) -> None:
    _window, page = open_page(make_window, qtbot)
    wait_for_preview(page, qtbot)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == page.document.pageCount()
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == page.document.pageCount()


def test_replaced_characters_are_reported(make_window, qtbot) -> None:
    from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField

    window, page = open_page(make_window, qtbot)
    wait_for_preview(page, qtbot)
    old = window.session.workshop.info.team_name
    window.session.execute(SetWorkshopField(field=WorkshopField.TEAM_NAME, value=old + " \U0001f680"))
    qtbot.waitUntil(page.warnings.isVisible, timeout=20_000)
    assert "ROCKET" in page.warnings.text()
    wait_for_preview(page, qtbot)


def test_accessible_names(make_window, qtbot) -> None:
    _window, page = open_page(make_window, qtbot)
    for widget in (
        page.paper,
        page.print_button,
        page.export_pdf,
        page.export_poster,
        page.export_html,
        page.export_markdown,
        page.checklist,
        page.preview,
    ):
        assert widget.accessibleName()
    wait_for_preview(page, qtbot)


def test_no_export_without_a_file_name(make_window, qtbot, monkeypatch, tmp_path: Path) -> None:
    _window, page = open_page(make_window, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: ("", ""))
    page.export_pdf.click()
    assert not list(tmp_path.glob("**/*.pdf"))
    wait_for_preview(page, qtbot)


def test_a_file_the_dialog_did_not_ask_about_is_replaced_only_when_confirmed(
    make_window, qtbot, monkeypatch, tmp_path: Path
) -> None:
    # The dialog asks before replacing "charter"; the page adds ".md", and charter.md is
    # another file, which it now asks about itself.
    _window, page = open_page(make_window, qtbot)
    written = tmp_path / "charter.md"
    written.write_text("last week's charter", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(tmp_path / "charter"), ""))
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args, **_kw):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.export_markdown.click()
    assert asked == ["charter.md already exists. Replace it with the export?"]
    assert written.read_text(encoding="utf-8") == "last week's charter"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.export_markdown.click()
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=20_000)
    assert written.read_text(encoding="utf-8").startswith("# ")
    wait_for_preview(page, qtbot)


def test_the_open_workshop_is_never_replaced_by_its_charter(make_window, qtbot, monkeypatch) -> None:
    window, page = open_page(make_window, qtbot)
    workshop = window.session.path
    before = workshop.read_bytes()[:16]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(workshop), ""))
    page.export_pdf.click()
    qtbot.waitUntil(lambda: "failed" in page.status.text(), timeout=20_000)
    assert "is a workshop file; an export never replaces one" in page.status.text()
    assert workshop.read_bytes()[:16] == before == b"SQLite format 3\x00"
    wait_for_preview(page, qtbot)


def test_items_an_earlier_version_added_unwritten_are_named_before_printing(make_window, qtbot) -> None:
    from philosophy_studio.domain.guideline_commands import AddBehaviour, AddSharingItem
    from philosophy_studio.domain.model import Behaviour, BehaviourKind, SharingChannel, SharingItem

    window, page = open_page(make_window, qtbot, Language.TURKISH)
    wait_for_preview(page, qtbot)
    card = window.session.workshop.chosen_values[0]
    # What "Add" stored before it opened an empty item for typing.
    window.session.execute(
        AddBehaviour(card.id, Behaviour(0, BehaviourKind.DO, "New behaviour: double-click to edit"), 0)
    )
    window.session.execute(AddSharingItem(SharingItem(0, SharingChannel.OTHER, "Paylaşılacak olan"), 0))
    lines = [
        "Do’s and don’ts: 1 item added but never written",
        "Sharing plan: 1 item with nothing under “What”",
        "Sharing plan: “Other” is the only place given for 1 item",
    ]
    qtbot.waitUntil(
        lambda: all(
            any(line in page.checklist.item(row).text() for row in range(page.checklist.count()))
            for line in lines
        )
    )
    assert page.checklist.count() == 3
    wait_for_preview(page, qtbot)


def test_the_preview_tells_a_screen_reader_what_the_page_in_view_says(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot, Language.TURKISH)
    wait_for_preview(page, qtbot)
    qtbot.waitUntil(lambda: page.preview.accessibleDescription().startswith("Page 1 of"))
    assert "Müşteri hizmetleri felsefemiz" in page.preview.accessibleDescription()
    assert window.session.workshop.info.team_name in page.preview.accessibleDescription()
    navigator = page.preview.pageNavigator()
    navigator.jump(2, QPointF(), navigator.currentZoom())
    qtbot.waitUntil(lambda: page.preview.accessibleDescription().startswith("Page 3 of"))
    # The page's own footer, in the charter's language.
    assert "Sayfa 3 /" in page.preview.accessibleDescription()


def test_the_charter_is_kept_as_a_version_and_compared_with_what_changed_since(
    make_window, qtbot, monkeypatch, tmp_path
) -> None:
    import dataclasses

    from PySide6.QtWidgets import QInputDialog

    from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
    from philosophy_studio.services.interchange import demo_workshop
    from philosophy_studio.services.workshop_service import WorkshopService

    # The demo kept its charter twice; this team has kept none yet.
    location = str(tmp_path / "fresh.pstudio")
    WorkshopService.create(
        location, dataclasses.replace(demo_workshop(Language.ENGLISH), charter_versions=())
    ).close()
    window = make_window()
    window.open_location(location)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.CHARTER)
    page = window.workshop_view.page_for[Step.CHARTER]
    box = page.versions
    assert "No version kept yet" in box.state.text()
    assert box.keep.isEnabled() and not box.compare.isEnabled()
    note = "Signed <b>at</b> the workshop =1+1"
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: (note, True))
    box.keep.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.charter_versions) == 1)
    assert box.state.text().startswith("The charter is version 1, kept on")
    assert not box.keep.isEnabled()
    # The note as typed, never taken for markup.
    assert box.versions.item(0).text().endswith("\n" + note)
    wait_for_preview(page, qtbot)
    assert "Version 1 · kept on" in page.document.getAllText(0).text()

    window.session.execute(SetWorkshopField(WorkshopField.TEAM_NAME, "Care Desk North"))
    qtbot.waitUntil(lambda: "Changed since version 1" in box.state.text())
    assert box.keep.isEnabled()
    box.compare.click()
    dialog = box.diff_dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.lines.toPlainText().splitlines()
    assert "+  **Care Desk North**" in shown
    assert any(line.startswith("−  **") for line in shown)
    assert dialog.summary.text() == "1 line put in · 1 line taken out"
    # Undo forgets the version kept.
    window.actions.undo.trigger()
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.charter_versions == ())
    qtbot.waitUntil(lambda: "No version kept yet" in box.state.text())


def test_the_demo_shows_its_two_kept_versions(make_window, qtbot) -> None:
    _window, page = open_page(make_window, qtbot)
    box = page.versions
    assert box.state.text().startswith("The charter is version 2, kept on")
    assert box.versions.count() == 2 and box.versions.item(0).text().startswith("Version 2 ·")
    assert not box.keep.isEnabled()
    box.versions.setCurrentRow(1)
    box.compare.click()
    dialog = box.diff_dialog
    assert dialog is not None
    assert dialog.summary.text() == "1 line put in · 0 lines taken out"
    assert any(
        line.startswith("+  - Name the person who owns a case")
        for line in dialog.lines.toPlainText().splitlines()
    )
