"""Run by test_kiosk_window_manager.py inside Xvfb with a real window manager (openbox):
the app with its presentation and phone panel open starts the survey kiosk (or, given
"voting", the voting kiosk of a round opened on the demo), and xdotool then does what a
person at the kiosk could: Alt+Tab, then Alt+R, Alt+K and Alt+C typed blind (show the
results, the kiosk, close the survey or round), Super+D (show the desktop),
Ctrl+Alt+Right (another desktop), a minimise request, another program's window opening,
and Super+D while the PIN dialog is open. After each, what the kiosk held is printed as
one JSON line; the test judges.

    python kiosk_under_window_manager.py WORKSHOP.pstudio survey|voting
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
    def __init__(self, workshop: str, voting: bool) -> None:
        from philosophy_studio.domain.model import Language
        from philosophy_studio.gui.application import build_window
        from philosophy_studio.settings import load_settings

        settings = load_settings()
        settings.ui_language = "en"
        self.window = build_window(settings)
        self.window.show()
        self.voting = voting
        if voting:
            self.window.open_demo(Language.ENGLISH)
        else:
            self.window.open_location(workshop)
        self.page = None

    def kiosk(self):  # type: ignore[no-untyped-def]
        return self.page.voting.voting_kiosk if self.voting else self.page.kiosk

    def untouched(self) -> bool:
        """The survey still open, or the round still open with its tallies hidden."""
        from philosophy_studio.domain.model import VotingStatus

        workshop = self.window.session.workshop
        if not self.voting:
            return workshop.survey.is_open
        latest = workshop.voting_rounds[-1]
        return latest.status is VotingStatus.OPEN and not latest.revealed

    def report(self, action: str) -> None:
        kiosk = self.kiosk()
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
                    "untouched": self.untouched(),
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
        step = Step.VALUES if self.voting else Step.SURVEY
        self.window.workshop_view.navigator.select_step(step)
        self.page = page = self.window.workshop_view.page_for[step]
        if self.voting:
            rounds = len(self.window.session.workshop.voting_rounds)
            page.voting.open_round.click()
            while len(self.window.session.workshop.voting_rounds) == rounds:
                yield 100
            page.open_presentation()
            page.voting.open_voting_to_phones()
            yield SETTLE_MS
            page.voting.open_voting_kiosk()
            dialog = page.voting.pin_dialog
        else:
            page.open_presentation()
            page.open_to_phones()
            yield SETTLE_MS
            page.open_kiosk()
            dialog = page.pin_dialog
        dialog.pin.setText(PIN)
        dialog.repeat.setText(PIN)
        dialog.accept()
        yield SETTLE_MS
        self.report("start")
        self.press("alt+Tab")
        yield SETTLE_MS
        self.report("alt+Tab")
        # The presentation's Show results, the phone panel's and the step's shortcuts.
        self.press("alt+r", "alt+k", "alt+c")
        yield SETTLE_MS
        self.report("alt+r alt+k alt+c")
        self.press("super+d")
        yield SETTLE_MS
        self.report("super+d")
        self.press("ctrl+alt+Right")
        yield SETTLE_MS
        self.report("ctrl+alt+Right")
        run("xdotool", "windowminimize", str(int(self.kiosk().winId())))
        yield SETTLE_MS
        self.report("minimise")
        other = subprocess.Popen(["xmessage", "-center", "another program"])
        yield SETTLE_MS
        self.report("another program's window")
        other.kill()
        other.wait()
        self.kiosk().request_leave()
        yield SETTLE_MS
        self.press("super+d")
        yield SETTLE_MS
        self.report("super+d with the PIN dialog open")
        self.kiosk().request_leave()
        self.kiosk().pin_dialog.field.setText(PIN)
        self.kiosk().pin_dialog.accept()
        yield SETTLE_MS
        self.report("left with the PIN")
        (page.voting.phones if self.voting else page.phones).stop()
        QApplication.quit()


def main() -> None:
    app = QApplication(sys.argv[:1])
    sequence = Driver(sys.argv[1], voting=sys.argv[2] == "voting").steps()

    def advance() -> None:
        with contextlib.suppress(StopIteration):
            QTimer.singleShot(next(sequence), advance)

    QTimer.singleShot(0, advance)
    app.exec()


if __name__ == "__main__":
    main()
