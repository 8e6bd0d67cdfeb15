"""Every control on every step can be reached with Tab, no control keeps Tab for
itself, and each page is walked before its guidance: the steps, then all of the
page's controls (those made as the workshop changes too), then the guidance."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QTableView, QWidget
from widget_walk import INTERACTIVE, is_qt_internal

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import STEP_ORDER


def tab_chain(window: QWidget, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes round again, pressing the
    key as a user would. (Walking nextInFocusChain() from Python instead leaves PySide
    6.12 with wrappers of deleted menus.)"""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    chain = [start]
    tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    # A table takes Tab from cell to cell before letting go; a widget that keeps it
    # for hundreds of presses is a trap.
    same = 0
    for _ in range(5_000):
        focused = window.focusWidget()
        QApplication.sendEvent(focused, tab)
        widget = window.focusWidget()
        if widget is start:
            break
        if widget is focused:
            same += 1
            if same > 300:
                break
            continue
        same = 0
        chain.append(widget)
    return chain


def reached_through_its_group(widget: QWidget, seen: set[int]) -> bool:
    """Tab enters a group of exclusive buttons once; the arrow keys choose within it."""
    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    if group is not None and group.exclusive():
        return any(id(member) in seen for member in group.buttons())
    if widget.autoExclusive() and widget.parentWidget() is not None:
        siblings = widget.parentWidget().findChildren(type(widget))
        return any(id(sibling) in seen for sibling in siblings if sibling.autoExclusive())
    return False


def unreachable(window: QWidget, root: QWidget, reached: list[QWidget]) -> list[str]:
    seen = {id(widget) for widget in reached}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or is_qt_internal(widget):
            continue
        if not (widget.isVisibleTo(window) and widget.isEnabled()):
            continue
        proxy = widget.focusProxy() or widget
        if id(proxy) not in seen and not reached_through_its_group(widget, seen):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}"
            )
    return missing


def test_every_control_of_every_step_is_reachable_with_tab(make_window, qtbot) -> None:
    window = make_window()
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    problems = {}
    for step in STEP_ORDER:
        window.workshop_view.navigator.select_step(step)
        QApplication.processEvents()
        page = window.workshop_view.page_for[step]
        # The survey step is walked with its analysis shown: word tables, tabs, context.
        words = page.findChild(QTableView, "analysisWords")
        if words is not None:
            qtbot.waitUntil(lambda words=words: words.model().rowCount() > 0, timeout=30_000)
        chain = tab_chain(window, window.workshop_view.navigator)
        missing = unreachable(window, page, chain)
        if missing:
            problems[step.value] = missing
            continue
        position = {id(widget): index for index, widget in enumerate(chain)}
        navigator = position[id(window.workshop_view.navigator)]
        work = [position[id(w)] for w in page.work_area.findChildren(QWidget) if id(w) in position]
        guidance = position[id(page.guidance)]
        if not navigator < min(work) <= max(work) < guidance:
            problems[step.value] = [
                f"order: steps {navigator}, page {min(work)}-{max(work)}, guidance {guidance}"
            ]
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_a_draft_added_during_the_workshop_is_walked_before_the_guidance(make_window, qtbot) -> None:
    from philosophy_studio.domain.steps import Step

    window = make_window()
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.VISION)
    page = window.workshop_view.page_for[Step.VISION]
    drafts = len(window.session.workshop.vision_drafts)
    page.new_draft.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.vision_drafts) == drafts + 1)
    QApplication.processEvents()
    chain = tab_chain(window, window.workshop_view.navigator)
    newest = list(page._drafts.values())[-1]
    assert chain.index(newest.editor) < chain.index(page.new_draft) < chain.index(page.guidance)
