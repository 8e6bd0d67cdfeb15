"""The Personas step's customer types: renamed in place, added by typing a name (a row
left empty is not stored), reordered, removed (a type a persona has only once a dialog
says what the persona gets instead), a sector's set, templates bringing their type,
undo, and a list that keeps its size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from philosophy_studio.domain.customer_types import Sector, catalogue_type
from philosophy_studio.domain.model import CustomerType, Language
from philosophy_studio.domain.persona_commands import SetCustomerTypes
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.personas.personas_page import PersonasPage


def open_page(make_window, qtbot, language: Language = Language.TURKISH):
    window = make_window()
    window.resize(1280, 720)
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.PERSONAS)
    page = window.workshop_view.page_for[Step.PERSONAS]
    assert isinstance(page, PersonasPage)
    qtbot.waitUntil(lambda: page.customer_types.list.count() == 5)
    return window, page


def names(window) -> list[str]:
    return [kind.name for kind in window.session.workshop.customer_types]


def test_a_type_is_renamed_described_and_undone(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    box = page.customer_types
    box.list.item(4).setText("Müdavim İİ")  # as the in-place editor leaves it
    qtbot.waitUntil(lambda: names(window)[4] == "Müdavim İİ")
    # The personas' drop-down offers the new name at once.
    qtbot.waitUntil(lambda: page.form.customer_type.findText("Müdavim İİ") > 0)
    box.list.setCurrentRow(4)
    box.description.setText("Her hafta gelir")
    box.description.commit()
    qtbot.waitUntil(lambda: window.session.workshop.customer_types[4].description == "Her hafta gelir")
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: names(window)[4] == "Sadık müşteri")
    assert box.list.item(4).text() == "Sadık müşteri"


def test_a_name_taken_by_the_languages_case_rules_is_refused_here(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    box = page.customer_types
    before = window.session.workshop.customer_types
    box.list.item(0).setText("İNDİRİM ARAYAN MÜŞTERİ")
    assert "zaten var" in box.message.text() or "already" in box.message.text()
    assert box.list.item(0).text() == before[0].name
    assert window.session.workshop.customer_types == before
    assert not window.session.has_unsaved_edits


def test_an_added_type_is_stored_once_named_and_an_empty_one_not_at_all(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    box = page.customer_types
    height = box.height()
    box.add.click()
    assert box.list.count() == 6 and len(names(window)) == 5
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # left without a name
    assert box.list.count() == 5
    box.add.click()
    box.list.item(5).setText("Esnaf <b>&amp;</b> 😀")
    qtbot.waitUntil(lambda: len(names(window)) == 6)
    assert window.session.workshop.customer_types[5].key == "own-1"
    assert names(window)[5] == "Esnaf <b>&amp;</b> 😀"
    # The list keeps its height: the form below does not move.
    assert box.height() == height
    box.list.setCurrentRow(5)
    box.up.click()
    qtbot.waitUntil(lambda: names(window)[4] == "Esnaf <b>&amp;</b> 😀")
    box.remove.click()
    qtbot.waitUntil(lambda: len(names(window)) == 5)


def test_a_type_a_persona_has_is_not_removed_without_a_choice(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    box = page.customer_types
    used = window.session.workshop.personas[0].customer_type
    row = [kind.key for kind in window.session.workshop.customer_types].index(used)
    box.list.setCurrentRow(row)
    box.remove.click()
    # What the personas get instead is asked first (test_customer_type_remove_dialog.py).
    assert box.remove_dialog is not None
    assert len(names(window)) == 5 and not window.session.has_unsaved_edits
    box.remove_dialog.reject()


def test_a_sectors_set_keeps_the_types_personas_have_and_is_undone(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    before = window.session.workshop.customer_types
    page.customer_types.use_sector(Sector.UTILITY)
    qtbot.waitUntil(lambda: names(window)[0] == "Yeni başvuru sahibi")
    used = {persona.customer_type for persona in window.session.workshop.personas}
    assert used <= {kind.key for kind in window.session.workshop.customer_types}
    assert page.customer_types.list.item(0).text() == "Yeni başvuru sahibi"
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.customer_types == before)


def test_a_template_from_another_sector_brings_its_type_and_undo_takes_both(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page._fill_templates()
    sectors = {action.text(): action.menu() for action in page.template_menu.actions()}
    sectors["Healthcare"].actions()[1].trigger()  # Hasta yakını Leyla Hanım
    qtbot.waitUntil(lambda: len(window.session.workshop.personas) == 3)
    caregiver = catalogue_type("caregiver", Language.TURKISH)
    assert window.session.workshop.customer_types[-1] == caregiver
    assert window.session.workshop.personas[-1].customer_type == "caregiver"
    qtbot.waitUntil(lambda: page.form.customer_type.currentText() == "Hasta yakını")
    assert "Hasta yakını" in page.card.text()
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: len(window.session.workshop.personas) == 2)
    assert len(names(window)) == 5


def test_the_persona_takes_a_type_from_the_workshops_list(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot, Language.ENGLISH)
    combo = page.form.customer_type
    assert [combo.itemText(i) for i in range(1, combo.count())] == names(window)
    combo.setCurrentIndex(combo.findData("discount"))
    qtbot.waitUntil(lambda: window.session.workshop.personas[0].customer_type == "discount")
    assert page.form.type_explanation.text().startswith("Comes for the price")


def test_someone_elses_list_is_offered_beside_mine(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    seen = window.session.workshop.customer_types
    theirs = (*seen, CustomerType("own-1", "Esnaf", "Mahalle dükkânı"))
    mine = (*seen, CustomerType("own-1", "Kurumsal abone"))
    window.session.execute(SetCustomerTypes(theirs))  # as another facilitator's edit lands
    qtbot.waitUntil(lambda: len(names(window)) == 6)
    window.session.execute(SetCustomerTypes(mine, expected=seen))
    qtbot.waitUntil(lambda: getattr(page, "conflict", None) is not None)
    dialog = page.conflict
    assert "Esnaf — Mahalle dükkânı" in dialog.theirs.toPlainText()
    assert "Kurumsal abone" in dialog.mine.toPlainText()
    dialog.keep_mine.click()
    qtbot.waitUntil(lambda: names(window)[-1] == "Kurumsal abone")


def test_describing_the_shown_personas_type_leaves_the_field_under_the_pointer(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot, Language.ENGLISH)
    box = page.customer_types
    shown = window.session.workshop.personas[0].customer_type
    box.list.setCurrentRow([kind.key for kind in window.session.workshop.customer_types].index(shown))
    page.scroll.ensureWidgetVisible(box.description, 0, 40)
    field = box.description
    field.setFocus()
    QApplication.processEvents()
    pointer = field.mapTo(window, field.rect().center())
    assert window.childAt(pointer) is field
    # The form above shows this type's description, which grows by lines as it is stored.
    field.setText("Comes back every week and expects to be known by name, " * 4)
    field.commit()
    qtbot.waitUntil(lambda: page.form.type_explanation.text() == field.text())
    # The label wraps in two layout passes; once they are done the field is where it was.
    qtbot.waitUntil(lambda: page._anchor is None and not page._settled.isActive())
    assert page.form.type_explanation.height() > 3 * field.fontMetrics().height()
    assert window.childAt(pointer) is field
