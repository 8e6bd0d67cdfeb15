"""Dot voting: the round's size, opening and closing it, voting in the kiosk or on
phones, and showing the votes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import MAX_DOTS, VotingRound, VotingStatus
from philosophy_studio.domain.rules.values import unmerged
from philosophy_studio.domain.voting_commands import AddVotingRound, RevealTallies, SetRoundOpen
from philosophy_studio.gui.kiosk.pin_dialog import SetPinDialog
from philosophy_studio.gui.kiosk.voting_kiosk import VotingKioskWindow
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.phones.phone_controller import PhoneVotingController
from philosophy_studio.gui.steps.values.board_panel import BoardPanel

if TYPE_CHECKING:
    from philosophy_studio.gui.phones.phone_panel import PhonePanel


class VotingPanel(QGroupBox):
    # The phone panel's Present button: the page shows the step on the projector.
    present_requested = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        board: BoardPanel,
        *,
        commit_pending: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._board = board
        self._commit_pending = commit_pending
        self.pin_dialog: SetPinDialog | None = None
        self.voting_kiosk: VotingKioskWindow | None = None
        self.phones = PhoneVotingController(session, self)
        self.phone_panel: PhonePanel | None = None

        self.voting_status = QLabel()
        self.voting_status.setObjectName("votingStatus")
        self.voting_status.setWordWrap(True)
        self.dots_per_person = QSpinBox()
        self.dots_per_person.setRange(1, MAX_DOTS)
        self.dots_per_person.setValue(3)
        self.max_per_card = QSpinBox()
        self.max_per_card.setRange(1, MAX_DOTS)
        self.max_per_card.setValue(2)
        self.dots_label, self.per_card_label = QLabel(), QLabel()
        self.dots_label.setBuddy(self.dots_per_person)
        self.per_card_label.setBuddy(self.max_per_card)
        self.open_round = QPushButton()
        self.open_round.setObjectName("openRound")
        self.start_voting_kiosk = QPushButton()
        self.start_voting_kiosk.setObjectName("votingKioskButton")
        self.voting_phones = QPushButton()
        self.voting_phones.setObjectName("votingPhonesButton")
        self.close_round = QPushButton()
        self.close_round.setObjectName("closeRound")
        self.reveal = QPushButton()
        self.reveal.setObjectName("revealVotes")
        self.reveal.setCheckable(True)
        # A label and its number per row, and two buttons a row: the column beside the
        # board stays narrow enough to leave the guidance its width at 1200 pixels.
        sizes = QFormLayout()
        sizes.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        sizes.addRow(self.dots_label, self.dots_per_person)
        sizes.addRow(self.per_card_label, self.max_per_card)
        buttons = QGridLayout()
        for index, button in enumerate(
            (self.open_round, self.close_round, self.start_voting_kiosk, self.voting_phones, self.reveal)
        ):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.voting_status)
        layout.addLayout(sizes)
        layout.addLayout(buttons)
        self.dots_per_person.valueChanged.connect(self.max_per_card.setMaximum)
        self.open_round.clicked.connect(self._open_round)
        self.start_voting_kiosk.clicked.connect(self.open_voting_kiosk)
        self.voting_phones.clicked.connect(self.open_voting_to_phones)
        self.close_round.clicked.connect(self._close_round)
        self.reveal.toggled.connect(self._on_reveal_toggled)

    def _latest_round(self) -> VotingRound | None:
        workshop = self.session.workshop
        return workshop.voting_rounds[-1] if workshop and workshop.voting_rounds else None

    def _open_round_now(self) -> VotingRound | None:
        workshop = self.session.workshop
        rounds = workshop.voting_rounds if workshop else ()
        return next((r for r in rounds if r.status is VotingStatus.OPEN), None)

    def show_state(self) -> None:
        """The latest round's state, and the buttons that fit it."""
        latest, open_now = self._latest_round(), self._open_round_now()
        if latest is None:
            status = self.tr("No voting round yet. Open one when the board is complete.")
        else:
            size = self.tr("%Ln dot(s) each", "", latest.dots_per_person)
            voted = self.tr("%Ln voter(s)", "", latest.voters)
            state = self.tr("open") if latest.status is VotingStatus.OPEN else self.tr("closed")
            shown = self.tr("votes shown") if latest.revealed else self.tr("votes hidden")
            status = self.tr("Latest round: %1, %2; %3; %4.")
            status = status.replace("%1", state).replace("%2", size).replace("%3", voted).replace("%4", shown)
        self.voting_status.setText(status)
        self.open_round.setEnabled(open_now is None)
        self.start_voting_kiosk.setEnabled(open_now is not None)
        self.voting_phones.setEnabled(open_now is not None)
        self.close_round.setEnabled(open_now is not None)
        self.reveal.setEnabled(latest is not None)
        self.reveal.blockSignals(True)
        self.reveal.setChecked(bool(latest and latest.revealed))
        self.reveal.blockSignals(False)
        self.reveal.setText(
            self.tr("&Hide the votes") if latest and latest.revealed else self.tr("Show the vot&es")
        )

    def _open_round(self) -> None:
        wanted = VotingRound(
            id=0, dots_per_person=self.dots_per_person.value(), max_per_card=self.max_per_card.value()
        )
        self.session.execute(AddVotingRound(wanted))

    def _close_round(self) -> None:
        open_now = self._open_round_now()
        if open_now is not None:
            self.session.execute(SetRoundOpen(open_now.id, False))

    def _on_reveal_toggled(self, revealed: bool) -> None:
        latest = self._latest_round()
        if latest is not None:
            self.session.execute(RevealTallies(latest.id, revealed))

    def open_voting_kiosk(self) -> None:
        self._commit_pending()
        self.pin_dialog = SetPinDialog(self, voting=True)
        self.pin_dialog.accepted.connect(self._start_voting_kiosk)
        self.pin_dialog.open()

    def open_voting_to_phones(self) -> None:
        """Serve the open round's ballot to phones on the local network."""
        self._commit_pending()
        if self.phone_panel is None:
            # Loaded on first use: most workshops never open to phones.
            from philosophy_studio.gui.phones.phone_panel import PhonePanel

            self.phone_panel = PhonePanel(self.phones, self)
            self.phone_panel.present_requested.connect(self.present_requested)
        self.phones.start()
        self.phone_panel.bring_forward()

    def _start_voting_kiosk(self) -> None:
        open_now = self._open_round_now()
        if open_now is None or self.pin_dialog is None:
            return
        cards = list(unmerged(self._board.cards))
        self.voting_kiosk = VotingKioskWindow(self.session, open_now, cards, self.pin_dialog.chosen_pin())
        self.voting_kiosk.open_over(
            self.window(), self.pin_dialog.expected_people(), self._on_voting_kiosk_left
        )

    def _on_voting_kiosk_left(self) -> None:
        self.voting_kiosk = None

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Dot voting"))
        self.dots_label.setText(self.tr("Dots per &person:"))
        self.per_card_label.setText(self.tr("At most on one &value:"))
        self.open_round.setText(self.tr("&Open a round"))
        self.start_voting_kiosk.setText(self.tr("Voting &kiosk…"))
        self.start_voting_kiosk.setToolTip(
            self.tr("A locked full-screen ballot where staff place their dots one after another")
        )
        self.close_round.setText(self.tr("&Close the round"))
        self.voting_phones.setText(self.tr("Open &to phones…"))
        self.voting_phones.setToolTip(
            self.tr("Staff scan a QR code and place their dots on their own phones, on the local network")
        )
        self.show_state()
