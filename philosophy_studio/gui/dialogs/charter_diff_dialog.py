"""What changed between two versions of the charter (or since one), line by line: lines
taken out struck through on red, lines put in on green, unchanged ones around them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from philosophy_studio.domain.model import Workshop
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.services.charter import CharterDiff, LineChange, compare_versions

# How each line starts, so the change is there for a screen reader and in a copy too.
MARKS = {LineChange.SAME: "   ", LineChange.ADDED: "+  ", LineChange.REMOVED: "−  "}
SKIPPED = "   …"


class _ChangeColours(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.added = QTextCharFormat()
        self.added.setBackground(QColor("#d8f3dc"))
        self.added.setForeground(QColor("#1b4332"))
        self.removed = QTextCharFormat()
        self.removed.setBackground(QColor("#ffe0e0"))
        self.removed.setForeground(QColor("#7f1d1d"))
        self.removed.setFontStrikeOut(True)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text.startswith(MARKS[LineChange.ADDED]):
            self.setFormat(0, len(text), self.added)
        elif text.startswith(MARKS[LineChange.REMOVED]):
            self.setFormat(0, len(text), self.removed)


class CharterDiffDialog(FollowsLanguage, QDialog):
    """Non-modal, so the charter can be edited while the changes are in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(720, 480)
        self._workshop: Workshop | None = None
        self.first_label = QLabel()
        self.first = QComboBox()
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel()
        self.second = QComboBox()
        self.second_label.setBuddy(self.second)
        self.every_line = QCheckBox()
        self.summary = QLabel()
        self.summary.setObjectName("charterDiffSummary")
        self.lines = QPlainTextEdit()
        self.lines.setObjectName("charterDiff")
        self.lines.setReadOnly(True)
        self.lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.lines.font())
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.lines.setFont(font)
        self._colours = _ChangeColours(self.lines.document())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QGridLayout(self)
        layout.addWidget(self.first_label, 0, 0)
        layout.addWidget(self.first, 0, 1)
        layout.addWidget(self.second_label, 0, 2)
        layout.addWidget(self.second, 0, 3)
        layout.addWidget(self.every_line, 0, 4)
        layout.setColumnStretch(5, 1)
        layout.addWidget(self.summary, 1, 0, 1, 6)
        layout.addWidget(self.lines, 2, 0, 1, 6)
        layout.addWidget(buttons, 3, 0, 1, 6)
        self.first.currentIndexChanged.connect(lambda _index: self._show_diff())
        self.second.currentIndexChanged.connect(lambda _index: self._show_diff())
        self.every_line.toggled.connect(lambda _checked: self._show_diff())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("What changed in the charter"))
        self.first_label.setText(self.tr("&From:"))
        self.second_label.setText(self.tr("&To:"))
        self.every_line.setText(self.tr("Show &every line"))
        self.lines.setAccessibleName(self.tr("Changes, line by line"))
        self.lines.setAccessibleDescription(
            self.tr("Lines taken out start with a minus sign, lines put in with a plus sign")
        )
        if self._workshop is not None:
            self._fill_choices(self.chosen(self.first), self.chosen(self.second))

    def show_workshop(self, workshop: Workshop, *, first: int | None = None) -> None:
        """Show ``workshop``'s versions; ``first`` is compared with the charter now."""
        kept_first = first if first is not None else self.chosen(self.first)
        kept_second = None if first is not None else self.chosen(self.second)
        self._workshop = workshop
        self._fill_choices(kept_first, kept_second)

    @staticmethod
    def chosen(combo: QComboBox) -> int | None:
        return combo.currentData()

    def _label(self, number: int, day: dt.date) -> str:
        return (
            self.tr("Version %1 (%2)")
            .replace("%1", str(number))
            .replace("%2", QLocale().toString(day, QLocale.FormatType.ShortFormat))
        )

    def _fill_choices(self, first: int | None, second: int | None) -> None:
        workshop = self._workshop
        assert workshop is not None
        for combo in (self.first, self.second):
            combo.blockSignals(True)
            combo.clear()
            for version in workshop.charter_versions:
                combo.addItem(self._label(version.number, version.day), version.number)
        self.second.addItem(self.tr("The charter now"), None)
        numbers = [v.number for v in workshop.charter_versions]
        self.first.setCurrentIndex(numbers.index(first) if first in numbers else max(len(numbers) - 1, 0))
        self.second.setCurrentIndex(numbers.index(second) if second in numbers else self.second.count() - 1)
        for combo in (self.first, self.second):
            combo.blockSignals(False)
        self._show_diff()

    def _show_diff(self) -> None:
        workshop = self._workshop
        if workshop is None or not workshop.charter_versions:
            self.summary.setText("")
            self.lines.setPlainText("")
            return
        diff: CharterDiff = compare_versions(workshop, self.chosen(self.first), self.chosen(self.second))
        if not diff.added and not diff.removed:
            self.summary.setText(self.tr("No change: the two say the same."))
        else:
            self.summary.setText(
                self.tr("%Ln line(s) put in", "", diff.added)
                + " · "
                + self.tr("%Ln line(s) taken out", "", diff.removed)
            )
        shown = diff.lines if self.every_line.isChecked() else diff.changes_only()
        self.lines.setPlainText(
            "\n".join(SKIPPED if line is None else MARKS[line.change] + line.text for line in shown)
        )
        self.lines.moveCursor(self.lines.textCursor().MoveOperation.Start)
