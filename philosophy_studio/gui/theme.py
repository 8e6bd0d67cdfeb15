"""Type sizes that read well on a projector, in light and dark palettes alike.

Sizes scale the user's own font, so a large system font or 200% scaling carries
through. Colours come from the palette. Fonts are set per widget rather than by an
application style sheet, which would re-polish every widget and slow the start.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QWidget

HEADING = 2.0
STEP_TITLE = 1.6
SUBHEADING = 1.25
READING = 1.1
EDITOR = 1.35


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)


def use_tooltip_colours(frame: QFrame) -> None:
    """A highlighted band (the message bar) in the palette's tooltip colours, which
    every theme defines to contrast with its windows."""
    palette = QPalette(frame.palette())
    palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
    frame.setPalette(palette)
    frame.setAutoFillBackground(True)
