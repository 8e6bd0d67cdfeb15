"""The Customers step's choice of a channel and a month to cut the comments by."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from philosophy_studio.gui.i18n import FollowsLanguage

if TYPE_CHECKING:
    from philosophy_studio.services.feedback import FeedbackFilter


class FeedbackFilters(FollowsLanguage, QWidget):
    # A channel or a month was chosen in the lists.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = QComboBox()
        self.channel.setObjectName("customersChannel")
        self.channel_label = QLabel()
        self.month = QComboBox()
        self.month.setObjectName("customersMonth")
        self.month_label = QLabel()
        self._names: tuple[Sequence[str], Sequence[str]] = ((), ())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, combo in ((self.channel_label, self.channel), (self.month_label, self.month)):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
            layout.addWidget(label)
            layout.addWidget(combo)
        layout.addStretch(1)
        self.retranslate_ui()

    def offer(self, channels: Sequence[str], months: Sequence[str]) -> None:
        """The channels and months the comments have; a choice still offered stays."""
        self._names = (channels, months)
        self._fill()

    def current(self) -> FeedbackFilter:
        from philosophy_studio.services.feedback import FeedbackFilter

        return FeedbackFilter(channel=self.channel.currentData(), month=self.month.currentData())

    def choose(self, channel: str | None = None, month: str | None = None) -> None:
        """Choose as choosing in the lists does."""
        self.channel.setCurrentIndex(max(self.channel.findData(channel), 0))
        self.month.setCurrentIndex(max(self.month.findData(month), 0))

    def _fill(self) -> None:
        channels, months = self._names
        for combo, everything, names in (
            (self.channel, self.tr("All channels"), channels),
            (self.month, self.tr("All months"), months),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.setEnabled(bool(names))
            combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.channel_label.setText(self.tr("C&hannel:"))
        self.channel.setAccessibleName(self.tr("Show the comments of one channel"))
        self.month_label.setText(self.tr("&Month:"))
        self.month.setAccessibleName(self.tr("Show the comments of one month"))
        self._fill()
