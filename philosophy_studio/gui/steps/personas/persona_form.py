"""The fields of the persona selected on the personas page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import Availability, Channel, CustomerType, Persona
from philosophy_studio.domain.persona_commands import PersonaField, SetPersonaField
from philosophy_studio.gui.steps.personas.persona_card import GrowingLabel
from philosophy_studio.gui.steps.personas.vocabulary import (
    AVAILABILITY,
    CHANNELS,
    SEGMENTS,
    translated,
)
from philosophy_studio.gui.widgets.workshop_line_edit import WorkshopLineEdit
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit


class PersonaForm(QGroupBox):
    """Every edit goes out through ``edited`` as a command on the persona shown, with
    what the form last saw stored as the expected value."""

    edited = Signal(object)  # a SetPersonaField

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persona: Persona | None = None
        self._shown_id: int | None = None
        self._filling = False
        # The workshop's customer types, which the type's drop-down offers.
        self._types: tuple[CustomerType, ...] = ()

        self.fields: dict[PersonaField, QWidget] = {}
        self.labels: dict[PersonaField, QLabel] = {}
        self.name = self._field(PersonaField.NAME, WorkshopLineEdit())
        self.description = self._field(PersonaField.DESCRIPTION, WorkshopLineEdit())
        self.segment = self._field(PersonaField.SEGMENT, QComboBox())
        self.customer_type = self._field(PersonaField.CUSTOMER_TYPE, QComboBox())
        # The chosen type's description, which the team may rewrite below while this
        # shows it: the page keeps the field being typed in still as it grows.
        self.type_explanation = GrowingLabel()
        self.type_explanation.setWordWrap(True)
        self.demographics = self._field(PersonaField.DEMOGRAPHICS, WorkshopTextEdit())
        self.availability = self._field(PersonaField.AVAILABILITY, QComboBox())
        self.custom_hours = self._field(PersonaField.CUSTOM_HOURS, WorkshopLineEdit())
        self.first_response = self._field(PersonaField.FIRST_RESPONSE, WorkshopLineEdit())
        self.tone = self._field(PersonaField.TONE, QSlider(Qt.Orientation.Horizontal))
        self.tone.setRange(0, 100)
        self.tone.setPageStep(10)
        self.formal, self.informal = QLabel(), QLabel()
        self.channels = self._field(PersonaField.CHANNELS, QListWidget())
        self.channels.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.channel_up, self.channel_down = QPushButton(), QPushButton()
        self.needs = self._field(PersonaField.NEEDS, WorkshopTextEdit())
        self.pains = self._field(PersonaField.PAINS, WorkshopTextEdit())
        self.opportunities = self._field(PersonaField.OPPORTUNITIES, WorkshopTextEdit())
        for editor in (self.demographics, self.needs, self.pains, self.opportunities):
            editor.setMaximumHeight(90)
        self.channels.setMaximumHeight(230)

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in (
            PersonaField.NAME,
            PersonaField.DESCRIPTION,
            PersonaField.SEGMENT,
            PersonaField.CUSTOMER_TYPE,
        ):
            form.addRow(self.labels[field], self.fields[field])
        form.addRow("", self.type_explanation)
        form.addRow(self.labels[PersonaField.DEMOGRAPHICS], self.demographics)
        form.addRow(self.labels[PersonaField.AVAILABILITY], self.availability)
        form.addRow(self.labels[PersonaField.CUSTOM_HOURS], self.custom_hours)
        form.addRow(self.labels[PersonaField.FIRST_RESPONSE], self.first_response)
        tone_row = QHBoxLayout()
        tone_row.addWidget(self.formal)
        tone_row.addWidget(self.tone, 1)
        tone_row.addWidget(self.informal)
        form.addRow(self.labels[PersonaField.TONE], tone_row)
        channel_box = QVBoxLayout()
        channel_box.addWidget(self.channels)
        channel_buttons = QHBoxLayout()
        channel_buttons.addWidget(self.channel_up)
        channel_buttons.addWidget(self.channel_down)
        channel_buttons.addStretch(1)
        channel_box.addLayout(channel_buttons)
        form.addRow(self.labels[PersonaField.CHANNELS], channel_box)
        for field in (PersonaField.NEEDS, PersonaField.PAINS, PersonaField.OPPORTUNITIES):
            form.addRow(self.labels[field], self.fields[field])

        self._connect()
        self.retranslate_ui()

    def _field(self, field: PersonaField, widget: QWidget) -> QWidget:
        self.fields[field] = widget
        label = QLabel()
        label.setBuddy(widget)
        self.labels[field] = label
        return widget

    def _connect(self) -> None:
        for field in (
            PersonaField.NAME,
            PersonaField.DESCRIPTION,
            PersonaField.CUSTOM_HOURS,
            PersonaField.FIRST_RESPONSE,
            PersonaField.DEMOGRAPHICS,
        ):
            self.fields[field].edited.connect(
                lambda text, previous, field=field: self._set(field, text, previous)
            )
        for field in (PersonaField.NEEDS, PersonaField.PAINS, PersonaField.OPPORTUNITIES):
            self.fields[field].edited.connect(
                lambda text, previous, field=field: self._set(field, _lines(text), _lines(previous))
            )
        for field, combo in (
            (PersonaField.SEGMENT, self.segment),
            (PersonaField.CUSTOMER_TYPE, self.customer_type),
            (PersonaField.AVAILABILITY, self.availability),
        ):
            combo.currentIndexChanged.connect(
                lambda _index, field=field, combo=combo: self._set(field, combo.currentData())
            )
        self.tone.sliderReleased.connect(lambda: self._set(PersonaField.TONE, self.tone.value()))
        self.tone.valueChanged.connect(
            lambda value: None if self.tone.isSliderDown() else self._set(PersonaField.TONE, value)
        )
        self.channels.itemChanged.connect(lambda _item: self._store_channels())
        self.channels.model().rowsMoved.connect(lambda *_args: self._store_channels())
        self.channel_up.clicked.connect(lambda: self._move_channel(-1))
        self.channel_down.clicked.connect(lambda: self._move_channel(+1))

    # --- showing ----------------------------------------------------------------------

    def show_types(self, types: tuple[CustomerType, ...]) -> None:
        if types != self._types:
            self._types = types
            self._fill_combo(self.customer_type, [(kind.key, kind.name) for kind in types])

    def show_persona(self, persona: Persona | None) -> None:
        self.persona = persona
        if persona is None:
            return
        switching = persona.id != self._shown_id
        self._shown_id = persona.id
        self._filling = True
        texts = {
            self.name: persona.name,
            self.description: persona.description,
            self.custom_hours: persona.custom_hours,
            self.first_response: persona.first_response,
        }
        for widget, text in texts.items():
            if switching:
                widget.setText(text)
                widget.setCursorPosition(0)  # show the beginning of a long line
            widget.show_stored(text)
        for widget, text in (
            (self.demographics, persona.demographics),
            (self.needs, "\n".join(persona.needs)),
            (self.pains, "\n".join(persona.pains)),
            (self.opportunities, "\n".join(persona.opportunities)),
        ):
            if switching:
                widget.replace_with_stored(text)
            else:
                widget.show_stored(text)
        for combo, value in (
            (self.segment, persona.segment.value if persona.segment else None),
            (self.customer_type, persona.customer_type),
            (self.availability, persona.availability.value if persona.availability else None),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        kind = next((kind for kind in self._types if kind.key == persona.customer_type), None)
        self.type_explanation.setText(kind.description if kind is not None else "")
        self.custom_hours.setEnabled(persona.availability is Availability.CUSTOM)
        if not self.tone.isSliderDown():
            self.tone.setValue(persona.tone)
        self._show_channels(persona, switching)
        self._filling = False

    def _show_channels(self, persona: Persona, switching: bool) -> None:
        if not switching and self._ticked_in_rows() == tuple(c.value for c in persona.channels):
            # The list already says this (the user's own tick or move): rows stay where
            # they are, so the next click lands on the channel it aims at.
            return
        # Preferred channels first, in order and ticked; the rest after them.
        self.channels.clear()
        ordered = list(persona.channels) + [c for c in Channel if c not in persona.channels]
        for channel in ordered:
            item = QListWidgetItem(translated(CHANNELS[channel]))
            item.setData(Qt.ItemDataRole.UserRole, channel.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(
                Qt.CheckState.Checked if channel in persona.channels else Qt.CheckState.Unchecked
            )
            self.channels.addItem(item)

    # --- editing ----------------------------------------------------------------------

    def commit(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (WorkshopLineEdit, WorkshopTextEdit)):
                widget.commit()

    def _set(self, field: PersonaField, value: object, previous: object = None) -> None:
        persona = self.persona
        if self._filling or persona is None:
            return
        if field in (PersonaField.NAME,) and not str(value).strip():
            return  # keep typing; an empty name is not stored
        expected = previous if previous is not None else getattr(persona, field.value)
        if isinstance(expected, tuple) and field is PersonaField.CHANNELS:
            expected = tuple(channel.value for channel in expected)
        self.edited.emit(SetPersonaField(persona.id, field, value, expected=expected))

    def _ticked_in_rows(self) -> tuple[str, ...]:
        return tuple(
            self.channels.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.channels.count())
            if self.channels.item(row).checkState() == Qt.CheckState.Checked
        )

    def _store_channels(self) -> None:
        if self._filling:
            return
        chosen = self._ticked_in_rows()
        persona = self.persona
        if persona is not None and chosen != tuple(channel.value for channel in persona.channels):
            self._set(PersonaField.CHANNELS, chosen)

    def _move_channel(self, delta: int) -> None:
        row = self.channels.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.channels.count():
            return
        item = self.channels.takeItem(row)
        self.channels.insertItem(target, item)
        self.channels.setCurrentRow(target)
        self._store_channels()

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Selected persona"))
        names = {
            PersonaField.NAME: self.tr("&Name:"),
            PersonaField.DESCRIPTION: self.tr("In one line:"),
            PersonaField.SEGMENT: self.tr("&Segment:"),
            PersonaField.CUSTOMER_TYPE: self.tr("Customer &type:"),
            PersonaField.DEMOGRAPHICS: self.tr("Age, generation, context:"),
            PersonaField.AVAILABILITY: self.tr("Expects support:"),
            PersonaField.CUSTOM_HOURS: self.tr("Which hours:"),
            PersonaField.FIRST_RESPONSE: self.tr("First answer expected within:"),
            PersonaField.TONE: self.tr("Tone:"),
            PersonaField.CHANNELS: self.tr("&Channels, most preferred first:"),
            PersonaField.NEEDS: self.tr("Needs:"),
            PersonaField.PAINS: self.tr("Pains:"),
            PersonaField.OPPORTUNITIES: self.tr("Opportunities for us:"),
        }
        for field, text in names.items():
            self.labels[field].setText(text)
            self.fields[field].setAccessibleName(text.replace("&", "").rstrip(":"))
        for editor in (self.needs, self.pains):
            editor.setPlaceholderText(self.tr("One per line"))
        self.opportunities.setPlaceholderText(
            self.tr(
                "One per line, e.g. 24/7 phone line, fast shipping, trained experts, support on every channel"
            )
        )
        self.first_response.setPlaceholderText(self.tr("e.g. one hour"))
        self.formal.setText(self.tr("Formal"))
        self.informal.setText(self.tr("Informal"))
        self._fill_combo(self.segment, [(s.value, translated(t)) for s, t in SEGMENTS.items()])
        self._fill_combo(self.customer_type, [(kind.key, kind.name) for kind in self._types])
        self._fill_combo(self.availability, [(a.value, translated(t)) for a, t in AVAILABILITY.items()])
        self.channel_up.setText(self.tr("Prefer more"))
        self.channel_down.setText(self.tr("Prefer less"))
        if self.persona is not None:
            # Shown afresh, as when it is picked: the combos and channels in the new language.
            self._shown_id = None
            self.show_persona(self.persona)

    def _fill_combo(self, combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        self._filling = True
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Not chosen yet"), None)
        for value, text in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self._filling = False


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())
