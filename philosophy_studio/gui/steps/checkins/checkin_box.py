"""What the boxes of the Check-ins step that show one check-in at a time share."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from philosophy_studio.domain.checkin_commands import SetCheckInDays
from philosophy_studio.domain.model import Workshop
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.services.checkins import shown_plan


def value_name_label() -> QLabel:
    """A chosen value's name at the head of its row, in bold and shown as typed: the
    team's own words are never taken for markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class CheckInBox(FollowsLanguage, QGroupBox):
    """A box about the check-in its ``show_checkin`` was given: the workshop, the
    check-in's number and day (None: there is no check-in) and whether the team keeps
    it in its plan."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._workshop: Workshop | None = None
        self._day: dt.date | None = None
        self._number = 0
        self._planned = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)

    def _set_checkin_title(self, without_checkin: str, at_checkin: str) -> None:
        """``at_checkin`` names the check-in's number as %1 and its day as %2."""
        if self._day is None:
            self.setTitle(without_checkin)
            return
        day = QLocale().toString(self._day, QLocale.FormatType.LongFormat)
        self.setTitle(at_checkin.replace("%1", str(self._number)).replace("%2", day))

    def _keep_plan(self) -> None:
        """The suggested plan becomes the team's own when the first result is kept at
        one of its check-ins: results are kept by the check-in's day."""
        workshop = self._workshop
        if workshop is not None and not self._planned:
            self.session.execute(SetCheckInDays(tuple(c.day for c in shown_plan(workshop)), expected=()))
            self._planned = True
