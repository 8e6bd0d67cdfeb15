"""A save that fails, on every page that takes typing: the text stays on screen (also
when something else re-reads the workshop meanwhile), the message says so, and Retry
stores it. The causes are real refusals of the storage, not stand-ins: SQLite's
"database or disk is full" and "attempt to write a readonly database", and a team
database (PostgreSQL) where another facilitator changed the same text first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from qt_fixtures import change_unannounced
from tests_support import Refusal

from philosophy_studio.domain.changes import Changes
from philosophy_studio.domain.commands import SetVisionText, SetWorkshopField, WorkshopField
from philosophy_studio.domain.guideline_commands import SetGuidelineAnswer, SetLeaderCommitment
from philosophy_studio.domain.model import BehaviourKind, GuidelineQuestion, Language, Workshop
from philosophy_studio.domain.persona_commands import PersonaField, SetPersonaField
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.value_commands import UpdateValueCard
from philosophy_studio.gui.models import workshop_session
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

# Stored as it is typed on every page (a persona's needs are stored line by line, trimmed).
LONG = ("We keep our promises. " * 1_500).strip()
SHORT = "What do you want our customers to say?"


@dataclass(frozen=True)
class TypedField:
    """A field a facilitator types into: where it is, what it stores, and another
    facilitator's edit of the same thing."""

    name: str
    step: Step
    editor: Callable[[Any], Any]  # page -> the WorkshopTextEdit / WorkshopLineEdit
    stored: Callable[[Workshop, Any], str]  # (workshop, page) -> the stored text
    theirs: Callable[[Workshop, Any, str], Any]  # (workshop, page, text) -> command
    multi_line: bool = True


def _card(workshop: Workshop, page: Any):  # type: ignore[no-untyped-def]
    return next(card for card in workshop.value_cards if card.id == page.board_panel.card_id)


FIELDS = [
    TypedField(
        "persona needs",
        Step.PERSONAS,
        lambda page: page.form.needs,
        lambda w, _page: "\n".join(w.personas[0].needs),
        lambda w, _page, text: SetPersonaField(
            w.personas[0].id, PersonaField.NEEDS, (text,), expected=w.personas[0].needs
        ),
    ),
    TypedField(
        "persona name",
        Step.PERSONAS,
        lambda page: page.form.name,
        lambda w, _page: w.personas[0].name,
        lambda w, _page, text: SetPersonaField(
            w.personas[0].id, PersonaField.NAME, text, expected=w.personas[0].name
        ),
        multi_line=False,
    ),
    TypedField(
        "value card description",
        Step.VALUES,
        lambda page: page.card_editor.description,
        lambda w, page: _card(w, page).description,
        lambda w, page, text: UpdateValueCard(
            _card(w, page).id,
            _card(w, page).name,
            text,
            expected=(_card(w, page).name, _card(w, page).description),
        ),
    ),
    TypedField(
        "survey question",
        Step.SURVEY,
        lambda page: page.question,
        lambda w, _page: w.survey.question,
        lambda w, _page, text: SetWorkshopField(
            WorkshopField.SURVEY_QUESTION, text, expected=w.survey.question
        ),
        multi_line=False,
    ),
    TypedField(
        "vision",
        Step.VISION,
        lambda page: page.editor,
        lambda w, _page: w.chosen_vision.text,
        lambda w, _page, text: SetVisionText(w.chosen_vision.id, text, expected=w.chosen_vision.text),
    ),
    TypedField(
        "guideline answer",
        Step.GUIDELINES,
        lambda page: page.questions[GuidelineQuestion.MEANING].editor,
        lambda w, _page: w.chosen_values[0].guidelines.get(GuidelineQuestion.MEANING, ""),
        lambda w, _page, text: SetGuidelineAnswer(
            w.chosen_values[0].id,
            GuidelineQuestion.MEANING,
            text,
            expected=w.chosen_values[0].guidelines.get(GuidelineQuestion.MEANING, ""),
        ),
    ),
    TypedField(
        "leader commitment",
        Step.SHARE,
        lambda page: page._commitments[page.session.workshop.chosen_values[0].id],
        lambda w, _page: w.chosen_values[0].leader_commitment,
        lambda w, _page, text: SetLeaderCommitment(
            w.chosen_values[0].id, text, expected=w.chosen_values[0].leader_commitment
        ),
    ),
]


def shown(editor) -> str:  # type: ignore[no-untyped-def]
    return editor.toPlainText() if hasattr(editor, "toPlainText") else editor.text()


def stored_in(location: str, field: TypedField, page) -> str:  # type: ignore[no-untyped-def]
    service = WorkshopService.open(location)
    try:
        return field.stored(service.load(), page)
    finally:
        service.close()


def reread_everything(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """What a phone's answer or another facilitator's edit does: every page is shown the
    stored workshop again."""
    done: list[object] = []
    window.session.call(lambda _service: (None, Changes.everything()), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)


def open_step(make_window, qtbot, location: str, step: Step, password: str | None = None):  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_location(location, password)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20_000)
    window.workshop_view.navigator.select_step(step)
    return window, window.workshop_view.page_for[step]


CAUSES = {"disk full": ("disk is full", True), "read-only": ("read-only", False)}


@pytest.mark.parametrize("field", FIELDS, ids=lambda field: field.name)
@pytest.mark.parametrize("cause", list(CAUSES))
def test_a_failed_save_keeps_the_typing_and_retry_stores_it(
    make_window, qtbot, tmp_path: Path, field: TypedField, cause: str
) -> None:
    said, full = CAUSES[cause]
    if full and not field.multi_line:
        pytest.skip("a one-line field's text fits in the pages the file has: it cannot fill a disk")
    location = str(tmp_path / "workshop.pstudio")
    WorkshopService.create(location, demo_workshop(Language.ENGLISH)).close()
    window, page = open_step(make_window, qtbot, location, field.step)
    editor = field.editor(page)
    before = stored_in(location, field, page)
    typed = LONG if field.multi_line else SHORT
    refusal = Refusal(window.session._service.store.engine, full)

    editor.setFocus()
    editor.setPlainText(typed) if field.multi_line else editor.setText(typed)
    editor.commit()
    qtbot.waitUntil(window.message_bar.isVisible, timeout=20_000)
    assert said in window.message_bar.message.text()
    assert "what you typed is kept" in window.message_bar.message.text()
    assert window.save_state.text() == "Some changes are not saved yet"
    assert shown(editor) == typed
    # The stored text coming back to the page must not replace the typing.
    reread_everything(window, qtbot)
    qtbot.wait(50)
    assert shown(editor) == typed
    assert stored_in(location, field, page) == before

    refusal.lift()
    window.message_bar.retry.click()
    qtbot.waitUntil(lambda: stored_in(location, field, page) == typed, timeout=20_000)
    qtbot.waitUntil(lambda: not window.session.is_saving, timeout=20_000)
    assert shown(editor) == typed
    assert window.save_state.text() == "All changes saved"
    reread_everything(window, qtbot)
    assert shown(editor) == typed


@pytest.fixture
def team_workshop(postgres_admin_url: str):  # type: ignore[no-untyped-def]
    from postgres_server import create_database, drop_database
    from sqlalchemy.engine import make_url

    url = create_database(postgres_admin_url)
    service = WorkshopService.create(url, demo_workshop(Language.ENGLISH))
    address = service.location
    service.close()
    yield address, make_url(url).password
    drop_database(postgres_admin_url, url)


@pytest.mark.parametrize("field", FIELDS, ids=lambda field: field.name)
def test_a_conflict_on_a_team_database_keeps_the_typing_and_keep_mine_stores_it(
    make_window, qtbot, team_workshop, field: TypedField, monkeypatch
) -> None:
    # No poll in between: the page must not see their version before the user types
    # (then overwriting it would be a choice, not a conflict).
    monkeypatch.setattr(workshop_session, "POLL_INTERVAL_MS", 24 * 3600 * 1000)
    address, password = team_workshop
    window, page = open_step(make_window, qtbot, address, field.step, password)
    editor = field.editor(page)
    # Nor the word analysis arriving in between: the page would show their version then.
    qtbot.waitUntil(lambda: not window.analysis.is_running, timeout=30_000)
    workshop = window.session.workshop
    change_unannounced(window, qtbot, field.theirs(workshop, page, "Theirs, written first."))

    typed = "Mine, typed meanwhile."
    editor.setFocus()
    editor.setPlainText(typed) if field.multi_line else editor.setText(typed)
    editor.commit()
    dialogs = (
        lambda: window.conflict,
        lambda: getattr(page, "conflict", None),
        lambda: getattr(getattr(page, "card_editor", None), "conflict", None),
    )
    qtbot.waitUntil(
        lambda: any(dialog() is not None and dialog().isVisible() for dialog in dialogs), timeout=20_000
    )
    dialog = next(dialog() for dialog in dialogs if dialog() is not None and dialog().isVisible())
    assert dialog.theirs.toPlainText().endswith("Theirs, written first.")
    assert dialog.mine.toPlainText().endswith(typed)
    assert shown(editor) == typed
    reread_everything(window, qtbot)
    assert shown(editor) == typed

    dialog.keep_mine.click()
    qtbot.waitUntil(lambda: field.stored(window.session.workshop, page) == typed, timeout=20_000)
    qtbot.waitUntil(lambda: not window.session.is_saving, timeout=20_000)
    reread_everything(window, qtbot)
    assert shown(editor) == typed


@dataclass(frozen=True)
class TableCell:
    """A cell or list item typed into in place, stored as a whole row."""

    name: str
    step: Step
    item: Callable[[Any], Any]  # page -> the QTableWidgetItem / QListWidgetItem
    stored: Callable[[Workshop], str]


CELLS = [
    TableCell(
        "sharing plan: who",
        Step.SHARE,
        lambda page: page.plan.item(0, 2),
        lambda w: w.sharing_plan[0].who,
    ),
    TableCell(
        "metric target",
        Step.GUIDELINES,
        lambda page: page.metrics.table.item(0, 2),
        lambda w: w.chosen_values[0].metrics[0].target,
    ),
    TableCell(
        "a do or a don't",
        Step.GUIDELINES,
        lambda page: next(listing.item(0) for listing in page.behaviours.lists.values() if listing.count()),
        lambda w: w.chosen_values[0].behaviours[0].text,
    ),
]


@pytest.mark.parametrize("cell", CELLS, ids=lambda cell: cell.name)
def test_a_failed_save_of_a_table_cell_keeps_it_and_retry_stores_it(
    make_window, qtbot, tmp_path: Path, cell: TableCell
) -> None:
    location = str(tmp_path / "workshop.pstudio")
    WorkshopService.create(location, demo_workshop(Language.ENGLISH)).close()
    window, page = open_step(make_window, qtbot, location, cell.step)
    before = cell.stored(window.session.workshop)
    refusal = Refusal(window.session._service.store.engine, full=False)
    typed = "The team lead, every Monday"

    cell.item(page).setText(typed)
    qtbot.waitUntil(window.message_bar.isVisible, timeout=20_000)
    assert "what you typed is kept" in window.message_bar.message.text()
    reread_everything(window, qtbot)
    assert cell.item(page).text() == typed
    assert cell.stored(window.session.workshop) == before

    refusal.lift()
    window.message_bar.retry.click()
    qtbot.waitUntil(lambda: cell.stored(window.session.workshop) == typed, timeout=20_000)
    reread_everything(window, qtbot)
    assert cell.item(page).text() == typed


def test_closing_with_changes_that_failed_to_store_asks_first(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    location = str(tmp_path / "workshop.pstudio")
    WorkshopService.create(location, demo_workshop(Language.ENGLISH)).close()
    window, page = open_step(make_window, qtbot, location, Step.VISION)
    Refusal(window.session._service.store.engine, full=False)
    page.editor.setPlainText("Not stored yet")
    page.editor.commit()
    qtbot.waitUntil(window.message_bar.isVisible, timeout=20_000)
    asked: list[str] = []

    def answer(choice):  # type: ignore[no-untyped-def]
        def warning(_parent, title, _text, _buttons, _default):  # type: ignore[no-untyped-def]
            asked.append(title)
            return choice

        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    window.close()
    assert asked == ["Changes not saved"] and window.isVisible()
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Close))
    window.close()
    assert not window.isVisible()


@dataclass(frozen=True)
class NewItemList:
    """A list the facilitator adds items to by typing into an empty new one: the sharing
    plan, a value's metrics, its do's."""

    name: str
    step: Step
    open_new: Callable[[Any], None]  # page -> opens an empty item with its editor
    shown: Callable[[Any], list[str]]  # page -> the texts on screen, in order
    stored: Callable[[Workshop], list[str]]  # the stored texts, in order
    text_of: Callable[[Any, int], Any]  # (page, row) -> the item holding the row's text
    remove: Callable[[Any, int], None]  # (page, row) -> selects the row and removes it


def _do_list(page: Any):  # type: ignore[no-untyped-def]
    return page.behaviours.lists[BehaviourKind.DO]


def _remove_do(page: Any, row: int) -> None:
    _do_list(page).setCurrentRow(row)
    page.behaviours.remove[BehaviourKind.DO].click()


def _first_value(workshop: Workshop):  # type: ignore[no-untyped-def]
    return workshop.chosen_values[0]


NEW_ITEM_LISTS = [
    NewItemList(
        "sharing plan",
        Step.SHARE,
        lambda page: page.channel_menu.actions()[0].trigger(),
        lambda page: [page.plan.item(row, 1).text() for row in range(page.plan.rowCount())],
        lambda w: [item.what for item in w.sharing_plan],
        lambda page, row: page.plan.item(row, 1),
        lambda page, row: (page.plan.setCurrentCell(row, 1), page.remove_item.click()),
    ),
    NewItemList(
        "metric of our own",
        Step.GUIDELINES,
        lambda page: page.metrics.menu.actions()[-1].trigger(),
        lambda page: [page.metrics.table.item(row, 0).text() for row in range(page.metrics.table.rowCount())],
        lambda w: [metric.name for metric in _first_value(w).metrics],
        lambda page, row: page.metrics.table.item(row, 0),
        lambda page, row: (page.metrics.table.setCurrentCell(row, 0), page.metrics.remove.click()),
    ),
    NewItemList(
        "do",
        Step.GUIDELINES,
        lambda page: page.behaviours.add[BehaviourKind.DO].click(),
        lambda page: [_do_list(page).item(row).text() for row in range(_do_list(page).count())],
        lambda w: [b.text for b in _first_value(w).behaviours if b.kind is BehaviourKind.DO],
        lambda page, row: _do_list(page).item(row),
        _remove_do,
    ),
]


@pytest.fixture
def refused_list(make_window, qtbot, tmp_path: Path, monkeypatch, request):  # type: ignore[no-untyped-def]
    """The list's step open on a workshop file whose storage refuses every write:
    (window, page, the stored texts before, the refusal, type_new(text))."""
    from PySide6.QtWidgets import QMessageBox

    listing: NewItemList = request.param
    # Closing with an edit still unsaved asks first; a failing run must not hang there.
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Close)
    location = str(tmp_path / "workshop.pstudio")
    WorkshopService.create(location, demo_workshop(Language.ENGLISH)).close()
    window, page = open_step(make_window, qtbot, location, listing.step)
    window.activateWindow()
    before = listing.stored(window.session.workshop)
    refusal = Refusal(window.session._service.store.engine, full=False)

    def type_new(text: str) -> None:
        listing.open_new(page)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit), "adding opens an editor for the new item"
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    return window, page, before, refusal, type_new


def _each_list(test):  # type: ignore[no-untyped-def]
    return pytest.mark.parametrize(
        ("listing", "refused_list"),
        [(listing, listing) for listing in NEW_ITEM_LISTS],
        ids=[listing.name for listing in NEW_ITEM_LISTS],
        indirect=["refused_list"],
    )(test)


@_each_list
def test_a_failed_add_keeps_the_new_item_and_adding_goes_on(
    qtbot: Any, listing: NewItemList, refused_list: Any
) -> None:
    window, page, before, refusal, type_new = refused_list
    type_new("Posters in the break room")
    qtbot.waitUntil(window.message_bar.isVisible, timeout=20_000)
    assert "what you typed is kept" in window.message_bar.message.text()
    # Adding goes on while the first waits for Retry, and a re-read keeps both.
    type_new("A word at every Monday briefing")
    qtbot.waitUntil(lambda: len(window.session.unsaved(object)) == 2, timeout=20_000)
    reread_everything(window, qtbot)
    qtbot.wait(50)
    assert listing.shown(page) == [*before, "Posters in the break room", "A word at every Monday briefing"]
    assert listing.stored(window.session.workshop) == before

    refusal.lift()
    window.message_bar.retry.click()
    expected = [*before, "Posters in the break room", "A word at every Monday briefing"]
    qtbot.waitUntil(lambda: listing.stored(window.session.workshop) == expected, timeout=20_000)
    qtbot.waitUntil(lambda: not window.session.is_saving, timeout=20_000)
    reread_everything(window, qtbot)
    assert listing.shown(page) == expected
    assert window.save_state.text() == "All changes saved"


@_each_list
def test_a_new_item_waiting_for_retry_can_be_edited_and_removed(
    qtbot: Any, listing: NewItemList, refused_list: Any
) -> None:
    window, page, before, refusal, type_new = refused_list
    for count, text in enumerate(("First try", "Second try"), start=1):
        type_new(text)
        qtbot.waitUntil(lambda count=count: len(window.session.unsaved(object)) == count, timeout=20_000)

    listing.text_of(page, len(before)).setText("First, said better")
    listing.remove(page, len(before) + 1)
    assert listing.shown(page) == [*before, "First, said better"]
    reread_everything(window, qtbot)
    assert listing.shown(page) == [*before, "First, said better"]

    refusal.lift()
    window.message_bar.retry.click()
    expected = [*before, "First, said better"]
    qtbot.waitUntil(lambda: listing.stored(window.session.workshop) == expected, timeout=20_000)
    qtbot.waitUntil(lambda: not window.session.is_saving, timeout=20_000)
    reread_everything(window, qtbot)
    assert listing.shown(page) == expected
