"""The Start page: create a workshop, open one, reopen a recent one, or try the demo."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.language import Language
from philosophy_studio.domain.steps import STEP_ORDER, Step, saved_step
from philosophy_studio.gui.dialogs.file_choice import file_name_part
from philosophy_studio.gui.i18n import LANGUAGE_NAMES, FollowsLanguage
from philosophy_studio.gui.plain_text import plain_tooltip
from philosophy_studio.gui.steps import step_title
from philosophy_studio.gui.theme import HEADING, SUBHEADING, scale_font

WORKSHOP_FILTER_SUFFIX = "*.pstudio"


def _shown_name(location: str) -> str:
    return Path(location).stem if "://" not in location else location


def file_name_for(team_name: str) -> str:
    return f"{file_name_part(team_name, 'workshop')}.pstudio"


class StartPage(FollowsLanguage, QWidget):
    create_requested = Signal(str, object)  # location, WorkshopInfo
    open_requested = Signal(str)
    open_file_requested = Signal()
    demo_requested = Signal(object)  # Language

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._default_folder = default_folder
        self._location_edited_by_hand = False
        self.recent_locations: list[str] = []

        self.heading = QLabel()
        self.heading.setObjectName("startHeading")
        scale_font(self.heading, HEADING, bold=True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        scale_font(self.subtitle, SUBHEADING)

        # New workshop
        self.new_group = QGroupBox()
        self.team_name = QLineEdit()
        self.team_name.setObjectName("teamName")
        self.organisation = QLineEdit()
        self.facilitator = QLineEdit()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(LANGUAGE_NAMES[language.value], language)
        self.location = QLineEdit()
        self.location.setObjectName("location")
        self.browse = QPushButton()
        self.create_button = QPushButton()
        self.create_button.setObjectName("createWorkshop")
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {
            name: QLabel() for name in ("team", "organisation", "facilitator", "date", "language", "location")
        }
        for name, field in (
            ("team", self.team_name),
            ("organisation", self.organisation),
            ("facilitator", self.facilitator),
            ("date", self.date),
            ("language", self.language),
        ):
            self.labels[name].setBuddy(field)
            self.form.addRow(self.labels[name], field)
        self.labels["location"].setBuddy(self.location)
        self.form.addRow(self.labels["location"], location_row)
        new_layout = QVBoxLayout(self.new_group)
        new_layout.addLayout(self.form)
        create_row = QHBoxLayout()
        create_row.addStretch(1)
        create_row.addWidget(self.create_button)
        new_layout.addLayout(create_row)

        # Open, recent, demo
        self.open_group = QGroupBox()
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueWorkshop")
        self._continue_at: Step | None = None
        self.open_button = QPushButton()
        self.open_button.setObjectName("openWorkshop")
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.setObjectName("recentWorkshops")
        self.recent_label.setBuddy(self.recent)
        self.no_recent = QLabel()
        self.no_recent.setWordWrap(True)
        open_layout = QVBoxLayout(self.open_group)
        open_layout.addWidget(self.continue_button)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        open_layout.addLayout(open_row)
        open_layout.addWidget(self.recent_label)
        open_layout.addWidget(self.recent, 1)
        open_layout.addWidget(self.no_recent)

        self.demo_group = QGroupBox()
        self.demo_text = QLabel()
        self.demo_text.setWordWrap(True)
        self.demo_buttons = {language: QPushButton() for language in Language}
        demo_layout = QVBoxLayout(self.demo_group)
        demo_layout.addWidget(self.demo_text)
        demo_row = QHBoxLayout()
        for language, button in self.demo_buttons.items():
            button.setObjectName(f"demo_{language.value}")
            button.clicked.connect(lambda _checked=False, lang=language: self.demo_requested.emit(lang))
            demo_row.addWidget(button)
        demo_row.addStretch(1)
        demo_layout.addLayout(demo_row)

        self.method_group = QGroupBox()
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setObjectName("methodOverview")
        method_layout = QVBoxLayout(self.method_group)
        method_layout.addWidget(self.method)

        left = QVBoxLayout()
        left.addWidget(self.new_group)
        left.addWidget(self.method_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.demo_group)
        right.addWidget(self.open_group)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addLayout(columns, 1)

        self.team_name.textChanged.connect(self._on_team_name_changed)
        self.location.textEdited.connect(self._on_location_edited)
        self.browse.clicked.connect(self._browse_location)
        self.create_button.clicked.connect(self._request_create)
        self.team_name.returnPressed.connect(self._request_create)
        self.open_button.clicked.connect(self.open_file_requested)
        self.continue_button.clicked.connect(lambda: self.open_requested.emit(self.recent_locations[0]))
        self.recent.itemActivated.connect(
            lambda item: self.open_requested.emit(self.recent_locations[self.recent.row(item)])
        )
        self.retranslate_ui()
        self._on_team_name_changed("")

    def all_labels(self) -> list[QLabel]:
        """The page's labels, which the first window gives room for the marks of
        Turkish capitals before the application's style does (gui/application.py):
        findChildren would cost the start ~2 ms."""
        return [
            self.heading,
            self.subtitle,
            *self.labels.values(),
            self.recent_label,
            self.no_recent,
            self.demo_text,
            self.method,
        ]

    # --- public -----------------------------------------------------------------------

    def set_recent(self, locations: list[str], last_steps: Mapping[str, str]) -> None:
        """The recent workshops, newest first; the newest one can be continued at the
        step it was left at (``last_steps``: location → Step value)."""
        # Kept beside the list rather than in item data: the Qt namespace that item
        # roles live in costs ~14 ms to load, and the Start page must appear at once.
        self.recent_locations = list(locations)
        self._continue_at = saved_step(last_steps.get(locations[0], "") if locations else "")
        self.continue_button.setVisible(bool(locations))
        self._show_continue()
        self.recent.clear()
        for location in locations:
            item = QListWidgetItem(_shown_name(location))
            item.setToolTip(plain_tooltip(location))
            self.recent.addItem(item)
        self.recent.setVisible(bool(locations))
        self.recent_label.setVisible(bool(locations))
        self.no_recent.setVisible(not locations)

    def set_default_language(self, language: Language) -> None:
        self.language.setCurrentIndex(self.language.findData(language))

    def reset_form(self) -> None:
        self.team_name.clear()
        self.organisation.clear()
        self.facilitator.clear()
        self.date.setDate(QDate.currentDate())
        self._location_edited_by_hand = False
        self._on_team_name_changed("")

    # --- slots ------------------------------------------------------------------------

    def _on_team_name_changed(self, text: str) -> None:
        self.create_button.setEnabled(bool(text.strip()) and bool(self.location.text().strip()))
        if not self._location_edited_by_hand:
            self.location.setText(str(self._default_folder / file_name_for(text)))
            self.create_button.setEnabled(bool(text.strip()))

    def _on_location_edited(self, text: str) -> None:
        self._location_edited_by_hand = bool(text.strip())
        self.create_button.setEnabled(bool(self.team_name.text().strip()) and bool(text.strip()))

    def _browse_location(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # loaded on first use, for start-up speed

        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new workshop as"),
            self.location.text(),
            self.tr("Philosophy Studio workshops") + f" ({WORKSHOP_FILTER_SUFFIX})",
        )
        if chosen:
            self.location.setText(chosen)
            self._on_location_edited(chosen)

    def _request_create(self) -> None:
        team = self.team_name.text().strip()
        location = self.location.text().strip()
        if not team or not location:
            return
        # A team database address (postgresql+psycopg://…) is a location too.
        if "://" not in location and not location.lower().endswith(".pstudio"):
            location += ".pstudio"
        # Imported here: the workshop model is not needed to show the Start page.
        from philosophy_studio.domain.model import WorkshopInfo

        info = WorkshopInfo(
            team_name=team,
            language=Language(self.language.currentData()),
            organisation=self.organisation.text(),
            facilitator=self.facilitator.text(),
            date=self.date.date().toPython(),
        )
        self.create_requested.emit(location, info)

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        locale = QLocale()
        self.date.setLocale(locale)
        # The locale's short format, but always with a four-digit year.
        self.date.setDisplayFormat(
            locale.dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "yy").replace("yy", "yyyy")
        )
        self.heading.setText(self.tr("Philosophy Studio"))
        self.subtitle.setText(
            self.tr(
                "Lead your team from personas and values to a vision and a printed "
                "customer-service philosophy charter."
            )
        )
        self.new_group.setTitle(self.tr("New workshop"))
        self.labels["team"].setText(self.tr("&Team name:"))
        self.labels["organisation"].setText(self.tr("&Organisation:"))
        self.labels["facilitator"].setText(self.tr("Fa&cilitator:"))
        self.labels["date"].setText(self.tr("&Date:"))
        self.labels["language"].setText(self.tr("Workshop &language:"))
        self.labels["location"].setText(self.tr("Locat&ion:"))
        self.team_name.setPlaceholderText(self.tr("e.g. Support Team Ankara"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose where to save the new workshop"))
        self.create_button.setText(self.tr("&Create workshop"))
        self.open_group.setTitle(self.tr("Open a workshop"))
        self.open_button.setText(self.tr("O&pen workshop file…"))
        self._show_continue()
        self.recent_label.setText(self.tr("&Recent workshops:"))
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.no_recent.setText(self.tr("Workshops you open appear here."))
        self.demo_group.setTitle(self.tr("Demo workshop"))
        self.demo_text.setText(
            self.tr(
                "See a complete run of the method with sample data. Each click opens a fresh copy "
                "you can change freely."
            )
        )
        self.demo_buttons[Language.TURKISH].setText(self.tr("Demo in Turkish"))
        self.demo_buttons[Language.ENGLISH].setText(self.tr("Demo in English"))
        self.method_group.setTitle(self.tr("The method step by step"))
        self.method.setText(self._method_overview())

    def _method_overview(self) -> str:
        summaries = (
            self.tr("who your customers are and what they expect from support"),
            self.tr("a long list of values, narrowed by discussion and dot voting"),
            self.tr("every staff member answers one question anonymously; recurring words point to values"),
            self.tr("one or two bold, clear sentences about the service you give"),
            self.tr("five questions for each of up to five values, with metrics"),
            self.tr("how leaders live the values, and where the philosophy is shared"),
            self.tr("the printed result for the wall and the handbook"),
            self.tr("afterwards: meeting again, the metrics against their targets"),
            self.tr("optional: customers' own words beside the values, from their feedback"),
        )
        # Plain text: a rich-text list costs a few milliseconds of the first paint.
        return "\n".join(
            f"{number}. {step_title(step)}: {summary}"
            for number, (step, summary) in enumerate(zip(STEP_ORDER, summaries, strict=True), 1)
        )

    def _show_continue(self) -> None:
        if not self.recent_locations or self._continue_at is None:
            return
        name = _shown_name(self.recent_locations[0])
        step = step_title(self._continue_at)
        self.continue_button.setText(
            # A & in the name is shown, not taken for the button's shortcut.
            self.tr("&Continue “%1” at %2").replace("%1", name.replace("&", "&&")).replace("%2", step)
        )
