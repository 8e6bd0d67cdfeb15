"""What the projector says for a step: its question for the room, what the step builds
on, and the results once the facilitator shows them. Plain text that wraps however long
its words; the presentation window sizes it for the back of the room."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject

from philosophy_studio.domain.model import Language, Workshop
from philosophy_studio.domain.selection import candidates
from philosophy_studio.domain.steps import Step
from philosophy_studio.domain.text import fold

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel

CLOUD_WORDS = 40
TOP_WORDS = 5
# Runs of non-blank characters longer than this get invisible break points, so that a
# pasted URL or a 20,000-character "word" wraps instead of pushing the layout off screen.
LONGEST_UNBROKEN = 30
_LONG_RUN = re.compile(rf"\S{{{LONGEST_UNBROKEN + 1},}}")
ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    def split(run: re.Match[str]) -> str:
        word = run.group(0)
        return ZERO_WIDTH_SPACE.join(
            word[i : i + LONGEST_UNBROKEN] for i in range(0, len(word), LONGEST_UNBROKEN)
        )

    return _LONG_RUN.sub(split, text)


class StepSlide(QObject):
    def __init__(self, step: Step, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.step = step

    def prompt(self, workshop: Workshop, *, brainstorm: bool = False) -> str:
        """The step's question; on the Values step the ballot's rule once a round
        exists, unless the room is writing cards (``brainstorm``)."""
        if self.step is Step.SURVEY:
            return breakable(workshop.survey.question)
        voting = workshop.voting_rounds[-1] if self.step is Step.VALUES and workshop.voting_rounds else None
        if voting is None or brainstorm:
            return self._room_prompt()
        text = self.tr("Which values matter most to you? Place your dots.")
        rule = self.tr("%Ln dot(s) each", "", voting.dots_per_person)
        most = self.tr("at most %Ln on one value", "", voting.max_per_card)
        return f"{text}\n{rule}, {most}."

    def _room_prompt(self) -> str:
        """The question the room works on during the step, in a line or two."""
        prompts = {
            Step.PERSONAS: self.tr(
                "Who are our customers today, and who could they be tomorrow? "
                "What does each of them expect from us?"
            ),
            Step.VALUES: self.tr(
                "What should every customer feel from us, every day? One value per card, "
                "with one line on the difference it makes."
            ),
            Step.VISION: self.tr("In a sentence or two: what service do we give, and what makes it ours?"),
            Step.GUIDELINES: self.tr(
                "For each value: what does it mean for us, what happens when we live it, how "
                "could it be misread, how do we see that we keep to it, and what does the "
                "customer notice?"
            ),
            Step.SHARE: self.tr(
                "How will we, the leaders, live these values first? Where and by whom will "
                "customers hear about them?"
            ),
            Step.CHARTER: self.tr("Read it aloud together. Is this us? Can we all sign it?"),
            Step.CHECKINS: self.tr(
                "Since we last met: where did we see our values lived, and where not? "
                "What do the metrics say?"
            ),
            Step.CUSTOMERS: self.tr(
                "What do our customers say about us today, and what do we want them to say? "
                "Where is the gap widest?"
            ),
        }
        return prompts.get(self.step, "")

    def context(self, workshop: Workshop) -> str:
        """What the step builds on, so the room need not remember it."""
        text = ""
        if self.step is Step.PERSONAS:
            names = [persona.name for persona in workshop.personas if persona.name]
            if names:
                text = self.tr("Our personas: %1").replace("%1", ", ".join(names))
        elif self.step in (Step.VISION, Step.GUIDELINES, Step.SHARE, Step.CHECKINS, Step.CUSTOMERS):
            names = [card.name for card in workshop.chosen_values]
            if names:
                text = self.tr("Our values: %1").replace("%1", ", ".join(names))
                if workshop.value_set_name:
                    text = f"{workshop.value_set_name}\n{text}"
            if self.step is Step.CHECKINS:
                standing = "\n".join(
                    part for part in (self._metric_standing(workshop), self._pulse(workshop)) if part
                )
                text = f"{text}\n\n{standing}" if text and standing else text or standing
        elif self.step is Step.CHARTER and workshop.chosen_vision is not None:
            text = workshop.chosen_vision.text
        return breakable(text)

    def _pulse(self, workshop: Workshop) -> str:
        """The staff pulse of the latest check-in due that has one: a line the room can
        read, its figures only from the survey's minimum of respondents on."""
        from philosophy_studio.services.checkins import shown_plan
        from philosophy_studio.services.pulse import checkin_pulse

        today = dt.date.today()
        days = [checkin.day for checkin in shown_plan(workshop, today)]
        answered = {response.day for response in workshop.pulse_responses}
        held = [day for day in days if day <= today and day in answered]
        if not held:
            return ""
        pulse = checkin_pulse(workshop, held[-1], days)
        if pulse.hidden:
            return (
                self.tr("Staff pulse: %1 answered; shown from %2")
                .replace("%1", str(pulse.respondents))
                .replace("%2", str(pulse.minimum))
            )
        shown = [value for _card, value in pulse.values if not value.hidden]
        lived = [
            value.lived.mean for value in shown if value.lived is not None and value.lived.mean is not None
        ]
        leaders = [
            value.leaders.mean
            for value in shown
            if value.leaders is not None and value.leaders.mean is not None
        ]
        if not lived and not leaders:
            return ""
        locale = QLocale()

        def mean(numbers: list[float]) -> str:
            return locale.toString(sum(numbers) / len(numbers), "f", 1) if numbers else "–"

        return (
            self.tr("Staff pulse (%1 answered): lived our values %2 of 5, leaders model them %3 of 5")
            .replace("%1", str(pulse.respondents))
            .replace("%2", mean(lived))
            .replace("%3", mean(leaders))
        )

    def _metric_standing(self, workshop: Workshop) -> str:
        """Where the metrics stand, in a line or two the room can read: which are on
        target, and which moved the target's way since their reading before."""
        from philosophy_studio.services.checkins import metric_statuses

        trends = [status.trend for status in metric_statuses(workshop)]
        read = [trend for trend in trends if trend.latest is not None]
        if not read:
            return self.tr("No metric has a reading yet.") if trends else ""
        lines = [
            self.tr("%1 of %Ln metric(s) on target", "", len(trends)).replace(
                "%1", str(sum(trend.on_target is True for trend in read))
            )
        ]
        better = sum(trend.improved is True for trend in read)
        worse = sum(trend.improved is False for trend in read)
        if better or worse:
            lines.append(
                self.tr("Since the reading before: %1 better, %2 worse")
                .replace("%1", str(better))
                .replace("%2", str(worse))
            )
        return "\n".join(lines)

    def word_results(
        self, model: AnalysisModel, workshop: Workshop | None
    ) -> tuple[list[tuple[str, int]], str]:
        """The survey's words for the cloud, each with its respondents, and the top
        words as text (or why there are none yet)."""
        analysis = model.analysis
        if analysis is None:
            if model.withheld and workshop is not None:
                return [], self.tr(
                    "The words appear from %Ln respondent(s) on, so that nobody can be recognised.",
                    "",
                    workshop.survey.min_respondents,
                )
            return [], self.tr("Working out the words…")
        terms = analysis.result.terms
        lines = [
            self.tr("%1: %Ln respondent(s)", "", term.respondents).replace("%1", term.term)
            for term in terms[:TOP_WORDS]
        ]
        cloud = [(term.term, term.respondents) for term in terms[:CLOUD_WORDS]]
        return cloud, breakable("\n".join(lines))

    @staticmethod
    def card_cloud(workshop: Workshop | None) -> list[tuple[str, int]]:
        """The brainstorm's cards for the cloud: a value written on several cards (in
        any case) is one word, as large as the number of its cards."""
        if workshop is None:
            return []
        turkish = workshop.info.language is Language.TURKISH
        names: dict[str, str] = {}
        counts: Counter[str] = Counter()
        for card in workshop.value_cards:
            key = fold(" ".join(card.name.split()), turkish)
            if key:
                names.setdefault(key, card.name.strip())
                counts[key] += 1
        return [(names[key], count) for key, count in counts.most_common(CLOUD_WORDS)]

    def card_results(self, workshop: Workshop | None) -> str:
        cards = len(workshop.value_cards) if workshop is not None else 0
        if not cards:
            return self.tr("No value cards yet.")
        return self.tr("%Ln value card(s) on the board", "", cards)

    @staticmethod
    def vote_bars(workshop: Workshop) -> list[tuple[str, int]]:
        """Every value that got dots, most first: a cut-off would drop values tied
        with the last one shown, and the room counted every dot."""
        return [(c.card.name, c.dots) for c in candidates(workshop) if c.dots]

    def vote_results(self, workshop: Workshop) -> str:
        """The dots per value, most first."""
        lines = [
            self.tr("%1: %Ln dot(s)", "", dots).replace("%1", name) for name, dots in self.vote_bars(workshop)
        ]
        return breakable("\n".join(lines)) if lines else self.tr("No dots yet.")
