"""The question before an export replaces a file the save dialog did not ask about: it
asked about the name as typed, and the app then added the extension."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def replace_confirmed(parent: QWidget, path: Path) -> bool:
    """True when nothing is at ``path``, or the user agreed to replace it."""
    if not path.exists():
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ReplaceFile", "Replace the file?"),
        QCoreApplication.translate("ReplaceFile", "%1 already exists. Replace it with the export?").replace(
            "%1", path.name
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
