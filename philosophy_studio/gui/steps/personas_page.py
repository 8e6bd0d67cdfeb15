"""Step 1: who the team serves, what they expect from support, and the team's approach."""

from __future__ import annotations

import dataclasses
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import (
    Approach,
    Availability,
    Channel,
    CustomerType,
    Persona,
    Segment,
    Workshop,
)
from philosophy_studio.domain.persona_commands import (
    AddPersona,
    DeletePersona,
    MovePersona,
    PersonaField,
    SetPersonaField,
)
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.workshop_line_edit import WorkshopLineEdit
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

SEGMENTS = {
    Segment.B2C: QT_TRANSLATE_NOOP("PersonasPage", "Consumers (B2C)"),
    Segment.B2B: QT_TRANSLATE_NOOP("PersonasPage", "Businesses (B2B)"),
    Segment.EDUCATION: QT_TRANSLATE_NOOP("PersonasPage", "Education"),
    Segment.PUBLIC: QT_TRANSLATE_NOOP("PersonasPage", "Public sector"),
    Segment.OTHER: QT_TRANSLATE_NOOP("PersonasPage", "Other"),
}
CUSTOMER_TYPES = {
    CustomerType.PROSPECT: (
        QT_TRANSLATE_NOOP("PersonasPage", "Prospect"),
        QT_TRANSLATE_NOOP("PersonasPage", "Still comparing; wants quick, honest answers before deciding."),
    ),
    CustomerType.NEW: (
        QT_TRANSLATE_NOOP("PersonasPage", "New customer"),
        QT_TRANSLATE_NOOP(
            "PersonasPage", "Just bought; needs help getting started and reassurance it was right."
        ),
    ),
    CustomerType.IMPULSE: (
        QT_TRANSLATE_NOOP("PersonasPage", "Impulse buyer"),
        QT_TRANSLATE_NOOP(
            "PersonasPage", "Decides fast; easy to win with speed, easy to lose with friction."
        ),
    ),
    CustomerType.DISCOUNT: (
        QT_TRANSLATE_NOOP("PersonasPage", "Discount seeker"),
        QT_TRANSLATE_NOOP("PersonasPage", "Comes for the price; clear terms and fairness keep them."),
    ),
    CustomerType.LOYAL: (
        QT_TRANSLATE_NOOP("PersonasPage", "Loyal customer"),
        QT_TRANSLATE_NOOP(
            "PersonasPage", "Comes back and recommends you; expects to be known and remembered."
        ),
    ),
}
AVAILABILITY = {
    Availability.ALWAYS: QT_TRANSLATE_NOOP("PersonasPage", "Around the clock (24/7)"),
    Availability.BUSINESS_HOURS: QT_TRANSLATE_NOOP("PersonasPage", "Business hours"),
    Availability.CUSTOM: QT_TRANSLATE_NOOP("PersonasPage", "Other hours"),
}
CHANNELS = {
    Channel.PHONE: QT_TRANSLATE_NOOP("PersonasPage", "Phone"),
    Channel.LIVE_CHAT: QT_TRANSLATE_NOOP("PersonasPage", "Live chat"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("PersonasPage", "E-mail"),
    Channel.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("PersonasPage", "Social media"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("PersonasPage", "Video call"),
    Channel.SELF_SERVICE: QT_TRANSLATE_NOOP("PersonasPage", "Self-service (FAQ, knowledge base)"),
    Channel.SMS: QT_TRANSLATE_NOOP("PersonasPage", "SMS"),
    Channel.LETTER: QT_TRANSLATE_NOOP("PersonasPage", "Letter"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("PersonasPage", "In person"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonasPage", text)


class PersonasPage(StepPage):
    step = Step.PERSONAS

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._personas: list[Persona] = []
        self._persona_id: int | None = None
        self._shown_id: int | None = None
        # After an add, the next refresh selects the new persona (the last one).
        self._select_new = False
        self._filling = False

        # The list of personas
        self.list = QListWidget()
        self.list.setObjectName("personaList")
        scale_font(self.list, SUBHEADING)
        self.add, self.duplicate, self.delete = QPushButton(), QPushButton(), QPushButton()
        self.from_template = QPushButton()
        self.template_menu = QMenu(self)
        self.from_template.setMenu(self.template_menu)
        self.template_menu.aboutToShow.connect(self._fill_templates)
        self.up, self.down = QPushButton(), QPushButton()
        list_buttons = QHBoxLayout()
        for button in (self.add, self.duplicate, self.delete):
            list_buttons.addWidget(button)
        move_buttons = QHBoxLayout()
        move_buttons.addWidget(self.up)
        move_buttons.addWidget(self.down)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(list_buttons)
        left_layout.addWidget(self.from_template)
        left_layout.addLayout(move_buttons)

        # The form of the selected persona
        self.fields: dict[PersonaField, QWidget] = {}
        self.labels: dict[PersonaField, QLabel] = {}
        self.name = self._field(PersonaField.NAME, WorkshopLineEdit())
        self.description = self._field(PersonaField.DESCRIPTION, WorkshopLineEdit())
        self.segment = self._field(PersonaField.SEGMENT, QComboBox())
        self.customer_type = self._field(PersonaField.CUSTOMER_TYPE, QComboBox())
        self.type_explanation = QLabel()
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

        self.form_group = QGroupBox()
        form = QFormLayout(self.form_group)
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

        # The team's approach, for all personas
        self.approach_group = QGroupBox()
        self.approach_intro = QLabel()
        self.approach_intro.setWordWrap(True)
        self.approach_buttons = QButtonGroup(self)
        self.problem_focused, self.customer_centred = QRadioButton(), QRadioButton()
        for button, approach in (
            (self.problem_focused, Approach.PROBLEM_FOCUSED),
            (self.customer_centred, Approach.CUSTOMER_CENTRED),
        ):
            self.approach_buttons.addButton(button)
            button.toggled.connect(lambda checked, approach=approach: self._on_approach(approach, checked))
        self.approach_notes = WorkshopTextEdit()
        self.approach_notes.setMaximumHeight(80)
        approach_layout = QVBoxLayout(self.approach_group)
        approach_layout.addWidget(self.approach_intro)
        approach_layout.addWidget(self.problem_focused)
        approach_layout.addWidget(self.customer_centred)
        approach_layout.addWidget(self.approach_notes)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        # The persona at a glance, in large type, for the room and the projector.
        self.card = QLabel()
        self.card.setObjectName("personaCard")
        self.card.setWordWrap(True)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setMargin(12)
        scale_font(self.card, SUBHEADING)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.empty)
        form_layout.addWidget(self.card)
        form_layout.addWidget(self.form_group)
        form_layout.addWidget(self.approach_group)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_page)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 600])
        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._connect()
        self.retranslate_ui()

    def _field(self, field: PersonaField, widget: QWidget) -> QWidget:
        self.fields[field] = widget
        label = QLabel()
        label.setBuddy(widget)
        self.labels[field] = label
        return widget

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.add.clicked.connect(lambda: self._add(Persona(id=0, name=self.tr("New persona"))))
        self.duplicate.clicked.connect(self._duplicate)
        self.delete.clicked.connect(self._delete)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
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
        self.approach_notes.edited.connect(
            lambda text, previous: self.session.execute(
                SetWorkshopField(WorkshopField.APPROACH_NOTES, text, expected=previous)
            )
        )

    # --- showing ----------------------------------------------------------------------

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if not changes.touches(Aspect.PERSONAS):
            return
        self._personas = list(workshop.personas)
        self._filling = True
        self.list.clear()
        for persona in self._personas:
            self.list.addItem(QListWidgetItem(persona.name or self.tr("(no name)")))
        ids = [persona.id for persona in self._personas]
        if self._select_new and ids:
            self._persona_id, self._select_new = ids[-1], False
        if self._persona_id not in ids:
            self._persona_id = ids[0] if ids else None
        if self._persona_id is not None:
            self.list.setCurrentRow(ids.index(self._persona_id))
        self.problem_focused.setChecked(workshop.approach is Approach.PROBLEM_FOCUSED)
        self.customer_centred.setChecked(workshop.approach is Approach.CUSTOMER_CENTRED)
        self.approach_notes.show_stored(workshop.approach_notes)
        self._filling = False
        self._show(self._current())

    def _current(self) -> Persona | None:
        return next((p for p in self._personas if p.id == self._persona_id), None)

    def _show(self, persona: Persona | None) -> None:
        self.form_group.setVisible(persona is not None)
        self.card.setVisible(persona is not None)
        self.empty.setVisible(persona is None)
        for button in (self.duplicate, self.delete, self.up, self.down):
            button.setEnabled(persona is not None)
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
            (self.segment, persona.segment),
            (self.customer_type, persona.customer_type),
            (self.availability, persona.availability),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value.value if value else None)))
        self.type_explanation.setText(
            _tr(CUSTOMER_TYPES[persona.customer_type][1]) if persona.customer_type else ""
        )
        self.custom_hours.setEnabled(persona.availability is Availability.CUSTOM)
        if not self.tone.isSliderDown():
            self.tone.setValue(persona.tone)
        self._show_channels(persona)
        self.card.setText(self._card_html(persona))
        self._filling = False

    def _card_html(self, persona: Persona) -> str:
        parts = [f"<b>{escape(persona.name)}</b>"]
        if persona.description:
            parts.append(escape(persona.description))
        facts = []
        if persona.customer_type:
            facts.append(_tr(CUSTOMER_TYPES[persona.customer_type][0]))
        if persona.availability:
            hours = persona.custom_hours if persona.availability is Availability.CUSTOM else ""
            facts.append(_tr(AVAILABILITY[persona.availability]) + (f" ({hours})" if hours else ""))
        if persona.first_response:
            facts.append(self.tr("first answer: %1").replace("%1", persona.first_response))
        if facts:
            parts.append(escape(" · ".join(facts)))
        if persona.channels:
            parts.append(escape(" → ".join(_tr(CHANNELS[channel]) for channel in persona.channels)))
        return "<br>".join(parts)

    def _show_channels(self, persona: Persona) -> None:
        # Preferred channels first, in order and ticked; the rest after them.
        self.channels.clear()
        ordered = list(persona.channels) + [c for c in Channel if c not in persona.channels]
        for channel in ordered:
            item = QListWidgetItem(_tr(CHANNELS[channel]))
            item.setData(Qt.ItemDataRole.UserRole, channel.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(
                Qt.CheckState.Checked if channel in persona.channels else Qt.CheckState.Unchecked
            )
            self.channels.addItem(item)

    # --- editing ----------------------------------------------------------------------

    def commit_pending(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (WorkshopLineEdit, WorkshopTextEdit)):
                widget.commit()
        self.approach_notes.commit()

    def _on_row_changed(self, row: int) -> None:
        if self._filling or not 0 <= row < len(self._personas):
            return
        self.commit_pending()
        self._persona_id = self._personas[row].id
        self._show(self._current())

    def _set(self, field: PersonaField, value: object, previous: object = None) -> None:
        persona = self._current()
        if self._filling or persona is None:
            return
        if field in (PersonaField.NAME,) and not str(value).strip():
            return  # keep typing; an empty name is not stored
        expected = previous if previous is not None else getattr(persona, field.value)
        if isinstance(expected, tuple) and field is PersonaField.CHANNELS:
            expected = tuple(channel.value for channel in expected)
        self.session.execute(SetPersonaField(persona.id, field, value, expected=expected))

    def _store_channels(self) -> None:
        if self._filling:
            return
        chosen = tuple(
            self.channels.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.channels.count())
            if self.channels.item(row).checkState() == Qt.CheckState.Checked
        )
        persona = self._current()
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

    def _add(self, persona: Persona) -> None:
        self.commit_pending()
        position = len(self._personas)
        self.session.execute(AddPersona(persona, position))
        self._select_new = True

    def _fill_templates(self) -> None:
        from philosophy_studio.services.persona_templates import persona_templates

        self.template_menu.clear()
        workshop = self.session.workshop
        if workshop is None:
            return
        # In the workshop's language: the persona becomes part of the team's charter.
        for template in persona_templates(workshop.info.language):
            action = self.template_menu.addAction(template.name)
            action.triggered.connect(lambda _checked=False, template=template: self._add(template))

    def _duplicate(self) -> None:
        persona = self._current()
        if persona is not None:
            copy = self.tr("%1 (copy)").replace("%1", persona.name)
            self._add(dataclasses.replace(persona, id=0, name=copy))

    def _delete(self) -> None:
        persona = self._current()
        if persona is not None:
            self._persona_id = None
            self.session.execute(DeletePersona(persona.id))

    def _move(self, delta: int) -> None:
        persona = self._current()
        if persona is not None:
            position = self._personas.index(persona) + delta
            if 0 <= position < len(self._personas):
                self.session.execute(MovePersona(persona.id, position))

    def _on_approach(self, approach: Approach, checked: bool) -> None:
        workshop = self.session.workshop
        if checked and not self._filling and workshop is not None and workshop.approach is not approach:
            self.session.execute(SetWorkshopField(WorkshopField.APPROACH, approach.value))

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.list.setAccessibleName(self.tr("Personas"))
        self.add.setText(self.tr("&Add"))
        self.from_template.setText(self.tr("Add from a &template"))
        self.duplicate.setText(self.tr("D&uplicate"))
        self.delete.setText(self.tr("&Delete"))
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self.up.setAccessibleName(self.tr("Move the persona up"))
        self.down.setAccessibleName(self.tr("Move the persona down"))
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
        self._fill_combo(self.segment, [(s.value, _tr(t)) for s, t in SEGMENTS.items()])
        self._fill_combo(self.customer_type, [(c.value, _tr(t[0])) for c, t in CUSTOMER_TYPES.items()])
        self._fill_combo(self.availability, [(a.value, _tr(t)) for a, t in AVAILABILITY.items()])
        self.channel_up.setText(self.tr("Prefer more"))
        self.channel_down.setText(self.tr("Prefer less"))
        self.form_group.setTitle(self.tr("Selected persona"))
        self.empty.setText(
            self.tr("Add a persona for each kind of customer you serve today or want to serve.")
        )
        self.approach_group.setTitle(self.tr("Our approach"))
        self.approach_intro.setText(
            self.tr(
                "Problem-focused teams treat every case on its own; customer-centred teams see the person "
                "behind the case, so staff keep the customer's history and notes at hand."
            )
        )
        self.problem_focused.setText(self.tr("Problem-focused: solve each case well"))
        self.customer_centred.setText(self.tr("Customer-centred: know the person behind every case"))
        self.approach_notes.setPlaceholderText(self.tr("What this means for how we keep history and notes"))
        self.approach_notes.setAccessibleName(self.tr("Notes on our approach"))
        persona = self._current()
        if persona is not None:
            self._shown_id = None
            self._show(persona)

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
