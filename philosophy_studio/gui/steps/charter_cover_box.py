"""The charter's cover on the Charter step: the organisation's logo and the accent
colour, with a small picture of the cover's band as it will print."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from philosophy_studio.domain.cover import PNG, Logo, text_on
from philosophy_studio.domain.cover_commands import SetAccentColour, SetLogo
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import Workshop
from philosophy_studio.gui.dialogs.conflict_dialog import offer_choice
from philosophy_studio.gui.i18n import FollowsLanguage, error_message
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.services.cover import DEFAULT_ACCENT, read_logo

# The band's picture: the proportions of an A4 cover's band, small enough to sit beside
# the checklist. Fixed, so nothing around it moves when a logo comes or goes.
PREVIEW_SIZE = (150, 66)


class CharterCoverBox(FollowsLanguage, QGroupBox):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._workshop: Workshop | None = None
        self._reading = False
        self.preview = QLabel()
        self.preview.setObjectName("charterCoverPreview")
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.logo_button = QPushButton()
        self.remove_logo = QPushButton()
        self.accent_button = QPushButton()
        self.own_accent = QPushButton()
        self.message = QLabel()
        self.message.setObjectName("charterCoverMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QGridLayout(self)
        layout.addWidget(self.preview, 0, 0, 2, 1)
        layout.addWidget(self.logo_button, 0, 1)
        layout.addWidget(self.remove_logo, 0, 2)
        layout.addWidget(self.accent_button, 1, 1)
        layout.addWidget(self.own_accent, 1, 2)
        layout.addWidget(self.message, 2, 0, 1, 3)
        layout.setColumnStretch(3, 1)
        self.logo_button.clicked.connect(self._on_pick_logo)
        self.remove_logo.clicked.connect(lambda: self._set_logo(None))
        self.accent_button.clicked.connect(self._on_pick_accent)
        self.own_accent.clicked.connect(lambda: self.use_accent(""))
        session.on_conflict((SetLogo, SetAccentColour), self._on_conflict)
        self.retranslate_ui()

    def show_workshop(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self.remove_logo.setEnabled(workshop.logo is not None)
        self.own_accent.setEnabled(bool(workshop.accent_colour))
        self._paint()

    # --- the logo ---------------------------------------------------------------------

    def _on_pick_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The organisation's logo"), "", self.tr("PNG or JPEG pictures (*.png *.jpg *.jpeg)")
        )
        if name:
            self.use_logo_file(Path(name))

    def use_logo_file(self, path: Path) -> None:
        """Read and check the picture off the GUI thread, then put it on the cover, or
        say why it cannot be the logo."""
        if self._reading:
            return
        self._reading = True
        self.logo_button.setEnabled(False)
        self.session.runner.run_heavy(
            lambda _control: read_logo(path), self._on_logo_read, self._on_logo_refused, disposable=True
        )

    def _on_logo_read(self, logo: Logo) -> None:
        self._reading = False
        self.logo_button.setEnabled(True)
        self.message.clear()
        self._set_logo(logo)

    def _on_logo_refused(self, error: BaseException) -> None:
        self._reading = False
        self.logo_button.setEnabled(True)
        self.message.setText(error_message(error) or error_message(error, unexpected=True) or "")

    def _set_logo(self, logo: Logo | None) -> None:
        workshop = self._workshop
        if workshop is not None:
            self.session.execute(SetLogo(logo, expected=workshop.logo))

    # --- the accent -------------------------------------------------------------------

    def _on_pick_accent(self) -> None:
        workshop = self._workshop
        current = QColor(workshop.accent_colour if workshop and workshop.accent_colour else DEFAULT_ACCENT)
        chosen = QColorDialog.getColor(current, self, self.tr("The charter's accent colour"))
        if chosen.isValid():
            self.use_accent(chosen.name())

    def use_accent(self, colour: str) -> None:
        workshop = self._workshop
        if workshop is not None and colour != workshop.accent_colour:
            self.message.clear()
            self.session.execute(SetAccentColour(colour, expected=workshop.accent_colour))

    def _on_conflict(self, error: EditConflictError) -> None:
        """Another facilitator changed the cover meanwhile: say both versions in words
        (a picture's bytes say nothing) and let the user keep one."""
        command = error.command

        def described(version: object) -> str:
            if isinstance(version, Logo):
                kind = "PNG" if version.mime == PNG else "JPEG"
                return (
                    self.tr("A %1 logo, %2 × %3 pixels")
                    .replace("%1", kind)
                    .replace("%2", str(version.width))
                    .replace("%3", str(version.height))
                )
            if isinstance(command, SetLogo):
                return self.tr("No logo")
            return str(version) or self.tr("The charter's own colour")

        self.conflict = offer_choice(
            self,
            described(error.theirs),
            described(error.mine),
            session=self.session,
            reread=None,
            keep_mine=lambda: self.session.execute(dataclasses.replace(command, expected=error.theirs)),
            explanation=self.tr(
                "While you were changing the cover, another facilitator saved a different one. "
                "Keep one of the two."
            ),
        )

    # --- the picture ------------------------------------------------------------------

    def _paint(self) -> None:
        """The band as the PDF draws it: the accent, the title in white or ink,
        whichever reads, and the logo on its white plate in the corner."""
        workshop = self._workshop
        width, height = PREVIEW_SIZE
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        accent = (workshop.accent_colour if workshop else "") or DEFAULT_ACCENT
        pixmap.fill(QColor(accent))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if workshop is not None and workshop.logo is not None:
            logo = QPixmap()
            if logo.loadFromData(workshop.logo.data):
                room = QRectF(0, 0, 44, 26)
                shown = logo.size().scaled(room.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                plate = QRectF(width - shown.width() - 14, 6, shown.width() + 8, shown.height() + 8)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("white"))
                painter.drawRoundedRect(plate, 4, 4)
                painter.drawPixmap(
                    QRectF(plate.x() + 4, plate.y() + 4, shown.width(), shown.height()).toRect(), logo
                )
        font = QFont(self.font())
        font.setBold(True)
        # As on the cover, a long title is set smaller rather than cut.
        size = 13
        font.setPixelSize(size)
        while size > 7 and QFontMetrics(font).horizontalAdvance(self._title) > width - 16:
            size -= 1
            font.setPixelSize(size)
        painter.setFont(font)
        painter.setPen(QColor(text_on(accent.lower())))
        painter.drawText(QRectF(8, height - 26, width - 16, 20), Qt.AlignmentFlag.AlignVCenter, self._title)
        painter.end()
        self.preview.setPixmap(pixmap)

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Cover"))
        self._title = self.tr("Our customer service philosophy")
        for button, label, explanation in (
            (self.logo_button, self.tr("Logo…"), self.tr("Put the organisation's logo on the cover")),
            (self.remove_logo, self.tr("Remove logo"), self.tr("Take the logo off the cover")),
            (self.accent_button, self.tr("Accent colour…"), self.tr("Choose the charter's accent colour")),
            (
                self.own_accent,
                self.tr("Charter's own colour"),
                self.tr("Print the charter in its own colour"),
            ),
        ):
            button.setText(label)
            button.setAccessibleDescription(explanation)
        self.preview.setAccessibleName(self.tr("Cover preview"))
        self.preview.setAccessibleDescription(
            self.tr("The cover's band in the accent colour, with the logo in its corner")
        )
        self._paint()
