"""A long workshop makes millions of Qt calls; none of them may bring the app down."""

import subprocess
import sys

LONG_SESSION = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import philosophy_studio.gui  # noqa: F401 - the package guards the interpreter
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel


class Session(QObject):
    saving_changed = Signal(bool)


app = QApplication([])
label = QLabel()
session = Session()
session.saving_changed.connect(label.setVisible)
for number in range(300_000):
    label.setText("Zamanında dönüş")
    session.saving_changed.emit(number % 2 == 0)
    app.processEvents()
print("still running")
"""


def test_hundreds_of_thousands_of_qt_calls_do_not_abort_the_interpreter() -> None:
    # Without the guard in philosophy_studio/gui/__init__.py this aborts on Python 3.11
    # with "Fatal Python error: none_dealloc" (or bool_dealloc) after a few thousand
    # calls.
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "still running"
