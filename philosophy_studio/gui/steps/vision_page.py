"""Step 4: the vision statement, drafted side by side and coached as it is written."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import AddVisionDraft, ChooseVision, DeleteVisionDraft, SetVisionText
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import VisionDraft, Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.vision_coach import TARGET_WORDS, Check, CheckKind, coach
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.theme import EDITOR, scale_font
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

if TYPE_CHECKING:
    from philosophy_studio.services.survey_evidence import WorkshopAnalysis

# How many of the survey's top words are offered for insertion: a row that fits.
SURVEY_CHIPS = 8
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")

# Published statements, retold in our own words and attributed: (who, text).
EXAMPLES = (
    (
        "Apple",
        QT_TRANSLATE_NOOP(
            "VisionPage",
            "Apple describes its aim as giving students, teachers, creative professionals and "
            "consumers everywhere the best personal computing experience, through its own "
            "hardware, software and online services.",
        ),
    ),
    (
        "Amazon",
        QT_TRANSLATE_NOOP(
            "VisionPage",
            "Amazon wants to be the most customer-centred company in the world: a place where people "
            "can find and discover whatever they may want to buy online, at the lowest prices it can offer.",
        ),
    ),
    (
        "Universal Health Services",
        QT_TRANSLATE_NOOP(
            "VisionPage",
            "Universal Health Services aims for care of such quality that patients recommend it to "
            "their families, doctors prefer it for their patients, buyers choose it for their clients, "
            "staff are proud of it and investors trust it for the long term.",
        ),
    ),
)


def count_words_and_sentences(text: str) -> tuple[int, int]:
    words = len(text.split())
    if not words:
        return 0, 0
    endings = len(_SENTENCE_END.findall(text.strip()))
    # A last sentence without its full stop still counts.
    trailing = 0 if re.search(r"[.!?…]\s*$", text) else 1
    return words, endings + trailing


class DraftEditor(QFrame):
    """One draft: its text, whether it is the team's vision, its length."""

    focused = Signal(object)  # this editor

    def __init__(self, draft_id: int, group: QButtonGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft_id = draft_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose = QRadioButton()
        group.addButton(self.choose)
        self.delete = QPushButton()
        self.editor = WorkshopTextEdit()
        self.editor.setObjectName("visionEditor")
        scale_font(self.editor, EDITOR)
        self.counts = QLabel()
        self.counts.setObjectName("visionCounts")
        self.counts.setWordWrap(True)
        self._at_limit = False
        header = QHBoxLayout()
        header.addWidget(self.choose)
        header.addStretch(1)
        header.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.counts)
        self.setMinimumWidth(260)
        self.editor.textChanged.connect(self.update_counts)
        self.editor.limit_reached.connect(self._on_limit_reached)
        self.editor.installEventFilter(self)
        self.retranslate_ui(0)

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.editor and event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self)
        return False

    def _on_limit_reached(self, _limit: int) -> None:
        self._at_limit = True
        self.update_counts()

    def update_counts(self) -> None:
        text = self.editor.toPlainText()
        words, sentences = count_words_and_sentences(text)
        counts = self.tr("%Ln word(s)", "", words) + " · " + self.tr("%Ln sentence(s)", "", sentences)
        self._at_limit = self._at_limit and len(text) >= self.editor.max_length
        if self._at_limit:
            counts += " · " + self.tr(
                "The limit of %1 characters is reached; the rest was not kept."
            ).replace("%1", QLocale().toString(self.editor.max_length))
        self.counts.setText(counts)

    def retranslate_ui(self, number: int) -> None:
        self.choose.setText(self.tr("This is our vision"))
        self.choose.setAccessibleName(self.tr("Choose draft %1 as the vision").replace("%1", str(number)))
        self.delete.setText(self.tr("Delete"))
        self.delete.setAccessibleName(self.tr("Delete draft %1").replace("%1", str(number)))
        self.editor.setAccessibleName(self.tr("Vision draft %1").replace("%1", str(number)))
        self.editor.setPlaceholderText(
            self.tr(
                "For example: We make every customer feel heard, and we solve their problem the first time."
            )
        )
        self.update_counts()


class ExamplesDialog(QDialog):
    """Vision statements of well-known companies, retold, to start from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Example vision statements"))
        self.setMinimumSize(560, 380)
        self.chosen_text = ""
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Examples"))
        for who, _text in EXAMPLES:
            self.list.addItem(who)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("The example's text"))
        self.note = QLabel(
            self.tr("Retold in our words from what each company has published; not quotations.")
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use = QPushButton(self.tr("&Start a draft from it"))
        buttons.addButton(self.use, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.use.clicked.connect(self._use)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.text, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)

    def example_text(self, row: int) -> str:
        return QCoreApplication.translate("VisionPage", EXAMPLES[row][1])

    def _show(self, row: int) -> None:
        if row >= 0:
            self.text.setHtml(f"<h3>{escape(EXAMPLES[row][0])}</h3><p>{escape(self.example_text(row))}</p>")

    def _use(self) -> None:
        self.chosen_text = self.example_text(max(0, self.list.currentRow()))
        self.accept()


class VisionPage(StepPage):
    step = Step.VISION

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._drafts: dict[int, DraftEditor] = {}
        self._active: int | None = None
        self._value_names: tuple[str, ...] = ()
        self._listening_to_analysis = False
        self.conflict: ConflictDialog | None = None
        self.examples: ExamplesDialog | None = None

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.chips_label = QLabel()
        self.chips = QHBoxLayout()
        chips_row = QHBoxLayout()
        chips_row.addWidget(self.chips_label)
        chips_row.addLayout(self.chips)
        chips_row.addStretch(1)
        self._survey_words: tuple[str, ...] = ()
        self._survey_forms: dict[str, tuple[str, ...]] = {}
        self.survey_chips_label = QLabel()
        self.survey_chips = QHBoxLayout()
        survey_row = QHBoxLayout()
        survey_row.addWidget(self.survey_chips_label)
        survey_row.addLayout(self.survey_chips)
        survey_row.addStretch(1)

        self.choice_group = QButtonGroup(self)
        self.drafts_row = QHBoxLayout()
        drafts_widget = QWidget()
        drafts_widget.setLayout(self.drafts_row)
        self.drafts_area = QScrollArea()
        self.drafts_area.setWidgetResizable(True)
        self.drafts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.drafts_area.setWidget(drafts_widget)
        self.new_draft = QPushButton()
        self.show_examples = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_draft)
        buttons.addWidget(self.show_examples)
        buttons.addStretch(1)

        self.coach_group = QGroupBox()
        self.coach = QLabel()
        self.coach.setObjectName("visionCoach")
        self.coach.setWordWrap(True)
        coach_layout = QVBoxLayout(self.coach_group)
        coach_layout.addWidget(self.coach)

        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addLayout(chips_row)
        layout.addLayout(survey_row)
        layout.addWidget(self.drafts_area, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.coach_group)

        self.new_draft.clicked.connect(lambda: self._add_draft(""))
        self.show_examples.clicked.connect(self._open_examples)
        session.failed.connect(self._on_save_failed)
        session.conflicted.connect(self._on_conflict)
        self.survey_chips_label.hide()
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        analysis = self.session.analysis
        if not self._listening_to_analysis:
            self._listening_to_analysis = True
            analysis.updated.connect(self._show_survey_chips)
            self._show_survey_chips(analysis.analysis)
        analysis.want()

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
        chips = [
            layout.itemAt(index).widget()
            for layout in (self.chips, self.survey_chips)
            for index in range(layout.count())
        ]
        drafts = [
            widget for draft in self._drafts.values() for widget in (draft.choose, draft.delete, draft.editor)
        ]
        self.order_tab_stops([*chips, *drafts, self.new_draft, self.show_examples])

    def _show_chips(self, workshop: Workshop) -> None:
        while self.chips.count():
            widget = self.chips.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._value_names = tuple(card.name for card in workshop.chosen_values)
        for name in self._value_names:
            chip = QPushButton(name)
            chip.setAccessibleName(self.tr("Insert the value %1").replace("%1", name))
            chip.clicked.connect(lambda _checked=False, name=name: self._insert(name))
            self.chips.addWidget(chip)
        self.chips_label.setVisible(bool(self._value_names))
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
        while self.survey_chips.count():
            widget = self.survey_chips.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for word in words:
            chip = QPushButton(word)
            chip.setAccessibleName(self.tr("Insert the survey word %1").replace("%1", word))
            chip.clicked.connect(lambda _checked=False, word=word: self._insert(word))
            self.survey_chips.addWidget(chip)
        self.survey_chips_label.setVisible(bool(words))
        self._order_tab_stops()
        self._update_coach()

    def _update_coach(self) -> None:
        target = self._drafts.get(self._active) if self._active is not None else self._main()
        workshop = self.session.workshop
        if target is None or workshop is None:
            self.coach.clear()
            return
        number = list(self._drafts).index(target.draft_id) + 1
        self.coach_group.setTitle(self.tr("Coach: draft %1").replace("%1", str(number)))
        text = target.editor.toPlainText()
        checks = coach(
            text, workshop.info.language, self._value_names, self._survey_words, self._survey_forms
        )
        lines = [self._describe(check) for check in checks]
        lines += [
            "• " + escape(self.tr("Ask the room: does it say what makes your service different?")),
            "• " + escape(self.tr("Ask the room: would it motivate someone on a hard day?")),
        ]
        self.coach.setText("<br>".join(lines))

    def _describe(self, check: Check) -> str:
        low, high = TARGET_WORDS
        if check.kind is CheckKind.LENGTH:
            text = (
                self.tr("%Ln word(s): concise.", "", check.number)
                if check.passed
                else self.tr("%Ln word(s): aim for %1 to %2 so people can remember it.", "", check.number)
                .replace("%1", str(low))
                .replace("%2", str(high))
            )
        elif check.kind is CheckKind.SENTENCES:
            text = self.tr("%Ln sentence(s): one to three read best.", "", check.number)
        elif check.kind is CheckKind.LONG_SENTENCE:
            text = (
                self.tr("No sentence is too long.")
                if check.passed
                else self.tr("The longest sentence has %Ln words; split it.", "", check.number)
            )
        elif check.kind is CheckKind.POSITIVE:
            text = (
                self.tr("Positive wording.")
                if check.passed
                else self.tr("Reads as negative: %1. Say what you do rather than what you avoid.").replace(
                    "%1", ", ".join(check.details)
                )
            )
        elif check.kind is CheckKind.CUSTOMERS:
            text = (
                self.tr("Customers are in it.")
                if check.passed
                else self.tr("Customers are not mentioned yet.")
            )
        elif check.kind is CheckKind.SURVEY_WORDS:
            text = (
                self.tr("Carries the staff's survey words: %1.").replace("%1", ", ".join(check.details))
                if check.passed
                else self.tr("None of the staff's most used survey words is in it yet.")
            )
        elif not check.number:
            text = self.tr("Choose the values in the Values step to see whether the vision carries them.")
        else:
            text = (
                self.tr("Carries every chosen value.")
                if check.passed
                else self.tr("Not in the text yet: %1.").replace("%1", ", ".join(check.details))
            )
        mark = "✔" if check.passed else "✘"
        return f"{mark} {escape(text)}"

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

    def _on_save_failed(self, _message: str) -> None:
        workshop = self.session.workshop
        if workshop is None:
            return
        stored = {draft.id: draft.text for draft in workshop.vision_drafts}
        for draft_id, editor in self._drafts.items():
            # Keep the typing on screen and let the next commit (or Retry) try again.
            editor.editor.forget_stored(stored.get(draft_id, ""))

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
        self.chips_label.setText(self.tr("Insert a chosen value:"))
        self.survey_chips_label.setText(self.tr("Insert a survey word:"))
        self.new_draft.setText(self.tr("&New draft"))
        self.show_examples.setText(self.tr("E&xamples…"))
        self.coach.setAccessibleName(self.tr("Coaching for the draft"))
        for number, editor in enumerate(self._drafts.values(), 1):
            editor.retranslate_ui(number)
        self._update_coach()
