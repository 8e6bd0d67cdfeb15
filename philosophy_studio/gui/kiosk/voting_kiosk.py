"""The voting kiosk: staff place their dots on the value cards one after another.

Each person sees the cards and their own dots only, never the tallies or anyone's
ballot. A ballot is counted (on the storage thread) before the thank-you screen
appears; then the form is empty for the next person. Only the facilitator's PIN
leaves it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from philosophy_studio.domain.model import ValueCard, VotingRound
from philosophy_studio.domain.rules.values import clustered
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.kiosk.form_kiosk import FormKioskWindow
from philosophy_studio.gui.kiosk.kiosk_window import KIOSK_TYPE
from philosophy_studio.gui.kiosk.pin_dialog import Pin
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.theme import SUBHEADING, scale_font
from philosophy_studio.gui.widgets.value_board import group_title

if TYPE_CHECKING:
    from philosophy_studio.domain.changes import Changes
    from philosophy_studio.services.workshop_service import WorkshopService


# A finger's width and more: the − and + of a value on the ballot.
TAP_TARGET = 64
# The keys that change a value's dots, as they would a spin box's.
KEY_STEPS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Plus: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_Minus: -1}


class VotingKioskWindow(FormKioskWindow):
    def __init__(
        self, session: WorkshopSession, voting_round: VotingRound, cards: list[ValueCard], pin: Pin
    ) -> None:
        super().__init__(session, pin, "voting")
        self._round = voting_round

        self.remaining = QLabel()
        self.remaining.setObjectName("dotsRemaining")
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.remaining, SUBHEADING, bold=True)
        self.dots: dict[int, DotCounter] = {}
        self.group_headings: list[QLabel] = []
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(24)
        row = 0
        # In the groups the room made on the board, in the board's order: the same
        # cards stand together on every ballot.
        for cluster, group in clustered(cards, lambda card: card.cluster):
            if cluster is not None:
                heading = QLabel(cluster)
                heading.setTextFormat(Qt.TextFormat.PlainText)
                heading.setProperty("cluster", cluster)
                scale_font(heading, SUBHEADING, bold=True)
                heading.setForegroundRole(QPalette.ColorRole.Link)
                heading.setContentsMargins(0, 24 if row else 0, 0, 0)
                grid.addWidget(heading, row, 0, 1, 2)
                self.group_headings.append(heading)
                row += 1
            for card in group:
                name = QLabel(card.name)
                name.setTextFormat(Qt.TextFormat.PlainText)
                name.setWordWrap(True)
                scale_font(name, KIOSK_TYPE, bold=True)
                description = QLabel(card.description)
                description.setTextFormat(Qt.TextFormat.PlainText)
                description.setWordWrap(True)
                counter = DotCounter(card.name, voting_round.max_per_card)
                counter.value_changed.connect(self._on_dots_changed)
                name.setBuddy(counter)
                grid.addWidget(name, row, 0)
                grid.addWidget(counter, row, 1, 2, 1)
                grid.addWidget(description, row + 1, 0)
                self.dots[card.id] = counter
                row += 2
        grid.setColumnStretch(0, 1)
        self._lay_out(grid_widget, self.remaining)
        for counter in self.dots.values():
            for part in (counter, counter.fewer, counter.more):
                self.watch_typing(part)
        self.submit.clicked.connect(self.cast)
        self.retranslate_ui()

    @property
    def placed(self) -> int:
        return sum(counter.value() for counter in self.dots.values())

    def has_draft(self) -> bool:
        return self.placed > 0 and not self._storing

    def _on_dots_changed(self) -> None:
        left = self._round.dots_per_person - self.placed
        # No value may take more than the dots that are left.
        for counter in self.dots.values():
            counter.setMaximum(min(self._round.max_per_card, counter.value() + max(left, 0)))
        self._show_remaining()

    def _show_remaining(self) -> None:
        left = self._round.dots_per_person - self.placed
        self.remaining.setText(self.tr("You have %Ln dot(s) left.", "", left))

    def cast(self) -> None:
        if self._storing:
            return
        ballot = {card_id: counter.value() for card_id, counter in self.dots.items() if counter.value()}
        if not ballot:
            self._show_problem(self.tr("Place at least one dot first."))
            return
        round_id = self._round.id

        def job(service: WorkshopService, token: str) -> tuple[bool, Changes]:
            from philosophy_studio.services.voting import cast_ballot

            return cast_ballot(service, round_id, ballot, token)

        self._store(job)

    def _not_stored_text(self) -> str:
        return self.tr("Your dots could not be counted. Please call the facilitator.")

    def forget(self) -> None:
        super().forget()
        for counter in self.dots.values():
            counter.blockSignals(True)
            counter.setMaximum(self._round.max_per_card)
            counter.setValue(0)
            counter.blockSignals(False)
        self._show_remaining()

    def show_form(self) -> None:
        super().show_form()
        first = next(iter(self.dots.values()), None)
        if first is not None:
            first.setFocus()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Dot voting"))
        self.heading.setText(self.tr("Which values matter most? Place your dots."))
        self._show_remaining()
        self.submit.setText(self.tr("&Send my dots"))
        self.submit.setAccessibleName(self.tr("Send my dots"))
        self.promise.setText(
            self.tr(
                "Anonymous: only the total per value is kept, never who placed which dot. "
                "At most %Ln dot(s) on one value.",
                "",
                self._round.max_per_card,
            )
        )
        self.thanks.setText(
            self.tr("Thank you! Your dots are counted.\n\nPress any key for the next person.")
        )
        self.thanks.setAccessibleName(self.tr("Thank you"))
        for heading in self.group_headings:
            heading.setText(group_title(heading.property("cluster")))
        for counter in self.dots.values():
            counter.retranslate_ui()


class DotCounter(FollowsLanguage, QWidget):
    """A value's dots on the ballot: large − and + buttons around the count, for a
    finger on a touch screen as much as for a mouse (a spin box's arrows are too
    small to hit in passing). With the focus, Up/Down and +/− change it too."""

    value_changed = Signal(int)

    def __init__(self, card_name: str, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card_name = card_name
        self._value = 0
        self._maximum = maximum
        self.fewer, self.more = QPushButton("−"), QPushButton("+")
        # The counter holds the keyboard focus, not its buttons: a button would lose it
        # on being disabled at nought or at the most, and would take the arrow keys to
        # move the focus on.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.count, KIOSK_TYPE, bold=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.fewer, self.more):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedSize(TAP_TARGET, TAP_TARGET)
            scale_font(button, KIOSK_TYPE, bold=True)
        # Room for two digits, so the buttons never move as the count changes.
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("00") + 16)
        layout.addWidget(self.fewer)
        layout.addWidget(self.count)
        layout.addWidget(self.more)
        self.fewer.clicked.connect(lambda: self.setValue(self._value - 1))
        self.more.clicked.connect(lambda: self.setValue(self._value + 1))
        self._show()
        self.retranslate_ui()

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802 - as QSpinBox has it
        value = max(0, min(value, self._maximum))
        if value != self._value:
            self._value = value
            self._show()
            self.value_changed.emit(value)

    def setMaximum(self, maximum: int) -> None:  # noqa: N802 - as QSpinBox has it
        self._maximum = maximum
        self.setValue(self._value)
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        step = KEY_STEPS.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self.setValue(self._value + step)
        event.accept()

    def _show(self) -> None:
        self.count.setText(str(self._value))
        self.fewer.setEnabled(self._value > 0)
        self.more.setEnabled(self._value < self._maximum)
        self.count.setAccessibleName(
            self.tr("Dots on %1: %2").replace("%1", self._card_name).replace("%2", str(self._value))
        )

    def retranslate_ui(self) -> None:
        self.fewer.setAccessibleName(self.tr("One dot fewer on %1").replace("%1", self._card_name))
        self.more.setAccessibleName(self.tr("One dot more on %1").replace("%1", self._card_name))
        self._show()
