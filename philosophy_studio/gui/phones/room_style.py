"""How the projector's view reads from the back of a room: the theme turned to full
contrast, and type set in pixels from the window's size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

MID_GREY = 128
# The end signal: a warm colour that keeps full contrast on black and on white.
ENDED_ON_DARK = QColor("#ffd54f")
ENDED_ON_LIGHT = QColor("#9a0007")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < MID_GREY


def contrast_palette(base: QPalette) -> QPalette:
    """``base`` with black on white, or white on black for a dark theme."""
    dark = is_dark(base)
    ink, paper = (QColor("#ffffff"), QColor("#000000")) if dark else (QColor("#000000"), QColor("#ffffff"))
    palette = QPalette(base)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, paper)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, ink)
    return palette


def ended_colour(palette: QPalette) -> QColor:
    return ENDED_ON_DARK if is_dark(palette) else ENDED_ON_LIGHT


def pixel_font(widget: QWidget, pixels: int, *, bold: bool = False, mono: bool = False) -> None:
    font = QFont(widget.font())
    if mono:
        # Digits of equal width: the clock does not jitter as it counts.
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
    font.setPixelSize(max(12, pixels))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    widget.setFont(font)
