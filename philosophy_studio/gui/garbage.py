"""Python's cyclic garbage collector, run on the GUI thread only.

The collector normally runs in whichever thread happens to allocate when a threshold
is crossed, and may then destroy Qt objects held in reference cycles (a closed
kiosk's widgets, say) from a worker thread: Qt objects must die on their own thread,
and that crashes. So automatic collection is off while the app runs, and a timer on
the GUI thread collects whenever the thresholds say it is due.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setObjectName("garbageCollector")
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        gc.collect(generation)
