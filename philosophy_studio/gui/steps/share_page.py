"""Step 6: how leaders live each value inside the team, and where the philosophy is
shared, by whom and when."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.guideline_commands import (
    AddSharingItem,
    DeleteSharingItem,
    SetLeaderCommitment,
    UpdateSharingItem,
)
from philosophy_studio.domain.model import SharingChannel, SharingItem, Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog, offer_choice
from philosophy_studio.gui.models.seen_records import SeenRecords
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.share_where import CHANNEL_ROLE, PLACE_ROLE, WhereDelegate, channel_name
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.gui.widgets.record_table import record_table
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel

_COLUMNS = 4  # channel, what, who, when


class SharePage(StepPage):
    step = Step.SHARE

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, word_analysis, parent)
        self._commitments: dict[int, WorkshopTextEdit] = {}
        self._labels: dict[int, QLabel] = {}
        self._plan: tuple[SharingItem, ...] = ()
        self._filling = False
        # A row added for typing below the stored plan: stored once something is
        # written in it, dropped when left empty (a stand-in text would be printed).
        self._draft: SharingChannel | None = None
        self._draft_sent = False
        # Typed in the draft row while its first text was being stored.
        self._draft_after: SharingItem | None = None
        self._draft_command: AddSharingItem | None = None
        # New items whose storing failed: shown between the plan and the draft, and
        # edited in place until Retry stores them.
        self._unsaved_adds: list[AddSharingItem] = []
        # What this page last saw stored of each plan item it edits in its table.
        self._seen_items: SeenRecords[SharingItem] = SeenRecords(session)
        self.conflict: ConflictDialog | None = None

        self.commitments_group = QGroupBox()
        self.commitments_intro = QLabel()
        self.commitments_intro.setWordWrap(True)
        self.commitments_form = QFormLayout()
        self.no_values = QLabel()
        self.no_values.setWordWrap(True)
        commitments_layout = QVBoxLayout(self.commitments_group)
        commitments_layout.addWidget(self.commitments_intro)
        commitments_layout.addLayout(self.commitments_form)
        commitments_layout.addWidget(self.no_values)

        self.plan_group = QGroupBox()
        self.plan_intro = QLabel()
        self.plan_intro.setWordWrap(True)
        # "What" takes the room; the others get sensible widths the user can drag.
        # Where is as wide as the longest channel name (set with the texts): fitted to its
        # contents, a long place of the team's own would shift the columns as it is typed.
        self.plan = record_table(_COLUMNS, "sharingPlan", stretch=1, widths=((0, 140), (2, 120), (3, 100)))
        self.plan.setWordWrap(True)
        # Inside the page's scroll area a table would shrink to its header: keep rows visible.
        self.plan.setMinimumHeight(280)
        self._channel_delegate = WhereDelegate(self.plan)
        self.plan.setItemDelegateForColumn(0, self._channel_delegate)
        self.add_item = QPushButton()
        self.channel_menu = QMenu(self)
        self.add_item.setMenu(self.channel_menu)
        self.remove_item = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item)
        buttons.addWidget(self.remove_item)
        buttons.addStretch(1)
        plan_layout = QVBoxLayout(self.plan_group)
        plan_layout.addWidget(self.plan_intro)
        plan_layout.addWidget(self.plan, 1)
        plan_layout.addLayout(buttons)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.commitments_group)
        content_layout.addWidget(self.plan_group, 1)
        self.scroll_work_area(content)

        self.plan.cellChanged.connect(self._on_cell_edited)
        # Rows that grew while the user was in the table moved the next row from under
        # the pointer: they take their height when the user leaves it.
        self._heights_outdated = False
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        # A column that became wider or narrower (the window, a drag, the language)
        # changes how tall the wrapped texts are.
        self.plan.horizontalHeader().sectionResized.connect(lambda *_sizes: self._fit_rows())
        for delegate in (self.plan.itemDelegate(), self._channel_delegate):
            delegate.closeEditor.connect(self._drop_empty_draft)
        self.remove_item.clicked.connect(self._remove_selected)
        session.on_conflict((UpdateSharingItem, SetLeaderCommitment), self._on_conflict)
        session.unsaved_changed.connect(self._on_unsaved_changed)
        self.retranslate_ui()

    # --- leader commitments -------------------------------------------------------------

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        if changes.touches(Aspect.VALUES, Aspect.SHARING):
            self._show_commitments(workshop)
        if changes.touches(Aspect.SHARING):
            self._seen_items.refreshed()
            self._show_plan(workshop.sharing_plan)

    def _show_commitments(self, workshop: Workshop) -> None:
        chosen = workshop.chosen_values
        if [card.id for card in chosen] != list(self._commitments):
            self.commit_pending()
            while self.commitments_form.rowCount():
                self.commitments_form.removeRow(0)
            self._commitments, self._labels = {}, {}
            for card in chosen:
                label = QLabel(card.name)
                label.setWordWrap(True)
                editor = WorkshopTextEdit()
                editor.setMaximumHeight(96)
                label.setBuddy(editor)
                editor.edited.connect(
                    lambda text, previous, card_id=card.id: self.session.execute(
                        SetLeaderCommitment(card_id, text, expected=previous)
                    )
                )
                self.commitments_form.addRow(label, editor)
                self._commitments[card.id], self._labels[card.id] = editor, label
            self.order_tab_stops([*self._commitments.values(), self.plan, self.add_item, self.remove_item])
        for card in chosen:
            self._labels[card.id].setText(card.name)
            self._commitments[card.id].show_stored(card.leader_commitment)
        self._describe_commitments()
        self.no_values.setVisible(not chosen)

    def _describe_commitments(self) -> None:
        """Texts that name the value, in the interface's language (again on a switch)."""
        for card_id, editor in self._commitments.items():
            name = self._labels[card_id].text()
            editor.setAccessibleName(self.tr("How leaders model %1").replace("%1", name))
            # One concrete act, not an example: an example fits one value and misleads
            # on the others.
            editor.setPlaceholderText(
                self.tr(
                    "How will the leads live “%1” inside the team? Write one thing they will do."
                ).replace("%1", name)
            )

    def commit_pending(self) -> None:
        for editor in self._commitments.values():
            editor.commit()

    # --- sharing plan -------------------------------------------------------------------

    @property
    def _draft_row(self) -> int:
        return len(self._plan) + len(self._unsaved_adds)

    def _show_plan(self, plan: tuple[SharingItem, ...]) -> None:
        draft = self._draft_item()
        if self._draft_sent and len(plan) > len(self._plan):
            # The draft is stored: it is the plan's new last item.
            after, draft = self._draft_after, None
            self._draft, self._draft_sent, self._draft_after, self._draft_command = None, False, None, None
            if after is not None:
                self._update_item(dataclasses.replace(after, id=plan[-1].id), plan[-1])
        self._plan = plan
        self._unsaved_adds = self.session.unsaved(AddSharingItem)
        # Edits that failed to store stay on screen until Retry stores them.
        unsaved = {command.item.id: command.item for command in self.session.unsaved(UpdateSharingItem)}
        self._filling = True
        self.plan.setRowCount(self._draft_row + (draft is not None))
        for row, stored in enumerate(plan):
            self._fill_row(row, unsaved.get(stored.id, stored))
        for row, command in enumerate(self._unsaved_adds, start=len(plan)):
            self._fill_row(row, command.item)
        if draft is not None and self._row_item(self._draft_row) != draft:
            self._fill_row(self._draft_row, draft)
        self._filling = False
        self._fit_rows()

    def _on_unsaved_changed(self) -> None:
        """An edit failed to store. If it was the draft's first text, the draft becomes
        one of the unsaved new items (Retry stores it, typed on meanwhile) and Add
        opens a new draft again."""
        waiting = self.session.unsaved(AddSharingItem)
        if self._draft_sent and self._draft_command in waiting:
            if self._draft_after is not None:
                self.session.replace_unsaved(
                    self._draft_command, dataclasses.replace(self._draft_command, item=self._draft_after)
                )
            self._draft, self._draft_sent, self._draft_after, self._draft_command = None, False, None, None
        elif waiting == self._unsaved_adds:
            return
        self._show_plan(self._plan)

    def _fit_rows(self) -> None:
        """Each row as tall as its text, unless the user is in the table (see
        _heights_outdated)."""
        if self._in_plan(QApplication.focusWidget()):
            self._heights_outdated = True
        else:
            self.plan.resizeRowsToContents()

    def _in_plan(self, widget: QWidget | None) -> bool:
        return widget is not None and (widget is self.plan or self.plan.isAncestorOf(widget))

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._heights_outdated and self._in_plan(old) and not self._in_plan(new):
            self._heights_outdated = False
            self.plan.resizeRowsToContents()

    def _fill_row(self, row: int, item: SharingItem) -> None:
        where = QTableWidgetItem(item.place or channel_name(item.channel))
        where.setData(CHANNEL_ROLE, item.channel.value)
        where.setData(PLACE_ROLE, item.place)
        self.plan.setItem(row, 0, where)
        for column, text in enumerate((item.what, item.who, item.when), start=1):
            self.plan.setItem(row, column, QTableWidgetItem(text))

    def _draft_item(self) -> SharingItem | None:
        if self._draft is None or self.plan.rowCount() <= self._draft_row:
            return None
        return self._row_item(self._draft_row)

    def _on_cell_edited(self, row: int, _column: int) -> None:
        if self._filling:
            return
        if row == self._draft_row and self._draft is not None:
            self._on_draft_edited()
            return
        if row >= self._draft_row:
            return
        if row >= len(self._plan):
            self._edit_unsaved_add(row)
            return
        item = self._row_item(row)
        expected = self._seen_items.expected(item.id, self._plan[row])
        if item != expected:
            self._update_item(item, expected)

    def _on_draft_edited(self) -> None:
        item = self._draft_item()
        if item is None or not (item.what.strip() or item.who.strip() or item.when.strip()):
            return
        if self._draft_sent:
            self._draft_after = item
        else:
            self._draft_sent = True
            # At the end: new items whose storing failed are stored before it on Retry.
            self._draft_command = AddSharingItem(item, self._draft_row)
            self.session.execute(self._draft_command)

    def _edit_unsaved_add(self, row: int) -> None:
        """Typing in a new item that waits for Retry changes what Retry stores; emptied,
        it is not stored at all."""
        waiting = self._unsaved_adds[row - len(self._plan)]
        item = self._row_item(row)
        written = item.what.strip() or item.who.strip() or item.when.strip()
        self.session.replace_unsaved(waiting, dataclasses.replace(waiting, item=item) if written else None)
        self._unsaved_adds = self.session.unsaved(AddSharingItem)
        if not written:
            self._show_plan(self._plan)

    def _drop_empty_draft(self) -> None:
        """An editor closed: a draft row with nothing written goes, unless the user only
        moved on to another of its cells."""
        if self.plan.state() == QAbstractItemView.State.EditingState or self._draft_sent:
            return
        item = self._draft_item()
        if item is not None and not (item.what.strip() or item.who.strip() or item.when.strip()):
            self._draft = None
            self.plan.setRowCount(self._draft_row)

    def _row_item(self, row: int) -> SharingItem:
        """The plan item as the table shows it now: all of it is stored together, so a
        cell edited right after another (or after the channel) keeps that change too."""
        where = self.plan.item(row, 0)
        if row < len(self._plan):
            stored = self._plan[row]
        elif row < self._draft_row:
            stored = self._unsaved_adds[row - len(self._plan)].item
        else:
            stored = SharingItem(0, self._draft or SharingChannel.OTHER)
        channel = SharingChannel(where.data(CHANNEL_ROLE)) if where else stored.channel
        place = (where.data(PLACE_ROLE) or "") if where else stored.place
        texts = [self.plan.item(row, c).text() if self.plan.item(row, c) else "" for c in range(1, _COLUMNS)]
        return SharingItem(stored.id, channel, *texts, place=place)

    def _update_item(self, item: SharingItem, expected: SharingItem) -> None:
        # What this page saw stored: a change someone else made since is not
        # overwritten silently (a shared team database).
        self._seen_items.sent(item.id, item)
        self.session.execute(UpdateSharingItem(item, expected=expected))

    def _add(self, channel: SharingChannel) -> None:
        """A row to type in, opened at What; see _draft."""
        if self._draft_sent:
            return  # the previous one is being stored; its row follows in a moment
        row = self._draft_row
        self._draft = channel
        self._filling = True
        self.plan.setRowCount(row + 1)
        self._fill_row(row, SharingItem(0, channel))
        self._filling = False
        self.plan.setFocus(Qt.FocusReason.OtherFocusReason)
        self.plan.setCurrentCell(row, 1)
        self.plan.editItem(self.plan.item(row, 1))

    def _remove_selected(self) -> None:
        row = self.plan.currentRow()
        if row == self._draft_row and not self._draft_sent:
            self._draft = None
            self.plan.setRowCount(row)
        elif len(self._plan) <= row < self._draft_row:
            self.session.replace_unsaved(self._unsaved_adds[row - len(self._plan)], None)
            self._show_plan(self._plan)
        elif 0 <= row < len(self._plan):
            self.session.execute(DeleteSharingItem(self._plan[row].id))

    # --- someone else's change -----------------------------------------------------------

    def _on_conflict(self, error: EditConflictError) -> None:
        """Another facilitator stored something else meanwhile: show both versions and
        let the user keep one. Nothing was stored by the refused edit."""
        command = error.command
        if isinstance(command, UpdateSharingItem) and isinstance(error.theirs, SharingItem):
            theirs, mine = error.theirs, command.item
            self._seen_items.sent(theirs.id, theirs)
            self.conflict = offer_choice(
                self,
                self._item_text(theirs),
                self._item_text(mine),
                session=self.session,
                reread=Aspect.SHARING,
                keep_mine=lambda: self._update_item(mine, theirs),
            )
        elif isinstance(command, SetLeaderCommitment):
            self._commitment_conflict(command, str(error.theirs))

    def _commitment_conflict(self, command: SetLeaderCommitment, theirs: str) -> None:
        card_id = command.card_id
        editor = self._commitments.get(card_id)
        # Typing may have gone on after the refused edit: then the screen holds mine.
        mine = editor.toPlainText() if editor is not None and editor.has_unsaved_typing else command.text
        if editor is not None:
            editor.hold_typing()
            editor.forget_stored(theirs)

        def take_theirs() -> None:
            shown = self._commitments.get(card_id)
            if shown is not None:
                shown.replace_with_stored(theirs)

        self.conflict = offer_choice(
            self,
            theirs,
            mine,
            session=self.session,
            reread=Aspect.SHARING,
            keep_mine=lambda: self.session.execute(SetLeaderCommitment(card_id, mine, expected=theirs)),
            take_theirs=take_theirs,
        )

    def _item_text(self, item: SharingItem) -> str:
        labels = (self.tr("Where"), self.tr("What"), self.tr("Who"), self.tr("When"))
        values = (item.place or channel_name(item.channel), item.what, item.who, item.when)
        return "\n".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))

    # --- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.commitments_group.setTitle(self.tr("Walk the talk: how leaders model each value"))
        self.commitments_intro.setText(
            self.tr(
                "A team adopts what its leads do, not what they say. For each value, write what the "
                "leads will do inside the team so that staff see it lived."
            )
        )
        self.no_values.setText(self.tr("Choose the values in the Values step first."))
        self._describe_commitments()
        self.plan_group.setTitle(self.tr("Sharing plan"))
        self.plan_intro.setText(
            self.tr(
                "Where the philosophy becomes visible: what is shared, who takes care of it, and by when."
            )
        )
        self.plan.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("What"), self.tr("Who"), self.tr("When")]
        )
        self.plan.setAccessibleName(self.tr("Sharing plan"))
        self.add_item.setText(self.tr("&Add to the plan"))
        self.remove_item.setText(self.tr("&Remove from the plan"))
        self.channel_menu.clear()
        for channel in SharingChannel:
            action = self.channel_menu.addAction(channel_name(channel))
            action.triggered.connect(lambda _checked=False, channel=channel: self._add(channel))
        metrics = self.plan.fontMetrics()
        widest = max(metrics.horizontalAdvance(channel_name(channel)) for channel in SharingChannel)
        self.plan.horizontalHeader().resizeSection(0, widest + 24)
        if self._plan:
            self._show_plan(self._plan)
        self.plan.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.plan.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
