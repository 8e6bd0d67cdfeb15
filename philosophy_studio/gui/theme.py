"""Type sizes that read well on a projector, in light and dark palettes alike.

Sizes scale the user's own font, so a large system font or 200% scaling carries
through. Colours come from the palette. Fonts are set per widget rather than by an
application style sheet, which would re-polish every widget and slow the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFrame

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
    from PySide6.QtGui import QPalette

    palette = QPalette(frame.palette())
    palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
    frame.setPalette(palette)
    frame.setAutoFillBackground(True)


# Capitals with marks above them, as Turkish writes them.
_MARKED_CAPITALS = "ÖÜİĞÂ"


def accent_overshoot(font: QFont) -> int:
    """How far the marks above Turkish capitals reach past the font's ascent, in pixels:
    0 for most fonts, 2 for DejaVu Sans at 9 pt (Linux's usual default)."""
    metrics = QFontMetrics(font)
    return max(0, -metrics.tightBoundingRect(_MARKED_CAPITALS).top() - metrics.ascent())


def make_room_for_accents(label: QLabel) -> None:
    """Room above ``label`` for the dots of Ö, Ü and İ where its font's ascent leaves
    none: a label sized to one line of DejaVu Sans clipped them ("Öne" read "One"). A
    label with a top margin of its own is left as it is."""
    margins = label.contentsMargins()
    if margins.top() == 0:
        room = accent_overshoot(label.font())
        if room:
            label.setContentsMargins(margins.left(), room, margins.right(), margins.bottom())
