"""Runs the phone survey server for the open workshop, beside the Qt event loop.

The server is started on the storage thread (it gets the session's own service there),
answers phones on its own threads, and reports each stored answer through a queued
signal; the workshop is then re-read on the storage thread, a burst of answers
coalescing into one reload. Reloads start at most every RELOAD_EVERY_MS: each one
refreshes every page on the GUI thread (5-13 ms) and re-reads on the storage thread,
so a room answering at once updates the count a few times a second rather than after
every answer. Closing the survey, closing the workshop or opening another one stops the
server, which kills its link and join code.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import VotingRound, VotingStatus, Workshop
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.domain.voting_commands import SetRoundOpen
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.models.workshop_session import WorkshopSession

if TYPE_CHECKING:
    from philosophy_studio.services.workshop_service import WorkshopService
    from philosophy_studio.survey_server.server import SurveyServer

RELOAD_EVERY_MS = 300


class PhoneSurveyController(QObject):
    """Serves the survey question; PhoneVotingController serves the open voting round,
    PhoneCardsController the brainstorm form, PhonePulseController a check-in's pulse."""

    kind = PhoneForm.SURVEY
    started = Signal()
    stopped = Signal()
    # The join code, formatted for reading ("7724 9102"); it changes after repeated
    # wrong attempts.
    code_changed = Signal(str)
    failed = Signal(str)
    # Emitted on the server's threads; connected queued to the GUI thread.
    _answer_stored = Signal()
    _code_rotated = Signal(str)

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.server: SurveyServer | None = None
        self._starting = False
        self._reloading = False
        self._reload_again = False
        # The next reload, while the last one started less than RELOAD_EVERY_MS ago.
        self._reload_later = QTimer(self)
        self._reload_later.setObjectName("phoneReload")
        self._reload_later.setSingleShot(True)
        self._reload_later.timeout.connect(self._reload)
        self._since_reload = QElapsedTimer()
        self._answer_stored.connect(self._on_answer_stored)
        self._code_rotated.connect(self._on_code_rotated)
        session.changed.connect(self._on_changed)
        session.closed.connect(self.stop)
        session.opened.connect(lambda _workshop: self.stop())

    @property
    def is_running(self) -> bool:
        return self.server is not None

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    @property
    def join_url(self) -> str:
        return self.server.join_url if self.server is not None else ""

    @property
    def join_code(self) -> str:
        if self.server is None:
            return ""
        from philosophy_studio.services.phone_survey import format_join_code

        return format_join_code(self.server.join_code)

    def start(self) -> None:
        """Open the survey if it is closed, then serve it to phones."""
        workshop = self.session.workshop
        if workshop is None or self.server is not None or self._starting:
            return
        if not workshop.survey.is_open:
            # Queued before the start on the same storage thread, so it lands first.
            self.session.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
        self._serve()

    def _serve(self) -> None:
        self._starting = True
        stored = self._answer_stored.emit
        rotated = self._code_rotated.emit
        kind = self.kind

        def job(service: WorkshopService) -> tuple[SurveyServer, Changes]:
            from philosophy_studio.services.phone_survey import start_phone_form

            return start_phone_form(kind, service, on_stored=stored, on_code_rotated=rotated), Changes()

        self.session.call(job, self._on_started, self._on_start_failed)

    def is_collecting(self, workshop: Workshop) -> bool:
        """Whether ``workshop`` takes what this controller serves."""
        return workshop.survey.is_open

    def stop(self) -> None:
        if self._reload_later.isActive():
            # Answers stored before the stop are counted now.
            self._reload_later.stop()
            self._reload()
        server, self.server = self.server, None
        if server is None:
            return
        server.stop()
        self.stopped.emit()

    def close_survey(self) -> None:
        """Close the survey (undoable, like the page's checkbox); the server follows."""
        workshop = self.session.workshop
        if workshop is not None and workshop.survey.is_open:
            self.session.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, False))
        self.stop()

    def answer_count(self) -> int:
        workshop = self.session.workshop
        return len(workshop.answers) if workshop is not None else 0

    # --- callbacks -------------------------------------------------------------------

    def _on_started(self, server: SurveyServer) -> None:
        self._starting = False
        workshop = self.session.workshop
        if workshop is None or not self.is_collecting(workshop):
            # The survey was closed, or the workshop left, while the server started.
            server.stop()
            return
        self.server = server
        self.started.emit()

    def _on_start_failed(self, error: BaseException) -> None:
        self._starting = False
        if isinstance(error, OSError):
            # Binding the address failed (no network, or the chosen port is taken).
            message = self.tr(
                "Phones cannot connect: this computer's network address could not be used (%1)."
            )
            message = message.replace("%1", error.strerror or type(error).__name__)
        else:
            message = error_message(error, unexpected=True) or str(error)
        self.failed.emit(message)

    def _on_changed(self, workshop: Workshop, changes: Changes) -> None:
        if changes.touches(Aspect.SURVEY, Aspect.VOTES) and not self.is_collecting(workshop):
            self.stop()

    def _on_code_rotated(self, _code: str) -> None:
        if self.server is not None:
            self.code_changed.emit(self.join_code)

    def _on_answer_stored(self) -> None:
        if self._reloading:
            self._reload_again = True
            return
        if self._reload_later.isActive():
            return
        since = self._since_reload.elapsed() if self._since_reload.isValid() else RELOAD_EVERY_MS
        if since < RELOAD_EVERY_MS:
            self._reload_later.start(RELOAD_EVERY_MS - since)
            return
        self._reload()

    def _reload(self) -> None:
        if not self.session.is_open:
            return  # nothing to re-read, and no answer would come back to end it
        self._reloading = True
        self._since_reload.start()
        changes = {
            PhoneForm.SURVEY: Changes.of(Aspect.ANSWERS),
            PhoneForm.VOTES: Changes.of(Aspect.VOTES, Aspect.VALUES),
            PhoneForm.CARDS: Changes.of(Aspect.VALUES),
            PhoneForm.PULSE: Changes.of(Aspect.ANSWERS, Aspect.CHECKINS),
        }[self.kind]
        self.session.call(lambda _service: (None, changes), self._on_reloaded, self._on_reload_failed)

    def _on_reloaded(self, _result: None) -> None:
        self._reloading = False
        if self._reload_again:
            self._reload_again = False
            self._on_answer_stored()

    def _on_reload_failed(self, error: BaseException) -> None:
        self._reloading = False
        # The answer is stored; the count catches up with the next one or the next edit.
        self.failed.emit(error_message(error, unexpected=True) or str(error))


class PhoneVotingController(PhoneSurveyController):
    """Serves the ballot of the open dot-voting round; closing the round stops it."""

    kind = PhoneForm.VOTES

    def start(self) -> None:
        """Serve the open round to phones (the page offers this only while one is open)."""
        workshop = self.session.workshop
        if workshop is None or self.server is not None or self._starting:
            return
        if not self.is_collecting(workshop):
            self.failed.emit(self.tr("Open a voting round first; phones vote in the open round."))
            return
        self._serve()

    def is_collecting(self, workshop: Workshop) -> bool:
        return open_round(workshop) is not None

    def close_survey(self) -> None:
        """Close the voting round (undoable); the server follows."""
        workshop = self.session.workshop
        voting = open_round(workshop) if workshop is not None else None
        if voting is not None:
            self.session.execute(SetRoundOpen(voting.id, False))
        self.stop()

    def answer_count(self) -> int:
        """How many people have voted in the open round (or the latest one)."""
        workshop = self.session.workshop
        if workshop is None or not workshop.voting_rounds:
            return 0
        voting = open_round(workshop) or workshop.voting_rounds[-1]
        return voting.voters


class PhoneCardsController(PhoneSurveyController):
    """Serves the brainstorm form: phones add value cards to the board while it runs."""

    kind = PhoneForm.CARDS

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self._cards_added = 0
        self._answer_stored.connect(self._count_card)
        self.started.connect(self._start_counting)

    def start(self) -> None:
        workshop = self.session.workshop
        if workshop is None or self.server is not None or self._starting:
            return
        self._serve()

    def is_collecting(self, workshop: Workshop) -> bool:
        return True

    def close_survey(self) -> None:
        self.stop()

    def answer_count(self) -> int:
        """How many cards phones added since the board was served."""
        return self._cards_added

    def _start_counting(self) -> None:
        self._cards_added = 0

    def _count_card(self) -> None:
        self._cards_added += 1


class PhonePulseController(PhoneSurveyController):
    """Serves the staff pulse of one check-in: it takes answers for as long as it is
    served, and stopping kills its link and join code."""

    kind = PhoneForm.PULSE

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.day: dt.date | None = None

    def start(self, day: dt.date | None = None) -> None:  # type: ignore[override]
        """Serve the pulse of the check-in of ``day`` (by default the one served last)."""
        day = day or self.day
        if self.session.workshop is None or day is None or self.server is not None or self._starting:
            return
        self.day = day
        self._starting = True
        stored = self._answer_stored.emit
        rotated = self._code_rotated.emit

        def job(service: WorkshopService) -> tuple[SurveyServer, Changes]:
            from philosophy_studio.services.phone_survey import start_phone_form

            server = start_phone_form(
                PhoneForm.PULSE, service, on_stored=stored, on_code_rotated=rotated, day=day
            )
            return server, Changes()

        self.session.call(job, self._on_started, self._on_start_failed)

    def is_collecting(self, workshop: Workshop) -> bool:
        return True

    def close_survey(self) -> None:
        self.stop()

    def answer_count(self) -> int:
        """How many people answered the served check-in's pulse."""
        workshop = self.session.workshop
        if workshop is None:
            return 0
        return sum(1 for response in workshop.pulse_responses if response.day == self.day)


def open_round(workshop: Workshop) -> VotingRound | None:
    return next((r for r in workshop.voting_rounds if r.status is VotingStatus.OPEN), None)
