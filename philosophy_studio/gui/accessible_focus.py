"""The interfaces behind ``accessible_views``: Qt's, wrapped so that one node has the
focus. Loaded on the factory's first call, when a screen reader (or a test) first asks.

Qt's interfaces are held by their accessibility id, never as Python objects: Qt deletes
them without telling PySide, and a Python object left over for a deleted one would
stand for whatever Qt puts at that address next (a widget, in a test that found one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleSelectionInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTabBar,
    QTabWidget,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QRect

# Python keeps the objects made here alive until Qt has deleted them: Qt owns them once
# they are registered, and a Python object dropped earlier would leave Qt a dangling
# pointer. Qt's deleting them is seen (they become invalid), so they are forgotten then.
_alive: dict[int, QAccessibleInterface] = {}
# Widgets (by address) whose interface Qt's own factory is making, beneath ours.
_asking_qt: set[int] = set()


def interface_for(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    """Ours for an item view, tab bar or tab widget, and for a plain QWidget (a scroll
    area's viewport is one); None for every other object, which keeps Qt's."""
    # Qt asks for a widget's classes from the most derived up, and a widget being built
    # is a plain QWidget to it (a viewport is asked for while its scroll area is being
    # built, before anything says it is one). Reporting focus only for the focus widget
    # itself changes nothing for a widget without a focus proxy, so every widget that
    # reaches "QWidget" gets it.
    owns_items = class_name != "QWidget" and isinstance(obj, QAbstractItemView | QTabBar)
    if owns_items and isinstance(obj, QHeaderView):
        return None
    if not (owns_items or class_name == "QWidget" or isinstance(obj, QTabWidget)):
        return None
    address = shiboken6.getCppPointer(obj)[0]
    if address in _asking_qt:
        return None
    _asking_qt.add(address)
    try:
        # Qt's own interface, from the factories below ours. Qt caches it for the
        # widget beside ours, which it finds first from now on; both are deleted with
        # the widget.
        inner = QAccessible.queryAccessibleInterface(obj)
    finally:
        _asking_qt.discard(address)
    if inner is None:
        return None
    inner_id = QAccessible.uniqueId(inner)
    del inner
    _forget_deleted()
    if owns_items:
        return _keep(_FocusOwner(inner_id, obj))
    return _keep(_FocusedItself(inner_id))


def _keep(iface: QAccessibleInterface) -> QAccessibleInterface:
    _alive[id(iface)] = iface
    return iface


def _forget_deleted() -> None:
    for key in [key for key, iface in _alive.items() if not shiboken6.isValid(iface)]:
        del _alive[key]


_ITEM_ROLES: frozenset[QAccessible.Role] = frozenset()  # made on first use


def _item_roles() -> frozenset[QAccessible.Role]:
    global _ITEM_ROLES  # noqa: PLW0603 - a constant made late: the enum costs at import
    if not _ITEM_ROLES:
        role = QAccessible.Role
        _ITEM_ROLES = frozenset({role.Cell, role.ListItem, role.TreeItem, role.PageTab})
    return _ITEM_ROLES


class _Delegate(QAccessibleInterface):
    """Passes every question to Qt's interface with the id ``inner_id``."""

    def __init__(self, inner_id: int) -> None:
        super().__init__()
        self._inner_id = inner_id

    def inner(self) -> QAccessibleInterface | None:
        return QAccessible.accessibleInterface(self._inner_id)

    def widget(self) -> QWidget | None:
        inner = self.inner()
        widget = inner.object() if inner is not None else None
        return widget if isinstance(widget, QWidget) else None

    def isValid(self) -> bool:  # noqa: N802 - Qt's names, here and below
        inner = self.inner()
        return inner is not None and inner.isValid()

    def object(self) -> QObject | None:
        inner = self.inner()
        return inner.object() if inner is not None else None

    def window(self):  # type: ignore[no-untyped-def]
        inner = self.inner()
        return inner.window() if inner is not None else None

    def role(self) -> QAccessible.Role:
        inner = self.inner()
        return inner.role() if inner is not None else QAccessible.Role.NoRole

    def state(self) -> QAccessible.State:
        inner = self.inner()
        if inner is None:
            state = QAccessible.State()
            state.invalid = True
            return state
        return inner.state()

    def text(self, kind: QAccessible.Text) -> str:
        inner = self.inner()
        return inner.text(kind) if inner is not None else ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802
        inner = self.inner()
        if inner is not None:
            inner.setText(kind, text)

    def rect(self) -> QRect:
        from PySide6.QtCore import QRect

        inner = self.inner()
        return inner.rect() if inner is not None else QRect()

    def relations(self, match):  # type: ignore[no-untyped-def]
        inner = self.inner()
        return inner.relations(match) if inner is not None else []

    def parent(self) -> QAccessibleInterface | None:
        inner = self.inner()
        return inner.parent() if inner is not None else None

    def childCount(self) -> int:  # noqa: N802
        inner = self.inner()
        return inner.childCount() if inner is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:
        inner = self.inner()
        return inner.child(index) if inner is not None else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        inner = self.inner()
        return inner.indexOfChild(child) if inner is not None else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        inner = self.inner()
        return inner.childAt(x, y) if inner is not None else None

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802
        inner = self.inner()
        return inner.focusChild() if inner is not None else None

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        # Always a VoidPtr: PySide turns None or an int returned here into a crash.
        inner = self.inner()
        pointer = inner.interface_cast(kind) if inner is not None else None
        return pointer if pointer is not None else shiboken6.VoidPtr(0)


class _FocusOwner(_Delegate):
    """An item view or tab bar: its items are wrapped, and the focus is the current
    item's while the widget has the keyboard focus."""

    def __init__(self, inner_id: int, widget: QWidget) -> None:
        super().__init__(inner_id)
        # Qt's id of an item's interface -> the wrapper made for it.
        self._items: dict[int, _Item] = {}
        self._selection: _Selection | None = None
        items = self._items
        # Items are not QObjects: Qt deletes them only on request, with their widget.
        widget.destroyed.connect(lambda _object=None: _delete_items(items))

    def widget_has_focus(self) -> bool:
        widget = self.widget()
        return widget is not None and widget.hasFocus()

    def focus_is_on_an_item(self) -> bool:
        """Whether a shown, valid item takes the focus from the widget. Qt keeps an
        item it made for a row until it hears of the model's change, which it does
        only while a screen reader listens: a reset list's old items are invalid."""
        widget = self.widget()
        if isinstance(widget, QTabBar):
            # From the widget, not from Qt's focusChild(): Qt's tabs ask this state
            # for theirs, and its tab bar asks its tabs for its focusChild().
            return widget.currentIndex() >= 0
        item = super().focusChild()
        return item is not None and item.isValid() and not item.state().invisible

    def state(self) -> QAccessible.State:
        state = super().state()
        if state.focused and self.focus_is_on_an_item():
            state.focused = False
        return state

    def wrap(self, item: QAccessibleInterface | None) -> QAccessibleInterface | None:
        """The wrapper of one of Qt's children; widgets (scroll buttons) and headers,
        which never claim the focus, as they are."""
        if item is None or isinstance(item, _Item) or item.object() is not None:
            return item
        if item.role() not in _item_roles():
            return item
        item_id = QAccessible.uniqueId(item)
        wrapper = self._items.get(item_id)
        if wrapper is not None and shiboken6.isValid(wrapper):
            return wrapper
        self._forget_stale_items()
        wrapper = _Item(item_id, self)
        _keep(wrapper)
        QAccessible.registerAccessibleInterface(wrapper)
        self._items[item_id] = wrapper
        return wrapper

    def unwrap(self, item: QAccessibleInterface | None) -> QAccessibleInterface | None:
        return item.inner() if isinstance(item, _Item) else item

    def _forget_stale_items(self) -> None:
        stale = [item_id for item_id, item in self._items.items() if item.inner() is None]
        for item_id in stale:
            item = self._items.pop(item_id)
            if shiboken6.isValid(item):
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(item))
        _forget_deleted()

    def child(self, index: int) -> QAccessibleInterface | None:
        return self.wrap(super().child(index))

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        return self.wrap(super().childAt(x, y))

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802
        return self.wrap(super().focusChild())

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        inner_child = self.unwrap(child)
        if inner_child is None:
            return -1
        index = super().indexOfChild(inner_child)
        if index < 0 and isinstance(child, _Item) and isinstance(self.widget(), QTabBar):
            # Qt's tab bar knows a tab only while the tab's parent is Qt's interface.
            wanted = QAccessible.uniqueId(inner_child)
            inner = self.inner()
            count = inner.childCount() if inner is not None else 0
            return next(
                (i for i in range(count) if (tab := inner.child(i)) and QAccessible.uniqueId(tab) == wanted),
                -1,
            )
        return index

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:
        if kind == QAccessible.InterfaceType.SelectionInterface:
            # Qt's selection takes and gives its own items: an adapter translates.
            inner = self.inner()
            if inner is None or inner.selectionInterface() is None:
                return shiboken6.VoidPtr(0)
            if self._selection is None:
                self._selection = _Selection(self)
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._selection)[0])
        return super().interface_cast(kind)


class _FocusedItself(_Delegate):
    """A tab widget, or a scroll area's viewport (a text box's page): Qt calls it
    focused while its focus proxy (the tab bar, the text box) has the focus, and that
    one says so too."""

    def state(self) -> QAccessible.State:
        state = super().state()
        if state.focused and QApplication.focusWidget() is not self.widget():
            state.focused = False
        return state


class _Item(_Delegate):
    """A row, cell or tab: focused only while its widget has the keyboard focus."""

    def __init__(self, inner_id: int, owner: _FocusOwner) -> None:
        super().__init__(inner_id)
        self._owner = owner
        self._address = 0

    def inner(self) -> QAccessibleInterface | None:
        # Qt deletes its items when rows go (a model reset), and gives a later one
        # the same id: only an item of this widget is still this one.
        inner = super().inner()
        if inner is None or not shiboken6.isValid(self._owner):
            return None
        address = shiboken6.getCppPointer(inner)[0]
        if address == self._address:
            return inner
        parent = inner.parent()
        if parent is None or QAccessible.uniqueId(parent) != QAccessible.uniqueId(self._owner):
            return None
        self._address = address
        return inner

    def state(self) -> QAccessible.State:
        state = super().state()
        if state.focused and not self._owner.widget_has_focus():
            state.focused = False
        return state

    def parent(self) -> QAccessibleInterface | None:
        return self._owner if shiboken6.isValid(self._owner) else None


class _Selection(QAccessibleSelectionInterface):
    """Qt's selection of a view or tab bar, in terms of the wrapped items."""

    def __init__(self, owner: _FocusOwner) -> None:
        super().__init__()
        self._owner = owner

    def _qt(self) -> QAccessibleSelectionInterface | None:
        inner = self._owner.inner() if shiboken6.isValid(self._owner) else None
        return inner.selectionInterface() if inner is not None else None

    def selectedItemCount(self) -> int:  # noqa: N802 - Qt's names, here and below
        qt = self._qt()
        return qt.selectedItemCount() if qt is not None else 0

    def selectedItems(self) -> list[QAccessibleInterface]:  # noqa: N802
        qt = self._qt()
        if qt is None:
            return []
        return [item for item in (self._owner.wrap(i) for i in qt.selectedItems()) if item is not None]

    def selectedItem(self, index: int) -> QAccessibleInterface | None:  # noqa: N802
        qt = self._qt()
        return self._owner.wrap(qt.selectedItem(index)) if qt is not None else None

    # Qt's own select(), unselect() and isSelected() refuse an item whose parent is not
    # Qt's interface (ours is): asked here of the widget and the item's own actions.

    def isSelected(self, child: QAccessibleInterface) -> bool:  # noqa: N802
        item, widget = self._owner.unwrap(child), self._owner.widget()
        if item is None or widget is None:
            return False
        if isinstance(widget, QTabBar):
            return self._owner.indexOfChild(child) == widget.currentIndex()
        cell = item.tableCellInterface()
        return cell is not None and cell.isSelected()

    def select(self, child: QAccessibleInterface) -> bool:
        if not self.isSelected(child):
            self._act_on(child)
        return self.isSelected(child)

    def unselect(self, child: QAccessibleInterface) -> bool:
        if self.isSelected(child) and not isinstance(self._owner.widget(), QTabBar):
            self._act_on(child)
        return not self.isSelected(child)

    def _act_on(self, child: QAccessibleInterface) -> None:
        """A cell's Toggle (Qt's selectCell/unselectCell), a tab's Press."""
        from PySide6.QtGui import QAccessibleActionInterface

        item = self._owner.unwrap(child)
        actions = item.actionInterface() if item is not None else None
        if actions is None:
            return
        for name in (QAccessibleActionInterface.toggleAction(), QAccessibleActionInterface.pressAction()):
            if name in actions.actionNames():
                actions.doAction(name)
                return

    def selectAll(self) -> bool:  # noqa: N802
        qt = self._qt()
        return qt is not None and qt.selectAll()

    def clear(self) -> bool:
        qt = self._qt()
        return qt is not None and qt.clear()


def _delete_items(items: dict[int, _Item]) -> None:
    for item in items.values():
        if shiboken6.isValid(item):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(item))
    items.clear()
    _forget_deleted()
