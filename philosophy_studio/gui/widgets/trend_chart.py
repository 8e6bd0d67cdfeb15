"""A metric's readings over time as a line, with its target as a dashed line across.

Drawn with QPainter: a handful of points needs no chart library, and the page showing
it opens without loading one."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Room around the plot for the value labels (left) and the dates (below), in text lines.
_MARGIN_LINES = 1.5


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._readings: tuple[tuple[dt.date, float], ...] = ()
        self._target: float | None = None
        self._target_label = ""
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, self.fontMetrics().height() * 11)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(200, self.sizeHint().height())

    @property
    def readings(self) -> tuple[tuple[dt.date, float], ...]:
        return self._readings

    def show_trend(
        self,
        readings: Sequence[tuple[dt.date, float]],
        target: float | None,
        *,
        target_label: str,
        empty_text: str,
    ) -> None:
        """Draw ``readings`` (by day) and, when given, ``target`` labelled
        ``target_label``; ``empty_text`` stands in the middle while there are none."""
        self._readings = tuple(sorted(readings))
        self._target = target
        self._target_label = target_label
        self._empty_text = empty_text
        self.update()

    def _value_range(self) -> tuple[float, float]:
        values = [value for _day, value in self._readings]
        if self._target is not None:
            values.append(self._target)
        low, high = min(values), max(values)
        if low == high:
            # One level: give it room so it sits in the middle, not on an edge.
            spread = abs(low) * 0.1 or 1.0
            return low - spread, high + spread
        padding = (high - low) * 0.1
        return low - padding, high + padding

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = self.fontMetrics()
        line = metrics.height()
        if not self._readings:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text
            )
            return
        locale = QLocale()
        low, high = self._value_range()
        # The lowest and the highest of what is drawn, at their own heights: the range
        # around them is padding, not a figure anyone measured.
        shown = [value for _day, value in self._readings]
        if self._target is not None:
            shown.append(self._target)
        marks = sorted({min(shown), max(shown)})
        labels = [self._number(locale, value) for value in marks]
        left = max(metrics.horizontalAdvance(label) for label in labels) + line
        plot = QRectF(left, line, self.width() - left - line * _MARGIN_LINES, self.height() - line * 3)
        if plot.width() <= 0 or plot.height() <= 0:
            return

        first, last = self._readings[0][0], self._readings[-1][0]
        span = max((last - first).days, 1)

        def point(day: dt.date, value: float) -> QPointF:
            x = plot.left() + plot.width() * ((day - first).days / span if last != first else 0.5)
            y = plot.bottom() - plot.height() * (value - low) / (high - low)
            return QPointF(x, y)

        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.setPen(text_colour)
        right_aligned = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for value, label in zip(marks, labels, strict=True):
            y = point(first, value).y()
            painter.drawText(QRectF(0, y - line / 2, left - line / 3, line), right_aligned, label)
        below = QRectF(plot.left(), plot.bottom() + line / 3, plot.width(), line)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, self._day(locale, first))
        if last != first:
            painter.drawText(below, Qt.AlignmentFlag.AlignRight, self._day(locale, last))

        if self._target is not None:
            accent = palette.color(QPalette.ColorRole.Link)
            pen = QPen(accent, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = point(first, self._target).y()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(accent)
            # Above the line, unless that would leave the plot.
            top = y - line if y - line >= plot.top() else y
            painter.drawText(
                QRectF(plot.left(), top, plot.width() - line / 2, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._target_label,
            )

        highlight = palette.color(QPalette.ColorRole.Highlight)
        points = [point(day, value) for day, value in self._readings]
        painter.setPen(QPen(highlight, 3))
        for start, end in itertools.pairwise(points):
            painter.drawLine(start, end)
        painter.setBrush(highlight)
        painter.setPen(QPen(QColor(palette.color(QPalette.ColorRole.Base)), 2))
        radius = max(4.0, line / 4)
        for centre in points:
            painter.drawEllipse(centre, radius, radius)

    @staticmethod
    def _number(locale: QLocale, value: float) -> str:
        return locale.toString(round(value, 2), "g", 6)

    @staticmethod
    def _day(locale: QLocale, day: dt.date) -> str:
        return locale.toString(day, QLocale.FormatType.ShortFormat)
