"""The method as a list of steps, each with its completeness mark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from philosophy_studio.domain.model import GuidelineQuestion, ValueCard, Workshop
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


# The row of a step holds its Step's value here; a chosen value's row under Guidelines holds
# the card id in _CARD_ROLE as well.
_STEP_ROLE = Qt.ItemDataRole.UserRole
_CARD_ROLE = Qt.ItemDataRole.UserRole + 1


class StepNavigator(QListWidget):
    """The steps in order; under Guidelines, each chosen value with how many of its five
    questions are answered, so the room sees what is left."""

    step_selected = Signal(object)  # Step
    # A chosen value's row under Guidelines was selected: its card id.
    value_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepNavigator")
        self.setIconSize(QSize(_ICON_SIZE, _ICON_SIZE))
        self.setSpacing(4)
        scale_font(self, SUBHEADING)
        self._progress: dict[Step, StepProgress] = {}
        self._values: tuple[ValueCard, ...] = ()
        for step in STEP_ORDER:
            item = QListWidgetItem()
            item.setData(_STEP_ROLE, step.value)
            self.addItem(item)
        self.currentRowChanged.connect(self._on_row_changed)
        self.retranslate_ui()

    def current_step(self) -> Step:
        item = self.currentItem()
        return Step(item.data(_STEP_ROLE)) if item is not None else STEP_ORDER[0]

    def _row_of(self, step: Step) -> int:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(_STEP_ROLE) == Step(step).value and item.data(_CARD_ROLE) is None:
                return row
        return 0

    def item_for(self, step: Step) -> QListWidgetItem:
        """The row of ``step`` itself (not of a value under it)."""
        return self.item(self._row_of(step))

    def select_step(self, step: Step) -> None:
        self.setCurrentRow(self._row_of(step))

    def select_value(self, card_id: int) -> None:
        """Mark the row of a chosen value under Guidelines, picked on the page itself
        (the page already shows it, so nothing is announced)."""
        if self.current_step() is not Step.GUIDELINES:
            return
        for row in range(self.count()):
            if self.item(row).data(_CARD_ROLE) == card_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return

    def move(self, delta: int) -> None:
        """Go to the previous or next step (values under Guidelines are skipped)."""
        index = STEP_ORDER.index(self.current_step())
        self.select_step(STEP_ORDER[min(max(index + delta, 0), len(STEP_ORDER) - 1)])

    def show_progress(self, workshop: Workshop) -> None:
        self._progress = {step: progress(workshop, step) for step in STEP_ORDER}
        values = workshop.chosen_values
        if [(c.id, c.name) for c in values] != [(c.id, c.name) for c in self._values]:
            self._rebuild_value_rows(values)
        self._values = values
        self.retranslate_ui()

    def _rebuild_value_rows(self, values: tuple[ValueCard, ...]) -> None:
        current = self.currentItem()
        keep = (current.data(_STEP_ROLE), current.data(_CARD_ROLE)) if current is not None else None
        self.blockSignals(True)
        for row in reversed(range(self.count())):
            if self.item(row).data(_CARD_ROLE) is not None:
                self.takeItem(row)
        below = self._row_of(Step.GUIDELINES) + 1
        for offset, card in enumerate(values):
            item = QListWidgetItem()
            item.setData(_STEP_ROLE, Step.GUIDELINES.value)
            item.setData(_CARD_ROLE, card.id)
            font = self.font()
            font.setPointSizeF(font.pointSizeF() / SUBHEADING)
            item.setFont(font)
            self.insertItem(below + offset, item)
        restored = 0
        for row in range(self.count()):
            item = self.item(row)
            if keep is not None and (item.data(_STEP_ROLE), item.data(_CARD_ROLE)) == keep:
                restored = row
                break
        else:
            if keep is not None:
                restored = self._row_of(Step(keep[0]))
        self.setCurrentRow(restored)
        self.blockSignals(False)

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            item = self.item(row)
            self.step_selected.emit(Step(item.data(_STEP_ROLE)))
            if item.data(_CARD_ROLE) is not None:
                self.value_selected.emit(item.data(_CARD_ROLE))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("StepNavigator", "Workshop steps"))
        for row, step in enumerate(STEP_ORDER):
            item = self.item_for(step)
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
            elif state.optional:
                status = QCoreApplication.translate("StepNavigator", "optional")
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
        self._retranslate_value_rows()
        # Wide enough for the longest title in the current language: never cut a step.
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.sizeHintForColumn(0) + frame + 2 * self.spacing())

    def _retranslate_value_rows(self) -> None:
        cards = {card.id: card for card in self._values}
        total = len(GuidelineQuestion)
        for row in range(self.count()):
            item = self.item(row)
            card = cards.get(item.data(_CARD_ROLE))
            if card is None:
                continue
            done = card.answered_questions
            item.setText(f"    {card.name}  {done}/{total}")
            item.setIcon(_mark(done >= total, done > 0, self.palette()))
            status = QCoreApplication.translate(
                "StepNavigator", "%1: %2 of %3 questions answered", "a chosen value's guideline questions"
            )
            status = status.replace("%1", card.name).replace("%2", str(done)).replace("%3", str(total))
            item.setToolTip(status)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, status)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate_ui()
        super().changeEvent(event)
