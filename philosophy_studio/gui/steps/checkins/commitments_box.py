"""What the leaders promised for each value, looked at again at a check-in: where each
promise stands (not started, in progress, done) and a note of what they did or what got
in the way."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from philosophy_studio.domain.changes import Aspect
from philosophy_studio.domain.checkin_commands import SetCommitmentReview
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import CommitmentReview, CommitmentStatus, ValueCard, Workshop
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog, offer_choice
from philosophy_studio.gui.models.expectations import Expectations
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.checkins.checkin_box import CheckInBox, value_name_label
from philosophy_studio.gui.widgets.workshop_line_edit import WorkshopLineEdit

_STATUSES = (None, CommitmentStatus.NOT_STARTED, CommitmentStatus.IN_PROGRESS, CommitmentStatus.DONE)


class _ValueRow:
    """One chosen value's line: its name and promise, the status and the note."""

    def __init__(self) -> None:
        self.name = value_name_label()
        # The team's own words: shown as typed, never taken for markup.
        self.promise = QLabel()
        self.promise.setTextFormat(Qt.TextFormat.PlainText)
        self.promise.setWordWrap(True)
        self.promise.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status = QComboBox()
        self.note = WorkshopLineEdit()
        self.note.setMaxLength(2000)


class CommitmentsBox(CheckInBox):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._rows: dict[int, _ValueRow] = {}
        self._filling = False
        # Each (day, card)'s review as this box last saw it stored.
        self._seen: Expectations[tuple[dt.date, int], CommitmentReview | None] = Expectations(
            session, lambda: self._workshop, _stored_review
        )
        self.conflict: ConflictDialog | None = None
        self.no_values = QLabel()
        self.no_values.setWordWrap(True)
        self.grid = QGridLayout()
        # The name and its status side by side, then room: a status is a short word.
        self.grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.no_values)
        session.unsaved_changed.connect(self._show_reviews)
        session.on_conflict((SetCommitmentReview,), self._on_conflict)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Each leader says what they did about their promise since the last meeting. Choose "
                "where it stands and note what happened or what got in the way."
            )
        )
        self.no_values.setText(
            self.tr("No values chosen yet: the promises are made in the Walk the talk step.")
        )
        self._show_title()
        for row in self._rows.values():
            self._fill_statuses(row)
        self._show_reviews()

    def _show_title(self) -> None:
        self._set_checkin_title(
            self.tr("Leaders' commitments"), self.tr("Leaders' commitments at check-in %1 (%2)")
        )

    def _status_names(self) -> dict[CommitmentStatus | None, str]:
        return {
            None: self.tr("Not reviewed yet"),
            CommitmentStatus.NOT_STARTED: self.tr("Not started"),
            CommitmentStatus.IN_PROGRESS: self.tr("In progress"),
            CommitmentStatus.DONE: self.tr("Done"),
        }

    def _fill_statuses(self, row: _ValueRow) -> None:
        names = self._status_names()
        self._filling = True
        try:
            current = row.status.currentIndex()
            row.status.clear()
            for status in _STATUSES:
                row.status.addItem(names[status], status)
            row.status.setCurrentIndex(max(current, 0))
        finally:
            self._filling = False

    # --- showing --------------------------------------------------------------------

    def show_checkin(self, workshop: Workshop, number: int, day: dt.date | None, *, planned: bool) -> None:
        """Show the reviews of the check-in numbered ``number`` on ``day`` (None: there
        is no check-in to review); ``planned`` when the team keeps it in its plan."""
        self._workshop = workshop
        if (day, number) != (self._day, self._number):
            self._commit_notes()
        self._day, self._number, self._planned = day, number, planned
        chosen = workshop.chosen_values
        if [card.id for card in chosen] != list(self._rows):
            self._commit_notes()
            self._rebuild(chosen)
        for card in chosen:
            row = self._rows[card.id]
            row.name.setText(card.name)
            row.promise.setText(card.leader_commitment.strip() or self.tr("(no promise written)"))
        self.no_values.setVisible(not chosen)
        self._show_title()
        self._show_reviews()

    def _rebuild(self, chosen: tuple[ValueCard, ...]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._rows = {}
        for index, card in enumerate(chosen):
            row = _ValueRow()
            self._fill_statuses(row)
            row.status.currentIndexChanged.connect(lambda _i, card_id=card.id: self._on_status(card_id))
            row.note.edited.connect(lambda text, _previous, card_id=card.id: self._on_note(card_id, text))
            line = index * 3
            self.grid.addWidget(row.name, line, 0)
            self.grid.addWidget(row.status, line, 1)
            self.grid.addWidget(row.promise, line + 1, 0, 1, 3)
            self.grid.addWidget(row.note, line + 2, 0, 1, 3)
            self._rows[card.id] = row
        self._name_controls()

    def _name_controls(self) -> None:
        for card_id, row in self._rows.items():
            name = self._card_name(card_id)
            row.status.setAccessibleName(self.tr("Where the promise for %1 stands").replace("%1", name))
            row.note.setAccessibleName(self.tr("Note on the promise for %1").replace("%1", name))
            row.note.setPlaceholderText(self.tr("What the leaders did, or what got in the way"))

    def _card_name(self, card_id: int) -> str:
        workshop = self._workshop
        card = next((c for c in workshop.value_cards if c.id == card_id), None) if workshop else None
        return card.name if card is not None else ""

    def tab_stops(self) -> list[QWidget]:
        """The box's controls in reading order: each value's status, then its note."""
        return [control for row in self._rows.values() for control in (row.status, row.note)]

    def reviews(self) -> dict[int, CommitmentReview]:
        """The shown check-in's reviews by card, those waiting for Retry included."""
        workshop = self._workshop
        if workshop is None or self._day is None:
            return {}
        found = {r.card_id: r for r in workshop.commitment_reviews if r.day == self._day}
        for waiting in self.session.unsaved(SetCommitmentReview):
            if waiting.day == self._day:
                if waiting.review is None:
                    found.pop(waiting.card_id, None)
                else:
                    found[waiting.card_id] = waiting.review
        return found

    def _show_reviews(self) -> None:
        reviews = self.reviews()
        self._filling = True
        try:
            for card_id, row in self._rows.items():
                review = reviews.get(card_id)
                row.status.setEnabled(self._day is not None)
                row.status.setCurrentIndex(_STATUSES.index(review.status if review else None))
                row.note.setEnabled(review is not None)
                row.note.show_stored(review.note if review else "")
        finally:
            self._filling = False
        self._name_controls()

    # --- editing --------------------------------------------------------------------

    def _commit_notes(self) -> None:
        for row in self._rows.values():
            row.note.commit()

    def commit_pending(self) -> None:
        self._commit_notes()

    def _store(self, card_id: int, review: CommitmentReview | None) -> None:
        workshop = self._workshop
        if workshop is None or self._day is None:
            return
        self._keep_plan()
        key = (self._day, card_id)
        self.session.execute(SetCommitmentReview(*key, review, expected=self._seen.expected(key)))
        self._seen.sent(key, review)

    def _on_conflict(self, error: EditConflictError) -> None:
        """Another facilitator reviewed this promise since this box last showed it: show
        both reviews and let the user keep one. Nothing of the refused edit was stored."""
        command = error.command
        assert isinstance(command, SetCommitmentReview)
        theirs: CommitmentReview | None = error.theirs  # type: ignore[assignment]
        row = self._rows.get(command.card_id)
        showing = row is not None and command.day == self._day
        mine = command.review
        if showing and mine is not None and row.note.has_unsaved_typing:
            # Typing went on after the refused edit: the screen holds the latest of mine.
            mine = dataclasses.replace(mine, note=row.note.text())

        def keep_mine() -> None:
            key = (command.day, command.card_id)
            self.session.execute(dataclasses.replace(command, review=mine, expected=theirs))
            self._seen.sent(key, mine)

        def take_theirs() -> None:
            if showing and command.day == self._day:
                row.note.replace_with_stored(theirs.note if theirs is not None else "")

        self.conflict = offer_choice(
            self,
            self._review_text(theirs),
            self._review_text(mine),
            session=self.session,
            reread=Aspect.CHECKINS,
            keep_mine=keep_mine,
            take_theirs=take_theirs,
            explanation=self.tr(
                "While you were reviewing the promise for %1, another facilitator saved a different "
                "review. Keep one of the two."
            ).replace("%1", self._card_name(command.card_id)),
        )

    def _review_text(self, review: CommitmentReview | None) -> str:
        if review is None:
            return self._status_names()[None]
        status = self._status_names()[CommitmentStatus(review.status)]
        return f"{status}\n{review.note}" if review.note else status

    def _on_status(self, card_id: int) -> None:
        if self._filling or self._day is None:
            return
        row = self._rows[card_id]
        chosen = row.status.currentData()
        # Qt hands the item's data back as a plain string.
        status = CommitmentStatus(chosen) if chosen is not None else None
        if status is None:
            self._store(card_id, None)
        else:
            self._store(card_id, CommitmentReview(self._day, card_id, status, row.note.text()))
        row.note.setEnabled(status is not None)

    def _on_note(self, card_id: int, text: str) -> None:
        review = self.reviews().get(card_id)
        if review is None or self._day is None:
            return
        self._store(card_id, dataclasses.replace(review, note=text))


def _stored_review(workshop: Workshop, key: tuple[dt.date, int]) -> CommitmentReview | None:
    return next((r for r in workshop.commitment_reviews if (r.day, r.card_id) == key), None)
