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


def saved_step(value: str) -> Step:
    """The step a remembered value names; the first step for none or an unknown one
    (settings written by another version)."""
    return next((step for step in Step if step.value == value), Step.PERSONAS)
