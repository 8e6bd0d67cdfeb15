"""The coach's notes on the draft being written, from the checks of the vision coach."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from philosophy_studio.domain.vision_coach import TARGET_WORDS, Check, CheckKind


class CoachPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.advice = QLabel()
        self.advice.setObjectName("visionCoach")
        self.advice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.advice)
        self.retranslate_ui()

    def show_checks(self, number: int, checks: Sequence[Check]) -> None:
        """The checks of draft ``number``, then two questions only the room can answer."""
        self.setTitle(self.tr("Coach: draft %1").replace("%1", str(number)))
        lines = [self._describe(check) for check in checks]
        lines += [
            "• " + escape(self.tr("Ask the room: does it say what makes your service different?")),
            "• " + escape(self.tr("Ask the room: would it motivate someone on a hard day?")),
        ]
        self.advice.setText("<br>".join(lines))

    def clear(self) -> None:
        self.advice.clear()

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
                else self.tr("Could it use one of the staff's own survey words?")
            )
        elif not check.number:
            text = self.tr("Choose the values in the Values step to see whether the vision carries them.")
        else:
            text = (
                self.tr("Carries every chosen value.")
                if check.passed
                else self.tr(
                    "Could it carry %1 too? A vision need not name every value; "
                    "say it in your own words if it fits."
                ).replace("%1", ", ".join(check.details))
            )
        # A suggestion left open is a question for the room, not a fault of the draft.
        mark = "✔" if check.passed else "○" if check.is_suggestion else "✘"
        return f"{mark} {escape(text)}"

    def retranslate_ui(self) -> None:
        self.advice.setAccessibleName(self.tr("Coaching for the draft"))
