"""The kiosk under a real X server and window manager (Xvfb and openbox, driven with
xdotool), where the offscreen tests cannot reach: the window manager's own show-desktop,
desktop switching and minimising, another program's window, and Alt+Tab to the app's
other windows. Skipped where those programs are missing (Debian: xvfb openbox xdotool
x11-utils), except under CI, whose .ci/run installs them."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

PROGRAMS = ("xvfb-run", "openbox", "xdotool", "xwininfo", "xmessage")
DRIVER = Path(__file__).with_name("kiosk_under_window_manager.py")


@pytest.mark.parametrize("kiosk", ["survey", "voting"])
def test_nothing_a_person_at_the_kiosk_presses_uncovers_the_app_or_the_desktop(
    tmp_path: Path, kiosk: str
) -> None:
    missing = [program for program in PROGRAMS if shutil.which(program) is None]
    if missing:
        # .ci/run installs them: there, a missing one must not pass unnoticed.
        if os.environ.get("CI"):
            pytest.fail("CI must test the kiosk under a window manager; missing " + ", ".join(missing))
        pytest.skip("needs " + ", ".join(missing))
    workshop = tmp_path / "w.pstudio"
    WorkshopService.create(
        workshop, new_workshop(WorkshopInfo(team_name="WM", language=Language.ENGLISH))
    ).close()
    home = tmp_path / "home"
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    (tmp_path / "runtime").mkdir(mode=0o700)
    # openbox's defaults bind Super+D to show the desktop and Ctrl+Alt+Right to the
    # next of four desktops, as most desktops do.
    script = f"openbox --sm-disable & sleep 1; exec {sys.executable} {DRIVER} {workshop} {kiosk}"
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x720x24", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=180,
        check=False,
    )
    reports = {
        line["after"]: line
        for line in map(json.loads, (text for text in done.stdout.splitlines() if text.startswith("{")))
    }
    assert "left with the PIN" in reports, done.stdout + done.stderr[-2000:]
    for action, seen in reports.items():
        if action == "left with the PIN":
            continue
        assert seen["kiosk_active"] and seen["kiosk_viewable"] and seen["kiosk_full_screen"], seen
        assert seen["other_windows_shown"] == [], seen
        # Typed blind, Alt+R and Alt+C neither showed the tallies nor closed the survey
        # or the round.
        assert seen["untouched"], seen
    # Another desktop chosen: the kiosk followed to it rather than staying behind.
    switched = reports["ctrl+alt+Right"]
    assert (
        switched["desktop"] != reports["start"]["desktop"]
        and switched["kiosk_desktop"] == switched["desktop"]
    )
    assert sorted(reports["left with the PIN"]["other_windows_shown"]) == [
        "MainWindow",
        "PhonePanel",
        "PresentationWindow",
    ]
