"""What a text field has typed, sent and seen stored: the bookkeeping that
WorkshopTextEdit and WorkshopLineEdit share.

Typing is debounced and sent as (new text, the text it replaces as last seen stored).
Stored text coming back from the workshop never overwrites typing that is not stored
yet: typing in the debounce window, an edit still on its way, or an edit that failed.
After a failure the field holds its text, and the next commit (focus-out, Enter, the
message bar's Retry) sends it again, expecting what storage really holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from philosophy_studio.gui.models.edit_origin import editing

# At most this much typing is ever waiting to be stored.
DEBOUNCE_MS = 600


class StoredTyping:
    def __init__(
        self,
        owner: QObject,
        read: Callable[[], str],
        show: Callable[[str], None],
        send: Callable[[str, str], None],
    ) -> None:
        self._read, self._show, self._send = read, show, send
        self.debounce = QTimer(owner)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.commit)
        # What storage holds once every edit sent so far is stored.
        self._sent = ""
        # What storage was last seen to hold.
        self._confirmed = ""
        self._in_flight = 0
        # The last edit failed: the text on screen is the user's, not stored.
        self._held = False
        # Settlements of edits sent before the field was given other text are ignored.
        self._generation = 0

    @property
    def has_unsaved_typing(self) -> bool:
        return self._held or self._read() != self._sent

    def show_stored(self, text: str) -> None:
        self._confirmed = text
        if self._held:
            if self._read() == text:
                self._held = False  # stored after all (a "keep mine", someone else)
            self._sent = text
            return
        if self.debounce.isActive() or self._in_flight:
            return
        if self._read() != text:
            self._show(text)
        self._sent = text

    def replace_with_stored(self, text: str) -> None:
        """Drop typing in flight or held: the user chose another version over it, or
        the field now edits something else."""
        self.debounce.stop()
        self._generation += 1
        self._in_flight = 0
        self._held = False
        self.show_stored(text)

    def forget_stored(self, stored_text: str) -> None:
        """``stored_text`` is what storage really holds (a conflict told so): the next
        commit sends the typing again, expecting it."""
        self._sent = self._confirmed = stored_text

    def commit(self) -> None:
        self.debounce.stop()
        text = self._read()
        if text != self._sent:
            previous, self._sent = self._sent, text
            with editing(self):
                self._send(text, previous)

    # --- EditOrigin -------------------------------------------------------------------

    def edit_sent(self) -> int:
        self._in_flight += 1
        return self._generation

    def edit_settled(self, token: int, stored: bool) -> None:
        if token != self._generation:
            return
        self._in_flight = max(0, self._in_flight - 1)
        if stored:
            self._held = False
        else:
            self._held = True
            self._sent = self._confirmed
