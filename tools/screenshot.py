"""Screenshots of the app for review and the README.

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python tools/screenshot.py OUT_DIR [--lang tr|en]
        [--size 1280x800] [--step vision] [--demo tr|en] [--dark] [--present] [--guide]

With --present, each step is also shot in presentation mode (``present-STEP-…png``);
with --guide, the facilitator's guide at its planning page and at step 2 (``guide-…png``).

Uses temporary settings and data folders, so it never touches the user's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--step", action="append", default=[])
    parser.add_argument("--demo", choices=["tr", "en"])
    parser.add_argument("--open", type=Path, help="a workshop file to show instead of a demo")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--present", action="store_true")
    parser.add_argument("--guide", action="store_true")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="ps-shot-"))
    os.environ["PHILOSOPHY_STUDIO_CONFIG_DIR"] = str(scratch / "config")
    os.environ["PHILOSOPHY_STUDIO_DATA_DIR"] = str(scratch / "data")

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QTabWidget, QWidget

    from philosophy_studio.domain.model import Language
    from philosophy_studio.domain.steps import Step
    from philosophy_studio.gui.application import build_window, create_application
    from philosophy_studio.settings import Settings

    app = create_application()
    if args.dark:
        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Button, "#3a3a3a"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    window = build_window(Settings(ui_language=args.lang))
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"{args.lang}-{args.size}" + ("-dark" if args.dark else "")
    # "values:1" shows the second tab of the Values page.
    shots: list[tuple[str, Step | None, int]] = [("start", None, 0)]
    for spec in args.step:
        name, _, tab = spec.partition(":")
        shots.append((spec.replace(":", "-tab"), Step(name), int(tab or 0)))

    def settle(page: QWidget | None) -> None:
        """Pages that compute in the background (analysis, charter preview), some after
        a short delay, finish first; on a busy machine one pass is not enough."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            window.runner.wait_idle()
            app.processEvents()
            waiting = page is not None and any(
                timer.isActive() and timer.isSingleShot() for timer in page.findChildren(QTimer)
            )
            if not waiting and not window.runner.busy:
                break
            time.sleep(0.05)
        # The PDF preview then renders its pages in a thread of its own.
        rendered = time.monotonic() + 1.5
        while time.monotonic() < rendered:
            app.processEvents()
            time.sleep(0.05)

    def take(index: int) -> None:
        name, step, tab = shots[index]
        if step is not None:
            window.workshop_view.navigator.select_step(step)
            tabs = window.workshop_view.page_for[step].findChild(QTabWidget)
            if tab and tabs is not None:
                tabs.setCurrentIndex(tab)
        settle(window.workshop_view.page_for[step] if step is not None else None)
        window.grab().save(str(args.out / f"{name}-{suffix}.png"))
        if args.present and step is not None:
            page = window.workshop_view.page_for[step]
            page.open_presentation()
            presentation = page.presentation
            presentation.resize(width, height)
            app.processEvents()
            presentation.grab().save(str(args.out / f"present-{name}-{suffix}.png"))
            presentation.close()
        if index + 1 < len(shots):
            QTimer.singleShot(300, lambda: take(index + 1))
        else:
            window.close()

    def after_start() -> None:
        window.grab().save(str(args.out / f"start-{suffix}.png"))
        if args.guide:
            window.show_facilitator_guide()
            guide = window.guide_dialog
            for row, name in ((0, "planning"), (2, "values")):
                guide.show_step(row)
                app.processEvents()
                guide.grab().save(str(args.out / f"guide-{name}-{suffix}.png"))
                bar = guide.page.verticalScrollBar()
                bar.setValue(bar.maximum())
                app.processEvents()
                guide.grab().save(str(args.out / f"guide-{name}-end-{suffix}.png"))
            guide.close()
        if args.demo or args.open:
            window.session.opened.connect(
                lambda _w: QTimer.singleShot(500, lambda: take(1) if len(shots) > 1 else window.close())
            )
            if args.open:
                window.open_location(str(args.open))
            else:
                window.open_demo(Language(args.demo))
        else:
            window.close()

    QTimer.singleShot(500, after_start)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
