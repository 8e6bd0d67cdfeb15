"""Step 4: the vision statement, drafted side by side and coached as it is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import AddVisionDraft, ChooseVision, DeleteVisionDraft, SetVisionText
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import VisionDraft, Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.vision_coach import coach
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.steps.vision.chip_row import ChipRow
from philosophy_studio.gui.steps.vision.coach_panel import CoachPanel
from philosophy_studio.gui.steps.vision.draft_editor import DraftEditor
from philosophy_studio.gui.steps.vision.examples_dialog import ExamplesDialog
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.services.survey_evidence import WorkshopAnalysis

# How many of the survey's top words are offered for insertion: a row that fits.
SURVEY_CHIPS = 8


class VisionPage(StepPage):
    step = Step.VISION

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, word_analysis, parent)
        self._drafts: dict[int, DraftEditor] = {}
        self._active: int | None = None
        self._value_names: tuple[str, ...] = ()
        self.conflict: ConflictDialog | None = None
        self.examples: ExamplesDialog | None = None

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.chips = ChipRow()
        self._survey_words: tuple[str, ...] = ()
        self._survey_forms: dict[str, tuple[str, ...]] = {}
        self.survey_chips = ChipRow()

        self.choice_group = QButtonGroup(self)
        self.drafts_row = QHBoxLayout()
        drafts_widget = QWidget()
        drafts_widget.setLayout(self.drafts_row)
        self.drafts_area = QScrollArea()
        self.drafts_area.setWidgetResizable(True)
        self.drafts_area.setFrameShape(QFrame.Shape.NoFrame)
        # The drafts inside take the focus; the area itself would be an unnamed stop.
        self.drafts_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.drafts_area.setWidget(drafts_widget)
        self.new_draft = QPushButton()
        self.show_examples = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_draft)
        buttons.addWidget(self.show_examples)
        buttons.addStretch(1)

        self.coach = CoachPanel()

        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.chips)
        layout.addWidget(self.survey_chips)
        layout.addWidget(self.drafts_area, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.coach)

        self.chips.chosen.connect(self._insert)
        self.survey_chips.chosen.connect(self._insert)
        self.new_draft.clicked.connect(lambda: self._add_draft(""))
        self.show_examples.clicked.connect(self._open_examples)
        session.on_conflict((SetVisionText,), self._on_conflict)
        self.survey_chips.hide()
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.follow_word_analysis(self._show_survey_chips)

    # --- the chosen draft, for the rest of the app and the tests -----------------------

    def _main(self) -> DraftEditor | None:
        workshop = self.session.workshop
        chosen = workshop.chosen_vision_id if workshop else None
        if chosen in self._drafts:
            return self._drafts[chosen]
        return next(iter(self._drafts.values()), None)

    @property
    def editor(self) -> WorkshopTextEdit:
        """The editor of the chosen draft (or of the first one)."""
        main = self._main()
        assert main is not None
        return main.editor

    @property
    def counts(self) -> QLabel:
        main = self._main()
        assert main is not None
        return main.counts

    # --- showing ----------------------------------------------------------------------

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if changes.touches(Aspect.VALUES):
            self._show_chips(workshop)
        if not changes.touches(Aspect.VISION, Aspect.VALUES):
            return
        drafts = workshop.vision_drafts
        rebuilt = [draft.id for draft in drafts] != list(self._drafts)
        if rebuilt:
            self._rebuild(drafts)
        for number, draft in enumerate(drafts, 1):
            editor = self._drafts[draft.id]
            editor.editor.show_stored(draft.text)
            editor.choose.setChecked(draft.id == workshop.chosen_vision_id)
            editor.delete.setEnabled(len(drafts) > 1)
            editor.retranslate_ui(number)
        if self._active not in self._drafts:
            self._active = workshop.chosen_vision_id if workshop.chosen_vision_id in self._drafts else None
        main = self._main()
        if rebuilt and main is not None:
            self.drafts_area.ensureWidgetVisible(main)
        self._update_coach()

    def _rebuild(self, drafts: tuple[VisionDraft, ...]) -> None:
        self.commit_pending()
        for editor in self._drafts.values():
            self.choice_group.removeButton(editor.choose)
            editor.deleteLater()
        self._drafts = {}
        for draft in drafts:
            editor = DraftEditor(draft.id, self.choice_group)
            editor.editor.edited.connect(
                lambda text, previous, draft_id=draft.id: self.session.execute(
                    SetVisionText(draft_id, text, expected=previous)
                )
            )
            editor.editor.textChanged.connect(self._update_coach)
            editor.choose.toggled.connect(
                lambda checked, draft_id=draft.id: self._on_choice(draft_id, checked)
            )
            editor.delete.clicked.connect(lambda _checked=False, draft_id=draft.id: self._delete(draft_id))
            editor.focused.connect(self._on_focused)
            self.drafts_row.addWidget(editor, 1)
            self._drafts[draft.id] = editor
        self._order_tab_stops()

    def _order_tab_stops(self) -> None:
        chips = [*self.chips.chips(), *self.survey_chips.chips()]
        drafts = [
            widget for draft in self._drafts.values() for widget in (draft.choose, draft.delete, draft.editor)
        ]
        self.order_tab_stops([*chips, *drafts, self.new_draft, self.show_examples])

    def _show_chips(self, workshop: Workshop) -> None:
        self._value_names = tuple(card.name for card in workshop.chosen_values)
        self.chips.show_words(
            self._value_names, lambda name: self.tr("Insert the value %1").replace("%1", name)
        )
        self._order_tab_stops()

    def _show_survey_chips(self, analysis: WorkshopAnalysis | None) -> None:
        """The staff's most used survey words, to carry their voice into the vision."""
        terms = analysis.result.terms[:SURVEY_CHIPS] if analysis else ()
        words = tuple(term.term for term in terms)
        # A word is shown by its dictionary form (görmek); a draft carries it when it
        # uses any form the answers used (gördüklerini) too.
        self._survey_forms = {term.term: tuple(form for form, _count in term.forms) for term in terms}
        if words == self._survey_words:
            return
        self._survey_words = words
        self.survey_chips.show_words(
            words, lambda word: self.tr("Insert the survey word %1").replace("%1", word)
        )
        self._order_tab_stops()
        self._update_coach()

    def _update_coach(self) -> None:
        target = self._drafts.get(self._active) if self._active is not None else self._main()
        workshop = self.session.workshop
        if target is None or workshop is None:
            self.coach.clear()
            return
        number = list(self._drafts).index(target.draft_id) + 1
        checks = coach(
            target.editor.toPlainText(),
            workshop.info.language,
            self._value_names,
            self._survey_words,
            self._survey_forms,
        )
        self.coach.show_checks(number, checks)

    # --- editing ----------------------------------------------------------------------

    def commit_pending(self) -> None:
        for editor in self._drafts.values():
            editor.editor.commit()

    def _on_focused(self, editor: DraftEditor) -> None:
        self._active = editor.draft_id
        self._update_coach()

    def _insert(self, name: str) -> None:
        target = self._drafts.get(self._active) if self._active is not None else self._main()
        if target is not None:
            target.editor.insertPlainText(name)
            target.editor.setFocus()

    def _add_draft(self, text: str) -> None:
        self.commit_pending()
        self.session.execute(AddVisionDraft(text, len(self._drafts)))

    def _on_choice(self, draft_id: int, checked: bool) -> None:
        workshop = self.session.workshop
        if checked and workshop is not None and workshop.chosen_vision_id != draft_id:
            self.commit_pending()
            self.session.execute(ChooseVision(draft_id))

    def _delete(self, draft_id: int) -> None:
        self.commit_pending()
        self.session.execute(DeleteVisionDraft(draft_id))

    def _open_examples(self) -> None:
        self.examples = ExamplesDialog(self)
        self.examples.accepted.connect(lambda: self._add_draft(self.examples.chosen_text))
        self.examples.open()

    def _on_conflict(self, error: EditConflictError) -> None:
        command = error.command
        if not isinstance(command, SetVisionText) or command.draft_id not in self._drafts:
            return
        editor = self._drafts[command.draft_id].editor
        theirs, mine = str(error.theirs), editor.toPlainText()
        editor.forget_stored(theirs)
        self.conflict = ConflictDialog(theirs, mine, self)
        self.conflict.kept_mine.connect(
            lambda: self.session.execute(SetVisionText(command.draft_id, mine, expected=theirs))
        )
        self.conflict.took_theirs.connect(lambda: editor.replace_with_stored(theirs))
        self.conflict.open()

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.prompt.setText(
            self.tr(
                "Write the vision statement: what service your team provides and why it is different. "
                "Try several drafts side by side and mark the one the team chooses. Every change is "
                "saved as you type."
            )
        )
        self.chips.label.setText(self.tr("Insert a chosen value:"))
        self.survey_chips.label.setText(self.tr("Insert a survey word:"))
        self.new_draft.setText(self.tr("&New draft"))
        self.show_examples.setText(self.tr("E&xamples…"))
        self.coach.retranslate_ui()
        for number, editor in enumerate(self._drafts.values(), 1):
            editor.retranslate_ui(number)
        self._update_coach()
