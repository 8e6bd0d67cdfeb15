"""Step 1: how each field of a persona is checked and stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from philosophy_studio.domain.customer_types import is_type_key
from philosophy_studio.domain.model import Availability, Channel, Segment
from philosophy_studio.domain.persona_commands import PersonaField
from philosophy_studio.domain.text import LONG_TEXT_LIMIT, clean_line, clean_text


def _line(value: Any) -> str:
    return clean_line(str(value or ""))


def _text(value: Any) -> str:
    return clean_text(str(value or ""))


def _optional(kind: type) -> Callable[[Any], str | None]:
    return lambda value: kind(str(value)).value if value else None


def _type_key(value: Any) -> str | None:
    # Whether the workshop has this type is the edit's handler's check: it needs the list.
    if not value:
        return None
    if not is_type_key(str(value)):
        raise ValueError(f"{str(value)[:40]!r} is not a customer type's key")
    return str(value)


def _channels(value: Any) -> list[str]:
    channels = [Channel(str(item)).value for item in value or ()]
    return list(dict.fromkeys(channels))  # each channel once, in preference order


def _items(value: Any) -> list[str]:
    return [
        item
        for item in (clean_text(str(entry), LONG_TEXT_LIMIT, single_line=True) for entry in value or ())
        if item
    ]


# Each field: how a new value is checked and turned into what is stored.
_FIELDS: dict[PersonaField, Callable[[Any], Any]] = {
    PersonaField.NAME: _line,
    PersonaField.DESCRIPTION: _text,
    PersonaField.SEGMENT: _optional(Segment),
    PersonaField.CUSTOMER_TYPE: _type_key,
    PersonaField.DEMOGRAPHICS: _text,
    PersonaField.AVAILABILITY: _optional(Availability),
    PersonaField.CUSTOM_HOURS: _line,
    PersonaField.FIRST_RESPONSE: _line,
    # 0 is fully formal, 100 fully informal.
    PersonaField.TONE: lambda value: min(100, max(0, int(value))),
    PersonaField.CHANNELS: _channels,
    PersonaField.NEEDS: _items,
    PersonaField.PAINS: _items,
    PersonaField.OPPORTUNITIES: _items,
}


def persona_field_value(field: PersonaField, value: Any) -> Any:
    """``value`` of ``field`` as it is stored: cleaned text, an enum's value or None,
    the tone within 0 to 100, each channel once, the list items that say something.
    An unknown enum value raises ValueError."""
    return _FIELDS[field](value)
