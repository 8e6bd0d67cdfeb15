"""The application's style: the platform's own, with room above each label for the
dots of Ö, Ü and İ where the font's ascent leaves none (theme.make_room_for_accents).

Per label, when it is polished, rather than by an application style sheet, which would
slow the start. Still, this Python polish costs a start ~25 ms if the first window is
polished with it: its first call of the base style's polish with a widget makes PySide6
build the Python enums of the whole Qt namespace (to rule out the QPalette overload,
as a QPalette can be made from a Qt.GlobalColor), and the widgets of Qt's private
classes (a combo box's popup) make it build most classes of QtWidgets to find theirs.
So the application takes this style once its first window is painted
(gui/application.py), and gives that window's labels their room itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProxyStyle

from philosophy_studio.gui.theme import make_room_for_accents


class RoomForAccents(QProxyStyle):
    def polish(self, target):  # type: ignore[no-untyped-def]  # Qt overloads it by type
        if isinstance(target, QLabel):
            make_room_for_accents(target)
        return super().polish(target)
