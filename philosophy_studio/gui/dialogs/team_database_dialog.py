"""File → Connect to a team database…: list the workshops on a PostgreSQL server and
open one. The password is asked for here and kept in memory only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.gui.i18n import FollowsLanguage, error_message

if TYPE_CHECKING:
    from philosophy_studio.domain.model import WorkshopSummary
    from philosophy_studio.gui.tasks import TaskRunner


class TeamDatabaseDialog(FollowsLanguage, QDialog):
    """After ``accept()``: ``address`` is the chosen workshop's address (no password)
    and ``password`` what the user typed."""

    def __init__(self, runner: TaskRunner, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._summaries: list[WorkshopSummary] = []
        self._listed_url = ""
        self.address: str | None = None
        self.password = ""
        self.setMinimumWidth(560)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("postgresql+psycopg://user@server/database")
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_label, self.password_label = QLabel(), QLabel()
        self.url_label.setBuddy(self.url)
        self.password_label.setBuddy(self.password_field)
        self.list_button = QPushButton()
        self.list_button.setDefault(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.workshops = QListWidget()
        self.workshops.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.url_label, self.url)
        form.addRow(self.password_label, self.password_field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.list_button)
        layout.addWidget(self.status)
        layout.addWidget(self.workshops, 1)
        layout.addWidget(self.buttons)

        self.list_button.clicked.connect(self.list_workshops)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_selected)
        self.workshops.itemActivated.connect(lambda _item: self._open_selected())
        self.workshops.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        self.url.textChanged.connect(lambda _text: self._forget_listing())
        self.retranslate_ui()

    def list_workshops(self) -> None:
        url, password = self.url.text().strip(), self.password_field.text()
        if not url:
            return
        from philosophy_studio.services.workshop_service import list_workshops

        self.list_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        self._runner.run_db(
            lambda: list_workshops(url, password or None),
            lambda found: self._show_workshops(url, found),
            self._show_error,
        )

    def _show_workshops(self, url: str, summaries: list[WorkshopSummary]) -> None:
        self.list_button.setEnabled(True)
        self._listed_url = url
        self._summaries = summaries
        self.workshops.clear()
        for summary in summaries:
            details = " · ".join(part for part in (summary.organisation, str(summary.date or "")) if part)
            item = QListWidgetItem(f"{summary.team_name}" + (f" — {details}" if details else ""))
            self.workshops.addItem(item)
        self.workshops.setEnabled(bool(summaries))
        self.status.setText(
            self.tr("%Ln workshop(s) on this server.", "", len(summaries))
            if summaries
            else self.tr(
                "This server holds no workshop yet. To start one there, give the server's address "
                "as the location of a new workshop on the Start page."
            )
        )
        if summaries:
            self.workshops.setCurrentRow(0)
            self.workshops.setFocus()

    def _show_error(self, error: BaseException) -> None:
        self.list_button.setEnabled(True)
        self.status.setText(error_message(error, unexpected=True) or str(error))

    def _forget_listing(self) -> None:
        self.workshops.clear()
        self.workshops.setEnabled(False)
        self._summaries = []

    def _open_selected(self) -> None:
        row = self.workshops.currentRow()
        if row < 0 or not self._summaries:
            return
        from philosophy_studio.services.workshop_service import address_for

        self.address, typed_in_url = address_for(self._listed_url, self._summaries[row].id)
        self.password = self.password_field.text() or typed_in_url or ""
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Connect to a team database"))
        self.intro.setText(
            self.tr(
                "Several facilitators can work on one workshop when it lives on a PostgreSQL "
                "server. Enter the server's address and your password; the password is not saved."
            )
        )
        self.url_label.setText(self.tr("Server &address:"))
        self.password_label.setText(self.tr("&Password:"))
        self.url.setAccessibleName(self.tr("Server address"))
        self.password_field.setAccessibleName(self.tr("Password"))
        self.list_button.setText(self.tr("&Show workshops"))
        self.open_button.setText(self.tr("&Open workshop"))
        self.workshops.setAccessibleName(self.tr("Workshops on the server"))
