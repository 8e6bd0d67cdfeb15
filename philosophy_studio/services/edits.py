"""How edits are applied: each area of the workshop has a module of handlers, one per
command type, and the workshop service dispatches through the tables they export.

A handler runs inside the service's write transaction, changes rows, and returns an
``Outcome``: the command that undoes the edit, computed from the state it replaced,
and what it touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from philosophy_studio.domain.changes import Changes
from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.errors import NotAWorkshopError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Outcome:
    """The result of an edit: the command that undoes it and what it touched."""

    inverse: Command
    changes: Changes


@dataclass(frozen=True)
class EditContext:
    """What a handler may use: the open transaction and the workshop it edits."""

    session: Session
    workshop_id: int

    def owned(self, row_type: type[RowT], row_id: object, what: str) -> RowT:
        """The ``row_type`` row ``row_id`` of the workshop being edited: a command that
        names a row of another workshop, or none, is refused as ``what`` it names."""
        row: Any = self.session.get(row_type, row_id)
        if row is None or row.workshop_id != self.workshop_id:
            raise NotAWorkshopError(path=f"{what} {row_id}")
        return row


Handler = Callable[[EditContext, Any], Outcome]
HandlerTable = dict[type[Command], Handler]


def reposition(rows: list[Any], row: Any, position: int) -> int:
    """Move ``row`` to ``position`` among ``rows`` (ordered by their ``position``),
    keeping positions dense from 0; returns the position it had, for the inverse."""
    old = row.position
    rows.remove(row)
    rows.insert(max(0, min(position, len(rows))), row)
    for index, item in enumerate(rows):
        item.position = index
    return old
