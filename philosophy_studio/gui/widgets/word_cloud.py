"""A word cloud for the projector: the most supported words, sized by respondents.

The layout is our own and deterministic (the same words always land in the same places):
words go from the biggest to the smallest along an outward spiral from the centre, each
at the first place where it overlaps nothing already placed. A word that fits nowhere is
left out rather than drawn over another.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from philosophy_studio.gui.plain_text import plain_tooltip

# Font sizes of the least and the most supported word, in points at 100% scaling.
_SMALLEST = 11.0
_LARGEST = 54.0
_PADDING = 4.0
_SPIRAL_STEP = 0.35


class WordCloud(QWidget):
    word_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[tuple[str, int], ...] = ()
        self._placed: list[tuple[str, int, QFont, QRectF]] = []
        self._laid_out_for = QSize()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    @property
    def placed_words(self) -> list[str]:
        self._ensure_layout()
        return [word for word, _value, _font, _rect in self._placed]

    def show_words(self, words: Sequence[tuple[str, int]]) -> None:
        """``words`` as (word, respondents), most supported first."""
        self._words = tuple(words)
        self._laid_out_for = QSize()
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(240, 160)

    def _font_for(self, value: int, smallest: int, largest: int) -> QFont:
        font = QFont(self.font())
        share = 1.0 if largest == smallest else (value - smallest) / (largest - smallest)
        # Area, not height, should follow the count: a square root keeps big words honest.
        size = _SMALLEST + (_LARGEST - _SMALLEST) * math.sqrt(share)
        font.setPointSizeF(size * self.font().pointSizeF() / 10.0)
        font.setBold(share > 0.5)
        return font

    def _ensure_layout(self) -> None:
        if self._laid_out_for == self.size():
            return
        self._laid_out_for = self.size()
        self._placed = []
        if not self._words:
            return
        values = [value for _word, value in self._words]
        smallest, largest = min(values), max(values)
        area = QRectF(self.rect()).adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        centre = area.center()
        taken: list[QRectF] = []
        for word, value in self._words:
            font = self._font_for(value, smallest, largest)
            metrics = QFontMetricsF(font)
            width = metrics.horizontalAdvance(word) + _PADDING
            height = metrics.height()
            # Very long words are shrunk to fit rather than dropped or cut.
            while width > area.width() and font.pointSizeF() > 6:
                font.setPointSizeF(font.pointSizeF() * 0.8)
                metrics = QFontMetricsF(font)
                width, height = metrics.horizontalAdvance(word) + _PADDING, metrics.height()
            spot = self._free_spot(width, height, centre, area, taken)
            if spot is not None:
                taken.append(spot)
                self._placed.append((word, value, font, spot))

    @staticmethod
    def _free_spot(
        width: float, height: float, centre: QPointF, area: QRectF, taken: list[QRectF]
    ) -> QRectF | None:
        # An ellipse-shaped spiral matches a wide screen better than a circle.
        squash = max(0.3, area.height() / max(area.width(), 1.0))
        limit = max(area.width(), area.height())
        angle = 0.0
        while True:
            radius = 2.0 * angle
            if radius > limit:
                return None
            x = centre.x() + radius * math.cos(angle) - width / 2
            y = centre.y() + radius * squash * math.sin(angle) - height / 2
            candidate = QRectF(x, y, width, height)
            if area.contains(candidate) and not any(candidate.intersects(other) for other in taken):
                return candidate
            angle += _SPIRAL_STEP

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._ensure_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        strong = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.Text)
        for index, (word, _value, font, rect) in enumerate(self._placed):
            painter.setFont(font)
            # Alternating two palette colours keeps neighbours apart in both themes.
            painter.setPen(strong if index % 2 == 0 else text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, word)
        painter.end()

    def _word_at(self, point: QPointF) -> tuple[str, int] | None:
        for word, value, _font, rect in self._placed:
            if rect.contains(point):
                return word, value
        return None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        hit = self._word_at(event.position())
        if hit is None:
            QToolTip.hideText()
        else:
            from PySide6.QtCore import QCoreApplication

            word, value = hit
            tip = QCoreApplication.translate("WordCloud", "%Ln respondent(s)", "", value)
            QToolTip.showText(event.globalPosition().toPoint(), plain_tooltip(f"{word}: {tip}"), self)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        hit = self._word_at(event.position())
        if hit is not None:
            self.word_clicked.emit(hit[0])
        super().mousePressEvent(event)
