"""Edits of the dot-voting rounds (step 2). Casting a ballot is not an edit: like a
survey answer it is anonymous and cannot be undone by the facilitator
(services/voting.py)."""

from __future__ import annotations

from dataclasses import dataclass

from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import VotingRound


@dataclass(frozen=True)
class AddVotingRound(Command):
    """Opens a round (``round.id`` 0), or brings a deleted one back whole."""

    round: VotingRound
    label = QT_TRANSLATE_NOOP("Commands", "Open a voting round")


@dataclass(frozen=True)
class DeleteVotingRound(Command):
    round_id: int
    label = QT_TRANSLATE_NOOP("Commands", "Delete a voting round")


@dataclass(frozen=True)
class SetRoundOpen(Command):
    round_id: int
    is_open: bool
    label = QT_TRANSLATE_NOOP("Commands", "Close or reopen the voting")


@dataclass(frozen=True)
class RevealTallies(Command):
    round_id: int
    revealed: bool
    label = QT_TRANSLATE_NOOP("Commands", "Show or hide the votes")
