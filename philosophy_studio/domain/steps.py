"""The seven steps of the method, in order."""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    PERSONAS = "personas"
    VALUES = "values"
    SURVEY = "survey"
    VISION = "vision"
    GUIDELINES = "guidelines"
    SHARE = "share"
    CHARTER = "charter"


STEP_ORDER: tuple[Step, ...] = tuple(Step)
