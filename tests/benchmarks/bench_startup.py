"""Start-up benchmark: process start to main window shown, against a bare PySide6
QMainWindow started the same way in the same run. Target: at most 1.5x the bare window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_startup.py [ROUNDS]
        [--compile-each-start] [--as-launched]

Each round starts a fresh interpreter for each variant (alternating, so both see the
same machine load) and stops the clock when the child reports that its window is
shown and the event loop has turned once. Prints the medians and their ratio, the ratio
of the minimums (steadier when other work shares the machine), and which heavy
libraries the app's start imported (there must be none).

Both start with their bytecode cached, as an installed app does (pip and PyInstaller
ship it): the untimed first runs write it to a scratch folder (PYTHONPYCACHEPREFIX),
whatever PYTHONDONTWRITEBYTECODE says. A checkout run with PYTHONDONTWRITEBYTECODE=1
and no __pycache__ compiles the app's ~25 modules at every start instead (~15-30 ms
that only the app pays); --compile-each-start measures that.

By default the app is started as build_window() makes it, with its folders given by
PHILOSOPHY_STUDIO_*_DIR and no settings (a first start). --as-launched starts it as a
user does: the entry point's main(), which also starts the log file and finds the
folders with platformdirs, for a returning user (8 recent workshops, in Turkish).

Measured on the 2-core machine, other work running (load average 0.6-1.1), 25-31
rounds (issue #22):
- before (46a85ea): bare median 104-128 ms (min 97-99), app 183-210 ms (min 169-174):
  ratio 1.64-1.84x, of the minimums 1.71-1.76x; as launched: app 212-220 ms (min
  185-194), ratio 1.89-1.93x, of the minimums 1.83-1.90x.
- after: bare 99-116 ms (min 94-103), app 140-159 ms (min 133-144): ratio 1.36-1.41x,
  of the minimums 1.38-1.45x; as launched: app 167-178 ms (min 157-160), ratio
  1.55-1.59x, of the minimums 1.56-1.59x.
What the window no longer waits for: the accent style's Python polish (~25 ms: its
first call made PySide6 build the Qt namespace's enums and most QtWidgets classes) and
the focus ring's first judgement (the Qt namespace again, on the window's activation),
which now start after the first paint; QProxyStyle (~6 ms of QStyle enums); dataclasses
(~3 ms); the entry point's argparse parser when there is nothing to parse (~3 ms); html,
QPalette and a count of the collector's oldest generation (~1-2 ms each).
What is left (in-process, ~35 ms over the bare window's ~90 ms): PySide6 making the
Python classes and enums of the widgets the Start page uses (~10 ms), Qt's first font
set-up for the first text (~5 ms, which a window without text never pays), the app's
own modules (~8 ms), QAccessible for the screen-reader factory (~3 ms), ctypes for
Python 3.11's reference-count reserve (~2 ms), json and the settings (~2.5 ms), and
building, polishing and laying out the Start page (~8 ms). As launched, also: the log
file's logging.handlers (~9 ms: socket, pickle, queue), platformdirs (~4 ms), html for
the recent workshops' tooltips (~2 ms) and the Turkish catalogues.
- then the log file opened at its first record, so logging.handlers loads only when
  something is written (load 0.4-0.8, 21 rounds, as launched, alternating with the
  commit before): app min 144-155 ms against 158-162, ratio of the minimums 1.46-1.49x
  against 1.54-1.55x, medians 1.34-1.53x against 1.48-1.55x.
"""

from __future__ import annotations

import json
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
    heavy = ("sqlalchemy", "alembic", "numpy", "scipy", "simplemma", "reportlab")
    print("shown", ",".join(m for m in heavy if m in sys.modules), flush=True)
    window.close()
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""

# As a user starts it: the entry point's main(), which also starts the log file and finds
# the folders with platformdirs (the overrides above skip both), for a returning user
# (recent workshops, in Turkish).
AS_LAUNCHED = """
import os
import sys
import philosophy_studio.cli
import philosophy_studio.gui.application as application
built = application.build_window
def build_window(settings):
    window = built(settings)
    from PySide6.QtCore import QTimer
    def report():
        heavy = ("sqlalchemy", "alembic", "numpy", "scipy", "simplemma", "reportlab")
        print("shown", ",".join(m for m in heavy if m in sys.modules), flush=True)
        os._exit(0)
    QTimer.singleShot(0, report)
    return window
application.build_window = build_window
sys.exit(philosophy_studio.cli.main([]))
"""


def returning_user(env: dict[str, str], scratch: str) -> None:
    """Folders found as on a user's machine, under ``scratch``, with a settings file."""
    for name in ("PHILOSOPHY_STUDIO_CONFIG_DIR", "PHILOSOPHY_STUDIO_DATA_DIR"):
        env.pop(name, None)
    env["HOME"] = os.path.join(scratch, "home")
    env["XDG_CONFIG_HOME"] = os.path.join(scratch, "home", ".config")
    env["XDG_DATA_HOME"] = os.path.join(scratch, "home", ".local", "share")
    folder = os.path.join(env["XDG_CONFIG_HOME"], "philosophy-studio")
    os.makedirs(folder, exist_ok=True)
    recent = [os.path.join(scratch, f"Ekip {number} Ankara.pstudio") for number in range(1, 9)]
    settings = {"version": 1, "ui_language": "tr", "welcomed": True, "recent_files": recent}
    with open(os.path.join(folder, "settings.json"), "w", encoding="utf-8") as handle:
        json.dump(settings, handle)


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
    launched = "--as-launched" in sys.argv
    scratch = tempfile.mkdtemp(prefix="ps-bench-")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PHILOSOPHY_STUDIO_CONFIG_DIR"] = os.path.join(scratch, "config")
    env["PHILOSOPHY_STUDIO_DATA_DIR"] = os.path.join(scratch, "data")
    if launched:
        returning_user(env, scratch)
    app_code = AS_LAUNCHED if launched else APP
    warm = env
    if cached:
        env["PYTHONPYCACHEPREFIX"] = os.path.join(scratch, "bytecode")
        warm = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # One untimed run of each warms the file cache (and writes the bytecode).
    time_child(BARE, warm)
    time_child(app_code, warm)
    bare, app, heavy = [], [], set()
    for _ in range(rounds):
        bare.append(time_child(BARE, env)[0])
        seconds, imported = time_child(app_code, env)
        app.append(seconds)
        heavy.update(filter(None, imported.split(",")))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    bytecode = "cached, as installed" if cached else "compiled at each start"
    started = "as launched (main(), log, platformdirs, 8 recent, Turkish)" if launched else "build_window"
    print(f"platform: {env['QT_QPA_PLATFORM']}, rounds: {rounds}, bytecode: {bytecode}, app: {started}")
    print(f"bare QMainWindow shown: median {bare_median * 1000:.0f} ms (min {min(bare) * 1000:.0f})")
    print(f"Philosophy Studio shown: median {app_median * 1000:.0f} ms (min {min(app) * 1000:.0f})")
    print(f"ratio: {app_median / bare_median:.2f}x (target <= 1.50x)")
    print(f"ratio of the minimums: {min(app) / min(bare):.2f}x (steadier on a busy machine)")
    print(f"heavy libraries imported at start: {', '.join(sorted(heavy)) or 'none'}")


if __name__ == "__main__":
    main()
