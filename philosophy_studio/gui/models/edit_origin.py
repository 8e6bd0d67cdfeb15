"""Which editor an edit came from, so that what happens to the edit reaches that editor.

An editor sends its typing through a page slot that builds the command; rather than
have every page pass its editor along, the editor marks itself as the origin while its
``edited`` signal runs (signals to slots in the same thread run inside ``emit``), and
the session picks the mark up in ``execute``. The session then tells the origin when
the edit was sent and whether it was stored: an editor keeps its text on screen until
it is, and sends it again after a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class EditOrigin(Protocol):
    def edit_sent(self) -> int:
        """An edit of this origin is on its way to storage; returns a token that
        ``edit_settled`` gets back."""
        ...

    def edit_settled(self, token: int, stored: bool) -> None:
        """The edit sent with ``token`` was stored, or was not (a failure or a
        conflict, already reported to the user)."""
        ...

    def replace_with_stored(self, text: str) -> None:
        """Show ``text``, which storage holds, dropping the typing that was not stored
        (the user took someone else's version over it)."""
        ...


_current: EditOrigin | None = None


@contextmanager
def editing(origin: EditOrigin) -> Iterator[None]:
    """Marks the edits executed inside the block as coming from ``origin``."""
    global _current  # noqa: PLW0603 - one GUI thread; the mark lives only during emit
    outer, _current = _current, origin
    try:
        yield
    finally:
        _current = outer


def current_origin() -> EditOrigin | None:
    return _current
