"""The seven steps of the workshop day, in order, and the steps after it: the check-ins
and what customers say."""

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
    # Not part of the day: the meetings a month, a quarter and half a year on.
    CHECKINS = "checkins"
    # Optional, any time after the values: customers' feedback beside the staff's words.
    CUSTOMERS = "customers"


STEP_ORDER: tuple[Step, ...] = tuple(Step)
# What the facilitator runs on the day; its agenda and its running time.
WORKSHOP_DAY: tuple[Step, ...] = STEP_ORDER[: STEP_ORDER.index(Step.CHARTER) + 1]


def saved_step(value: str) -> Step:
    """The step a remembered value names; the first step for none or an unknown one
    (settings written by another version)."""
    return next((step for step in Step if step.value == value), Step.PERSONAS)
