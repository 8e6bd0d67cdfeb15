"""When the team meets again: the planned check-ins, their dates editable, and the
calendar file for the team's calendars."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.checkin_commands import MoveCheckIn, SetCheckInDays
from philosophy_studio.domain.checkins import FIRST_DAY, LAST_DAY, MAX_CHECKINS, PlannedCheckIn
from philosophy_studio.domain.commands import Command
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.feedback import Feedback
from philosophy_studio.domain.model import Workshop
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog, offer_choice
from philosophy_studio.gui.dialogs.file_choice import export_path, file_name_part, start_folder
from philosophy_studio.gui.i18n import FollowsLanguage, describe_failure
from philosophy_studio.gui.models.expectations import Expectations
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.widgets.status_line import StatusLine
from philosophy_studio.services.checkins import (
    report_checkin,
    report_feedback,
    shown_plan,
    write_checkin_calendar,
    write_checkin_report,
)

_DAY_COLUMN = 1
# A check-in added after the last one: a quarter on, the method's usual rhythm.
_ADDED_AFTER = dt.timedelta(days=90)


class _DayDelegate(QStyledItemDelegate):
    """Dates within the range the workshop file keeps, picked from a calendar."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if hasattr(editor, "setCalendarPopup"):
            editor.setCalendarPopup(True)
            editor.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        return editor


class PlanBox(FollowsLanguage, QGroupBox):
    # The check-in the page's other parts are about changed (see chosen_checkin).
    checkin_chosen = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._workshop: Workshop | None = None
        self._plan: tuple[PlannedCheckIn, ...] = ()
        self._filling = False
        # Whether the shown dates are the team's own or the method's suggestion.
        self._own_plan = False
        # The plan as this box last saw it stored (empty: the suggestion was shown).
        self._seen_plan: Expectations[None, tuple[dt.date, ...]] = Expectations(
            session, lambda: self._workshop, lambda workshop, _key: tuple(sorted(workshop.checkin_days))
        )
        self.conflict: ConflictDialog | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setObjectName("planSuggestion")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("checkinPlan")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(_DAY_COLUMN, _DayDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_DAY_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)
        self.add = QPushButton()
        self.remove = QPushButton()
        self.export = QPushButton()
        self.report = QPushButton()
        self.status = StatusLine()
        self.status.setObjectName("planStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.report)
        buttons.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self.checkin_chosen.emit)
        self.add.clicked.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self.export.clicked.connect(self._on_export)
        self.report.clicked.connect(self._on_report)
        session.unsaved_changed.connect(self._show_current)
        session.on_conflict((SetCheckInDays, MoveCheckIn), self._on_conflict)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("When the team meets again"))
        self.intro.setText(
            self.tr(
                "Plan short meetings after the workshop to see whether the team lives its values. "
                "Double-click a date to change it."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Check-in"), self.tr("Day"), self.tr("When")])
        self.table.setAccessibleName(self.tr("Planned check-ins"))
        self.add.setText(self.tr("&Add a check-in"))
        self.remove.setText(self.tr("Remove"))
        self.export.setText(self.tr("Export to calendar…"))
        self.report.setText(self.tr("Check-in &report…"))
        self.report.setToolTip(
            self.tr(
                "A one- or two-page PDF for the selected check-in (or the latest one due): each "
                "value's metrics against their targets and since the meeting before, and what the "
                "leaders promised"
            )
        )
        self.export.setToolTip(
            self.tr(
                "Save the check-ins as a calendar file (.ics) that Outlook, Google Calendar and others import"
            )
        )
        self._show_current()

    def show_workshop(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self._show_current()

    def _shown_days(self, workshop: Workshop) -> tuple[dt.date, ...] | None:
        """The team's own days, as the edits waiting for Retry will leave them; None
        while it has none."""
        days = list(workshop.checkin_days)
        for waiting in self.session.unsaved(Command):
            if isinstance(waiting, SetCheckInDays):
                days = list(waiting.days)
            elif isinstance(waiting, MoveCheckIn) and waiting.day in days:
                days[days.index(waiting.day)] = waiting.to
        return tuple(sorted(days)) or None

    def _show_current(self) -> None:
        workshop = self._workshop
        if workshop is None:
            return
        if self.table.state() == QAbstractItemView.State.EditingState:
            # Rebuilt when the edit is stored; clearing now would close the editor.
            return
        own = self._shown_days(workshop)
        self._own_plan = own is not None
        self._plan = shown_plan(workshop if own is None else _with_days(workshop, own))
        start = workshop.info.date
        self.suggestion.setVisible(not self._own_plan)
        if start is None:
            self.suggestion.setText(
                self.tr(
                    "Suggested: a month, a quarter and half a year from today (the workshop has no "
                    "date). Change, add or remove a check-in to make the plan your own."
                )
            )
        else:
            self.suggestion.setText(
                self.tr(
                    "Suggested: a month, a quarter and half a year after the workshop. Change, add "
                    "or remove a check-in to make the plan your own."
                )
            )
        selected = self._selected_row()
        self._filling = True
        try:
            self.table.setRowCount(len(self._plan))
            for row, checkin in enumerate(self._plan):
                number = QTableWidgetItem(self.tr("Check-in %1").replace("%1", str(checkin.number)))
                number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
                day = QTableWidgetItem()
                day.setData(Qt.ItemDataRole.EditRole, QDate(checkin.day))
                when = QTableWidgetItem(self._when(checkin.day, start))
                when.setFlags(when.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, 0, number)
                self.table.setItem(row, _DAY_COLUMN, day)
                self.table.setItem(row, 2, when)
        finally:
            self._filling = False
        if selected is not None and selected < len(self._plan):
            self.table.selectRow(selected)
        self._update_buttons()
        self.checkin_chosen.emit()

    def tab_stops(self) -> list[QWidget]:
        """The box's controls in reading order."""
        return [self.table, self.add, self.remove, self.report, self.export]

    @property
    def own_plan(self) -> bool:
        """Whether the shown check-ins are the team's own plan, not the suggestion."""
        return self._own_plan

    def chosen_checkin(self) -> PlannedCheckIn | None:
        """The selected check-in, else the latest one due by today (the first while
        none is)."""
        row = self._selected_row()
        if row is not None and row < len(self._plan):
            return self._plan[row]
        if not self._plan:
            return None
        return self._plan[report_checkin(self._plan, dt.date.today()) - 1]

    def _when(self, day: dt.date, start: dt.date | None) -> str:
        today = dt.date.today()
        parts = []
        if start is not None:
            after = (day - start).days
            if after >= 0:
                parts.append(self.tr("%Ln day(s) after the workshop", "", after))
            else:
                parts.append(self.tr("%Ln day(s) before the workshop", "", -after))
        away = (day - today).days
        if away > 0:
            parts.append(self.tr("in %Ln day(s)", "", away))
        elif away == 0:
            parts.append(self.tr("today"))
        else:
            parts.append(self.tr("%Ln day(s) ago", "", -away))
        return " · ".join(parts)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        self.remove.setEnabled(self._selected_row() is not None)
        self.add.setEnabled(len(self._plan) < MAX_CHECKINS)

    def _store(self, days: list[dt.date]) -> None:
        plan = tuple(sorted(set(days)))
        self.session.execute(SetCheckInDays(plan, expected=self._seen_plan.expected(None)))
        self._seen_plan.sent(None, plan)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != _DAY_COLUMN:
            return
        chosen = item.data(Qt.ItemDataRole.EditRole)
        if not isinstance(chosen, QDate) or not chosen.isValid():
            return
        days = [checkin.day for checkin in self._plan]
        old, days[item.row()] = days[item.row()], chosen.toPython()
        if len(set(days)) < len(days):
            self.status.say(
                lambda: self.tr("There is already a check-in on that day; the date was not changed.")
            )
            self._show_current()
            return
        self.status.say(None)
        if self._own_plan:
            # Moved, not replaced: the leaders' reviews at this check-in go with it.
            self.session.execute(MoveCheckIn(old, days[item.row()], expected=self._seen_plan.expected(None)))
            self._seen_plan.sent(None, tuple(sorted(days)))
        else:
            self._store(days)

    def _on_add(self) -> None:
        days = [checkin.day for checkin in self._plan]
        new = (days[-1] if days else dt.date.today()) + _ADDED_AFTER
        while new in days:
            new += dt.timedelta(days=1)
        self._store([*days, min(new, LAST_DAY)])

    def _on_remove(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        days = [checkin.day for index, checkin in enumerate(self._plan) if index != row]
        self._store(days)

    def _on_conflict(self, error: EditConflictError) -> None:
        """Another facilitator changed the plan since this box last showed it: show both
        plans and let the user keep one. Nothing of the refused edit was stored."""
        command = error.command
        theirs = tuple(error.theirs)
        mine = tuple(error.mine)

        def keep_mine() -> None:
            if isinstance(command, MoveCheckIn) and command.day in theirs and command.to not in theirs:
                # Still a move, so the check-in's reviews go with it.
                self.session.execute(dataclasses.replace(command, expected=theirs))
            else:
                self.session.execute(SetCheckInDays(mine, expected=theirs))
            self._seen_plan.sent(None, mine)

        self.conflict = offer_choice(
            self,
            self._plan_text(theirs),
            self._plan_text(mine),
            session=self.session,
            reread=Aspect.CHECKINS,
            keep_mine=keep_mine,
            explanation=self.tr(
                "While you were changing the plan, another facilitator saved a different one. Keep "
                "one of the two; the leaders' reviews stay with their check-in's day either way."
            ),
        )

    def _plan_text(self, days: tuple[dt.date, ...]) -> str:
        if not days:
            return self.tr("(the suggested plan)")
        locale = QLocale()
        return "\n".join(
            self.tr("Check-in %1: %2")
            .replace("%1", str(number))
            .replace("%2", locale.toString(day, QLocale.FormatType.LongFormat))
            for number, day in enumerate(days, start=1)
        )

    def _on_export(self) -> None:
        workshop = self._workshop
        if workshop is None:
            return
        name = self.tr("%1 check-ins").replace("%1", file_name_part(workshop.info.team_name, "team"))
        path = export_path(
            self,
            self.tr("Export the check-ins"),
            start_folder(self.session) / f"{name}.ics",
            self.tr("Calendar files (*.ics)"),
            "ics",
        )
        if path is None:
            return
        days = tuple(checkin.day for checkin in self._plan)
        self.status.say(lambda: self.tr("Exporting to %1…").replace("%1", str(path)))
        self.session.runner.run_heavy(
            lambda _control: write_checkin_calendar(workshop, path, days=days),
            lambda _plan: self.status.say(lambda: self.tr("Saved %1.").replace("%1", str(path))),
            lambda error: self.status.say(
                lambda: self.tr("The export failed: %1").replace("%1", describe_failure(error))
            ),
        )

    def _on_report(self) -> None:
        workshop = self._workshop
        if workshop is None:
            return
        row = self._selected_row()
        number = self._plan[row].number if row is not None else report_checkin(self._plan, dt.date.today())
        team = file_name_part(workshop.info.team_name, "team")
        name = self.tr("%1 check-in %2").replace("%1", team).replace("%2", str(number))
        path = export_path(
            self,
            self.tr("Save the check-in report"),
            start_folder(self.session) / f"{name}.pdf",
            self.tr("PDF files (*.pdf)"),
            "pdf",
        )
        if path is None:
            return
        self.status.say(lambda: self.tr("Writing the report of check-in %1…").replace("%1", str(number)))

        def failed(error: BaseException) -> None:
            self.status.say(lambda: self.tr("The export failed: %1").replace("%1", describe_failure(error)))

        def write(feedback: Feedback | None) -> None:
            # What customers said in the period is counted off the GUI thread too.
            self.session.runner.run_heavy(
                lambda _control: write_checkin_report(workshop, path, number=number, feedback=feedback),
                lambda _result: self.status.say(lambda: self.tr("Saved %1.").replace("%1", str(path))),
                failed,
            )

        self.session.call(lambda service: (report_feedback(service), Changes()), write, failed)


def _with_days(workshop: Workshop, days: tuple[dt.date, ...]) -> Workshop:
    return dataclasses.replace(workshop, checkin_days=days)
