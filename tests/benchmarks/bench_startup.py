"""Start-up benchmark: process start to main window shown, against a bare PySide6
QMainWindow started the same way in the same run. Target: at most 1.5x the bare window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_startup.py [ROUNDS]
        [--compile-each-start]

Each round starts a fresh interpreter for each variant (alternating, so both see the
same machine load) and stops the clock when the child reports that its window is
shown and the event loop has turned once. Prints the medians and their ratio, and
which heavy libraries the app's start imported (there must be none).

Both start with their bytecode cached, as an installed app does (pip and PyInstaller
ship it): the untimed first runs write it to a scratch folder (PYTHONPYCACHEPREFIX),
whatever PYTHONDONTWRITEBYTECODE says. A checkout run with PYTHONDONTWRITEBYTECODE=1
and no __pycache__ compiles the app's ~25 modules at every start instead (~15-30 ms
that only the app pays); --compile-each-start measures that.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

APP = """
import sys
import philosophy_studio.cli  # the entry point's own import cost
from PySide6.QtCore import QTimer
from philosophy_studio.gui.application import build_window, create_application
from philosophy_studio.settings import load_settings
app = create_application()
window = build_window(load_settings())
window.show()
def report():
    heavy = [m for m in ("sqlalchemy", "alembic", "sklearn", "simplemma", "reportlab") if m in sys.modules]
    print("shown", ",".join(heavy), flush=True)
    window.close()
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


def time_child(code: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.stdout.read()
    child.wait(timeout=60)
    if not line.startswith("shown"):
        raise SystemExit(f"child did not report its window: {line!r}")
    return elapsed, line.split(" ", 1)[1].strip() if " " in line else ""


def main() -> None:
    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    rounds = int(numbers[0]) if numbers else 9
    cached = "--compile-each-start" not in sys.argv
    scratch = tempfile.mkdtemp(prefix="ps-bench-")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PHILOSOPHY_STUDIO_CONFIG_DIR"] = os.path.join(scratch, "config")
    env["PHILOSOPHY_STUDIO_DATA_DIR"] = os.path.join(scratch, "data")
    warm = env
    if cached:
        env["PYTHONPYCACHEPREFIX"] = os.path.join(scratch, "bytecode")
        warm = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # One untimed run of each warms the file cache (and writes the bytecode).
    time_child(BARE, warm)
    time_child(APP, warm)
    bare, app, heavy = [], [], set()
    for _ in range(rounds):
        bare.append(time_child(BARE, env)[0])
        seconds, imported = time_child(APP, env)
        app.append(seconds)
        heavy.update(filter(None, imported.split(",")))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    bytecode = "cached, as installed" if cached else "compiled at each start"
    print(f"platform: {env['QT_QPA_PLATFORM']}, rounds: {rounds}, bytecode: {bytecode}")
    print(f"bare QMainWindow shown: median {bare_median * 1000:.0f} ms (min {min(bare) * 1000:.0f})")
    print(f"Philosophy Studio shown: median {app_median * 1000:.0f} ms (min {min(app) * 1000:.0f})")
    print(f"ratio: {app_median / bare_median:.2f}x (target <= 1.50x)")
    print(f"heavy libraries imported at start: {', '.join(sorted(heavy)) or 'none'}")


if __name__ == "__main__":
    main()
