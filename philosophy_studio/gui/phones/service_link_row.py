"""Where the survey service (``serve-survey``, running on a server for days) serves one
of the workshop's phone forms: its link, join page and code, and its QR code to project
or print for a shift that was not in the room. Shown on any laptop that opens the
workshop, since the service keeps its link in the workshop; hidden while none serves it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import ServiceLink, Workshop
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.phones.join_card import JoinCard
from philosophy_studio.services.phone_survey import format_join_code


class ServiceLinkRow(FollowsLanguage, QWidget):
    def __init__(self, form: PhoneForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.link: ServiceLink | None = None
        self.card: QDialog | None = None
        self.note = QLabel()
        self.note.setObjectName(f"{form.value}ServiceLink")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_card = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.show_card)
        self.show_card.clicked.connect(self.open_card)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.show_card.setText(self.tr("QR &code…"))
        self.show_card.setAccessibleDescription(
            self.tr("Show the survey service's QR code and join code, to project or print")
        )
        self._show_link()

    def show_links(self, workshop: Workshop) -> None:
        link = next((served for served in workshop.service_links if served.form is self.form), None)
        if link != self.link:
            self.link = link
            self._show_link()

    def _texts(self) -> tuple[str, str]:
        """What the row says (with %1 the link, %2 the join page, %3 the code), and the
        QR code dialog's title, for this row's form."""
        if self.form is PhoneForm.PULSE:
            return (
                self.tr("The survey service serves the staff pulse at %1 (join at %2 with code %3)."),
                self.tr("Answer the staff pulse on your phone"),
            )
        return (
            self.tr("The survey service serves this survey at %1 (join at %2 with code %3)."),
            self.tr("Answer the survey on your phone"),
        )

    def _show_link(self) -> None:
        link = self.link
        self.setVisible(link is not None)
        if link is None:
            return
        self.note.setText(
            self._texts()[0]
            .replace("%1", link.link)
            .replace("%2", link.join_link)
            .replace("%3", format_join_code(link.join_code))
        )

    def open_card(self) -> None:
        link = self.link
        if link is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self._texts()[1])
        card = JoinCard(320, dialog)
        card.show_server(link.link, link.join_link, format_join_code(link.join_code))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(card)
        layout.addWidget(buttons)
        self.card = dialog
        dialog.open()
