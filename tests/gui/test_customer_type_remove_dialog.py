"""Removing a customer type that personas have, on the Personas step: the dialog asks
what they get instead (another type, none) or cancels, and the removal with its
personas' new type is one undo step."""

from __future__ import annotations

import pytest
from test_customer_types_box import names, open_page

from philosophy_studio.domain.customer_types import personas_of_type
from philosophy_studio.domain.model import Language
from philosophy_studio.gui.steps.personas.remove_type_dialog import RemoveTypeDialog


def ask_to_remove_a_used_type(window, page, qtbot) -> tuple[str, list[int], RemoveTypeDialog]:  # type: ignore[no-untyped-def]
    workshop = window.session.workshop
    used = workshop.personas[0].customer_type
    box = page.customer_types
    box.list.setCurrentRow([kind.key for kind in workshop.customer_types].index(used))
    box.remove.click()
    dialog = box.remove_dialog
    assert isinstance(dialog, RemoveTypeDialog)
    qtbot.waitUntil(dialog.isVisible)
    return used, [persona.id for persona in personas_of_type(workshop.personas, used)], dialog


def types_of(window, ids: list[int]) -> list[str | None]:  # type: ignore[no-untyped-def]
    by_id = {persona.id: persona.customer_type for persona in window.session.workshop.personas}
    return [by_id[persona_id] for persona_id in ids]


@pytest.mark.parametrize("language", list(Language))
def test_the_personas_move_to_the_picked_type_and_undo_brings_all_back(make_window, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(make_window, qtbot, language)
    before = window.session.workshop
    used, ids, dialog = ask_to_remove_a_used_type(window, page, qtbot)
    removed = next(kind for kind in before.customer_types if kind.key == used)
    # It names the type and its personas, and offers every other type.
    assert removed.name in dialog.findChild(type(page.customer_types.message)).text()
    offered = [dialog.types.itemData(i) for i in range(dialog.types.count())]
    assert offered == [kind.key for kind in before.customer_types if kind.key != used]
    assert dialog.move_to.isChecked() and dialog.remove.isDefault()
    target = offered[-1]
    dialog.types.setCurrentIndex(len(offered) - 1)
    dialog.remove.click()
    qtbot.waitUntil(lambda: len(names(window)) == 4)
    assert used not in [kind.key for kind in window.session.workshop.customer_types]
    assert types_of(window, ids) == [target] * len(ids)
    assert page.customer_types.remove_dialog is None
    # One undo step takes back both the removal and the move.
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.customer_types == before.customer_types)
    assert types_of(window, ids) == [used] * len(ids)
    assert window.session.workshop.personas == before.personas
    window.actions.redo.trigger()
    qtbot.waitUntil(lambda: len(names(window)) == 4)
    assert types_of(window, ids) == [target] * len(ids)


def test_the_personas_can_be_left_without_a_type(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(make_window, qtbot)
    before = window.session.workshop
    used, ids, dialog = ask_to_remove_a_used_type(window, page, qtbot)
    dialog.leave.setChecked(True)
    assert not dialog.types.isEnabled()
    dialog.remove.click()
    qtbot.waitUntil(lambda: len(names(window)) == 4)
    assert types_of(window, ids) == [None] * len(ids)
    # The persona's form shows it has none.
    qtbot.waitUntil(lambda: page.form.customer_type.currentIndex() == 0)
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.personas == before.personas)
    assert used in names_by_key(window)


def names_by_key(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [kind.key for kind in window.session.workshop.customer_types]


def test_cancel_changes_nothing(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(make_window, qtbot)
    before = window.session.workshop
    _used, _ids, dialog = ask_to_remove_a_used_type(window, page, qtbot)
    dialog.reject()
    assert page.customer_types.remove_dialog is None
    assert window.session.workshop == before and not window.session.has_unsaved_edits
    assert page.customer_types.list.count() == 5
