"""Where the user's files go: the folder a file dialog starts in, a team's name as
part of a suggested file name, and the save dialog of an export."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from philosophy_studio.gui.dialogs.questions import replace_confirmed

if TYPE_CHECKING:
    from philosophy_studio.gui.models.workshop_session import WorkshopSession


def start_folder(session: WorkshopSession) -> Path:
    """Beside the workshop's file; a team database has no folder, so the home folder."""
    return session.path.parent if session.path is not None else Path.home()


def file_name_part(name: str, fallback: str) -> str:
    """``name`` as part of a file name, ``fallback`` when nothing of it is left."""
    # Letters of any script stay; what file systems refuse goes, and runs of blanks
    # (a pasted tab or line break) become one space.
    kept = re.sub(r"\s+", " ", re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "", name))
    return kept.strip(" .")[:80] or fallback


def export_path(parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str) -> Path | None:
    """Where the user chose to export, with ``.suffix`` added to a name typed without
    one; None when they cancelled or would not replace the file at that name."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(f".{suffix}")
        # The dialog asked before replacing the name as typed, not this one.
        if not replace_confirmed(parent, path):
            return None
    return path
