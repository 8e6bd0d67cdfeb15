"""NPS or CSAT of the comments within the filter: overall in a sentence, then by channel
and by month in a table of a fixed height."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from philosophy_studio.analysis.satisfaction import CsatFigures, NpsFigures, Satisfaction
from philosophy_studio.gui.steps.customers.word_list import WordList
from philosophy_studio.gui.theme import SUBHEADING, scale_font


def figure_text(figures: NpsFigures | CsatFigures, locale: QLocale) -> str:
    """NPS as signed points, CSAT as a percentage; a dash for a group without scores."""
    if isinstance(figures, NpsFigures):
        if figures.nps is None:
            return "–"
        points = round(figures.nps)
        return ("+" if points > 0 else "") + locale.toString(points)
    if figures.csat is None:
        return "–"
    return locale.toString(round(figures.csat)) + " %"


class SatisfactionBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersSatisfaction")
        self.headline = QLabel()
        self.headline.setObjectName("customersScore")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        scale_font(self.headline, SUBHEADING, bold=True)
        # As tall whatever it says, so the table below never moves.
        self.headline.setFixedHeight(3 * self.headline.fontMetrics().lineSpacing() + 4)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table = WordList("customersScoreTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table)
        self._figures: Satisfaction | None = None
        self._scored = True

    def show_figures(self, figures: Satisfaction | None) -> None:
        self._figures = figures
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("How satisfied customers are"))
        self.table.setAccessibleName(self.tr("Satisfaction by channel and by month"))
        figures, locale = self._figures, QLocale()
        headings = [self.tr("Channel or month"), self.tr("Score"), self.tr("Scored comments")]
        if figures is None:
            self.headline.setText(self.tr("The comments have no scores: there is no NPS or CSAT to show."))
            self.table.show_rows(headings, [])
            return
        overall = figures.overall
        if isinstance(overall, NpsFigures):
            if overall.nps is None:
                text = self.tr("No comment within the filter has a score.")
            else:
                text = (
                    self.tr("NPS %1 from %Ln scored comment(s)", "", overall.scored).replace(
                        "%1", figure_text(overall, locale)
                    )
                    + "\n"
                    + self.tr("%1 % promoters (9–10), %2 % detractors (0–6)")
                    .replace("%1", locale.toString(round(100 * overall.promoters / overall.scored)))
                    .replace("%2", locale.toString(round(100 * overall.detractors / overall.scored)))
                )
        elif overall.csat is None or overall.mean is None:
            text = self.tr("No comment within the filter has a score.")
        else:
            text = (
                self.tr("CSAT %1 from %Ln scored comment(s)", "", overall.scored).replace(
                    "%1", figure_text(overall, locale)
                )
                + "\n"
                + self.tr("satisfied: 4 or 5 of 5; the mean score is %1").replace(
                    "%1", locale.toString(overall.mean, "f", 1)
                )
            )
        self.headline.setText(text)
        rows = [
            (name, (name, figure_text(found, locale), locale.toString(found.scored)))
            for name, found in (*figures.by_channel.items(), *figures.by_month.items())
        ]
        self.table.show_rows(headings, rows)
