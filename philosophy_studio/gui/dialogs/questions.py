"""Yes-or-no questions before something that cannot be taken back: an export replacing
a file the save dialog did not ask about, and closing while edits wait to be stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def replace_confirmed(parent: QWidget, path: Path) -> bool:
    """True when nothing is at ``path``, or the user agreed to replace it. The save
    dialog asked about the name as typed; the app may have added the extension since."""
    if not path.exists():
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Questions", "Replace the file?"),
        QCoreApplication.translate("Questions", "%1 already exists. Replace it with the export?").replace(
            "%1", path.name
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def close_anyway(parent: QWidget) -> bool:
    """Asked when edits failed to store (a full disk, a lost server): closing now would
    drop them, Retry may still store them."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Questions", "Changes not saved"),
        QCoreApplication.translate(
            "Questions",
            "Some of your changes could not be saved, and closing now loses them. Free some "
            "space or reconnect, then press Retry in the message at the top. Close anyway?",
        ),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close
