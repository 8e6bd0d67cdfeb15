"""Step 1: who the team serves, what they expect from support, and the team's approach."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
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
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.customer_types import type_for_template
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import Approach, CustomerType, Persona, Workshop
from philosophy_studio.domain.persona_commands import AddPersona, DeletePersona, MovePersona, SetCustomerTypes
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.conflict_dialog import offer_choice
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.personas.customer_types_box import CustomerTypesBox
from philosophy_studio.gui.steps.personas.persona_card import PersonaCard
from philosophy_studio.gui.steps.personas.persona_form import PersonaForm
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel


# How many times the view follows the field being typed in while the layout settles
# (a wrapped label takes two passes; more would mean it never settles).
MAX_SETTLE_PASSES = 4


class PersonasPage(StepPage):
    step = Step.PERSONAS

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, word_analysis, parent)
        self._personas: list[Persona] = []
        self._persona_id: int | None = None
        self._workshop: Workshop | None = None
        # The field being typed in and where it was in the view while the layout above
        # it settles; the timer fires once the layout's passes are done.
        self._anchor: tuple[QWidget, int] | None = None
        self._settled = QTimer(self)
        self._settled.setObjectName("personasLayoutSettled")
        self._settled.setSingleShot(True)
        self._settled.setInterval(0)
        self._settled.timeout.connect(self._back_to_anchor)
        self._settle_passes = 0
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

        self.form = PersonaForm()
        self.customer_types = CustomerTypesBox()

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
        self.card = PersonaCard()
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.empty)
        form_layout.addWidget(self.card)
        form_layout.addWidget(self.form)
        form_layout.addWidget(self.customer_types)
        form_layout.addWidget(self.approach_group)
        form_layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The fields inside take the focus; the area itself has nothing to say.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(form_page)
        self.card.grew.connect(self._keep_the_form_in_place)
        self.form.type_explanation.grew.connect(self._keep_the_form_in_place)

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

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.add.clicked.connect(lambda: self._add(Persona(id=0, name=self.tr("New persona"))))
        self.duplicate.clicked.connect(self._duplicate)
        self.delete.clicked.connect(self._delete)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.form.edited.connect(self.session.execute)
        self.customer_types.edited.connect(self.session.execute)
        self.session.on_conflict((SetCustomerTypes,), self._on_types_conflict)
        self.approach_notes.edited.connect(
            lambda text, previous: self.session.execute(
                SetWorkshopField(WorkshopField.APPROACH_NOTES, text, expected=previous)
            )
        )

    # --- showing ----------------------------------------------------------------------

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if not changes.touches(Aspect.PERSONAS):
            return
        self._hold_the_field_in_place()
        self._personas = list(workshop.personas)
        self._workshop = workshop
        self.form.show_types(workshop.customer_types)
        self.customer_types.show_workshop(workshop)
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
        self.form.setVisible(persona is not None)
        self.card.setVisible(persona is not None)
        self.empty.setVisible(persona is None)
        for button in (self.duplicate, self.delete, self.up, self.down):
            button.setEnabled(persona is not None)
        self.form.show_persona(persona)
        if persona is not None:
            self._show_card(persona)

    def _show_card(self, persona: Persona) -> None:
        kind = self._workshop.customer_type(persona.customer_type) if self._workshop else None
        self.card.show_persona(persona, kind.name if kind is not None else "")

    def _hold_the_field_in_place(self) -> None:
        """A stored edit is about to be shown: the card above the form, or the customer
        type's description in it, may grow, and the field being typed in below must stay
        where it is, with whatever is under the pointer. The layout settles in passes
        after this returns, moving what is below by what it makes of the growth; so the
        field's place in the view is noted now, and the view scrolls back by what it
        really moved once the layout is done."""
        focus = QApplication.focusWidget()
        if focus is None or not self.scroll.widget().isAncestorOf(focus):
            return
        if self._anchor is None:
            self._anchor = (focus, focus.mapTo(self.scroll.viewport(), QPoint(0, 0)).y())
        self._settled.start()

    def _keep_the_form_in_place(self, _growth: int) -> None:
        # Another layout pass: wait for it before scrolling back.
        if self._anchor is not None:
            self._settled.start()

    def _back_to_anchor(self) -> None:
        anchor = self._anchor
        if anchor is None:
            return
        focus, was = anchor
        if not shiboken6.isValid(focus) or not self.scroll.widget().isAncestorOf(focus):
            self._anchor = None
            return
        moved = focus.mapTo(self.scroll.viewport(), QPoint(0, 0)).y() - was
        if moved and self._settle_passes < MAX_SETTLE_PASSES:
            # Scrolled back; the layout may still have a pass to go, so look once more.
            bar = self.scroll.verticalScrollBar()
            bar.setValue(bar.value() + moved)
            self._settle_passes += 1
            self._settled.start()
            return
        self._anchor, self._settle_passes = None, 0

    # --- editing ----------------------------------------------------------------------

    def commit_pending(self) -> None:
        self.form.commit()
        self.customer_types.commit()
        self.approach_notes.commit()

    def _on_row_changed(self, row: int) -> None:
        if self._filling or not 0 <= row < len(self._personas):
            return
        self.commit_pending()
        self._persona_id = self._personas[row].id
        self._show(self._current())

    def _add(self, persona: Persona) -> None:
        self.commit_pending()
        position = len(self._personas)
        self.session.execute(AddPersona(persona, position))
        self._select_new = True

    def _fill_templates(self) -> None:
        from philosophy_studio.content.persona_templates import SECTOR_TITLES, persona_templates

        self.template_menu.clear()
        workshop = self.session.workshop
        if workshop is None:
            return
        # In the workshop's language: the persona becomes part of the team's charter. The
        # sectors' names are the interface's.
        sectors: dict[str, QMenu] = {}
        for template in persona_templates(workshop.info.language):
            menu = sectors.get(template.sector)
            if menu is None:
                title = QCoreApplication.translate("PersonasPage", SECTOR_TITLES[template.sector])
                menu = sectors[template.sector] = self.template_menu.addMenu(title)
            action = menu.addAction(template.persona.name)
            action.triggered.connect(
                lambda _checked=False, persona=template.persona: self._add_template(persona)
            )

    def _add_template(self, persona: Persona) -> None:
        """The template's persona, with the workshop's type of the same key or name, or
        with its own type added to the list (undone with it)."""
        workshop = self.session.workshop
        if workshop is None:
            return
        key, new_type = type_for_template(
            workshop.customer_types, persona.customer_type, workshop.info.language
        )
        self.commit_pending()
        position = len(self._personas)
        self.session.execute(AddPersona(dataclasses.replace(persona, customer_type=key), position, new_type))
        self._select_new = True

    def _duplicate(self) -> None:
        persona = self._current()
        if persona is not None:
            copy = self.tr("%1 (copy)").replace("%1", persona.name)
            self._add(dataclasses.replace(persona, id=0, name=copy))

    def _delete(self) -> None:
        persona = self._current()
        if persona is not None:
            self._persona_id = None
            # Typing that lands before the deletion is shown goes nowhere, not to a
            # persona that is gone.
            self.form.show_persona(None)
            self.session.execute(DeletePersona(persona.id))

    def _move(self, delta: int) -> None:
        persona = self._current()
        if persona is not None:
            position = self._personas.index(persona) + delta
            if 0 <= position < len(self._personas):
                self.session.execute(MovePersona(persona.id, position))

    def _on_types_conflict(self, error: EditConflictError) -> None:
        """Another facilitator changed the customer types since this page showed them:
        both lists side by side, and the user keeps one (a type a persona has since
        been given stays, whichever is kept)."""
        theirs: tuple[CustomerType, ...] = error.theirs  # type: ignore[assignment]
        mine: tuple[CustomerType, ...] = error.mine  # type: ignore[assignment]

        def listed(types: tuple[CustomerType, ...]) -> str:
            return "\n".join(
                f"{kind.name} — {kind.description}" if kind.description else kind.name for kind in types
            )

        self.conflict = offer_choice(
            self,
            listed(theirs),
            listed(mine),
            session=self.session,
            reread=Aspect.PERSONAS,
            keep_mine=lambda: self.session.execute(SetCustomerTypes(mine, expected=theirs)),
            explanation=self.tr(
                "While you were editing the customer types, another facilitator saved a different list. "
                "Keep one of the two."
            ),
        )

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
        # Voice control finds a button by its visible label: the name is that label,
        # the explanation is the description.
        self.up.setAccessibleDescription(self.tr("Move the persona up"))
        self.down.setAccessibleDescription(self.tr("Move the persona down"))
        self.form.retranslate_ui()
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
        for row, shown in enumerate(self._personas):
            self.list.item(row).setText(shown.name or self.tr("(no name)"))
        self.customer_types.retranslate_ui()
        persona = self._current()
        if persona is not None:
            self._show_card(persona)
