"""The "Open to phones" window: the large QR code, the join code and address, a live
count of answers, and the ways out (present it full screen, close the survey, or stop
serving by closing the window).

Closing this window stops the server: nothing keeps listening on the network
without a visible sign of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.phones.join_card import JoinCard
from philosophy_studio.gui.phones.phone_controller import PhoneSurveyController
from philosophy_studio.gui.theme import READING, SUBHEADING, scale_font

# Room left for the window's frame and title bar when placing it (pixels).
FRAME = 40


class PhonePanel(FollowsLanguage, QWidget):
    present_requested = Signal()

    def __init__(self, controller: PhoneSurveyController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("phonePanel")
        self.controller = controller
        self.status = QLabel()
        self.status.setObjectName("phoneStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        scale_font(self.status, READING)
        self.card = JoinCard(360, kind=controller.kind)
        # Its room is kept while the server starts, so the panel has its size (and its
        # place on screen) from the start.
        policy = self.card.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.card.setSizePolicy(policy)
        self.count = QLabel()
        self.count.setObjectName("phoneAnswerCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.count, SUBHEADING, bold=True)
        self.present = QPushButton()
        self.present.setObjectName("phonePresent")
        self.close_survey = QPushButton()
        self.close_survey.setObjectName("phoneCloseSurvey")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("phoneStop")
        buttons = QHBoxLayout()
        buttons.addWidget(self.present)
        buttons.addStretch(1)
        buttons.addWidget(self.close_survey)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.card)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.present, self.close_survey)
        self.setTabOrder(self.close_survey, self.stop_button)

        self._placed = False
        self.present.clicked.connect(self.present_requested)
        self.close_survey.clicked.connect(controller.close_survey)
        self.stop_button.clicked.connect(self.close)
        controller.started.connect(self._show_state)
        controller.stopped.connect(self._on_stopped)
        controller.failed.connect(self._on_failed)
        controller.code_changed.connect(self.card.show_code)
        controller.session.changed.connect(self._on_changed)
        self._problem = ""
        self.retranslate_ui()

    def bring_forward(self) -> None:
        """Show the panel in front, whether it was closed or only behind the workshop's
        window: the step's button opens it again either way."""
        self.show()
        self.raise_()
        self.activateWindow()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        # Placed before the window first appears: a window manager moves it no more.
        if visible and not self._placed:
            self._placed = True
            self._place_over_the_window()
        super().setVisible(visible)

    def _place_over_the_window(self) -> None:
        """Over the middle of the app's window and wholly on its screen: a window
        manager left to itself may put the panel half off-screen, QR code and all."""
        owner = self.parentWidget().window() if self.parentWidget() is not None else None
        screen = (owner.screen() if owner is not None else self.screen()).availableGeometry()
        # Polished and laid out first: before that the size hint leaves out the card.
        self.ensurePolished()
        self.layout().activate()
        size = self.sizeHint().expandedTo(self.minimumSizeHint()).boundedTo(screen.size())
        self.resize(size)
        place = QRect(QPoint(0, 0), size)
        place.moveCenter(owner.frameGeometry().center() if owner is not None else screen.center())
        # The frame is not known before the window appears: room is left for it.
        left = min(max(place.left(), screen.left()), screen.left() + screen.width() - size.width() - FRAME)
        top = min(max(place.top(), screen.top()), screen.top() + screen.height() - size.height() - FRAME)
        self.move(left, top)

    def _on_changed(self, _workshop: Workshop, changes: Changes) -> None:
        if changes.touches(Aspect.ANSWERS, Aspect.SURVEY, Aspect.VOTES, Aspect.VALUES):
            self._show_count()

    def _show_count(self) -> None:
        total = self.controller.answer_count()
        if self.controller.kind is PhoneForm.VOTES:
            self.count.setText(self.tr("%Ln voter(s) so far", "", total))
        elif self.controller.kind is PhoneForm.CARDS:
            self.count.setText(self.tr("%Ln card(s) from phones so far", "", total))
        else:
            self.count.setText(self.tr("%Ln answer(s) so far", "", total))

    def _show_state(self) -> None:
        running = self.controller.is_running
        if running:
            self._problem = ""
            self.card.show_server(self.controller.url, self.controller.join_url, self.controller.join_code)
            if self.controller.kind is PhoneForm.VOTES:
                ready = self.tr(
                    "Phones on the same network can place their dots now. Only the totals are kept: "
                    "no name, address or time, and not who chose what."
                )
            elif self.controller.kind is PhoneForm.PULSE:
                ready = self.tr(
                    "Phones on the same network can answer the pulse now. Nothing about them is "
                    "recorded: no name, address or time."
                )
            elif self.controller.kind is PhoneForm.CARDS:
                ready = self.tr(
                    "Phones on the same network can add value cards now. Nothing about who sent "
                    "one is kept: no name, address or time."
                )
            else:
                ready = self.tr(
                    "Phones on the same network can answer now. Nothing about them is recorded: "
                    "no name, address or time."
                )
            self.status.setText(ready)
        elif self._problem:
            self.status.setText(self._problem)
        else:
            self.status.setText(self.tr("Starting…"))
        self.card.setVisible(running)
        self.close_survey.setEnabled(running)
        self._show_count()

    def _on_stopped(self) -> None:
        # Stopped elsewhere (the survey was closed on the page, the workshop closed):
        # the window has nothing left to show.
        self.close()

    def _on_failed(self, message: str) -> None:
        self._problem = message
        self._show_state()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.controller.stop()
        super().closeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # A longer text (another language, the ready message) takes more lines: the
            # window grows rather than let them be drawn over the QR code.
            needed = self.layout().totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)
        return handled

    def retranslate_ui(self) -> None:
        self.present.setText(self.tr("&Present full screen"))
        self.present.setAccessibleDescription(self.tr("Present the QR code and the count full screen"))
        self.stop_button.setText(self.tr("&Stop serving phones"))
        # Cards have nothing to close (the board takes them for as long as it is served),
        # and this window is what the room looks at while they arrive.
        self.close_survey.setVisible(self.controller.kind not in (PhoneForm.CARDS, PhoneForm.PULSE))
        self.present.setVisible(self.controller.kind not in (PhoneForm.CARDS, PhoneForm.PULSE))
        if self.controller.kind is PhoneForm.PULSE:
            self.setWindowTitle(self.tr("Staff pulse from phones"))
            self.stop_button.setAccessibleDescription(self.tr("Stop taking the pulse from phones"))
        elif self.controller.kind is PhoneForm.CARDS:
            self.setWindowTitle(self.tr("Value cards from phones"))
            self.stop_button.setAccessibleDescription(self.tr("Stop taking cards from phones"))
        elif self.controller.kind is PhoneForm.VOTES:
            self.setWindowTitle(self.tr("Votes from phones"))
            self.close_survey.setText(self.tr("&Close the round"))
            self.close_survey.setAccessibleDescription(
                self.tr("Close the voting round and stop taking dots from phones")
            )
            self.stop_button.setAccessibleDescription(self.tr("Stop serving phones; the round stays open"))
        else:
            self.setWindowTitle(self.tr("Answers from phones"))
            self.close_survey.setText(self.tr("&Close the survey"))
            self.close_survey.setAccessibleDescription(
                self.tr("Close the survey and stop taking answers from phones")
            )
            self.stop_button.setAccessibleDescription(self.tr("Stop serving phones; the survey stays open"))
        self.card.retranslate_ui()
        self._show_state()
