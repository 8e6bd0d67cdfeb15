"""Two versions of one text, when someone else changed it while this user typed:
the user keeps one. Window-modal but not blocking, so storage and polling go on."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import nullcontext
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.gui.models.edit_origin import editing

if TYPE_CHECKING:
    from philosophy_studio.domain.errors import EditConflictError
    from philosophy_studio.gui.models.edit_origin import EditOrigin
    from philosophy_studio.gui.models.workshop_session import WorkshopSession


class ConflictDialog(QDialog):
    kept_mine = Signal()
    took_theirs = Signal()

    def __init__(
        self, theirs: str, mine: str, parent: QWidget | None = None, *, explanation: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this"))
        self.setMinimumSize(640, 320)
        said = QLabel(
            explanation
            or self.tr(
                "While you were typing, another facilitator saved a different text here. "
                "Keep one of the two; you can copy from the other before you choose."
            )
        )
        said.setWordWrap(True)
        self.theirs = QPlainTextEdit(theirs)
        self.mine = QPlainTextEdit(mine)
        for box, name in ((self.theirs, self.tr("Their version")), (self.mine, self.tr("Your version"))):
            box.setReadOnly(True)
            box.setAccessibleName(name)
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.take_theirs = QPushButton(self.tr("Use &theirs"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QGridLayout(self)
        layout.addWidget(said, 0, 0, 1, 2)
        layout.addWidget(QLabel(self.tr("Saved by someone else:")), 1, 0)
        layout.addWidget(QLabel(self.tr("Yours:")), 1, 1)
        layout.addWidget(self.theirs, 2, 0)
        layout.addWidget(self.mine, 2, 1)
        layout.addWidget(buttons, 3, 0, 1, 2)
        self.keep_mine.clicked.connect(self._keep_mine)
        self.take_theirs.clicked.connect(self._take_theirs)

    def _keep_mine(self) -> None:
        self.accept()
        self.kept_mine.emit()

    def _take_theirs(self) -> None:
        self.reject()
        self.took_theirs.emit()


def offer_choice(
    parent: QWidget,
    theirs: str,
    mine: str,
    *,
    session: WorkshopSession,
    reread: Aspect | None,
    keep_mine: Callable[[], None],
    take_theirs: Callable[[], None] | None = None,
    explanation: str | None = None,
) -> ConflictDialog:
    """Open the dialog for a refused edit: ``keep_mine`` stores the user's version over
    theirs; ``take_theirs``, if given, puts theirs in the editor that showed mine. Their
    version is stored already, so taking it reads ``reread`` (None: everything) again to
    show it everywhere."""
    changes = Changes.everything() if reread is None else Changes.of(reread)

    def took_theirs() -> None:
        if take_theirs is not None:
            take_theirs()
        session.call(lambda _service: (None, changes))

    dialog = ConflictDialog(theirs, mine, parent, explanation=explanation)
    dialog.kept_mine.connect(keep_mine)
    dialog.took_theirs.connect(took_theirs)
    dialog.open()
    return dialog


def _version_text(version: object) -> str:
    """One side of a conflict as the dialog shows it: a list (a persona's needs) line
    by line."""
    if isinstance(version, (list, tuple)):
        return "\n".join(str(part) for part in version)
    return "" if version is None else str(version)


def offer_either_version(
    parent: QWidget, session: WorkshopSession, error: EditConflictError, origin: EditOrigin | None
) -> ConflictDialog:
    """The choice for a refused edit of a kind no page resolves itself (a persona's
    field, the survey question): keeping mine stores it over theirs; taking theirs puts
    it in the editor the edit came from."""
    command = error.command

    def keep_mine() -> None:
        with editing(origin) if origin is not None else nullcontext():
            session.execute(dataclasses.replace(command, expected=error.theirs))

    def take_theirs() -> None:
        if origin is not None and isinstance(error.theirs, str):
            origin.replace_with_stored(error.theirs)

    return offer_choice(
        parent,
        _version_text(error.theirs),
        _version_text(error.mine),
        session=session,
        reread=None,
        keep_mine=keep_mine,
        take_theirs=take_theirs,
    )
