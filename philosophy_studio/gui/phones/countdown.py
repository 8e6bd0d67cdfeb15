"""A countdown the facilitator sets, starts, pauses, extends and resets.

Time is measured with a monotonic clock, not by counting ticks, so a busy event loop
makes the display late by a moment but never makes the countdown itself slow.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

DEFAULT_SECONDS = 5 * 60
# Redraws a few times a second so a paused and restarted countdown never shows a
# second twice or skips one.
TICK_MS = 200


class Countdown(QObject):
    ticked = Signal(int)  # whole seconds left, rounded up
    running_changed = Signal(bool)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._duration_ms = DEFAULT_SECONDS * 1000
        self._left_before_run_ms = self._duration_ms
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setObjectName("countdownTick")
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)

    @property
    def duration(self) -> int:
        return self._duration_ms // 1000

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()

    def remaining_ms(self) -> int:
        if not self.is_running:
            return self._left_before_run_ms
        return max(0, self._left_before_run_ms - self._clock.elapsed())

    def remaining(self) -> int:
        """Whole seconds left, rounded up: it shows 0:01 until the last second is over."""
        return -(-self.remaining_ms() // 1000)

    def set_duration(self, seconds: int) -> None:
        """The length the countdown starts from; resets it when it is not running."""
        self._duration_ms = max(1, seconds) * 1000
        if not self.is_running:
            self.reset()

    def start(self) -> None:
        if self.is_running:
            return
        if self._left_before_run_ms <= 0:
            self._left_before_run_ms = self._duration_ms
        self._clock.start()
        self._timer.start()
        self.running_changed.emit(True)
        self.ticked.emit(self.remaining())

    def pause(self) -> None:
        if not self.is_running:
            return
        self._left_before_run_ms = self.remaining_ms()
        self._timer.stop()
        self.running_changed.emit(False)
        self.ticked.emit(self.remaining())

    def toggle(self) -> None:
        self.pause() if self.is_running else self.start()

    def reset(self) -> None:
        was_running = self.is_running
        self._timer.stop()
        self._left_before_run_ms = self._duration_ms
        if was_running:
            self.running_changed.emit(False)
        self.ticked.emit(self.remaining())

    def extend(self, seconds: int) -> None:
        """More time without stopping: the discussion is going well."""
        self._left_before_run_ms += seconds * 1000
        self.ticked.emit(self.remaining())

    def _on_tick(self) -> None:
        left = self.remaining_ms()
        self.ticked.emit(self.remaining())
        if left <= 0:
            self._timer.stop()
            self._left_before_run_ms = 0
            self.running_changed.emit(False)
            self.finished.emit()
