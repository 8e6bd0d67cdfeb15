"""The staff pulse of a check-in: staff rate each chosen value anonymously on the kiosk
or their phones (how well the team lived it, how well the leaders modelled it, an
example), and the results per value: how many chose 1 to 5, the mean, the share of 4–5
and the change since the check-in before. Nothing is shown below the survey's minimum
number of respondents, and the examples come sorted by text, never in arrival order."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.analysis.pulse import Ratings, ValuePulse
from philosophy_studio.domain.model import ValueCard, Workshop
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.gui.kiosk.pin_dialog import SetPinDialog
from philosophy_studio.gui.kiosk.pulse_kiosk import PulseKioskWindow
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.phones.phone_controller import PhonePulseController
from philosophy_studio.gui.phones.service_link_row import ServiceLinkRow
from philosophy_studio.gui.steps.checkins.checkin_box import CheckInBox, value_name_label
from philosophy_studio.services.checkins import shown_plan
from philosophy_studio.services.pulse import CheckInPulse, checkin_pulse, example_words

if TYPE_CHECKING:
    from philosophy_studio.gui.phones.phone_panel import PhonePanel
    from philosophy_studio.work import WorkControl

log = logging.getLogger(__name__)

# How long the shown check-in must stay before its examples' words are counted.
WORDS_DELAY_MS = 250


class Distribution(QWidget):
    """How many chose 1, 2, 3, 4 and 5: five bars, painted (a chart per question would
    cost more than the whole page may take to open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: tuple[int, ...] = (0, 0, 0, 0, 0)
        self.setMinimumSize(QSize(180, 64))

    def show_counts(self, counts: tuple[int, ...], description: str) -> None:
        self.counts = counts
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(220, 72)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        palette = self.palette()
        metrics = painter.fontMetrics()
        label_height = metrics.height()
        width = self.width() / len(self.counts)
        room = self.height() - 2 * label_height - 4
        most = max(self.counts) or 1
        for index, count in enumerate(self.counts):
            left = index * width
            height = room * count / most
            top = label_height + room - height
            painter.fillRect(
                QRectF(left + 4, top + 2, width - 8, height), palette.color(QPalette.ColorRole.Highlight)
            )
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(left, top - label_height, width, label_height),
                Qt.AlignmentFlag.AlignCenter,
                str(count),
            )
            painter.drawText(
                QRectF(left, self.height() - label_height, width, label_height),
                Qt.AlignmentFlag.AlignCenter,
                str(index + 1),
            )
        painter.end()


def _listed(examples: tuple[str, ...]) -> list[str]:
    """The examples as bullets, each text once with how many gave it (they come sorted,
    so the same ones stand together)."""
    counted: dict[str, int] = {}
    for example in examples:
        counted[example] = counted.get(example, 0) + 1
    return [f"• {text}" + (f" (×{count})" if count > 1 else "") for text, count in counted.items()]


class _ValueRow:
    """A chosen value's results: its name, per question a label, the distribution and
    the figures, and the examples."""

    def __init__(self) -> None:
        self.name = value_name_label()
        self.hidden_note = QLabel()
        self.hidden_note.setWordWrap(True)
        self.questions: list[tuple[QLabel, Distribution, QLabel]] = []
        for _question in range(2):
            figures = QLabel()
            figures.setObjectName("pulseFigures")
            figures.setWordWrap(True)
            self.questions.append((QLabel(), Distribution(), figures))
        self.words = QLabel()
        self.words.setObjectName("pulseWords")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        # The examples are the team's own words: shown as typed, never as markup.
        self.examples = QLabel()
        self.examples.setObjectName("pulseExamples")
        self.examples.setTextFormat(Qt.TextFormat.PlainText)
        self.examples.setWordWrap(True)
        self.examples.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class PulseBox(CheckInBox):
    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._days: tuple[dt.date, ...] = ()
        self.pulse: CheckInPulse | None = None
        self._rows: dict[int, _ValueRow] = {}
        # The examples' words by card, for the examples of ``_words_key``; the set
        # being counted now, and its job.
        self._words: dict[int, tuple[tuple[str, int], ...]] = {}
        self._words_key: tuple[object, ...] | None = None
        self._asked_key: tuple[object, ...] | None = None
        self._words_job: WorkControl | None = None
        # The count starts once the user stops moving between check-ins: an analysis
        # started on every click would hold the interpreter while the next one paints.
        self._words_later = QTimer(self)
        self._words_later.setObjectName("pulseWordsLater")
        self._words_later.setSingleShot(True)
        self._words_later.setInterval(WORDS_DELAY_MS)
        self._words_later.timeout.connect(self._ask_words)
        self.pin_dialog: SetPinDialog | None = None
        self.kiosk: PulseKioskWindow | None = None
        self.phones = PhonePulseController(session, self)
        self.phone_panel: PhonePanel | None = None
        self.start_kiosk = QPushButton()
        self.start_kiosk.setObjectName("pulseKioskButton")
        self.open_phones = QPushButton()
        self.open_phones.setObjectName("pulsePhonesButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_kiosk)
        buttons.addWidget(self.open_phones)
        buttons.addStretch(1)
        # Said only while a survey service (serve-survey --pulse) serves the pulse.
        self.service_link = ServiceLinkRow(PhoneForm.PULSE)
        self.summary = QLabel()
        self.summary.setObjectName("pulseSummary")
        self.summary.setWordWrap(True)
        self.results = QWidget()
        self.grid = QGridLayout(self.results)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.service_link)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self.start_kiosk.clicked.connect(self.open_kiosk)
        self.open_phones.clicked.connect(self.open_to_phones)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Staff answer anonymously, at the kiosk or on their phones: for each value, how well "
                "the team lived it in the last month and how well the leaders model it, with an "
                "example they saw."
            )
        )
        self.start_kiosk.setText(self.tr("Pulse &kiosk…"))
        self.start_kiosk.setToolTip(
            self.tr("A locked full-screen form where staff answer the pulse one after another")
        )
        self.open_phones.setText(self.tr("Pulse on &phones…"))
        self.open_phones.setToolTip(
            self.tr("Staff scan a QR code and answer the pulse on their own phones, on the local network")
        )
        self._show()

    def tab_stops(self) -> list[QWidget]:
        return [self.start_kiosk, self.open_phones, self.service_link.show_card]

    # --- showing --------------------------------------------------------------------

    def show_checkin(self, workshop: Workshop, number: int, day: dt.date | None, *, planned: bool) -> None:
        """Show the pulse of the check-in numbered ``number`` on ``day`` (None: there is
        no check-in); ``planned`` when the team keeps it in its plan."""
        self._workshop = workshop
        self.service_link.show_links(workshop)
        self._day, self._number, self._planned = day, number, planned
        self._days = tuple(c.day for c in shown_plan(workshop))
        self.pulse = checkin_pulse(workshop, day, self._days) if day is not None else None
        self._show()
        if self.isVisible():
            self._words_later.start()

    def _show(self) -> None:
        workshop, pulse = self._workshop, self.pulse
        has_values = bool(workshop and workshop.chosen_values)
        self.start_kiosk.setEnabled(self._day is not None and has_values)
        self.open_phones.setEnabled(self._day is not None and has_values)
        self._set_checkin_title(self.tr("Staff pulse"), self.tr("Staff pulse at check-in %1 (%2)"))
        shown = pulse is not None and has_values and not pulse.hidden
        # Nothing of the answers below the minimum, not even a value's count: a few
        # people in a room could tell each other's answers apart.
        self.results.setVisible(shown)
        if workshop is None or pulse is None or not has_values:
            self.summary.setText(
                self.tr("No values chosen yet: the pulse asks about the values the team chose.")
                if workshop is not None and not has_values
                else ""
            )
            return
        if pulse.hidden:
            self.summary.setText(
                self.tr(
                    "%1 answered so far. The results appear once %2 have answered, so that no one's "
                    "answers can be told apart: %3 more needed."
                )
                .replace("%1", str(pulse.respondents))
                .replace("%2", str(pulse.minimum))
                .replace("%3", str(pulse.minimum - pulse.respondents))
            )
            return
        self.summary.setText(
            self.tr("%1 answered this check-in's pulse.").replace("%1", str(pulse.respondents))
        )
        if [card.id for card, _value in pulse.values] != list(self._rows):
            self._rebuild([card for card, _value in pulse.values])
        for card, value in pulse.values:
            self._fill(self._rows[card.id], card, value)

    def _rebuild(self, cards: list[ValueCard]) -> None:
        """One row of widgets per chosen value, made when the values change and filled
        in place after: making them anew on every answer would cost more than the
        page may take to show one."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._rows = {}
        for index, card in enumerate(cards):
            row = _ValueRow()
            line = index * 5
            self.grid.addWidget(row.name, line, 0, 1, 3)
            self.grid.addWidget(row.hidden_note, line + 1, 0, 1, 3)
            for offset, (label, chart, figures) in enumerate(row.questions):
                self.grid.addWidget(label, line + 1 + offset, 0)
                self.grid.addWidget(chart, line + 1 + offset, 1)
                self.grid.addWidget(figures, line + 1 + offset, 2)
            self.grid.addWidget(row.examples, line + 3, 0, 1, 3)
            self.grid.addWidget(row.words, line + 4, 0, 1, 3)
            self._rows[card.id] = row

    def _fill(self, row: _ValueRow, card: ValueCard, value: ValuePulse) -> None:
        row.name.setText(card.name)
        row.hidden_note.setVisible(value.hidden)
        row.hidden_note.setText(
            self.tr("Fewer than %1 answered about this value: its results stay hidden.").replace(
                "%1", str(self.pulse.minimum if self.pulse else 0)
            )
        )
        questions = (
            (self.tr("Lived it"), value.lived, value.lived_change),
            (self.tr("Leaders model it"), value.leaders, value.leaders_change),
        )
        for (label, chart, figures), (question, ratings, change) in zip(
            row.questions, questions, strict=True
        ):
            for widget in (label, chart, figures):
                widget.setVisible(ratings is not None)
            if ratings is None:
                continue
            label.setText(question)
            figures.setText(self._figures(ratings, change))
            chart.show_counts(
                ratings.counts,
                self.tr("%1 for %2: 1 to 5 chosen %3 times")
                .replace("%1", question)
                .replace("%2", card.name)
                .replace("%3", ", ".join(str(c) for c in ratings.counts)),
            )
        row.examples.setText("\n".join(_listed(value.examples)))
        row.examples.setVisible(bool(value.examples))
        self._show_words(row, card.id)

    def _show_words(self, row: _ValueRow, card_id: int) -> None:
        words = self._words.get(card_id, ()) if self._words_key == self._wanted_words_key() else ()
        row.words.setVisible(bool(words))
        row.words.setText(
            self.tr("Words more than one person used: %1").replace(
                "%1", ", ".join(f"{word} ({people})" for word, people in words)
            )
        )

    # --- the examples' words ----------------------------------------------------------

    def _wanted_words_key(self) -> tuple[object, ...] | None:
        """What the words depend on: the examples shown and the analysis rules."""
        workshop, pulse = self._workshop, self.pulse
        if workshop is None or pulse is None or pulse.hidden:
            return None
        examples = tuple((card.id, value.examples) for card, value in pulse.values)
        return (pulse.day, examples, workshop.info.language, workshop.analysis_rules)

    def _ask_words(self) -> None:
        """Count the examples' words on the work thread (the analysis is too heavy for
        the GUI thread), once per set of examples, while the box is seen."""
        key = self._wanted_words_key()
        if key is None or key in (self._words_key, self._asked_key) or not self.isVisible():
            return
        if self._words_job is not None:
            self._words_job.cancel()
        workshop, day, days = self._workshop, self._day, self._days
        assert workshop is not None and day is not None
        self._asked_key = key

        def job(control: WorkControl) -> dict[int, tuple[tuple[str, int], ...]]:
            return example_words(workshop, day, days, control)

        self._words_job = self.session.runner.run_heavy(
            job, lambda words: self._on_words(key, words), self._on_words_failed, disposable=True
        )

    def _on_words(self, key: tuple[object, ...], words: dict[int, tuple[tuple[str, int], ...]]) -> None:
        if key != self._asked_key:
            return  # a later set of examples was asked for meanwhile
        self._words_job = None
        self._words_key, self._words = key, words
        for card_id, row in self._rows.items():
            self._show_words(row, card_id)

    def _on_words_failed(self, error: BaseException) -> None:
        from philosophy_studio.work import CancelledError

        self._words_job = None
        self._asked_key = None
        if not isinstance(error, CancelledError):
            # The figures and examples stand without the words; the log says why.
            log.warning("the pulse examples' words could not be counted", exc_info=error)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._words_later.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._words_later.stop()
        super().hideEvent(event)

    def _figures(self, ratings: Ratings, change: float | None) -> str:
        locale = QLocale()
        if ratings.mean is None or ratings.agreeing is None:
            return self.tr("No one chose a number.")
        text = (
            self.tr("mean %1 · %2% chose 4 or 5")
            .replace("%1", locale.toString(ratings.mean, "f", 1))
            .replace("%2", locale.toString(round(ratings.agreeing * 100)))
        )
        if change is not None:
            rounded = round(change, 1)
            sign = "+" if rounded > 0 else "−" if rounded < 0 else "±"
            text += " · " + self.tr("%1 since the check-in before").replace(
                "%1", sign + locale.toString(abs(rounded), "f", 1)
            )
        return text

    # --- collecting -----------------------------------------------------------------

    def open_kiosk(self) -> None:
        if self._day is None:
            return
        self.pin_dialog = SetPinDialog(self)
        self.pin_dialog.accepted.connect(self._start_kiosk)
        self.pin_dialog.open()

    def _start_kiosk(self) -> None:
        workshop, day = self._workshop, self._day
        if workshop is None or day is None or self.pin_dialog is None:
            return
        self._keep_plan()
        self.kiosk = PulseKioskWindow(
            self.session, day, self._number, list(workshop.chosen_values), self.pin_dialog.chosen_pin()
        )
        self.kiosk.open_over(self.window(), self.pin_dialog.expected_people(), self._on_kiosk_left)

    def _on_kiosk_left(self) -> None:
        self.kiosk = None

    def open_to_phones(self) -> None:
        """Serve the shown check-in's pulse to phones on the local network."""
        if self._day is None:
            return
        self._keep_plan()
        if self.phone_panel is None:
            # Loaded on first use: most check-ins never open to phones.
            from philosophy_studio.gui.phones.phone_panel import PhonePanel

            self.phone_panel = PhonePanel(self.phones, self)
        if self.phones.day != self._day:
            self.phones.stop()
        self.phones.start(self._day)
        self.phone_panel.bring_forward()
