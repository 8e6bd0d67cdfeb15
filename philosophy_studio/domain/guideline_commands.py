"""Edits of steps 5 and 6: the five answers, metrics and behaviours of each chosen
value, leader commitments, and the sharing plan."""

from __future__ import annotations

from dataclasses import dataclass

from philosophy_studio.domain.commands import UNCHECKED, CheckedEdit, Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import Behaviour, GuidelineQuestion, Metric, SharingItem


@dataclass(frozen=True)
class SetGuidelineAnswer(CheckedEdit):
    card_id: int
    question: GuidelineQuestion
    text: str
    expected: str = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Answer a question")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("guideline", self.card_id, self.question)


@dataclass(frozen=True)
class SetLeaderCommitment(CheckedEdit):
    card_id: int
    text: str
    expected: str = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Edit a leader commitment")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("commitment", self.card_id)


@dataclass(frozen=True)
class AddMetric(Command):
    """Adds ``metric`` at ``position``; ``metric.id`` 0 gets a new id, another id is
    kept (undo of a delete brings the same record back)."""

    card_id: int
    metric: Metric
    position: int
    label = QT_TRANSLATE_NOOP("Commands", "Add a metric")


@dataclass(frozen=True)
class UpdateMetric(CheckedEdit):
    """New name, method, target and frequency of ``metric.id``. ``expected`` is the
    metric as the editor last saw it stored: a change another facilitator made to any
    of its four fields meanwhile is not overwritten."""

    metric: Metric
    expected: Metric = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Edit a metric")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("metric", self.metric.id)


@dataclass(frozen=True)
class DeleteMetric(Command):
    metric_id: int
    label = QT_TRANSLATE_NOOP("Commands", "Delete a metric")


@dataclass(frozen=True)
class AddBehaviour(Command):
    card_id: int
    behaviour: Behaviour
    position: int
    label = QT_TRANSLATE_NOOP("Commands", "Add a behaviour")


@dataclass(frozen=True)
class UpdateBehaviour(CheckedEdit):
    behaviour_id: int
    text: str
    expected: str = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Edit a behaviour")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("behaviour", self.behaviour_id)


@dataclass(frozen=True)
class DeleteBehaviour(Command):
    behaviour_id: int
    label = QT_TRANSLATE_NOOP("Commands", "Delete a behaviour")


@dataclass(frozen=True)
class AddSharingItem(Command):
    item: SharingItem
    position: int
    label = QT_TRANSLATE_NOOP("Commands", "Add to the sharing plan")


@dataclass(frozen=True)
class UpdateSharingItem(CheckedEdit):
    """New channel, what, who and when of ``item.id``; ``expected`` is the item as the
    editor last saw it stored."""

    item: SharingItem
    expected: SharingItem = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Edit the sharing plan")

    def merge_key(self) -> tuple[object, ...] | None:
        return ("sharing", self.item.id)


@dataclass(frozen=True)
class DeleteSharingItem(Command):
    item_id: int
    label = QT_TRANSLATE_NOOP("Commands", "Remove from the sharing plan")
