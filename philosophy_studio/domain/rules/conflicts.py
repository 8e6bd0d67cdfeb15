"""The check every CheckedEdit makes before it stores: it refuses to overwrite a change
its editor has not seen (another facilitator on a shared team database)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from philosophy_studio.domain.commands import UNCHECKED, CheckedEdit
from philosophy_studio.domain.errors import EditConflictError


def _as_given(value: Any) -> Any:
    return value


def check_expected(
    command: CheckedEdit,
    stored: Any,
    mine: Any,
    clean: Callable[[Any], Any] = _as_given,
    *,
    clean_stored: bool = False,
) -> None:
    """Raise EditConflictError (theirs ``stored``, ``mine``) when ``command`` expected
    something other than ``stored``; an UNCHECKED expectation overwrites anything.

    ``clean`` turns the editor's copy into the form it is stored in, so a copy that only
    differs by what storing cleans away is no conflict. ``clean_stored`` cleans the
    stored value too, for records compared field by field: one stored before a cleaning
    rule changed still matches the editor's copy of it (cleaning is idempotent)."""
    expected = command.expected  # type: ignore[attr-defined]
    if expected is UNCHECKED:
        return
    if clean(expected) != (clean(stored) if clean_stored else stored):
        raise EditConflictError(theirs=stored, mine=mine, command=command)
