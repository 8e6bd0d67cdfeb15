"""The planned check-ins as an iCalendar file (RFC 5545) for the team's calendars.

Each check-in is an all-day event: the team picks the hour in its own calendar. Its UID
is derived from the workshop's calendar key and the check-in's number, so importing a
newer file after a date moved updates the event instead of adding a second one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from philosophy_studio.domain.checkins import PlannedCheckIn
from philosophy_studio.domain.model import Language
from philosophy_studio.domain.text import clean_line, clean_text

# Content lines longer than this many octets are folded (RFC 5545, 3.1).
_LINE_OCTETS = 75
_NAMESPACE = uuid.UUID("6f1d2b0e-3c53-4f3e-9a55-2f4d1c9e7b10")


@dataclass(frozen=True)
class _CalendarTexts:
    summary: str  # {number}; the team's name follows after a colon
    description: str


_TEXTS = {
    Language.ENGLISH: _CalendarTexts(
        summary="Check-in {number} on our service philosophy",
        description=(
            "Are we living our values? Bring this period's metric readings, run the short "
            "anonymous pulse with the team, and go through the leaders' commitments one by one. "
            "Decide what to keep, what to change, and whether the charter needs a new version."
        ),
    ),
    Language.TURKISH: _CalendarTexts(
        summary="Hizmet felsefemizin {number}. değerlendirmesi",
        description=(
            "Değerlerimizi yaşıyor muyuz? Bu dönemin ölçüm sonuçlarını getirin, ekiple kısa ve "
            "anonim nabız anketini yapın, liderlerin sözlerini tek tek gözden geçirin. Neyin "
            "süreceğine, neyin değişeceğine ve tüzüğün yeni bir sürümü gerekip gerekmediğine "
            "birlikte karar verin."
        ),
    ),
}


def checkins_calendar(
    checkins: Iterable[PlannedCheckIn],
    *,
    team_name: str,
    language: Language,
    calendar_key: str,
    stamp: dt.datetime,
) -> bytes:
    """The calendar file: UTF-8, CRLF line ends, long lines folded. ``stamp`` (aware)
    is when the file was made; ``calendar_key`` names the workshop for the UIDs."""
    texts = _TEXTS[language]
    team = clean_line(team_name)
    made = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Philosophy Studio//Check-ins//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for checkin in sorted(checkins):
        summary = texts.summary.format(number=checkin.number)
        if team:
            summary = f"{summary}: {team}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uuid.uuid5(_NAMESPACE, f'{calendar_key}/{checkin.number}')}@philosophy-studio",
            f"DTSTAMP:{made}",
            f"DTSTART;VALUE=DATE:{checkin.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{checkin.day + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escaped(summary)}",
            f"DESCRIPTION:{_escaped(texts.description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_folded(line) + "\r\n" for line in lines).encode("utf-8")


def _escaped(text: str) -> str:
    """A TEXT value: control characters gone, then backslash, semicolon, comma and line
    ends escaped, so no text of the team's can start a property of its own."""
    cleaned = clean_text(text)
    return (
        cleaned.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\t", " ")
        .replace("\n", "\\n")
    )


def _folded(line: str) -> str:
    """``line`` cut into pieces of at most 75 octets, each after the first starting with
    a space; never inside a character's UTF-8 bytes."""
    pieces: list[str] = []
    current, size = [], 0
    limit = _LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            # A continuation line's leading space counts towards its 75 octets.
            current, size, limit = [], 0, _LINE_OCTETS - 1
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)
