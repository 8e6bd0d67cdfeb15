"""Steps 5 and 6: how a value's metrics and the sharing plan's items are stored."""

from __future__ import annotations

from philosophy_studio.domain.model import Metric, SharingChannel, SharingItem
from philosophy_studio.domain.text import clean_line, clean_text


def has_metric_name(name: str) -> bool:
    """Whether ``name`` names a metric once cleaned: the plan and the charter list a
    value's metrics by name, so the table does not store a blank one."""
    return bool(clean_line(name))


def metric_texts(metric: Metric) -> tuple[str, str, str, str]:
    """A metric's name, method, target and frequency as they are stored. Cleaning is
    idempotent, so a stored metric cleans to itself and compares with an editor's copy
    even when it was stored before a cleaning rule changed."""
    return (
        clean_line(metric.name),
        clean_text(metric.method),
        clean_line(metric.target),
        clean_line(metric.frequency),
    )


def sharing_item_fields(item: SharingItem) -> tuple[SharingChannel, str, str, str, str]:
    """A plan item's channel, what, who, when and place as they are stored. A place is
    kept only under OTHER: a named channel prints its own name."""
    channel = SharingChannel(item.channel)
    place = clean_line(item.place) if channel is SharingChannel.OTHER else ""
    return channel, clean_text(item.what), clean_line(item.who), clean_line(item.when), place
