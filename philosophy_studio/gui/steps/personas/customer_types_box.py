"""The workshop's own customer types: the list each persona's type is chosen from."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.customer_types import (
    SECTOR_TITLES,
    Sector,
    check_customer_types,
    check_types_in_use,
    new_type_key,
    personas_of_type,
    with_sector_set,
)
from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.model import CustomerType, Persona, Workshop
from philosophy_studio.domain.persona_commands import SetCustomerTypes
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.steps.personas.remove_type_dialog import RemoveTypeDialog
from philosophy_studio.gui.widgets.workshop_line_edit import WorkshopLineEdit

_KEY = Qt.ItemDataRole.UserRole


class CustomerTypesBox(QGroupBox):
    """Adds, renames (in place, F2 or a double click), describes, reorders and removes
    the types, or starts from a sector's set. Each change goes out through ``edited``
    as the whole new list, expecting the list this box last sent or saw stored. What
    storing would refuse (an empty or repeated name) is said here and not sent; removing
    a type a persona has first asks what its personas get instead."""

    edited = Signal(object)  # a SetCustomerTypes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop: Workshop | None = None
        # What the next edit builds on: the stored list, or the one last sent.
        self._types: tuple[CustomerType, ...] = ()
        self._filling = False
        # A row added for typing a new type's name, not stored until it has one.
        self._new_row: QListWidgetItem | None = None
        # The type whose description the field below shows (typing goes to it, even
        # when it is committed as another row is picked).
        self._described_key: str | None = None
        self.remove_dialog: RemoveTypeDialog | None = None

        self.list = QListWidget()
        self.list.setObjectName("customerTypeList")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        # A fixed height: the form below never moves as types come and go.
        self.list.setFixedHeight(150)
        self.description_label = QLabel()
        self.description = WorkshopLineEdit()
        self.description_label.setBuddy(self.description)
        self.add, self.remove = QPushButton(), QPushButton()
        self.up, self.down = QPushButton(), QPushButton()
        self.from_sector = QPushButton()
        self.sector_menu = QMenu(self)
        self.from_sector.setMenu(self.sector_menu)
        self.sector_menu.aboutToShow.connect(self._fill_sectors)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("customerTypeMessage")

        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # On a line of its own: the form beside the persona list is narrow at 1280 px.
        sector_row = QHBoxLayout()
        sector_row.addWidget(self.from_sector)
        sector_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(sector_row)
        layout.addWidget(self.description_label)
        layout.addWidget(self.description)
        layout.addWidget(self.message)

        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list.itemChanged.connect(self._on_renamed)
        self.list.itemDelegate().closeEditor.connect(self._on_editor_closed)
        self.description.edited.connect(self._on_described)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.retranslate_ui()

    # --- showing ----------------------------------------------------------------------

    def show_workshop(self, workshop: Workshop) -> None:
        self.workshop = workshop
        self._types = workshop.customer_types
        if self.list.state() == QAbstractItemView.State.EditingState:
            return  # the name being typed stays; the list is shown again once it is stored
        shown = [self.list.item(row).data(_KEY) for row in range(self.list.count())]
        names = [self.list.item(row).text() for row in range(self.list.count())]
        if shown != [kind.key for kind in self._types] or names != [kind.name for kind in self._types]:
            current = self._current_key()
            self._filling = True
            self.list.clear()
            self._new_row = None
            for kind in self._types:
                item = QListWidgetItem(kind.name)
                item.setData(_KEY, kind.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
            keys = [kind.key for kind in self._types]
            self.list.setCurrentRow(keys.index(current) if current in keys else (0 if keys else -1))
            self._filling = False
        self._show_description()

    def _current_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(_KEY)

    def _current(self) -> CustomerType | None:
        key = self._current_key()
        return next((kind for kind in self._types if kind.key == key), None)

    def _show_description(self) -> None:
        kind = self._current()
        switching = self._described_key != (kind.key if kind is not None else None)
        self._described_key = kind.key if kind is not None else None
        self.description.setEnabled(kind is not None)
        self.remove.setEnabled(kind is not None)
        row = self.list.currentRow()
        self.up.setEnabled(kind is not None and row > 0)
        self.down.setEnabled(kind is not None and row < len(self._types) - 1)
        self.description.show_stored(kind.description if kind is not None else "")
        if switching:
            self.description.setCursorPosition(0)  # a long description shows its beginning

    def _on_row_changed(self, _row: int) -> None:
        if self._filling:
            return
        self.description.commit()
        kind = self._current()
        self.description.replace_with_stored(kind.description if kind is not None else "")
        self._show_description()

    # --- editing ----------------------------------------------------------------------

    def _send(self, types: tuple[CustomerType, ...], retype: tuple[tuple[int, str | None], ...] = ()) -> bool:
        """Send ``types`` as the new list, with the types ``retype`` gives personas, if
        storing would take it; else say why."""
        workshop = self.workshop
        if workshop is None:
            return False
        given = dict(retype)
        personas = [
            dataclasses.replace(p, customer_type=given.get(p.id, p.customer_type)) for p in workshop.personas
        ]
        try:
            checked = check_customer_types(types, workshop.info.language)
            check_types_in_use(checked, self._types, personas)
        except InvalidValueError as error:
            self.message.setText(error_message(error) or "")
            return False
        self.message.clear()
        if checked != self._types:
            self.edited.emit(SetCustomerTypes(checked, expected=self._types, retype=retype))
            self._types = checked
        return True

    def _add(self) -> None:
        if self._new_row is not None:
            self.list.editItem(self._new_row)
            return
        self._new_row = item = QListWidgetItem("")
        item.setData(_KEY, new_type_key(self._types))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._filling = True
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self._filling = False
        self.list.editItem(item)

    def _on_editor_closed(self, _editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint) -> None:
        # An added row left without a name is not a type: it goes, as if never added.
        item = self._new_row
        if item is not None and not item.text().strip():
            self._new_row = None
            self._filling = True
            self.list.takeItem(self.list.row(item))
            self._filling = False
            self._show_description()

    def _on_renamed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        key, name = item.data(_KEY), item.text()
        if item is self._new_row:
            if not name.strip():
                return
            self._new_row = None
            types = (*self._types, CustomerType(key, name))
        else:
            types = tuple(dataclasses.replace(k, name=name) if k.key == key else k for k in self._types)
        if not self._send(types):
            self._filling = True
            old = next((kind.name for kind in self._types if kind.key == key), None)
            if old is None:
                self.list.takeItem(self.list.row(item))
            else:
                item.setText(old)
            self._filling = False
        self._show_description()

    def _on_described(self, text: str, _previous: str) -> None:
        key = self._described_key
        if any(kind.key == key for kind in self._types):
            self._send(
                tuple(dataclasses.replace(k, description=text) if k.key == key else k for k in self._types)
            )

    def _remove(self) -> None:
        kind, workshop = self._current(), self.workshop
        if kind is None or workshop is None:
            return
        others = tuple(k for k in self._types if k.key != kind.key)
        users = personas_of_type(workshop.personas, kind.key)
        if not users:
            self._send(others)
            return
        self.remove_dialog = dialog = RemoveTypeDialog(kind, users, others, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._remove_with(kind.key, dialog.replacement()))
        dialog.finished.connect(self._on_remove_dialog_finished)
        dialog.open()

    def _remove_with(self, key: str, replacement: str | None) -> None:
        """Remove type ``key``, its personas given ``replacement`` in the same undo step:
        those that have it now, which on a team database may have changed meanwhile."""
        workshop = self.workshop
        if workshop is None:
            return
        users = personas_of_type(workshop.personas, key)
        self._send(
            tuple(k for k in self._types if k.key != key),
            tuple((persona.id, replacement) for persona in users),
        )

    def _on_remove_dialog_finished(self, _result: int) -> None:
        self.remove_dialog = None

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if 0 <= row < len(self._types) and 0 <= target < len(self._types):
            types = list(self._types)
            types.insert(target, types.pop(row))
            self._send(tuple(types))

    def _fill_sectors(self) -> None:
        self.sector_menu.clear()
        for sector in Sector:
            title = QCoreApplication.translate("PersonasPage", SECTOR_TITLES[sector])
            action = self.sector_menu.addAction(title)
            action.triggered.connect(lambda _checked=False, sector=sector: self.use_sector(sector))

    def use_sector(self, sector: Sector) -> None:
        """The sector's set in the workshop's language, keeping the types personas have."""
        workshop = self.workshop
        if workshop is not None:
            personas: tuple[Persona, ...] = workshop.personas
            self._send(with_sector_set(self._types, personas, sector, workshop.info.language))

    def commit(self) -> None:
        self.description.commit()

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Customer types"))
        self.list.setAccessibleName(self.tr("Customer types"))
        self.list.setAccessibleDescription(
            self.tr("The types a persona can have. Double-click or press F2 to rename one.")
        )
        self.description_label.setText(self.tr("What sets this type &apart:"))
        self.description.setAccessibleName(self.tr("What sets this type apart"))
        self.description.setPlaceholderText(self.tr("e.g. comes back often and expects to be remembered"))
        self.add.setText(self.tr("Add a type"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleDescription(self.tr("Remove the selected customer type"))
        self.up.setText(self.tr("Up"))
        self.up.setAccessibleDescription(self.tr("Move the customer type up"))
        self.down.setText(self.tr("Down"))
        self.down.setAccessibleDescription(self.tr("Move the customer type down"))
        self.from_sector.setText(self.tr("Use a sector's types"))
        self.from_sector.setAccessibleDescription(
            self.tr("Replace the list with a sector's types; types a persona has stay")
        )
