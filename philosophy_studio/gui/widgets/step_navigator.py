"""The method as a list of steps, each with its completeness mark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.progress import StepProgress, progress
from philosophy_studio.domain.steps import STEP_ORDER, Step
from philosophy_studio.gui.steps import step_title
from philosophy_studio.gui.theme import SUBHEADING, scale_font

_ICON_SIZE = 22
_COMPLETE_COLOUR = QColor("#2e7d32")


def _mark(complete: bool, started: bool, palette: QPalette) -> QIcon:
    """A filled circle with a tick when complete, a ring (half filled once started)
    otherwise; drawn in palette colours so it reads in light and dark themes."""
    ratio = 2.0
    pixmap = QPixmap(int(_ICON_SIZE * ratio), int(_ICON_SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(3, 3, _ICON_SIZE - 6, _ICON_SIZE - 6)
    text_colour = palette.color(QPalette.ColorRole.Text)
    if complete:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_COMPLETE_COLOUR)
        painter.drawEllipse(box)
        pen = QPen(QColor("white"), 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        x, y = box.left(), box.top()
        painter.drawPolyline([QPointF(x + 4, y + 8.5), QPointF(x + 7, y + 11.5), QPointF(x + 12, y + 5)])
    else:
        painter.setPen(QPen(text_colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        if started:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text_colour)
            painter.drawPie(box, 90 * 16, 180 * 16)
    painter.end()
    return QIcon(pixmap)


class StepNavigator(QListWidget):
    step_selected = Signal(object)  # Step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepNavigator")
        self.setIconSize(QSize(_ICON_SIZE, _ICON_SIZE))
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        scale_font(self, SUBHEADING)
        self._progress: dict[Step, StepProgress] = {}
        for step in STEP_ORDER:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.addItem(item)
        self.currentRowChanged.connect(self._on_row_changed)
        self.retranslate_ui()

    def current_step(self) -> Step:
        return STEP_ORDER[max(0, self.currentRow())]

    def select_step(self, step: Step) -> None:
        self.setCurrentRow(STEP_ORDER.index(step))

    def move(self, delta: int) -> None:
        row = min(max(self.currentRow() + delta, 0), self.count() - 1)
        self.setCurrentRow(row)

    def show_progress(self, workshop: Workshop) -> None:
        self._progress = {step: progress(workshop, step) for step in STEP_ORDER}
        self.retranslate_ui()

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.step_selected.emit(STEP_ORDER[row])

    def retranslate_ui(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("StepNavigator", "Workshop steps"))
        for row, step in enumerate(STEP_ORDER):
            item = self.item(row)
            state = self._progress.get(step)
            complete = bool(state and state.complete)
            started = bool(state and state.done > 0)
            title = f"{row + 1}. {step_title(step)}"
            item.setText(title)
            item.setIcon(_mark(complete, started, self.palette()))
            if state is None:
                status = ""
            elif complete:
                status = QCoreApplication.translate("StepNavigator", "complete")
            elif state.total > 1:
                status = (
                    QCoreApplication.translate(
                        "StepNavigator",
                        "%1 of %2 done",
                        "parts of a step that are finished, out of all its parts",
                    )
                    .replace("%1", str(state.done))
                    .replace("%2", str(state.total))
                )
            else:
                status = QCoreApplication.translate("StepNavigator", "not complete yet")
            item.setToolTip(f"{title}: {status}" if status else title)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, status)
        # Wide enough for the longest title in the current language: never cut a step.
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.sizeHintForColumn(0) + frame + 2 * self.spacing())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate_ui()
        super().changeEvent(event)
