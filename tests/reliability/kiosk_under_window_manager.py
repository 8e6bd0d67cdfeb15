"""Run by test_kiosk_window_manager.py inside Xvfb with a real window manager (openbox):
the app with its presentation and phone panel open starts the survey kiosk, and xdotool
then does what a person at the kiosk could: Alt+Tab, Alt+K, Alt+C and Alt+S typed
blind, Super+D (show the desktop), Ctrl+Alt+Right (another desktop), a minimise
request, another program's window opening, and Super+D while the PIN dialog is open.
After each, what the kiosk held is printed as one JSON line; the test judges.

    python kiosk_under_window_manager.py WORKSHOP.pstudio
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

PIN = "4071"
# Long enough for the window manager to act and the kiosk's own 300 ms reclaim to follow.
SETTLE_MS = 1500


def run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)
    return done.stdout.strip()


class Driver:
    def __init__(self, workshop: str) -> None:
        from philosophy_studio.gui.application import build_window
        from philosophy_studio.settings import load_settings

        settings = load_settings()
        settings.ui_language = "en"
        self.window = build_window(settings)
        self.window.show()
        self.window.open_location(workshop)
        self.page = None

    def report(self, action: str) -> None:
        kiosk = self.page.kiosk
        window_id = str(int(kiosk.winId())) if kiosk else ""
        others = [
            type(widget).__name__
            for widget in QApplication.topLevelWidgets()
            if widget is not kiosk and widget.isVisible() and not (kiosk and widget.parentWidget() is kiosk)
        ]
        print(
            json.dumps(
                {
                    "after": action,
                    "kiosk_active": bool(kiosk) and run("xdotool", "getactivewindow") == window_id,
                    "kiosk_full_screen": bool(kiosk) and kiosk.isFullScreen() and not kiosk.isMinimized(),
                    "kiosk_viewable": bool(kiosk) and "IsViewable" in run("xwininfo", "-id", window_id),
                    "other_windows_shown": others,
                    "survey_open": self.window.session.workshop.survey.is_open,
                    "desktop": run("xdotool", "get_desktop"),
                    "kiosk_desktop": run("xdotool", "get_desktop_for_window", window_id) if kiosk else "",
                }
            ),
            flush=True,
        )

    def press(self, *keys: str) -> None:
        run("xdotool", "key", "--clearmodifiers", *keys)

    def steps(self) -> Iterator[int]:
        from philosophy_studio.domain.steps import Step

        while not self.window.session.is_open:
            yield 100
        self.window.workshop_view.navigator.select_step(Step.SURVEY)
        self.page = page = self.window.workshop_view.page_for[Step.SURVEY]
        page.open_presentation()
        page.open_to_phones()
        yield SETTLE_MS
        page.open_kiosk()
        page.pin_dialog.pin.setText(PIN)
        page.pin_dialog.repeat.setText(PIN)
        page.pin_dialog.accept()
        yield SETTLE_MS
        self.report("start")
        self.press("alt+Tab")
        yield SETTLE_MS
        self.report("alt+Tab")
        # The presentation's Show results, the phone panel's and the step's shortcuts.
        self.press("alt+k", "alt+c", "alt+s")
        yield SETTLE_MS
        self.report("alt+k alt+c alt+s")
        self.press("super+d")
        yield SETTLE_MS
        self.report("super+d")
        self.press("ctrl+alt+Right")
        yield SETTLE_MS
        self.report("ctrl+alt+Right")
        run("xdotool", "windowminimize", str(int(page.kiosk.winId())))
        yield SETTLE_MS
        self.report("minimise")
        other = subprocess.Popen(["xmessage", "-center", "another program"])
        yield SETTLE_MS
        self.report("another program's window")
        other.kill()
        other.wait()
        page.kiosk.request_leave()
        yield SETTLE_MS
        self.press("super+d")
        yield SETTLE_MS
        self.report("super+d with the PIN dialog open")
        page.kiosk.request_leave()
        page.kiosk.pin_dialog.field.setText(PIN)
        page.kiosk.pin_dialog.accept()
        yield SETTLE_MS
        self.report("left with the PIN")
        page.phones.stop()
        QApplication.quit()


def main() -> None:
    app = QApplication(sys.argv[:1])
    sequence = Driver(sys.argv[1]).steps()

    def advance() -> None:
        with contextlib.suppress(StopIteration):
            QTimer.singleShot(next(sequence), advance)

    QTimer.singleShot(0, advance)
    app.exec()


if __name__ == "__main__":
    main()
