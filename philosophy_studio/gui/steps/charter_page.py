"""Step 7: the charter, previewed live, checked for what is missing, exported and
printed."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QLocale, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Changes
from philosophy_studio.domain.model import Workshop
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.file_choice import export_path, file_name_part, start_folder
from philosophy_studio.gui.i18n import error_message
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps import step_title
from philosophy_studio.gui.steps.charter_cover_box import CharterCoverBox
from philosophy_studio.gui.steps.charter_versions_box import CharterVersionsBox
from philosophy_studio.gui.steps.step_page import StepPage
from philosophy_studio.services.charter import (
    CharterExport,
    CharterFormat,
    Missing,
    MissingItem,
    Paper,
    build_charter,
    export_charter,
    missing_items,
)
from philosophy_studio.work import CancelledError, WorkControl

if TYPE_CHECKING:
    from philosophy_studio.gui.models.analysis_model import AnalysisModel

# Typing pauses are 600 ms; waiting a little longer keeps the preview from rebuilding
# while an edit is still being stored.
PREVIEW_DELAY_MS = 900
# Enough for a sharp print; a printer's native 1200 dpi would only cost memory.
MAX_PRINT_DPI = 300


def default_paper() -> Paper:
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if imperial else Paper.A4


class CharterPage(StepPage):
    step = Step.CHARTER

    def __init__(
        self, session: WorkshopSession, word_analysis: AnalysisModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, word_analysis, parent)
        self._workshop: Workshop | None = None
        self._dirty = False
        self._building: WorkControl | None = None
        self._rebuild_after = False
        self._buffer: QBuffer | None = None
        self._status: Callable[[], str] | None = None
        # The build whose warnings are shown (they are said again on a language switch).
        self._warned: CharterExport | None = None

        self.paper_label = QLabel()
        self.paper = QComboBox()
        self.paper.setObjectName("charterPaper")
        self.paper.addItem("", Paper.A4.value)
        self.paper.addItem("", Paper.LETTER.value)
        self.paper.setCurrentIndex(self.paper.findData(default_paper().value))
        self.paper_label.setBuddy(self.paper)
        self.print_button = QPushButton()
        self.export_pdf = QPushButton()
        self.export_poster = QPushButton()
        self.export_html = QPushButton()
        self.export_markdown = QPushButton()
        buttons = QGridLayout()
        buttons.addWidget(self.paper_label, 0, 0)
        buttons.addWidget(self.paper, 0, 1)
        buttons.addWidget(self.print_button, 0, 2)
        buttons.addWidget(self.export_pdf, 0, 3)
        buttons.addWidget(self.export_poster, 1, 1)
        buttons.addWidget(self.export_html, 1, 2)
        buttons.addWidget(self.export_markdown, 1, 3)
        buttons.setColumnStretch(4, 1)

        self.checklist_group = QGroupBox()
        self.checklist = QListWidget()
        self.checklist.setObjectName("charterChecklist")
        self.checklist.setWordWrap(True)
        checklist_layout = QVBoxLayout(self.checklist_group)
        checklist_layout.addWidget(self.checklist)
        self.versions = CharterVersionsBox(session)
        self.cover = CharterCoverBox(session)

        self.warnings = QLabel()
        self.warnings.setObjectName("charterWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setFrameShape(QLabel.Shape.StyledPanel)
        self.warnings.setMargin(8)
        self.warnings.hide()
        self.status = QLabel()
        self.status.setObjectName("charterStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("charterPreview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setPageSpacing(12)
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A PDF view exposes pictures of pages only: the text of the page in view goes
        # to a screen reader as the preview's description.
        self.preview.pageNavigator().currentPageChanged.connect(lambda _page: self._describe_page())

        layout = QVBoxLayout(self.work_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        top = QHBoxLayout()
        # The checklist is a line or two once the charter is nearly done: the cover's
        # editor sits under it, beside the versions, and the preview keeps its height.
        left = QVBoxLayout()
        left.addWidget(self.checklist_group)
        left.addWidget(self.cover)
        top.addLayout(left, 1)
        top.addWidget(self.versions, 1)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)

        self._timer = QTimer(self)
        self._timer.setObjectName("charterPreviewDelay")
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._build_preview)

        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self.print_button.clicked.connect(self._on_print)
        self.export_pdf.clicked.connect(lambda: self._export(CharterFormat.PDF, poster=False))
        self.export_poster.clicked.connect(lambda: self._export(CharterFormat.PDF, poster=True))
        self.export_html.clicked.connect(lambda: self._export(CharterFormat.HTML, poster=False))
        self.export_markdown.clicked.connect(lambda: self._export(CharterFormat.MARKDOWN, poster=False))
        self.setTabOrder(self.paper, self.print_button)
        self.setTabOrder(self.print_button, self.export_pdf)
        self.setTabOrder(self.export_pdf, self.export_poster)
        self.setTabOrder(self.export_poster, self.export_html)
        self.setTabOrder(self.export_html, self.export_markdown)
        self.setTabOrder(self.export_markdown, self.checklist)
        self.setTabOrder(self.checklist, self.versions.versions)
        self.setTabOrder(self.versions.versions, self.versions.keep)
        self.setTabOrder(self.versions.keep, self.versions.compare)
        self.setTabOrder(self.versions.compare, self.cover.logo_button)
        self.setTabOrder(self.cover.logo_button, self.cover.remove_logo)
        self.setTabOrder(self.cover.remove_logo, self.cover.accent_button)
        self.setTabOrder(self.cover.accent_button, self.cover.own_accent)
        self.setTabOrder(self.cover.own_accent, self.preview)
        self.retranslate_ui()

    # --- the snapshot ----------------------------------------------------------------

    @property
    def paper_size(self) -> Paper:
        return Paper(self.paper.currentData())

    def refresh(self, workshop: Workshop, changes: Changes) -> None:
        self._workshop = workshop
        self._show_checklist()
        self.versions.show_workshop(workshop)
        self.cover.show_workshop(workshop)
        self._enable(True)
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Hidden pages skip the rebuilds; the preview catches up when it is looked at.
        if self._dirty:
            self._timer.start(0)

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        self._timer.stop()
        super().hideEvent(event)

    def _on_paper_changed(self) -> None:
        self._dirty = True
        self._timer.start(0)

    def _enable(self, enabled: bool) -> None:
        for button in (self.print_button, self.export_pdf, self.export_poster, self.export_html):
            button.setEnabled(enabled and self._workshop is not None)
        self.export_markdown.setEnabled(enabled and self._workshop is not None)

    # --- the preview -----------------------------------------------------------------

    def _build_preview(self) -> None:
        workshop = self._workshop
        if workshop is None or self.session.runner.is_shut_down:
            return
        if self._building is not None:
            # One build at a time; the newest snapshot follows when this one lands.
            self._rebuild_after = True
            return
        self._dirty = False
        paper = self.paper_size
        self._say(lambda: self.tr("Updating the preview…"))
        # The page has no runner of its own; the session's is the one the window shuts
        # down, which cancels a preview still being built rather than wait for it.
        self._building = self.session.runner.run_heavy(
            lambda control: build_charter(workshop, paper=paper, control=control),
            self._on_preview_built,
            self._on_preview_failed,
            disposable=True,
        )

    def _on_preview_built(self, result: CharterExport) -> None:
        self._building = None
        page = self.preview.pageNavigator().currentPage()
        previous = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(result.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if previous is not None:
            previous.close()
            previous.deleteLater()
        if 0 < page < self.document.pageCount():
            self.preview.pageNavigator().jump(page, QPointF(), self.preview.pageNavigator().currentZoom())
        self._say(lambda: self.tr("Preview: %Ln page(s).", "", result.pages))
        self._describe_page()
        self._show_warnings(result)
        self._after_build()

    def _describe_page(self) -> None:
        pages = self.document.pageCount()
        if self.document.status() != QPdfDocument.Status.Ready or not pages:
            self.preview.setAccessibleDescription("")
            return
        page = min(max(self.preview.pageNavigator().currentPage(), 0), pages - 1)
        where = self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(pages))
        self.preview.setAccessibleDescription(f"{where}: {self.document.getAllText(page).text()}")

    def _on_preview_failed(self, error: BaseException) -> None:
        self._building = None
        if not isinstance(error, CancelledError):
            self._say(lambda: error_message(error, unexpected=True) or str(error))
        self._after_build()

    def _after_build(self) -> None:
        if self._rebuild_after:
            self._rebuild_after = False
            self._dirty = True
            if self.isVisible():
                self._timer.start()

    def _say(self, render: Callable[[], str]) -> None:
        """Show a status, kept as how to say it: a language switch says it again."""
        self._status = render
        self.status.setText(render())

    def _show_warnings(self, result: CharterExport) -> None:
        self._warned = result
        lines: list[str] = []
        if result.replaced:
            count = sum(count for _char, count in result.replaced)
            shown = ", ".join(
                f"{char} ({unicodedata.name(char, f'U+{ord(char):04X}')})"
                for char, _count in result.replaced[:8]
            )
            lines.append(
                self.tr(
                    "%Ln character(s) cannot be printed with the charter's font and appear as □ in "
                    "the PDF: %1. Remove them or replace them with words.",
                    "",
                    count,
                ).replace("%1", shown)
            )
        if result.right_to_left:
            lines.append(
                self.tr(
                    "Right-to-left text (such as Arabic or Hebrew) is printed from left to right "
                    "in the PDF. The HTML export shows it correctly."
                )
            )
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    # --- the checklist ---------------------------------------------------------------

    def _show_checklist(self) -> None:
        self.checklist.clear()
        if self._workshop is None:
            return
        items = missing_items(self._workshop)
        for item in items:
            entry = QListWidgetItem(f"{self._missing_text(item)} — {step_title(item.step)}")
            entry.setData(Qt.ItemDataRole.UserRole, item.kind.value)
            self.checklist.addItem(entry)
        if not items:
            self.checklist.addItem(self.tr("Everything the charter needs is in place."))
        # As tall as its lines (up to six), so the preview keeps the room.
        rows = min(self.checklist.count(), 6)
        row_height = max(self.checklist.sizeHintForRow(0), self.fontMetrics().height())
        self.checklist.setFixedHeight(rows * row_height + 2 * self.checklist.frameWidth() + 4)

    def _missing_text(self, item: MissingItem) -> str:
        n = item.count
        texts = {
            Missing.NO_PERSONAS: self.tr("No persona is described yet"),
            Missing.NO_APPROACH: self.tr("The service approach is not chosen yet"),
            Missing.NO_VALUES: self.tr("No values are chosen yet"),
            Missing.TOO_MANY_VALUES: self.tr("%Ln values are chosen; keep five or fewer", "", n),
            Missing.NO_VALUE_SET_NAME: self.tr("The chosen values have no memorable name yet"),
            Missing.VALUES_WITHOUT_MEANING: self.tr("%Ln value(s) have no one-line meaning", "", n),
            Missing.NO_VISION: self.tr("No vision is chosen yet"),
            Missing.UNANSWERED_QUESTIONS: self.tr("%Ln value(s) have unanswered questions", "", n),
            Missing.VALUES_WITHOUT_METRICS: self.tr("%Ln value(s) have no metrics", "", n),
            Missing.VALUES_WITHOUT_BEHAVIOURS: self.tr("%Ln value(s) have no do’s and don’ts", "", n),
            Missing.UNNAMED_METRICS: self.tr("%Ln metric(s) added but never named", "", n),
            Missing.UNWRITTEN_BEHAVIOURS: self.tr(
                "Do’s and don’ts: %Ln item(s) added but never written", "", n
            ),
            Missing.VALUES_WITHOUT_COMMITMENT: self.tr("%Ln value(s) have no leader commitment", "", n),
            Missing.NO_SHARING_PLAN: self.tr("The sharing plan is empty"),
            Missing.UNFINISHED_SHARING: self.tr("Sharing plan: %Ln item(s) with nothing under “What”", "", n),
            Missing.PLACES_LEFT_AS_OTHER: self.tr(
                "Sharing plan: “Other” is the only place given for %Ln item(s)", "", n
            ),
        }
        return texts[item.kind]

    # --- exporting and printing ------------------------------------------------------

    def _export(self, fmt: CharterFormat, *, poster: bool) -> None:
        workshop = self._workshop
        if workshop is None:
            return
        self.commit_pending()
        kinds = {
            CharterFormat.PDF: (self.tr("PDF files (*.pdf)"), "pdf"),
            CharterFormat.HTML: (self.tr("Web pages (*.html)"), "html"),
            CharterFormat.MARKDOWN: (self.tr("Markdown files (*.md)"), "md"),
        }
        file_filter, suffix = kinds[fmt]
        title = self.tr("Export the poster") if poster else self.tr("Export the charter")
        path = export_path(self, title, self._suggested_path(workshop, suffix, poster), file_filter, suffix)
        if path is None:
            return
        paper = self.paper_size
        self._say(lambda: self.tr("Exporting to %1…").replace("%1", str(path)))
        self.session.runner.run_heavy(
            lambda control: export_charter(
                workshop, path, fmt=fmt, paper=paper, poster=poster, control=control
            ),
            lambda result: self._on_exported(path, result),
            self._on_export_failed,
        )

    def _suggested_path(self, workshop: Workshop, suffix: str, poster: bool) -> Path:
        team = file_name_part(workshop.info.team_name, "charter")
        name = self.tr("%1 poster") if poster else self.tr("%1 charter")
        return start_folder(self.session) / f"{name.replace('%1', team)}.{suffix}"

    def _on_exported(self, path: Path, result: CharterExport) -> None:
        self._say(lambda: self.tr("Saved %1.").replace("%1", str(path)))
        if result.pages:
            self._show_warnings(result)

    def _on_export_failed(self, error: BaseException) -> None:
        self._say(
            lambda: self.tr("The export failed: %1").replace(
                "%1", error_message(error, unexpected=True) or str(error)
            )
        )

    def _on_print(self) -> None:
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            self._say(lambda: self.tr("The preview is not ready yet; try again in a moment."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._workshop.info.team_name if self._workshop else "")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the charter"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the previewed charter on ``printer``, page by page, each scaled to the
        printable area; returns the number of pages sent."""
        painter = QPainter()
        if not painter.begin(printer):
            self._say(lambda: self.tr("The printer could not be started."))
            return 0
        printed = 0
        try:
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(page, size)
                fitted = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, fitted.width(), fitted.height()), image)
                printed += 1
        finally:
            painter.end()
        self._say(lambda: self.tr("Sent %Ln page(s) to the printer.", "", printed))
        return printed

    # --- language --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.paper_label.setText(self.tr("Pa&per:"))
        self.paper.setItemText(0, self.tr("A4"))
        self.paper.setItemText(1, self.tr("US Letter"))
        self.paper.setAccessibleName(self.tr("Paper size"))
        for button, label, explanation in (
            (self.print_button, self.tr("P&rint…"), self.tr("Print the charter")),
            (self.export_pdf, self.tr("Export P&DF…"), self.tr("Export the charter as PDF")),
            (self.export_poster, self.tr("Export p&oster…"), self.tr("Export the one-page poster as PDF")),
            (self.export_html, self.tr("Export &HTML…"), self.tr("Export the charter as a web page")),
            (self.export_markdown, self.tr("Export &Markdown…"), self.tr("Export the charter as Markdown")),
        ):
            button.setText(label)
            # Named as shown, so voice control finds it ("click Export PDF"); what it
            # does goes in the description.
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            button.setAccessibleDescription(explanation)
        self.checklist_group.setTitle(self.tr("Before you print"))
        self.checklist.setAccessibleName(self.tr("What the charter still lacks"))
        self.preview.setAccessibleName(self.tr("Charter preview"))
        self.warnings.setAccessibleName(self.tr("Warnings about the charter"))
        self._show_checklist()
        if self._status is not None:
            self.status.setText(self._status())
        if self._warned is not None:
            self._show_warnings(self._warned)
        self._describe_page()
