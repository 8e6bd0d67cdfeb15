"""Keeping the charter as a version (undoable: undoing forgets the version kept)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import CharterVersion


@dataclass(frozen=True)
class KeepCharterVersion(Command):
    """Keep the charter as it stands now as the next version, dated ``day``, with a
    note of what changed and why."""

    day: dt.date
    note: str = ""
    label = QT_TRANSLATE_NOOP("Commands", "Keep the charter as a version")


@dataclass(frozen=True)
class ForgetCharterVersion(Command):
    """Undoes keeping version ``number``, the latest."""

    number: int
    label = QT_TRANSLATE_NOOP("Commands", "Keep the charter as a version")


@dataclass(frozen=True)
class RestoreCharterVersion(Command):
    """Keeps ``version`` again exactly as it was (redoing what was forgotten)."""

    version: CharterVersion
    label = QT_TRANSLATE_NOOP("Commands", "Keep the charter as a version")
