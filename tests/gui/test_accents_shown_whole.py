"""Turkish capitals keep their marks on screen: a label sized to one line of a font
whose ascent ends below the dots of Ö, Ü and İ (DejaVu Sans, Linux's usual default)
clipped them, so "Öne çıkan" read "One çıkan"."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QLabel

from philosophy_studio.gui.accent_style import RoomForAccents
from philosophy_studio.gui.theme import accent_overshoot
from philosophy_studio.resources import resource_path


def test_a_label_gets_room_for_the_dots_of_turkish_capitals(qtbot) -> None:
    QFontDatabase.addApplicationFont(str(resource_path("fonts", "DejaVuSans.ttf")))
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)
    metrics = QFontMetrics(font)
    reach = -metrics.tightBoundingRect("Ö").top()
    assert reach > metrics.ascent()  # the clipping this guards against
    label = QLabel("Öne çıkan kelime yok.")
    label.setFont(font)
    qtbot.addWidget(label)
    style = RoomForAccents()
    style.polish(label)
    assert label.contentsMargins().top() == accent_overshoot(font) == reach - metrics.ascent()
    # The first line's marks now lie inside the label.
    assert label.sizeHint().height() >= reach + metrics.descent()
    # A label with margins of its own is left as it was.
    framed = QLabel("Üç")
    framed.setFont(font)
    framed.setContentsMargins(4, 6, 4, 6)
    qtbot.addWidget(framed)
    style.polish(framed)
    assert framed.contentsMargins().top() == 6
