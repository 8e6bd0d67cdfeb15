"""Handlers for steps 5 and 6 (see domain/guideline_commands.py)."""

from __future__ import annotations

from typing import Any

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.errors import NotAWorkshopError
from philosophy_studio.domain.guideline_commands import (
    AddBehaviour,
    AddMetric,
    AddSharingItem,
    DeleteBehaviour,
    DeleteMetric,
    DeleteSharingItem,
    SetGuidelineAnswer,
    SetLeaderCommitment,
    UpdateBehaviour,
    UpdateMetric,
    UpdateSharingItem,
)
from philosophy_studio.domain.model import Behaviour, BehaviourKind, Metric, SharingChannel, SharingItem
from philosophy_studio.domain.rules.conflicts import check_expected
from philosophy_studio.domain.rules.guidelines import metric_texts, sharing_item_fields
from philosophy_studio.domain.text import clean_text
from philosophy_studio.persistence import repository
from philosophy_studio.persistence.tables import (
    BehaviourRow,
    GuidelineAnswerRow,
    MetricRow,
    SharingItemRow,
    ValueCardRow,
)
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome

GUIDELINES = Changes.of(Aspect.GUIDELINES)
SHARING = Changes.of(Aspect.SHARING)


def _card(context: EditContext, card_id: int) -> ValueCardRow:
    return context.owned(ValueCardRow, card_id, "value card")


def _owned(context: EditContext, row_type: type[Any], row_id: int) -> Any:
    row = context.session.get(row_type, row_id)
    workshop_id = (
        None
        if row is None
        else (row.workshop_id if hasattr(row, "workshop_id") else _card(context, row.card_id).workshop_id)
    )
    if row is None or workshop_id != context.workshop_id:
        raise NotAWorkshopError(path=f"{row_type.__tablename__} {row_id}")
    return row


def _insert_at(context: EditContext, rows: list[Any], row: Any, position: int) -> int:
    """Put ``row`` at ``position`` among ``rows`` (ordered), keeping positions dense."""
    position = max(0, min(position, len(rows)))
    for later in rows[position:]:
        later.position += 1
    row.position = position
    context.session.add(row)
    context.session.flush()
    return position


def _close_gap(rows: list[Any], removed: Any) -> None:
    for later in rows:
        if later.position > removed.position:
            later.position -= 1


# --- answers and commitments ------------------------------------------------------------


def set_guideline_answer(context: EditContext, command: SetGuidelineAnswer) -> Outcome:
    card = _card(context, command.card_id)
    row = next((g for g in card.guidelines if g.question == command.question.value), None)
    old = row.text if row is not None else ""
    new = clean_text(command.text)
    check_expected(command, old, new, clean=clean_text)
    # An empty answer is no answer: no row, exactly as before the question was answered.
    if not new:
        if row is not None:
            card.guidelines.remove(row)
    elif row is None:
        card.guidelines.append(GuidelineAnswerRow(question=command.question.value, text=new))
    else:
        row.text = new
    inverse = SetGuidelineAnswer(command.card_id, command.question, old, expected=new)
    return Outcome(inverse, GUIDELINES)


def set_leader_commitment(context: EditContext, command: SetLeaderCommitment) -> Outcome:
    card = _card(context, command.card_id)
    old, new = card.leader_commitment, clean_text(command.text)
    check_expected(command, old, new, clean=clean_text)
    card.leader_commitment = new
    return Outcome(SetLeaderCommitment(command.card_id, old, expected=new), SHARING)


# --- metrics and behaviours ---------------------------------------------------------------


def _metric(row: MetricRow) -> Metric:
    return Metric(id=row.id, name=row.name, method=row.method, target=row.target, frequency=row.frequency)


def add_metric(context: EditContext, command: AddMetric) -> Outcome:
    card = _card(context, command.card_id)
    metric = command.metric
    name, method, target, frequency = metric_texts(metric)
    row = MetricRow(card_id=card.id, name=name, method=method, target=target, frequency=frequency)
    if metric.id:
        row.id = metric.id
    _insert_at(context, list(card.metrics), row, command.position)
    return Outcome(DeleteMetric(row.id), GUIDELINES)


def update_metric(context: EditContext, command: UpdateMetric) -> Outcome:
    row = _owned(context, MetricRow, command.metric.id)
    old = _metric(row)
    new = Metric(row.id, *metric_texts(command.metric))
    # The whole record is compared: the edit writes all four fields, so a change to any
    # of them that this editor has not seen would otherwise be overwritten.
    check_expected(command, old, new, clean=metric_texts, clean_stored=True)
    row.name, row.method, row.target, row.frequency = new.name, new.method, new.target, new.frequency
    # Undo expects what this edit stored: it refuses to wipe out someone's later change.
    return Outcome(UpdateMetric(old, expected=new), GUIDELINES)


def delete_metric(context: EditContext, command: DeleteMetric) -> Outcome:
    row = _owned(context, MetricRow, command.metric_id)
    card = _card(context, row.card_id)
    inverse = AddMetric(card.id, _metric(row), row.position)
    _close_gap([m for m in card.metrics if m is not row], row)
    card.metrics.remove(row)
    return Outcome(inverse, GUIDELINES)


def add_behaviour(context: EditContext, command: AddBehaviour) -> Outcome:
    card = _card(context, command.card_id)
    behaviour = command.behaviour
    row = BehaviourRow(
        card_id=card.id, kind=BehaviourKind(behaviour.kind).value, text=clean_text(behaviour.text)
    )
    if behaviour.id:
        row.id = behaviour.id
    same_kind = [b for b in card.behaviours]
    _insert_at(context, same_kind, row, command.position)
    return Outcome(DeleteBehaviour(row.id), GUIDELINES)


def update_behaviour(context: EditContext, command: UpdateBehaviour) -> Outcome:
    row = _owned(context, BehaviourRow, command.behaviour_id)
    old, new = row.text, clean_text(command.text)
    check_expected(command, old, new, clean=clean_text)
    row.text = new
    return Outcome(UpdateBehaviour(row.id, old, expected=new), GUIDELINES)


def delete_behaviour(context: EditContext, command: DeleteBehaviour) -> Outcome:
    row = _owned(context, BehaviourRow, command.behaviour_id)
    card = _card(context, row.card_id)
    inverse = AddBehaviour(
        card.id, Behaviour(id=row.id, kind=BehaviourKind(row.kind), text=row.text), row.position
    )
    _close_gap([b for b in card.behaviours if b is not row], row)
    card.behaviours.remove(row)
    return Outcome(inverse, GUIDELINES)


# --- sharing plan -------------------------------------------------------------------------


def _item(row: SharingItemRow) -> SharingItem:
    return SharingItem(
        id=row.id,
        channel=SharingChannel(row.channel),
        what=row.what,
        who=row.who,
        when=row.when,
        place=row.place,
    )


def _plan(context: EditContext) -> list[SharingItemRow]:
    return list(repository.workshop_row(context.session, context.workshop_id).sharing_plan)


def add_sharing_item(context: EditContext, command: AddSharingItem) -> Outcome:
    item = command.item
    channel, what, who, when, place = sharing_item_fields(item)
    row = SharingItemRow(
        workshop_id=context.workshop_id, channel=channel.value, what=what, who=who, when=when, place=place
    )
    if item.id:
        row.id = item.id
    _insert_at(context, _plan(context), row, command.position)
    return Outcome(DeleteSharingItem(row.id), SHARING)


def update_sharing_item(context: EditContext, command: UpdateSharingItem) -> Outcome:
    row = _owned(context, SharingItemRow, command.item.id)
    old = _item(row)
    new = SharingItem(row.id, *sharing_item_fields(command.item))
    check_expected(command, old, new, clean=sharing_item_fields, clean_stored=True)
    row.channel = new.channel.value
    row.what, row.who, row.when, row.place = new.what, new.who, new.when, new.place
    return Outcome(UpdateSharingItem(old, expected=new), SHARING)


def delete_sharing_item(context: EditContext, command: DeleteSharingItem) -> Outcome:
    row = _owned(context, SharingItemRow, command.item_id)
    inverse = AddSharingItem(_item(row), row.position)
    _close_gap([r for r in _plan(context) if r is not row], row)
    context.session.delete(row)
    return Outcome(inverse, SHARING)


HANDLERS: HandlerTable = {
    SetGuidelineAnswer: set_guideline_answer,
    SetLeaderCommitment: set_leader_commitment,
    AddMetric: add_metric,
    UpdateMetric: update_metric,
    DeleteMetric: delete_metric,
    AddBehaviour: add_behaviour,
    UpdateBehaviour: update_behaviour,
    DeleteBehaviour: delete_behaviour,
    AddSharingItem: add_sharing_item,
    UpdateSharingItem: update_sharing_item,
    DeleteSharingItem: delete_sharing_item,
}
