"""What a mutation touched, so that each page can decide whether to re-read."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Aspect(StrEnum):
    INFO = "info"
    PERSONAS = "personas"
    VALUES = "values"
    VOTES = "votes"
    SURVEY = "survey"
    ANSWERS = "answers"
    ANALYSIS = "analysis"
    VISION = "vision"
    GUIDELINES = "guidelines"
    SHARING = "sharing"
    TIMERS = "timers"
    CHECKINS = "checkins"
    CHARTER_VERSIONS = "charter_versions"


@dataclass(frozen=True)
class Changes:
    aspects: frozenset[Aspect] = frozenset()

    @classmethod
    def of(cls, *aspects: Aspect) -> Changes:
        return cls(frozenset(aspects))

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(Aspect))

    def touches(self, *aspects: Aspect) -> bool:
        return any(aspect in self.aspects for aspect in aspects)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.aspects | other.aspects)

    def __bool__(self) -> bool:
        return bool(self.aspects)
