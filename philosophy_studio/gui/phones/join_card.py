"""How to reach the phone survey: the QR code, the address to type and the join code.
The phone panel and the presentation view both show one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.phones.qr import qr_image
from philosophy_studio.gui.theme import HEADING, SUBHEADING, scale_font


class JoinCard(FollowsLanguage, QWidget):
    def __init__(
        self, qr_size: int = 360, parent: QWidget | None = None, *, kind: PhoneForm = PhoneForm.SURVEY
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._qr_size = qr_size
        self._url = ""
        self.qr = QLabel()
        self.qr.setObjectName("phoneQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The code's room is kept from the start: the card does not grow (and push what
        # is around it) when the server starts and the code is drawn.
        self.qr.setMinimumSize(qr_size, qr_size)
        self.scan_hint = QLabel()
        self.scan_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scan_hint.setWordWrap(True)
        scale_font(self.scan_hint, SUBHEADING)
        self.type_hint = QLabel()
        self.type_hint.setObjectName("phoneAddress")
        self.type_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.type_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.type_hint.setWordWrap(True)
        self.type_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.type_hint, SUBHEADING)
        self.code = QLabel()
        self.code.setObjectName("phoneJoinCode")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.code, HEADING * 1.4, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.scan_hint)
        layout.addSpacing(12)
        layout.addWidget(self.type_hint)
        layout.addWidget(self.code)
        self._join_url = ""
        self.retranslate_ui()

    def set_kind(self, kind: PhoneForm) -> None:
        """What the phones that scan this card do: answer, vote or add value cards."""
        self._kind = kind
        self.retranslate_ui()

    def set_qr_size(self, pixels: int) -> None:
        if pixels != self._qr_size:
            self._qr_size = pixels
            self.qr.setMinimumSize(pixels, pixels)
            self._draw_qr()

    def set_type_sizes(self, hint_pixels: int, code_pixels: int) -> None:
        """Sizes for a projector, where the owner knows the screen's height."""
        for label, pixels in (
            (self.scan_hint, hint_pixels),
            (self.type_hint, hint_pixels),
            (self.code, code_pixels),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(12, pixels))
            label.setFont(font)

    def show_server(self, url: str, join_url: str, code: str) -> None:
        self._url = url
        self._join_url = join_url
        self.code.setText(code)
        self._draw_qr()
        self.retranslate_ui()

    def show_code(self, code: str) -> None:
        self.code.setText(code)

    def _draw_qr(self) -> None:
        if not self._url:
            self.qr.clear()
            return
        self.qr.setPixmap(QPixmap.fromImage(qr_image(self._url, self._qr_size)))

    def retranslate_ui(self) -> None:
        if self._kind is PhoneForm.VOTES:
            self.scan_hint.setText(self.tr("Scan with your phone's camera to vote"))
            self.qr.setAccessibleName(self.tr("QR code of the voting link"))
        elif self._kind is PhoneForm.PULSE:
            self.scan_hint.setText(self.tr("Scan with your phone's camera to answer the pulse"))
            self.qr.setAccessibleName(self.tr("QR code of the pulse link"))
        elif self._kind is PhoneForm.CARDS:
            self.scan_hint.setText(self.tr("Scan with your phone's camera to add a value"))
            self.qr.setAccessibleName(self.tr("QR code of the link for value cards"))
        else:
            self.scan_hint.setText(self.tr("Scan with your phone's camera to answer"))
            self.qr.setAccessibleName(self.tr("QR code of the survey link"))
        self.type_hint.setText(self.tr("or open %1 and type the code:").replace("%1", self._join_url))
        self.qr.setAccessibleDescription(self._url)
        self.code.setAccessibleName(self.tr("Join code"))
