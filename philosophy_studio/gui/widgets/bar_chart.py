"""A horizontal bar chart of labelled counts: the top survey words.

QtCharts stays behind this small interface (``show_bars``) and is imported only when a
chart is first shown, so the rest of the app neither waits for it nor depends on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

# Room for the title and the value axis below the bars, in pixels.
_CHART_FURNITURE = 110


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._view = None
        self._bars: tuple[tuple[str, int], ...] = ()
        self._title = ""
        self._stale = False

    @property
    def bars(self) -> tuple[tuple[str, int], ...]:
        return self._bars

    def show_bars(self, bars: Sequence[tuple[str, int]], title: str) -> None:
        """Draw ``bars`` (label, value), the first at the top."""
        self._bars = tuple(bars)
        self._title = title
        # Built when seen: loading QtCharts and laying out a chart is not free, and a
        # hidden tab does not need it.
        self._stale = True
        if self.isVisible():
            self._rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._rebuild()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and self._view is not None:
            self._rebuild()

    def _rebuild(self) -> None:
        self._stale = False
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSet,
            QChart,
            QChartView,
            QHorizontalBarSeries,
            QValueAxis,
        )
        from PySide6.QtCore import Qt

        # The top bar is the biggest, so categories run bottom-up.
        bars = list(reversed(self._bars))
        palette = self.palette()
        values = QBarSet("")
        values.append([float(value) for _label, value in bars])
        values.setColor(palette.color(QPalette.ColorRole.Highlight))
        values.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        values.setLabelColor(palette.color(QPalette.ColorRole.WindowText))
        values.setLabelFont(self.font())
        series = QHorizontalBarSeries()
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(6)

        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self._title)
        chart.legend().setVisible(False)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setTitleBrush(palette.color(QPalette.ColorRole.WindowText))
        font = self.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.1)
        else:  # a font set in pixels, as on the projector
            font.setPixelSize(round(font.pixelSize() * 1.1))
        chart.setTitleFont(font)
        text = palette.color(QPalette.ColorRole.WindowText)

        categories = QBarCategoryAxis()
        categories.append([label for label, _value in bars])
        categories.setLabelsBrush(text)
        categories.setLabelsFont(self.font())
        # Words are short; the default would elide them all to "…" in a narrow chart.
        categories.setTruncateLabels(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        top = max((value for _label, value in bars), default=1)
        # Headroom for the value printed after the longest bar.
        axis.setRange(0, max(1, top) * 1.15)
        # Whole, round tick values: counts of people have no fractions.
        axis.setTickCount(min(6, max(2, top + 1)))
        axis.applyNiceNumbers()
        axis.setLabelFormat("%d")
        axis.setLabelsBrush(text)
        axis.setLabelsFont(self.font())
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)

        if self._view is None:
            self._view = QChartView()
            self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._view.setAccessibleName(self.accessibleName())
            # QBarCategoryAxis silently drops every label that would overlap its
            # neighbour, so a short chart named only every other word. The chart keeps
            # a line of text per bar and scrolls when its pane is smaller than that.
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidget(self._view)
            self._layout.addWidget(scroller)
        line = self.fontMetrics().height() + 6
        self._view.setMinimumHeight(len(bars) * line + _CHART_FURNITURE)
        previous = self._view.chart()
        self._view.setChart(chart)
        if previous is not None:
            previous.deleteLater()
