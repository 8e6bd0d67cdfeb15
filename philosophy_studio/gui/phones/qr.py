"""QR codes drawn with QPainter from segno's module matrix: crisp at any size, dark on
light whatever the theme (inverted codes defeat many phone scanners)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

# The blank margin scanners need around the code, in modules (the standard's minimum).
QUIET_ZONE = 4


def qr_image(text: str, size: int) -> QImage:
    """A square image of at most ``size`` pixels encoding ``text``; every module is a
    whole number of pixels so no edge is blurred."""
    import segno

    code = segno.make(text, error="m", micro=False)
    matrix = code.matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = max(1, size // modules)
    side = modules * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(Qt.GlobalColor.black))
        for row, line in enumerate(matrix):
            for column, dark in enumerate(line):
                if dark:
                    painter.drawRect(
                        QRectF((column + QUIET_ZONE) * scale, (row + QUIET_ZONE) * scale, scale, scale)
                    )
    finally:
        painter.end()
    return image
