"""The survey asked again at a check-in: the rounds a workshop holds, and which words
its people use more, or less, than at the workshop."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from philosophy_studio.domain.model import SurveyAnswer, Workshop
from philosophy_studio.work import WorkControl

# Words shown on each side: what a room can read out.
TOP_WORDS = 8
# How far a word must lean to one round to be named (a z of 1 leaves out what one or
# two people more or less would explain; 1.96 would name almost nothing in a team).
MIN_LEAN = 1.0
MIN_PEOPLE = 2


def round_answers(workshop: Workshop, day: dt.date | None) -> tuple[SurveyAnswer, ...]:
    """The answers of the round asked at the check-in on ``day`` (None: the workshop's)."""
    if day == workshop.survey.round_day:
        return workshop.answers
    return tuple(answer for answer in workshop.other_rounds if answer.round_day == day)


def asked_rounds(workshop: Workshop) -> tuple[dt.date, ...]:
    """The check-ins at which the survey was asked again (it has answers there, or is
    being asked now), in calendar order."""
    days = {answer.round_day for answer in (*workshop.answers, *workshop.other_rounds)}
    days.add(workshop.survey.round_day)
    return tuple(sorted(day for day in days if day is not None))


@dataclass(frozen=True)
class RoundWord:
    word: str
    # Respondents of each round that used the word, and how many each round had.
    earlier: int
    later: int
    earlier_share: float
    later_share: float
    z: float


@dataclass(frozen=True)
class RoundComparison:
    earlier: dt.date | None
    later: dt.date
    earlier_respondents: int
    later_respondents: int
    minimum: int
    rose: tuple[RoundWord, ...]
    fell: tuple[RoundWord, ...]

    @property
    def hidden(self) -> bool:
        """Fewer respondents than the survey's minimum in either round: nothing is
        shown, so no answer can be traced to a person."""
        return min(self.earlier_respondents, self.later_respondents) < self.minimum


def compare_rounds(
    workshop: Workshop,
    later: dt.date,
    earlier: dt.date | None = None,
    *,
    top: int = TOP_WORDS,
    control: WorkControl | None = None,
) -> RoundComparison:
    """Which words the respondents of the round asked at ``later`` used more (rose) and
    less (fell) than those of ``earlier`` (None: the workshop's own round), counted as
    the survey's analysis counts, with its corrections: a respondent counts once per
    word. The log-odds with an informative prior (analysis/distinctive.py) says how
    far a word leans, so a word two people used in a small round does not top the list."""
    from philosophy_studio.analysis.distinctive import Side, distinctive_words
    from philosophy_studio.services.analysis import analysis_options

    then = [a.text for a in round_answers(workshop, earlier) if not a.hidden]
    now = [a.text for a in round_answers(workshop, later) if not a.hidden]
    minimum = workshop.survey.min_respondents
    if min(len(then), len(now)) < minimum:
        return RoundComparison(earlier, later, len(then), len(now), minimum, (), ())
    found = distinctive_words(then, now, analysis_options(workshop), control=control)

    def words(side: Side) -> tuple[RoundWord, ...]:
        # A word one person brought, or one person dropped, is that person, not the team.
        leaning = [
            w
            for w in found.leaning(side, min_z=MIN_LEAN)
            if (w.second if side is Side.SECOND else w.first) >= MIN_PEOPLE
        ]
        return tuple(
            RoundWord(w.term, w.first, w.second, w.first / len(then), w.second / len(now), w.z)
            for w in leaning[:top]
        )

    return RoundComparison(
        earlier, later, len(then), len(now), minimum, words(Side.SECOND), words(Side.FIRST)
    )
