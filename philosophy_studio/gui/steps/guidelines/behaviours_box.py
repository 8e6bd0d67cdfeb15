"""A value's do's and don'ts, side by side, each edited in place in its list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.guideline_commands import AddBehaviour, DeleteBehaviour, UpdateBehaviour
from philosophy_studio.domain.model import Behaviour, BehaviourKind, ValueCard
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog, offer_choice
from philosophy_studio.gui.models.seen_records import SeenRecords
from philosophy_studio.gui.models.workshop_session import WorkshopSession

# On a new item whose storing failed: the AddBehaviour that Retry will send.
_UNSAVED_ADD_ROLE = Qt.ItemDataRole.UserRole + 1


class BehavioursBox(QWidget):
    """Edits the behaviours of the card it shows; a text edited meanwhile by someone
    else offers the choice between the two versions."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._card: ValueCard | None = None
        self._filling = False
        # What this box last saw stored of each behaviour it edits in place.
        self._seen: SeenRecords[str] = SeenRecords(session)
        self.conflict: ConflictDialog | None = None

        self.lists: dict[BehaviourKind, QListWidget] = {}
        self.groups: dict[BehaviourKind, QGroupBox] = {}
        self.add: dict[BehaviourKind, QPushButton] = {}
        self.remove: dict[BehaviourKind, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for kind in BehaviourKind:
            group = QGroupBox()
            listing = QListWidget()
            listing.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            )
            add, remove = QPushButton(), QPushButton()
            buttons = QHBoxLayout()
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            group_layout = QVBoxLayout(group)
            group_layout.addWidget(listing)
            group_layout.addLayout(buttons)
            row.addWidget(group)
            listing.itemChanged.connect(self._on_edited)
            listing.itemDelegate().closeEditor.connect(
                lambda _editor, _hint, kind=kind: self._drop_unwritten(kind)
            )
            add.clicked.connect(lambda _checked=False, kind=kind: self._add(kind))
            remove.clicked.connect(lambda _checked=False, kind=kind: self._remove(kind))
            self.lists[kind], self.groups[kind] = listing, group
            self.add[kind], self.remove[kind] = add, remove

        session.on_conflict((UpdateBehaviour,), self._on_conflict)
        session.unsaved_changed.connect(self._on_unsaved_changed)
        self.retranslate_ui()

    def refreshed(self) -> None:
        """A new snapshot of the workshop arrived."""
        self._seen.refreshed()

    def show_card(self, card: ValueCard) -> None:
        same_card = self._card is not None and self._card.id == card.id
        self._card = card
        # Edits that failed to store stay on screen until Retry stores them.
        unsaved = {command.behaviour_id: command.text for command in self.session.unsaved(UpdateBehaviour)}
        self._filling = True
        for kind, listing in self.lists.items():
            if not same_card:
                listing.clear()
            # A new item with text was sent to be stored and comes back stored, or
            # comes back below as one that waits for Retry.
            for row in reversed(range(listing.count())):
                item = listing.item(row)
                if item.data(Qt.ItemDataRole.UserRole) is None and item.text().strip():
                    listing.takeItem(row)
            # The stored items are updated in place, and a new item being typed (last)
            # stays: removing rows would close its editor, and the snapshot that
            # follows an answer stored on the way to "Add" must not take it away.
            rows = range(listing.count())
            shown = sum(1 for row in rows if listing.item(row).data(Qt.ItemDataRole.UserRole) is not None)
            stored = [behaviour for behaviour in card.behaviours if behaviour.kind is kind]
            for row in reversed(range(len(stored), shown)):
                listing.takeItem(row)
            for row in range(shown, len(stored)):
                item = QListWidgetItem()
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                listing.insertItem(row, item)
            for row, behaviour in enumerate(stored):
                item = listing.item(row)
                item.setText(unsaved.get(behaviour.id, behaviour.text))
                item.setData(Qt.ItemDataRole.UserRole, behaviour.id)
            for row, waiting in enumerate(self._unsaved_adds(kind), start=len(stored)):
                item = QListWidgetItem(waiting.behaviour.text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setData(_UNSAVED_ADD_ROLE, waiting)
                listing.insertItem(row, item)
        self._filling = False

    def _unsaved_adds(self, kind: BehaviourKind) -> list[AddBehaviour]:
        """The card's new behaviours of ``kind`` whose storing failed, for Retry."""
        card = self._card
        return [
            command
            for command in self.session.unsaved(AddBehaviour)
            if card is not None and command.card_id == card.id and command.behaviour.kind is kind
        ]

    def _on_unsaved_changed(self) -> None:
        if self._card is not None and self.session.unsaved(AddBehaviour):
            self.show_card(self._card)

    # --- editing ----------------------------------------------------------------------

    def _add(self, kind: BehaviourKind) -> None:
        """An empty item to type in, stored only once something is written: a stand-in
        text left unreplaced would be printed on the charter."""
        if self._card is None:
            return
        listing = self.lists[kind]
        if any(self._is_new(listing.item(row)) for row in range(listing.count())):
            return  # one empty item to type in is open already (or its text is on its way)
        item = QListWidgetItem()
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._filling = True
        listing.addItem(item)
        self._filling = False
        listing.setCurrentItem(item)
        # The editor takes the focus as it opens.
        listing.editItem(item)

    @staticmethod
    def _is_new(item: QListWidgetItem) -> bool:
        """Typed in after Add and not stored yet (nor waiting for Retry)."""
        return item.data(Qt.ItemDataRole.UserRole) is None and item.data(_UNSAVED_ADD_ROLE) is None

    def _drop_unwritten(self, kind: BehaviourKind) -> None:
        listing = self.lists[kind]
        for row in reversed(range(listing.count())):
            item = listing.item(row)
            if self._is_new(item) and not item.text().strip():
                listing.takeItem(row)

    def _on_edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        behaviour_id = item.data(Qt.ItemDataRole.UserRole)
        card = self._card
        waiting = item.data(_UNSAVED_ADD_ROLE)
        if waiting is not None:
            self._edit_unsaved_add(item, waiting)
            return
        if behaviour_id is None:
            if card is not None and item.text().strip():
                kind = next(kind for kind, listing in self.lists.items() if listing is item.listWidget())
                behaviour = Behaviour(id=0, kind=kind, text=item.text())
                # At the end: new ones whose storing failed are stored before it on Retry.
                after = len(card.behaviours) + sum(
                    command.card_id == card.id for command in self.session.unsaved(AddBehaviour)
                )
                self.session.execute(AddBehaviour(card.id, behaviour, after))
            return
        shown = next((b.text for b in card.behaviours if b.id == behaviour_id), "") if card else ""
        if item.text().strip():
            self._update(behaviour_id, item.text(), self._seen.expected(behaviour_id, shown))
        else:
            self.session.execute(DeleteBehaviour(behaviour_id))

    def _edit_unsaved_add(self, item: QListWidgetItem, waiting: AddBehaviour) -> None:
        """Typing in a new behaviour that waits for Retry changes what Retry stores;
        emptied, it is not stored at all."""
        if item.text().strip():
            behaviour = Behaviour(id=0, kind=waiting.behaviour.kind, text=item.text())
            instead = AddBehaviour(waiting.card_id, behaviour, waiting.position)
            self.session.replace_unsaved(waiting, instead)
            self._filling = True
            item.setData(_UNSAVED_ADD_ROLE, instead)
            self._filling = False
        else:
            # Now an empty new item, which goes when its editor closes.
            self.session.replace_unsaved(waiting, None)
            self._filling = True
            item.setData(_UNSAVED_ADD_ROLE, None)
            self._filling = False

    def _update(self, behaviour_id: int, text: str, expected: str) -> None:
        self._seen.sent(behaviour_id, text)
        self.session.execute(UpdateBehaviour(behaviour_id, text, expected=expected))

    def _remove(self, kind: BehaviourKind) -> None:
        listing = self.lists[kind]
        item = listing.currentItem()
        if item is None:
            return
        if item.data(_UNSAVED_ADD_ROLE) is not None:
            self.session.replace_unsaved(item.data(_UNSAVED_ADD_ROLE), None)
            listing.takeItem(listing.row(item))
        elif item.data(Qt.ItemDataRole.UserRole) is None:
            listing.takeItem(listing.row(item))  # never stored
        else:
            self.session.execute(DeleteBehaviour(item.data(Qt.ItemDataRole.UserRole)))

    def _on_conflict(self, error: EditConflictError) -> None:
        command = error.command
        if not isinstance(command, UpdateBehaviour):
            return
        behaviour_id, theirs, mine = command.behaviour_id, str(error.theirs), command.text
        self._seen.sent(behaviour_id, theirs)
        self.conflict = offer_choice(
            self,
            theirs,
            mine,
            session=self.session,
            reread=Aspect.GUIDELINES,
            keep_mine=lambda: self._update(behaviour_id, mine, theirs),
        )

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        titles = {BehaviourKind.DO: self.tr("Do"), BehaviourKind.DONT: self.tr("Don't")}
        for kind in BehaviourKind:
            self.groups[kind].setTitle(titles[kind])
            self.lists[kind].setAccessibleName(titles[kind])
            # Named by the visible label first (voice control), then the list it acts on.
            self.add[kind].setText(self.tr("Add"))
            self.add[kind].setAccessibleName(self.tr("Add: %1").replace("%1", titles[kind]))
            self.add[kind].setAccessibleDescription(
                self.tr("Add a behaviour: %1").replace("%1", titles[kind])
            )
            self.remove[kind].setText(self.tr("Remove"))
            self.remove[kind].setAccessibleName(self.tr("Remove: %1").replace("%1", titles[kind]))
            self.remove[kind].setAccessibleDescription(
                self.tr("Remove the selected behaviour: %1").replace("%1", titles[kind])
            )
