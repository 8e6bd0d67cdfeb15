"""Edits of the charter's cover: the organisation's logo and the accent colour."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from philosophy_studio.domain.commands import UNCHECKED, CheckedEdit
from philosophy_studio.domain.cover import Logo
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SetLogo(CheckedEdit):
    """The cover's logo (None: no logo). ``expected`` is the logo the editor last saw."""

    logo: Logo | None
    expected: Any = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Change the charter's logo")


@dataclass(frozen=True)
class SetAccentColour(CheckedEdit):
    """The charter's accent colour, '#rrggbb' ('' for the app's own)."""

    colour: str
    expected: Any = UNCHECKED
    label = QT_TRANSLATE_NOOP("Commands", "Change the charter's accent colour")
