"""What people type is shown as text on every screen, never rendered as markup: an
answer from a phone holding an ``<img>`` of 3000×2000 pixels or a ``<table>`` must not
become a picture or a table in a tooltip, a label or a list (Qt guesses "rich text" for
anything that looks like HTML)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from philosophy_studio.domain.model import AnswerSource, Language, SurveyAnswer
from philosophy_studio.domain.steps import STEP_ORDER
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

MARKUP = '<img src="file:///etc/hostname" width="3000" height="2000"><table><tr><td>cell</td></tr></table>'


def hostile_workshop():  # type: ignore[no-untyped-def]
    workshop = demo_workshop(Language.ENGLISH)
    persona = dataclasses.replace(workshop.personas[0], name=f"Ayla {MARKUP}", needs=(MARKUP,))
    cards = list(workshop.value_cards)
    chosen = next(index for index, card in enumerate(cards) if card.selected_rank is not None)
    cards[chosen] = dataclasses.replace(
        cards[chosen], description=f"We listen. {MARKUP}", leader_commitment=MARKUP
    )
    plan = list(workshop.sharing_plan)
    plan[0] = dataclasses.replace(plan[0], what=MARKUP, who=MARKUP)
    answers = (
        *workshop.answers,
        *(SurveyAnswer(id=f"m{n}", text=f"{MARKUP} {n}", source=AnswerSource.LAN) for n in range(3)),
    )
    return dataclasses.replace(
        workshop,
        personas=(persona, *workshop.personas[1:]),
        value_cards=tuple(cards),
        sharing_plan=tuple(plan),
        answers=answers,
    )


def rendered_markup(text: object) -> bool:
    """True when ``text`` would show the markup as markup: raw tags in a string that Qt
    takes for rich text (escaped text holds ``&lt;img``, not ``<img``)."""
    return isinstance(text, str) and "<img" in text and GuiQt.mightBeRichText(text)


def offenders(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if rendered_markup(widget.toolTip()):
            found.append(f"tooltip of {type(widget).__name__} {widget.objectName()!r}")
        if (
            isinstance(widget, QLabel)
            and "<img" in widget.text()
            and widget.textFormat() != Qt.TextFormat.PlainText
            and rendered_markup(widget.text())
        ):
            parent = widget.parent()
            found.append(f"label {widget.objectName()!r} in {type(parent).__name__}: {widget.text()[:40]!r}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model's columnCount is private in PySide6: one column
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), 200)):
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole):
                        if rendered_markup(model.data(index, role)):
                            found.append(f"{type(widget).__name__} row {row}: role {role}")
    return found


def test_typed_markup_is_never_rendered_on_any_step(make_window, qtbot, tmp_path) -> None:
    path = tmp_path / "markup.pstudio"
    WorkshopService.create(path, hostile_workshop()).close()
    window = make_window()
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    problems = []
    for step in STEP_ORDER:
        window.workshop_view.navigator.select_step(step)
        qtbot.wait(100)
        problems += [f"{step.value}: {problem}" for problem in offenders(window)]
    assert problems == [], "\n".join(problems)
