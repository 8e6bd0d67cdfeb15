"""The values board: the brainstorm's cards, grouped by cluster (affinity mapping),
with their colours. Dragging a card between others moves it (into that group);
dropping it onto a card asks to merge them. The board never changes itself: it reports
what the user asked for and shows the next snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QDropEvent, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from philosophy_studio.domain.model import ValueCard
from philosophy_studio.domain.rules.values import clustered
from philosophy_studio.gui.plain_text import plain_tooltip

CARD_ID = Qt.ItemDataRole.UserRole
CARD_NAME = Qt.ItemDataRole.UserRole + 1
CLUSTER = Qt.ItemDataRole.UserRole + 2
HIDDEN_TEXT = "• • •"
# The middle half of a card is "onto it" (merge); its top and bottom quarters are
# "between cards" (move).
ONTO_MARGIN = 0.25


@dataclass(frozen=True)
class BoardEntry:
    card: ValueCard
    text: str
    tooltip: str = ""
    merged: bool = False  # shown greyed, not checkable, not a merge target
    chosen: bool = False


def group_title(cluster: str) -> str:
    """A group's heading: its name, or what the cards of no group stand under."""
    return cluster or QCoreApplication.translate("ValueBoard", "Not grouped yet")


def _swatch(colour: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # A dark rim keeps yellow visible on white and blue visible on black.
    painter.setPen(QColor(0, 0, 0, 160))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
    painter.end()
    return QIcon(pixmap)


class _NameDelegate(QStyledItemDelegate):
    """Editing a card in place edits its name only (the item shows dots and more);
    the result goes to the workshop, not into the item."""

    def __init__(self, board: ValueBoard) -> None:
        super().__init__(board)
        self._board = board

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(CARD_NAME) or ""))
            editor.selectAll()

    def setModelData(  # noqa: N802 - Qt's name
        self, editor: QWidget, _model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card_id = index.data(CARD_ID)
        if isinstance(editor, QLineEdit) and card_id is not None:
            text = editor.text().strip()
            if text and text != index.data(CARD_NAME):
                self._board.renamed.emit(int(card_id), text)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> None:
        editor.setGeometry(option.rect)  # type: ignore[attr-defined]


class ValueBoard(QListWidget):
    # (card id, position among the other cards, new cluster or None to keep it)
    move_requested = Signal(int, int, object)
    # (card id, id of the card it should be merged into)
    merge_requested = Signal(int, int)
    renamed = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueBoard")
        self.setSpacing(3)
        # Long names wrap instead of pushing the dots out of sight behind a scroll bar.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setItemDelegate(_NameDelegate(self))
        self._cards: list[ValueCard] = []  # in position order
        self._hidden = False

    # --- showing ----------------------------------------------------------------------

    def show_entries(self, entries: list[BoardEntry], *, hidden: bool, current_id: int | None) -> None:
        """Show the cards. Clusters appear as headed groups, in the order of their first
        card; cards of no cluster come last, under their own header. ``hidden`` shows
        placeholders only, in one flat list, so not even the groups give texts away."""
        self.blockSignals(True)
        self._hidden = hidden
        self._cards = [entry.card for entry in entries]
        self.clear()
        self.setDragEnabled(not hidden)
        disabled = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        icon_size = max(12, self.fontMetrics().height() - 4)
        for cluster, group in self._groups(entries, hidden):
            if cluster is not None:
                self.addItem(self._header(cluster))
            for entry in group:
                item = QListWidgetItem(HIDDEN_TEXT if hidden else entry.text)
                item.setData(CARD_ID, entry.card.id)
                item.setData(CARD_NAME, entry.card.name)
                item.setData(CLUSTER, entry.card.cluster)
                flags = (
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsDropEnabled
                )
                if not hidden:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    item.setToolTip(plain_tooltip(entry.tooltip))
                    if entry.card.colour:
                        item.setIcon(_swatch(entry.card.colour, icon_size))
                if entry.merged:
                    item.setForeground(disabled)
                else:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                if not entry.merged:
                    item.setCheckState(Qt.CheckState.Checked if entry.chosen else Qt.CheckState.Unchecked)
                self.addItem(item)
        row = self.row_of(current_id) if current_id is not None else None
        if row is not None:
            self.setCurrentRow(row)
        self.blockSignals(False)

    @staticmethod
    def _groups(entries: list[BoardEntry], hidden: bool) -> list[tuple[str | None, list[BoardEntry]]]:
        if hidden:
            return [(None, entries)]
        return clustered(entries, lambda entry: entry.card.cluster)

    def _header(self, cluster: str) -> QListWidgetItem:
        item = QListWidgetItem(group_title(cluster))
        item.setData(CLUSTER, cluster)
        # Enabled for drops only: a card dropped on a header joins that group.
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        font = item.font()
        font.setBold(True)
        font.setItalic(not cluster)
        item.setFont(font)
        return item

    # --- reading ----------------------------------------------------------------------

    def card_id_at(self, row: int) -> int | None:
        item = self.item(row)
        value = item.data(CARD_ID) if item is not None else None
        return int(value) if value is not None else None

    def row_of(self, card_id: int | None) -> int | None:
        for row in range(self.count()):
            if self.card_id_at(row) == card_id and card_id is not None:
                return row
        return None

    def card_rows(self) -> list[int]:
        return [row for row in range(self.count()) if self.card_id_at(row) is not None]

    def current_card_id(self) -> int | None:
        return self.card_id_at(self.currentRow())

    def selected_card_ids(self) -> list[int]:
        """The selected cards, top to bottom."""
        rows = sorted(self.row(item) for item in self.selectedItems())
        return [card_id for row in rows if (card_id := self.card_id_at(row)) is not None]

    # --- moving and merging -----------------------------------------------------------

    def place(self, card_id: int, row: int) -> None:
        """Ask to put ``card_id`` where a drop between rows ``row - 1`` and ``row`` of
        the board would: after the card above (or before the card below) in the same
        group, joining that group."""
        moving = next((card for card in self._cards if card.id == card_id), None)
        if moving is None or self._hidden:
            return
        row = max(0, min(row, self.count()))
        cluster = self._cluster_at(row)
        others = [card for card in self._cards if card.id != card_id]
        above = self._neighbour(row - 1, -1, card_id)
        below = self._neighbour(row, +1, card_id)
        ids = [card.id for card in others]
        if above is not None:
            position = ids.index(above) + 1
        elif below is not None:
            position = ids.index(below)
        else:
            return  # alone in its group
        new_cluster = cluster if cluster is not None and cluster != moving.cluster else None
        if position == self._cards.index(moving) and new_cluster is None:
            return
        self.move_requested.emit(card_id, position, new_cluster)

    def _cluster_at(self, row: int) -> str | None:
        """The group a card put before ``row`` would join (None: the board has no
        groups)."""
        if not any(card.cluster for card in self._cards) or self._hidden:
            return None
        above = self.item(row - 1) if row > 0 else None
        if above is None:
            first = self.item(0)
            return str(first.data(CLUSTER)) if first is not None else ""
        return str(above.data(CLUSTER) or "")

    def _neighbour(self, row: int, step: int, skip: int) -> int | None:
        """The nearest card from ``row`` in direction ``step`` within one group."""
        while 0 <= row < self.count():
            card_id = self.card_id_at(row)
            if card_id is None:
                return None  # a header: the group ends here
            if card_id != skip:
                return card_id
            row += step
        return None

    def drop_at(self, card_id: int, point: QPoint) -> None:
        """A card dropped at ``point`` (viewport coordinates): onto another card asks
        to merge, anywhere else moves it."""
        item = self.itemAt(point)
        if item is None:
            self.place(card_id, self.count())
            return
        row = self.row(item)
        rect = self.visualItemRect(item)
        fraction = (point.y() - rect.top()) / max(1, rect.height())
        target = self.card_id_at(row)
        if target is not None and target != card_id and ONTO_MARGIN <= fraction <= 1 - ONTO_MARGIN:
            self.merge_requested.emit(card_id, target)
        elif target is None:
            self.place(card_id, row + 1)  # onto a header: first in that group
        else:
            self.place(card_id, row if fraction < 0.5 else row + 1)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        card_id = self.current_card_id()
        # The board shows the next snapshot; Qt must not move or remove items itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if event.source() is self and card_id is not None:
            self.drop_at(card_id, event.position().toPoint())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Ctrl+Up/Down: what a drag does, from the keyboard (across group borders too).
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: +1}.get(Qt.Key(event.key()))
        card_id = self.current_card_id()
        if step and event.modifiers() & Qt.KeyboardModifier.ControlModifier and card_id is not None:
            self.nudge(card_id, step)
            event.accept()
            return
        super().keyPressEvent(event)

    def nudge(self, card_id: int, step: int) -> None:
        """Move a card one place up (-1) or down (+1) as the board shows it."""
        row = self.row_of(card_id)
        if row is None:
            return
        self.place(card_id, row - 1 if step < 0 else row + 2)
