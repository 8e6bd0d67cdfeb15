"""The voting kiosk: staff place their dots on the value cards one after another.

Each person sees the cards and their own dots only, never the tallies or anyone's
ballot. A ballot is counted (on the storage thread) before the thank-you screen
appears; then the form is empty for the next person. Only the facilitator's PIN
leaves it.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import ValueCard, VotingRound
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.kiosk.kiosk_window import KIOSK_TYPE
from philosophy_studio.gui.kiosk.locked_window import LockedWindow
from philosophy_studio.gui.kiosk.pin_dialog import Pin
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.theme import HEADING, SUBHEADING, scale_font

if TYPE_CHECKING:
    from philosophy_studio.domain.changes import Changes
    from philosophy_studio.services.workshop_service import WorkshopService


class VotingKioskWindow(LockedWindow):
    def __init__(
        self, session: WorkshopSession, voting_round: VotingRound, cards: list[ValueCard], pin: Pin
    ) -> None:
        super().__init__(pin)
        self.setObjectName("votingKiosk")
        self.session = session
        self._round = voting_round
        self._storing = False
        # One random token per ballot form: a retry after a storage hiccup counts once.
        self._token = uuid.uuid4().hex

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.heading, HEADING, bold=True)
        self.remaining = QLabel()
        self.remaining.setObjectName("dotsRemaining")
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.remaining, SUBHEADING, bold=True)
        self.dots: dict[int, QSpinBox] = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(24)
        for row, card in enumerate(cards):
            name = QLabel(card.name)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            scale_font(name, KIOSK_TYPE, bold=True)
            description = QLabel(card.description)
            description.setTextFormat(Qt.TextFormat.PlainText)
            description.setWordWrap(True)
            spin = QSpinBox()
            spin.setRange(0, voting_round.max_per_card)
            spin.setAccessibleName(card.name)
            spin.setMinimumHeight(48)
            scale_font(spin, KIOSK_TYPE)
            spin.valueChanged.connect(self._on_dots_changed)
            name.setBuddy(spin)
            grid.addWidget(name, row * 2, 0)
            grid.addWidget(spin, row * 2, 1, 2, 1)
            grid.addWidget(description, row * 2 + 1, 0)
            self.dots[card.id] = spin
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        self.submit = QPushButton()
        self.submit.setObjectName("votingSubmit")
        self.submit.setMinimumHeight(64)
        scale_font(self.submit, KIOSK_TYPE, bold=True)
        self.promise = QLabel()
        self.promise.setWordWrap(True)
        self.promise.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = QLabel()
        self.problem.setObjectName("votingProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.problem, SUBHEADING, bold=True)
        self.problem.hide()

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self.heading)
        form_layout.addWidget(self.remaining)
        form_layout.addWidget(scroll, 1)
        form_layout.addWidget(self.problem)
        submit_row = QHBoxLayout()
        submit_row.addStretch(1)
        submit_row.addWidget(self.submit, 2)
        submit_row.addStretch(1)
        form_layout.addLayout(submit_row)
        form_layout.addWidget(self.promise)
        self.frame(form, "voting")
        for spin in self.dots.values():
            self.watch_typing(spin)
            # The spin box's own line edit gets the keys.
            self.watch_typing(spin.lineEdit())
        self.submit.clicked.connect(self.cast)
        self.retranslate_ui()

    @property
    def placed(self) -> int:
        return sum(spin.value() for spin in self.dots.values())

    def has_draft(self) -> bool:
        return self.placed > 0 and not self._storing

    def _on_dots_changed(self) -> None:
        left = self._round.dots_per_person - self.placed
        # No spin box may take more than the dots that are left.
        for spin in self.dots.values():
            spin.setMaximum(min(self._round.max_per_card, spin.value() + max(left, 0)))
        self._show_remaining()

    def _show_remaining(self) -> None:
        left = self._round.dots_per_person - self.placed
        self.remaining.setText(self.tr("You have %Ln dot(s) left.", "", left))

    def cast(self) -> None:
        if self._storing:
            return
        ballot = {card_id: spin.value() for card_id, spin in self.dots.items() if spin.value()}
        if not ballot:
            self.problem.setText(self.tr("Place at least one dot first."))
            self.problem.show()
            return
        self._storing = True
        self.submit.setEnabled(False)
        round_id, token = self._round.id, self._token

        def job(service: WorkshopService) -> tuple[bool, Changes]:
            from philosophy_studio.services.voting import cast_ballot

            return cast_ballot(service, round_id, ballot, token)

        self.session.call(job, self._on_counted, self._on_failed)

    def _on_counted(self, _result: object) -> None:
        self._storing = False
        self.submit.setEnabled(True)
        self.forget()
        self.show_thanks()

    def _on_failed(self, error: BaseException) -> None:
        self._storing = False
        self.submit.setEnabled(True)
        self.problem.setText(
            self.tr("Your dots could not be counted. Please call the facilitator.")
            + "\n"
            + (error_message(error, unexpected=True) or "")
        )
        self.problem.show()

    def forget(self) -> None:
        self._token = uuid.uuid4().hex
        for spin in self.dots.values():
            spin.blockSignals(True)
            spin.setValue(0)
            spin.setMaximum(self._round.max_per_card)
            spin.blockSignals(False)
        self.problem.hide()
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
