"""The pictures of the first-run tour: each step of the demo workshop, in each language.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tools/tour_pictures.py

Shoots every step with tools/screenshot.py at 1280x720 and writes them, scaled to the
tour's width, to resources/tour/LANGUAGE/STEP.jpg. Run it again when a page changes.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = "1280x720"
# A quarter wider than the tour shows them, for a high-density screen, and JPEG: a
# picture stays near 60 KB (a PNG of antialiased text is three times that).
WIDTH = 800
QUALITY = 75


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage

    from philosophy_studio.domain.steps import STEP_ORDER

    _app = QGuiApplication(sys.argv[:1])
    for language in ("tr", "en"):
        with tempfile.TemporaryDirectory() as shots:
            steps = [arg for step in STEP_ORDER for arg in ("--step", step.value)]
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "tools" / "screenshot.py"),
                    shots,
                    "--lang",
                    language,
                    "--demo",
                    language,
                    "--size",
                    SIZE,
                    *steps,
                ],
                check=True,
            )
            target = ROOT / "resources" / "tour" / language
            target.mkdir(parents=True, exist_ok=True)
            for step in STEP_ORDER:
                image = QImage(str(Path(shots) / f"{step.value}-{language}-{SIZE}.png"))
                if image.isNull():
                    raise SystemExit(f"no screenshot of {step.value} in {language}")
                scaled = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
                scaled.save(str(target / f"{step.value}.jpg"), "JPEG", QUALITY)
                print(target / f"{step.value}.jpg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
