"""The first window shows complete although the application's style (room above each
label for the marks of Turkish capitals) and the focus ring come only after its first
paint, to start ~25 ms sooner: its labels already have that room, and nothing moves
when the style arrives."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtWidgets import QLabel

FIRST_START = """
import json

from PySide6.QtCore import SIGNAL, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel

from philosophy_studio.gui.application import build_window, create_application
from philosophy_studio.gui.theme import accent_overshoot
from philosophy_studio.resources import resource_path
from philosophy_studio.settings import Settings

app = create_application()
# DejaVu Sans, whose ascent ends below the dots of Ö: Linux's usual default font.
family = QFontDatabase.applicationFontFamilies(
    QFontDatabase.addApplicationFont(str(resource_path("fonts", "DejaVuSans.ttf")))
)[0]
font = QApplication.font()
font.setFamily(family)
QApplication.setFont(font)
window = build_window(Settings(ui_language="tr", welcomed=True))
labels = window.findChildren(QLabel)
seen = {}


def look(when):
    seen[when] = {
        "style": type(app.style()).__name__,
        "focus followers": app.receivers(SIGNAL("focusChanged(QWidget*,QWidget*)")),
        "tops": [label.contentsMargins().top() for label in labels],
        "room": [accent_overshoot(label.font()) for label in labels],
    }


window.show()
look("shown")
QTimer.singleShot(0, lambda: look("first turn"))


waited = []


def done():
    # Settled once the style has come (a loaded machine may paint late), or given up.
    waited.append(1)
    if type(app.style()).__name__ != "RoomForAccents" and len(waited) < 400:
        QTimer.singleShot(50, done)
        return
    QTimer.singleShot(100, finish)


def finish():
    look("settled")
    print(json.dumps(seen))
    window.close()
    app.quit()


QTimer.singleShot(50, done)
app.exec()
"""


def test_the_first_window_has_its_room_for_accents_before_the_style_comes() -> None:
    result = subprocess.run(
        [sys.executable, "-c", FIRST_START],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    shown, settled = seen["shown"], seen["settled"]
    # Before the first paint: neither the style's Python polish nor the focus ring.
    assert shown["style"] != "RoomForAccents"
    assert seen["first turn"]["focus followers"] == shown["focus followers"]
    # The labels have their room already, as much as the style gives them...
    assert any(shown["room"])
    assert shown["tops"] == shown["room"]
    # ...which comes after the first paint and moves nothing.
    assert settled["style"] == "RoomForAccents"
    assert settled["focus followers"] == shown["focus followers"] + 1
    assert settled["tops"] == shown["tops"]


def test_the_start_page_names_all_its_labels(make_window) -> None:  # type: ignore[no-untyped-def]
    page = make_window().start_page
    assert set(page.findChildren(QLabel)) == set(page.all_labels())
