"""Quitting benchmark: from closing the window to the end of the process, with the
demo workshop open, closed at several moments after it opened (while the analysis
libraries and the lemma table are still loading in the background, and after).
Target: immediate (well under half a second); it was 1.8 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_quit.py [ROUNDS]

Each case starts a fresh app process through the same run() the desktop entry point
uses, opens the demo, goes to a step, closes the window after a delay, and prints the
wall-clock time from close() to the process's exit as the parent sees it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.application import run
from philosophy_studio.gui.main_window import MainWindow
from philosophy_studio.settings import Settings

step, delay_ms = Step(sys.argv[1]), int(sys.argv[2])

def window():
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

def when_open():
    if not window().has_open_workshop:
        QTimer.singleShot(20, when_open)
        return
    window().workshop_view.navigator.select_step(step)
    QTimer.singleShot(delay_ms, close)

def close():
    print(f"closing {time.time()!r}", flush=True)
    window().close()

QTimer.singleShot(0, when_open)
sys.exit(run(Settings(ui_language="en", welcomed=True), demo=True))
"""


def quit_seconds(step: str, delay_ms: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ,
            PHILOSOPHY_STUDIO_CONFIG_DIR=f"{folder}/config",
            PHILOSOPHY_STUDIO_DATA_DIR=f"{folder}/data",
        )
        done = subprocess.run(
            [sys.executable, "-c", CHILD, step, str(delay_ms)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        ended = time.time()
    closing = next(line for line in done.stdout.splitlines() if line.startswith("closing "))
    return ended - float(closing.split()[1])


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    print("close → process end, median of", rounds, "rounds (seconds)")
    for step in ("personas", "survey", "charter"):
        for delay_ms in (100, 600, 3000):
            figures = [quit_seconds(step, delay_ms) for _ in range(rounds)]
            median, worst = statistics.median(figures), max(figures)
            print(f"  {step:9} closed {delay_ms:5} ms after opening: {median:.2f}  (max {worst:.2f})")


if __name__ == "__main__":
    main()
