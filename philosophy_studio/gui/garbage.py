"""Python's cyclic garbage collector, run on the GUI thread only.

The collector normally runs in whichever thread happens to allocate when a threshold
is crossed, and may then destroy Qt objects held in reference cycles (a closed
kiosk's widgets, say) from a worker thread: Qt objects must die on their own thread,
and that crashes. So automatic collection is off while the app runs, and a timer on
the GUI thread collects whenever the thresholds say it is due.

Each collection pauses the GUI for as long as it takes to look at the objects of the
generations it collects, so those are kept small:
- the check runs often: with automatic collection off, the youngest generation holds
  everything made since the last check, ~50 ms of looking after half a second of a
  busy storage thread;
- a full collection (~100-150 ms once the analysis and storage libraries are loaded)
  waits, as in CPython, until the oldest generation has grown by a quarter since the
  last one: before that, it would look at the same long-lived objects again to find
  next to nothing;
- what loading makes (the libraries, ~100,000 objects; a million customer comments,
  a handful of tuples of a million items each), all kept for good, is frozen out of
  every collection (``gc.freeze``), rather than looked at on its way to the oldest
  generation: a collection looks at every item of a young tuple, and the comments'
  columns cost 90-130 ms each time they were young. So while loading goes on, what is
  due for a collection is frozen instead, which costs nothing; the few cycles made
  meanwhile wait, frozen too. Closing the workshop releases it all, so nothing that
  was alive then is kept once it is garbage.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from philosophy_studio.domain.language import Language
    from philosophy_studio.gui.tasks import TaskRunner

CHECK_MS = 100
# CPython's rule (gcmodule.c): a full collection only once the objects moved to the
# oldest generation since the last one reach a quarter of those that were there.
FULL_COLLECTION_GROWTH = 0.25
# Loading that never reports its end (its window closed first) stops holding back
# collections after this long.
LOADING_AT_MOST_S = 20.0


class _Loading:
    """Library loading in progress, as the GUI thread knows it."""

    def __init__(self) -> None:
        self.count = 0
        self.until = 0.0

    @property
    def active(self) -> bool:
        return self.count > 0 and time.monotonic() < self.until


_loading = _Loading()


def loading_long_lived_started() -> None:
    """Work off the GUI thread has started to load what stays loaded (libraries)."""
    _loading.count += 1
    _loading.until = time.monotonic() + LOADING_AT_MOST_S


def loading_long_lived_goes_on() -> None:
    """Loading that takes longer than LOADING_AT_MOST_S (a million customer comments)
    says it is still at work, so collections stay held back until it ends."""
    if _loading.count:
        _loading.until = time.monotonic() + LOADING_AT_MOST_S


def loading_long_lived_finished() -> None:
    """That work has ended (done or failed): what exists now is kept out of collections."""
    if _loading.count == 0:
        return  # released meanwhile: the workshop it loaded for was closed
    _loading.count -= 1
    if _loading.count == 0:
        gc.freeze()


def load_long_lived(runner: TaskRunner, load: Callable[[], object]) -> None:
    """Run ``load`` (libraries, tables: what stays loaded) off the GUI thread as work
    nobody waits for; what it makes is frozen out of collections as it goes. Its
    failure is not reported here: the work that needs what it loads meets the same
    failure, with its message."""
    loading_long_lived_started()
    runner.run_heavy(
        lambda _control: load(),
        on_done=lambda _result: loading_long_lived_finished(),
        on_error=lambda _error: loading_long_lived_finished(),
        disposable=True,
    )


def release_long_lived() -> None:
    """Collections look at everything again (a workshop was closed): what was frozen and
    is garbage by now can go."""
    _loading.count = 0
    gc.unfreeze()


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        # Counted at the first check (~1 ms that the first window need not wait for):
        # no collection runs before it, so the oldest generation is the same then.
        self._long_lived: int | None = None
        self._frozen = gc.get_freeze_count()
        self._timer = QTimer(self)
        self._timer.setObjectName("garbageCollector")
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        if self._long_lived is None:
            self._long_lived = len(gc.get_objects(generation=2))
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        if _loading.active:
            gc.freeze()
        elif counts[1] <= thresholds[1]:
            gc.collect(0)
        elif counts[2] > thresholds[2] and self._grown_by_a_quarter():
            gc.collect(2)
            self._long_lived = len(gc.get_objects(generation=2))
        else:
            gc.collect(1)

    def _grown_by_a_quarter(self) -> bool:
        # Counting takes ~5 ms for 140,000 objects, so only when the count is due.
        size = len(gc.get_objects(generation=2))
        if gc.get_freeze_count() != self._frozen:
            # Frozen or released since the last full collection: measured from here.
            self._frozen = gc.get_freeze_count()
            self._long_lived = size
            return False
        return size - self._long_lived > self._long_lived * FULL_COLLECTION_GROWTH


def load_analysis(runner: TaskRunner, languages: Sequence[Language]) -> None:
    """The analysis libraries and the lemma table of each of ``languages``, in that
    order, loaded in the background as long-lived work, so that the Survey step's first
    analysis does not wait for them."""
    from philosophy_studio.analysis.warm_up import prepare_analysis

    for language in languages:
        load_long_lived(runner, lambda language=language: prepare_analysis(language))
