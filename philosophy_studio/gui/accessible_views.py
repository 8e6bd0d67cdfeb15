"""One focused node for screen readers: the one that has the keyboard focus.

Qt's accessible item views mark a cell ``focused`` whenever it is its view's current
index, and a tab bar marks its current tab ``focused``, whether or not the view or the
bar has the keyboard focus. Every page keeps a current row in its lists and tables, so a
screen reader walking the window found two to five "focused" nodes on each step: the
list with the focus, its current row, and the current row of every other list and tab
bar on screen.

Those interfaces are Qt's C++ classes, made by Qt's own factory. The factory installed
here asks Qt for its interface first and wraps it: everything is passed through, except
that

- an item (cell, row, tab) reports ``focused`` only while its view or bar has the
  keyboard focus, where Qt sends its focus event to that item; and
- the view or bar itself then does not, so the focus has one owner: the item when
  there is a current one on screen, else the widget; and
- a tab widget and a scroll area's viewport (a text box's page), which Qt calls
  focused while their focus proxy (the tab bar, the text box) is, no longer do.

Nothing of the views changes: their current index and selection stay as they are, so
a list that gets the focus back is on the row it was on, and no page hears a signal.
Rows and tabs are wrapped in Python objects, each made once and registered with Qt
like Qt's own; list and tab-bar selection is passed through an
adapter that turns those back into Qt's. Table navigation (Qt's table interface, which
PySide cannot reimplement) still hands out Qt's own cells.

Installing costs the start only Qt's ``QAccessible`` (~3 ms); the wrappers, in
``accessible_focus``, load when an interface is first asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessibleInterface

_installed = False
_make: Callable[[str, QObject], QAccessibleInterface | None] | None = None


def install_accessible_views() -> None:
    """Makes item views and tab bars report focus only where the keyboard focus is:
    for the whole process, once (interfaces Qt made before stay Qt's)."""
    global _installed  # noqa: PLW0603 - one factory per process
    if _installed:
        return
    _installed = True
    from PySide6.QtGui import QAccessible

    QAccessible.installFactory(_factory)


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    global _make  # noqa: PLW0603 - loaded on first use
    if _make is None:
        from philosophy_studio.gui.accessible_focus import interface_for

        _make = interface_for
    return _make(class_name, obj)
