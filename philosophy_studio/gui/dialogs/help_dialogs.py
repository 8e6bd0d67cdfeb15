"""Help menu dialogs: keyboard shortcuts, About (with licences), and the first-run
welcome with a short tour of the steps."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio import APP_NAME, __version__
from philosophy_studio.content.tour import TOUR
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.steps import STEP_ORDER, Step
from philosophy_studio.gui.steps import step_title
from philosophy_studio.gui.theme import HEADING, SUBHEADING, scale_font
from philosophy_studio.gui.widgets.guidance_panel import current_language
from philosophy_studio.logs import log_path
from philosophy_studio.resources import resource_path

# Wide enough to read the step's layout on a laptop, small enough for its screen.
TOUR_PICTURE_WIDTH = 640


def without_accelerator(text: str) -> str:
    """Menu text as read aloud: the '&' marking the accelerator goes, '&&' is a '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ShortcutsDialog(QDialog):
    """Every action that has a keyboard shortcut, read from the actions themselves so
    the list cannot drift from what the keys do."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumSize(520, 480)
        with_keys = [action for action in actions if action.shortcuts()]
        self.table = QTableWidget(len(with_keys), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, action in enumerate(with_keys):
            keys = ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            )
            self.table.setItem(row, 0, QTableWidgetItem(without_accelerator(action.text())))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnToContents(0)
        note = QLabel(
            self.tr("In lists and forms, Tab moves between controls, and arrow keys move within a list.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)


# Third-party parts and their licences, as shipped with the app.
THIRD_PARTY = (
    ("Qt / PySide6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("platformdirs", "MIT"),
    ("psycopg", "LGPL-3.0"),
    ("reportlab", "BSD"),
    ("openpyxl", "MIT"),
    ("defusedxml", "PSF-2.0"),
    ("simplemma", "MIT"),
    ("NumPy / SciPy", "BSD-3-Clause"),
    ("DejaVu fonts", QT_TRANSLATE_NOOP("AboutDialog", "Bitstream Vera licence (free), see resources/fonts")),
    (
        "Stopword lists",
        QT_TRANSLATE_NOOP(
            "AboutDialog",
            "compiled for this app from PostgreSQL's and Snowball's lists (permissive licences), "
            "see resources/stopwords/SOURCES.md",
        ),
    ),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Philosophy Studio"))
        self.setMinimumSize(520, 460)
        title = QLabel(f"{APP_NAME} {__version__}")
        scale_font(title, HEADING, bold=True)
        summary = QLabel(
            self.tr(
                "Run a workshop with your team and leave with a printed customer-service philosophy "
                "charter. Everything stays on this computer, or on your team's own server."
            )
        )
        summary.setWordWrap(True)
        self.log_note = QLabel(
            self.tr(
                "When something goes wrong, the app notes where in its code in a log file, never "
                "what anyone typed. To report a problem, send this file along: %1"
            ).replace("%1", str(log_path()))
        )
        self.log_note.setWordWrap(True)
        self.log_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td>{escape(self.tr(licence))}</td></tr>"
            for name, licence in THIRD_PARTY
        )
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setHtml(
            "<p>"
            + escape(self.tr("Philosophy Studio is free software: GNU General Public License 3 or later."))
            + "</p><p>"
            + escape(
                self.tr(
                    "The method follows two Turkish articles on customer-service philosophy; every guidance "
                    "text and example in the app is written in our own words."
                )
            )
            + "</p><h4>"
            + escape(self.tr("Third-party software"))
            + f"</h4><table cellpadding='3'>{rows}</table>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.log_note)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)


class WelcomeDialog(QDialog):
    """Shown on the first start: a two-minute tour of the steps, and the demo."""

    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Philosophy Studio"))
        self.setMinimumSize(TOUR_PICTURE_WIDTH + 60, 560)
        self.pages = QStackedWidget()
        intro = QLabel(
            self.tr(
                "Philosophy Studio takes your team through seven steps, from who your customers are "
                "to a printed charter, and back to it at the check-ins after the workshop, beside what "
                "customers say in their feedback. Take the short tour, or open the demo workshop to see a "
                "complete run."
            )
        )
        intro.setWordWrap(True)
        scale_font(intro, SUBHEADING)
        self.pages.addWidget(intro)
        language = current_language()
        for number, step in enumerate(STEP_ORDER, 1):
            page = QWidget()
            heading = QLabel(f"{number} / {len(STEP_ORDER)} · {step_title(step)}")
            scale_font(heading, HEADING, bold=True)
            text = QLabel(QCoreApplication.translate("WelcomeDialog", TOUR[step]))
            text.setWordWrap(True)
            scale_font(text, SUBHEADING)
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(heading)
            page_layout.addWidget(text)
            page_layout.addWidget(self._picture(step, language), 1)
            self.pages.addWidget(page)
        self.back = QPushButton(self.tr("&Back"))
        self.next = QPushButton(self.tr("&Next"))
        self.demo = QPushButton(self.tr("Open the &demo workshop"))
        self.close_button = QPushButton(self.tr("&Start on my own"))
        self.next.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        buttons.addStretch(1)
        buttons.addWidget(self.demo)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.back.clicked.connect(lambda: self._go(-1))
        self.next.clicked.connect(lambda: self._go(+1))
        self.demo.clicked.connect(self._open_demo)
        self.close_button.clicked.connect(self.accept)
        self._go(0)

    def _picture(self, step: Step, language: Language) -> QLabel:
        """The step as it looks in the demo workshop (resources/tour/, made with
        tools/tour_pictures.py)."""
        picture = QLabel()
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = QPixmap(str(resource_path("tour", language.value, f"{step.value}.jpg")))
        if not image.isNull():
            picture.setPixmap(
                image.scaled(
                    TOUR_PICTURE_WIDTH,
                    TOUR_PICTURE_WIDTH,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        picture.setAccessibleName(self.tr("The %1 step in the demo workshop").replace("%1", step_title(step)))
        return picture

    def _go(self, delta: int) -> None:
        index = min(max(self.pages.currentIndex() + delta, 0), self.pages.count() - 1)
        self.pages.setCurrentIndex(index)
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < self.pages.count() - 1)

    def _open_demo(self) -> None:
        self.accept()
        self.demo_requested.emit()
