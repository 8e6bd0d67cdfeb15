"""What an editor expects to find stored when it sends an edit that refuses to
overwrite changes it has not seen (a CheckedEdit on a shared team database)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from philosophy_studio.domain.model import Workshop
    from philosophy_studio.gui.models.workshop_session import WorkshopSession

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class Expectations(Generic[Key, Value]):
    """For each key, the value this editor last sent while its edits are still being
    stored, else the value in the workshop it shows: what the user saw, so a change
    that reached the session but not the screen is still a conflict. Without the
    first, a second quick change would expect the state from before the first and be
    refused as a conflict with this user's own edit."""

    def __init__(
        self,
        session: WorkshopSession,
        shown: Callable[[], Workshop | None],
        stored: Callable[[Workshop, Key], Value],
    ) -> None:
        self._shown = shown
        self._stored = stored
        self._sent: dict[Key, Value] = {}
        session.saving_changed.connect(self._on_saving_changed)

    def expected(self, key: Key) -> Value:
        if key in self._sent:
            return self._sent[key]
        workshop = self._shown()
        assert workshop is not None, "an edit is sent only from a shown workshop"
        return self._stored(workshop, key)

    def sent(self, key: Key, value: Value) -> None:
        self._sent[key] = value

    def _on_saving_changed(self, saving: bool) -> None:
        # Everything sent is stored, refused or waiting for Retry; the screens are
        # shown the stored state right after (see WorkshopSession._on_edited).
        if not saving:
            self._sent.clear()
