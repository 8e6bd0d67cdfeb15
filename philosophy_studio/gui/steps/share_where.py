"""The sharing plan's "Where" cell: a channel picked from a list, or a place of the
team's own typed in it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import SharingChannel
from philosophy_studio.domain.text import fold

CHANNEL_NAMES = {
    SharingChannel.INTERACTIONS: QT_TRANSLATE_NOOP("SharePage", "Customer interactions"),
    SharingChannel.ADVERTISING: QT_TRANSLATE_NOOP("SharePage", "Advertising"),
    SharingChannel.WEBSITE: QT_TRANSLATE_NOOP("SharePage", "Website and platforms"),
    SharingChannel.WORD_OF_MOUTH: QT_TRANSLATE_NOOP("SharePage", "Word of mouth"),
    SharingChannel.OTHER: QT_TRANSLATE_NOOP("SharePage", "Other"),
}


def channel_name(channel: SharingChannel) -> str:
    return QCoreApplication.translate("SharePage", CHANNEL_NAMES[channel])


# The Where cell shows the place's name; the channel and the team's own place are kept
# in these roles.
CHANNEL_ROLE = Qt.ItemDataRole.UserRole
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


def _channel_typed(text: str) -> SharingChannel | None:
    """The channel whose name (in the interface's language) ``text`` is, if any."""
    folded = fold(text.strip())
    return next((channel for channel in SharingChannel if fold(channel_name(channel)) == folded), None)


class WhereDelegate(QStyledItemDelegate):
    """The "Where" column: a list of channels to pick from, or a place of the team's own
    typed in it. A list inside every cell instead (setCellWidget) took Tab into the
    cells at the end of the window's Tab order, past the rest of the page."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for channel in SharingChannel:
            combo.addItem(channel_name(channel), channel.value)
        combo.setAccessibleName(QCoreApplication.translate("SharePage", "Where"))
        # Choosing from the list is the whole edit: store it at once, as the app does
        # everywhere; a typed place is stored on Enter or on leaving the cell.
        combo.activated.connect(lambda _index: self._finish(combo))
        # Keys go to the combo's line edit, where the filter the view puts on the
        # editor never sees them: Enter stores, Tab moves to the next cell and Escape
        # leaves it unchanged, as in any cell.
        combo.lineEdit().returnPressed.connect(lambda: self._finish(combo))
        combo.lineEdit().installEventFilter(self)
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        combo = watched.parent() if isinstance(watched, QLineEdit) else None
        if (
            isinstance(combo, QComboBox)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            hints = {
                Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
                Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
            }
            if event.key() == Qt.Key.Key_Escape:
                combo.setProperty("finished", True)
                self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
            hint = hints.get(Qt.Key(event.key()))
            if hint is not None:
                combo.setProperty("finished", True)
                self.commitData.emit(combo)
                self.closeEditor.emit(combo, hint)
                return True
        return super().eventFilter(watched, event)

    def _finish(self, combo: QComboBox) -> None:
        if combo.property("finished"):
            return  # Enter on a listed name also activates it
        combo.setProperty("finished", True)
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt's name
        if isinstance(editor, QComboBox):
            place = index.data(PLACE_ROLE) or ""
            editor.setCurrentIndex(max(0, editor.findData(index.data(CHANNEL_ROLE))))
            if place:
                editor.setEditText(place)
            # Entering the cell replaces its text when typing starts, as in every cell.
            editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        if not isinstance(editor, QComboBox):
            return
        text = " ".join(editor.currentText().split())
        if not text:
            return  # an emptied cell keeps its place
        channel = _channel_typed(text)
        place = "" if channel is not None else text
        channel = channel or SharingChannel.OTHER
        if (channel.value, place) != (index.data(CHANNEL_ROLE), index.data(PLACE_ROLE) or ""):
            # One change, so the row is stored once with both.
            model.setItemData(
                index,
                {
                    Qt.ItemDataRole.DisplayRole: place or channel_name(channel),
                    CHANNEL_ROLE: channel.value,
                    PLACE_ROLE: place,
                },
            )
