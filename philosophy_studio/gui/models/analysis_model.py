"""The word analysis of the open workshop, kept current off the GUI thread.

One per session, shared by every screen that shows analysis results (the survey's
analysis view, survey support on the value cards). It re-runs when something it depends
on changes (visible answers, the facilitator's rules, the question, the language, the
cards' evidence) while someone wants it, cancelling a run that has become stale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.gui.i18n import error_message

if TYPE_CHECKING:
    from philosophy_studio.gui.models.workshop_session import WorkshopSession
    from philosophy_studio.services.survey_evidence import WorkshopAnalysis
    from philosophy_studio.work import WorkControl

_INPUTS = (Aspect.ANSWERS, Aspect.ANALYSIS, Aspect.SURVEY, Aspect.INFO, Aspect.VALUES)


class _AnswersSignature:
    """Which answers are visible, remembered per snapshot: a snapshot's answers tuple is
    immutable, so its signature is computed once, not on every check (a hundred
    thousand answers take tens of milliseconds)."""

    def __init__(self) -> None:
        self._answers: object = None
        self._signature: tuple[object, ...] = ()

    def of(self, workshop: Workshop) -> tuple[object, ...]:
        if workshop.answers is not self._answers:
            self._answers = workshop.answers
            self._signature = workshop.visible_answer_ids
        return self._signature


def _inputs(workshop: Workshop, answers: _AnswersSignature, keep_auxiliaries: bool) -> tuple[object, ...]:
    return (
        keep_auxiliaries,
        workshop.info.language,
        workshop.survey,
        answers.of(workshop),
        workshop.analysis_rules,
        tuple((card.id, card.name, card.merged_into, card.evidence_terms) for card in workshop.value_cards),
    )


def _analyse(workshop: Workshop, control: WorkControl, keep_auxiliaries: bool) -> WorkshopAnalysis:
    # Imported here, on the work thread: the first import loads and compiles the
    # analysis modules, which the GUI thread should not wait for.
    from philosophy_studio.services.survey_evidence import analyse

    return analyse(workshop, control, keep_auxiliaries=keep_auxiliaries)


def _withheld(workshop: Workshop) -> bool:
    from philosophy_studio.services.survey import results_visible

    return not results_visible(workshop)


class AnalysisModel(QObject):
    # A run started (True) or ended in any way (False).
    running_changed = Signal(bool)
    progressed = Signal(float)
    # A WorkshopAnalysis, or None when there is nothing to show (no workshop, too few
    # respondents: see ``withheld``).
    updated = Signal(object)
    # A translated one-line message.
    failed = Signal(str)

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._analysis: WorkshopAnalysis | None = None
        self._inputs: tuple[object, ...] | None = None
        self._control: WorkControl | None = None
        self._running_inputs: tuple[object, ...] | None = None
        self._wanted = False
        self._answers_signature = _AnswersSignature()
        self.withheld = False
        self.cancelled = False
        # Auxiliaries and light verbs are left out unless the facilitator asks to see
        # them; a view choice for this session, not part of the workshop.
        self.keep_auxiliaries = False
        session.changed.connect(self._on_changed)
        session.opened.connect(lambda _workshop: self._on_changed(_workshop, Changes.everything()))
        session.closed.connect(self._on_closed)

    @property
    def analysis(self) -> WorkshopAnalysis | None:
        return self._analysis

    @property
    def is_running(self) -> bool:
        return self._control is not None

    def want(self) -> None:
        """Keep the analysis current from now on (a screen that shows it is visible)."""
        self._wanted = True
        self.refresh()

    def refresh(self) -> None:
        """Run now if the results are out of date (or were cancelled)."""
        workshop = self._session.workshop
        if workshop is None or not self._wanted:
            return
        withheld = _withheld(workshop)
        if withheld != self.withheld or withheld:
            self.withheld = withheld
            if withheld:
                self.cancel()
                self._analysis, self._inputs = None, None
                self.updated.emit(None)
                return
        inputs = _inputs(workshop, self._answers_signature, self.keep_auxiliaries)
        if inputs in (self._inputs, self._running_inputs):
            return
        self.cancel()
        self._start(workshop, inputs)

    def set_keep_auxiliaries(self, keep: bool) -> None:
        if keep != self.keep_auxiliaries:
            self.keep_auxiliaries = keep
            self.refresh()

    def cancel(self) -> None:
        if self._control is not None:
            self.cancelled = True
            self._control.cancel()

    def run_again(self) -> None:
        """Run even though nothing changed (after a cancel)."""
        self._inputs = None
        self.refresh()

    def _start(self, workshop: Workshop, inputs: tuple[object, ...]) -> None:
        self.cancelled = False
        self._running_inputs = inputs
        runner = self._session.runner
        control_holder: list[WorkControl] = []

        def done(analysis: WorkshopAnalysis) -> None:
            if not control_holder or control_holder[0] is not self._control:
                return
            self._finish()
            self._analysis, self._inputs = analysis, inputs
            self.updated.emit(analysis)
            # Something changed during the run: catch up.
            self.refresh()

        def failed(error: BaseException) -> None:
            from philosophy_studio.work import CancelledError

            if not control_holder or control_holder[0] is not self._control:
                return
            self._finish()
            if not isinstance(error, CancelledError):
                self.failed.emit(error_message(error, unexpected=True) or str(error))

        keep_auxiliaries = self.keep_auxiliaries
        control = runner.run_heavy(
            lambda control: _analyse(workshop, control, keep_auxiliaries),
            done,
            failed,
            lambda fraction, _m: self.progressed.emit(fraction),
            disposable=True,
        )
        control_holder.append(control)
        self._control = control
        self.running_changed.emit(True)

    def _finish(self) -> None:
        self._control = None
        self._running_inputs = None
        self.running_changed.emit(False)

    def _on_changed(self, workshop: Workshop, changes: Changes) -> None:
        if changes.touches(*_INPUTS):
            self.refresh()

    def _on_closed(self) -> None:
        self.cancel()
        self._analysis, self._inputs = None, None
        self.updated.emit(None)
