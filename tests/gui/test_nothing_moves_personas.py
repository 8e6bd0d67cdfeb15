"""Nothing moves under the pointer on the Personas page: the card above the form takes
its new size without moving the field being typed in, and a ticked channel stays in
its row."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.personas.personas_page import PersonasPage


def open_page(make_window, qtbot):
    window = make_window()
    window.resize(1280, 720)
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.PERSONAS)
    page = window.workshop_view.page_for[Step.PERSONAS]
    assert isinstance(page, PersonasPage)
    QApplication.processEvents()
    return window, page


def under(window: QWidget, point: QPoint) -> QWidget | None:
    QApplication.processEvents()
    return window.childAt(point)


def test_the_card_growing_leaves_the_field_under_the_pointer(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    field = page.form.first_response
    field.setFocus()
    pointer = field.mapTo(window, field.rect().center())
    assert under(window, pointer) is field
    # Enough to add lines to the card, as the debounce would store it.
    field.setText("Within a quarter of an hour on live chat, within one working day by e-mail " * 3)
    field.commit()
    persona_id = page.form.persona.id
    qtbot.waitUntil(
        lambda: (
            next(p for p in window.session.workshop.personas if p.id == persona_id).first_response
            == field.text()
        )
    )
    qtbot.waitUntil(lambda: field.text()[:30] in page.card.text())
    # The view scrolls back once the layout's passes are done.
    qtbot.waitUntil(lambda: page._anchor is None and not page._settled.isActive())
    assert under(window, pointer) is field


def test_ticking_a_channel_leaves_it_in_its_row(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    channels = page.form.channels
    row = channels.count() - 1
    item = channels.item(row)
    assert item.checkState() == Qt.CheckState.Unchecked
    name = item.text()
    before = len(page.form.persona.channels)
    persona_id = page.form.persona.id
    item.setCheckState(Qt.CheckState.Checked)

    def stored():
        return next(p for p in window.session.workshop.personas if p.id == persona_id)

    # Stored, and shown again from storage.
    qtbot.waitUntil(lambda: len(stored().channels) == before + 1 and page.form.persona == stored())
    QApplication.processEvents()
    assert channels.item(row).text() == name
    assert channels.item(row).checkState() == Qt.CheckState.Checked
