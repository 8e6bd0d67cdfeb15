"""What a step page's files in and out share: the workshop they go to, the page their
dialogs open over and the page's status line for what happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from philosophy_studio.gui.models.workshop_session import WorkshopSession


class PageFiles(QObject):
    def __init__(
        self, session: WorkshopSession, page: QWidget, show_status: Callable[[Callable[[], str]], None]
    ) -> None:
        """``page``: where the dialogs open; ``show_status`` takes what makes the text
        of a report, so that the report follows a change of language."""
        super().__init__(page)
        self.session = session
        self._page = page
        self._show_status = show_status
