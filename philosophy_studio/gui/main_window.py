"""The main window: layout and wiring only."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio import APP_NAME
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.steps import STEP_ORDER, Step
from philosophy_studio.gui.actions import Actions
from philosophy_studio.gui.garbage import load_analysis, release_long_lived
from philosophy_studio.gui.i18n import FollowsLanguage, LanguageManager, describe_failure
from philosophy_studio.gui.start_page import WORKSHOP_FILTER_SUFFIX, StartPage
from philosophy_studio.settings import Settings, data_dir, default_workshop_dir, save_settings

if TYPE_CHECKING:
    from philosophy_studio.domain.errors import EditConflictError
    from philosophy_studio.domain.model import Workshop, WorkshopInfo
    from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog
    from philosophy_studio.gui.dialogs.facilitator_guide_dialog import FacilitatorGuideDialog
    from philosophy_studio.gui.models.analysis_model import AnalysisModel
    from philosophy_studio.gui.models.edit_origin import EditOrigin
    from philosophy_studio.gui.models.workshop_session import WorkshopSession
    from philosophy_studio.gui.tasks import TaskRunner
    from philosophy_studio.gui.widgets.message_bar import MessageBar
    from philosophy_studio.gui.workshop_view import WorkshopView


class MainWindow(FollowsLanguage, QMainWindow):
    def __init__(self, settings: Settings, languages: LanguageManager) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.languages = languages
        self._session: WorkshopSession | None = None
        self._analysis: AnalysisModel | None = None
        self._runner: TaskRunner | None = None
        self.actions = Actions(self)

        self.start_page = StartPage(default_workshop_dir())
        self._workshop_view: WorkshopView | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self._message_bar: MessageBar | None = None
        # The open choice between two versions of an edit (kept so tests can answer it).
        self.conflict: ConflictDialog | None = None
        self.guide_dialog: FacilitatorGuideDialog | None = None
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)

        self._build_menus()
        self._connect()
        self.start_page.set_recent(settings.recent_files, settings.last_steps)
        self.start_page.set_default_language(Language(languages.language))
        self.actions.language[languages.language].setChecked(True)
        self.actions.show_guidance.setChecked(settings.show_guidance)
        self._show_start()
        self._restore_geometry()
        self.retranslate_ui()

    # --- construction -----------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([a.new_workshop, a.open_workshop, a.connect_team_database])
        self.recent_menu = QMenu(self)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions(list(a.demo.values()))
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.backups, a.close_workshop, a.quit])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([a.undo, a.redo])
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions([a.previous_step, a.next_step])
        self.go_menu.addSeparator()
        self.go_menu.addActions(a.go_to_step)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([a.present, a.show_guidance])
        self.view_menu.addSeparator()
        self.language_menu = QMenu(self)
        self.language_menu.addActions(list(a.language.values()))
        self.view_menu.addMenu(self.language_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([a.facilitator_guide, a.tour, a.shortcuts, a.about])

    def _connect(self) -> None:
        a = self.actions
        a.new_workshop.triggered.connect(self._on_new_workshop)
        a.open_workshop.triggered.connect(self._choose_and_open)
        a.close_workshop.triggered.connect(self._close_workshop)
        a.backups.triggered.connect(self._show_backups)
        a.connect_team_database.triggered.connect(lambda _checked=False: self.connect_team_database())
        a.quit.triggered.connect(self.close)
        for code, action in a.demo.items():
            action.triggered.connect(lambda _checked=False, lang=code: self._open_demo(Language(lang)))
        a.undo.triggered.connect(self._undo)
        a.redo.triggered.connect(self._redo)
        a.previous_step.triggered.connect(lambda: self.workshop_view.navigator.move(-1))
        a.next_step.triggered.connect(lambda: self.workshop_view.navigator.move(+1))
        for action in a.go_to_step:
            action.triggered.connect(partial(self._go_to_step, action.data()))
        a.present.triggered.connect(lambda: self.workshop_view.current_page().open_presentation())
        a.show_guidance.toggled.connect(self._on_show_guidance)
        a.language_group.triggered.connect(lambda action: self.switch_language(action.data()))
        a.about.triggered.connect(self._show_about)
        a.shortcuts.triggered.connect(self._show_shortcuts)
        a.facilitator_guide.triggered.connect(self.show_facilitator_guide)
        a.tour.triggered.connect(self.show_tour)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

        self.start_page.create_requested.connect(self._create)
        self.start_page.open_requested.connect(self.open_location)
        self.start_page.open_file_requested.connect(self._choose_and_open)
        self.start_page.demo_requested.connect(self._open_demo)

    def _connect_session(self, s: WorkshopSession) -> None:
        s.opened.connect(self._on_opened)
        # The closed workshop's objects frozen with the libraries can be collected now.
        s.closed.connect(release_long_lived)
        s.closed.connect(self._show_start)
        s.changed.connect(lambda workshop, _changes: self._show_title(workshop))
        s.failed.connect(self._on_failed)
        s.conflicted.connect(self._offer_choice)
        s.saving_changed.connect(lambda _saving: self._show_save_state())
        stack = s.undo_stack
        stack.canUndoChanged.connect(lambda _can: self._update_undo_actions())
        stack.canRedoChanged.connect(lambda _can: self._update_undo_actions())
        stack.undoTextChanged.connect(lambda _text: self._update_undo_actions())
        stack.redoTextChanged.connect(lambda _text: self._update_undo_actions())

    @property
    def message_bar(self) -> MessageBar:
        """Built when there is first something to say (start-up speed, as above)."""
        if self._message_bar is None:
            from philosophy_studio.gui.widgets.message_bar import MessageBar

            self._message_bar = MessageBar()
            self._message_bar.retry_requested.connect(self._retry)
            self._central_layout.insertWidget(0, self._message_bar)
        return self._message_bar

    def _hide_message(self) -> None:
        if self._message_bar is not None:
            self._message_bar.hide()

    @property
    def session(self) -> WorkshopSession:
        """The open workshop, its undo stack and its storage thread, made on first use
        so that the Start page appears as fast as possible."""
        if self._session is None:
            from philosophy_studio.gui.models.workshop_session import WorkshopSession
            from philosophy_studio.gui.tasks import TaskRunner

            self._runner = TaskRunner(self)
            self._session = WorkshopSession(self._runner, self)
            self._connect_session(self._session)
        return self._session

    @property
    def analysis(self) -> AnalysisModel:
        """The workshop's word analysis, which the steps share; it loads its libraries
        only when a step wants it."""
        if self._analysis is None:
            from philosophy_studio.gui.models.analysis_model import AnalysisModel

            self._analysis = AnalysisModel(self.session, self)
        return self._analysis

    @property
    def runner(self) -> TaskRunner:
        self.session  # noqa: B018 - makes the runner too
        assert self._runner is not None
        return self._runner

    @property
    def has_open_workshop(self) -> bool:
        return self._session is not None and self._session.is_open

    @property
    def workshop_view(self) -> WorkshopView:
        """The pages of an open workshop, built when the first workshop opens so that
        the Start page appears as fast as possible."""
        if self._workshop_view is None:
            from philosophy_studio.gui.workshop_view import WorkshopView

            self._workshop_view = WorkshopView(self.session, self.analysis)
            self._workshop_view.show_guidance(self.settings.show_guidance)
            self._workshop_view.navigator.step_selected.connect(self._remember_step)
            self.stack.addWidget(self._workshop_view)
        return self._workshop_view

    def _on_show_guidance(self, shown: bool) -> None:
        if self._workshop_view is not None:
            self._workshop_view.show_guidance(shown)
        if self.settings.show_guidance != shown:
            self.settings.show_guidance = shown
            self._save_settings()

    def _go_to_step(self, step: Step) -> None:
        self.workshop_view.navigator.select_step(step)

    def _remember_step(self, step: Step) -> None:
        self.settings.last_steps[self.session.location or ""] = step.value
        self.start_page.set_recent(self.settings.recent_files, self.settings.last_steps)

    # --- opening and closing workshops -------------------------------------------------

    def open_location(self, location: str, password: str | None = None) -> None:
        """Open a workshop file or a team-server workshop address. A server address from
        the recent list has no password in it, so the user is asked for one."""
        from philosophy_studio.services.workshop_service import is_server_location

        if password is None and is_server_location(location):
            # Dialog classes load on first use: each costs start-up time (see theme.py).
            from PySide6.QtWidgets import QInputDialog, QLineEdit

            password, ok = QInputDialog.getText(
                self,
                self.tr("Team database password"),
                self.tr("Password for %1:").replace("%1", location.split("#", maxsplit=1)[0]),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        self._hide_message()
        self._commit_pending()
        self.session.open(location, password)

    def connect_team_database(self, url: str = "", workshop_id: int | None = None) -> None:
        """Connect to a PostgreSQL server: straight to ``workshop_id`` when given (the
        command line's --workshop), otherwise through the list of its workshops."""
        from philosophy_studio.services.workshop_service import address_for

        if url and workshop_id is not None:
            address, password = address_for(url, workshop_id)
            self.open_location(address, password or "")
            return
        from philosophy_studio.gui.dialogs.team_database_dialog import TeamDatabaseDialog

        dialog = TeamDatabaseDialog(self.runner, url or self.settings.last_server, self)
        if dialog.exec() == TeamDatabaseDialog.DialogCode.Accepted and dialog.address is not None:
            self.settings.last_server = dialog.address.split("#")[0]
            self.open_location(dialog.address, dialog.password)

    def open_demo(self, language: Language) -> None:
        self._open_demo(language)

    def _open_demo(self, language: Language) -> None:
        self._hide_message()
        self._commit_pending()
        self.session.open_demo(language, data_dir() / "demo")

    def _create(self, location: str, info: WorkshopInfo) -> None:
        self._hide_message()
        self._commit_pending()
        self.session.create(location, info)

    def _choose_and_open(self) -> None:
        folder = self.settings.last_folder or str(default_workshop_dir())
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open workshop"),
            folder,
            self.tr("Philosophy Studio workshops") + f" ({WORKSHOP_FILTER_SUFFIX})",
        )
        if chosen:
            self.settings.last_folder = str(Path(chosen).parent)
            self.open_location(chosen)

    def _show_backups(self) -> None:
        path = self.session.path
        if path is None:
            return
        from philosophy_studio.gui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(path, self)
        if dialog.exec() == BackupsDialog.DialogCode.Accepted and dialog.chosen is not None:
            self._commit_pending()
            self.session.restore(dialog.chosen)

    def _on_new_workshop(self) -> None:
        self._close_workshop()
        self.start_page.reset_form()
        self.start_page.team_name.setFocus()

    def _close_workshop(self) -> None:
        if self._session is not None:
            self._commit_pending()
            self._session.close()

    def _on_opened(self, workshop: Workshop) -> None:
        assert self.session.location is not None
        self.settings.remember_recent(self.session.location)
        self._save_settings()
        self.start_page.set_recent(self.settings.recent_files, self.settings.last_steps)
        self.workshop_view.show_workshop(workshop, self.settings.last_steps.get(self.session.location, ""))
        self.stack.setCurrentWidget(self.workshop_view)
        for action in self.actions.workshop_actions:
            action.setEnabled(True)
        # Backups are of files; a team server has its administrator's.
        self.actions.backups.setEnabled(self.session.path is not None)
        self._show_title(workshop)
        self._show_save_state()
        self.workshop_view.navigator.setFocus()
        load_analysis(self.runner, (workshop.info.language,))

    def prepare_analysis_on_start(self) -> None:
        """Load the analysis libraries and both lemma tables (~7 MB) while the start
        page is read, so "Continue at Survey" does not wait a second or more for them."""
        if self._session is None or not self._session.is_open:
            first = Language(self.languages.language)
            load_analysis(self.runner, (first, *(other for other in Language if other is not first)))

    def _show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_page)
        for action in self.actions.workshop_actions:
            action.setEnabled(False)
        self._show_title(None)
        self._show_save_state()
        self._update_undo_actions()

    def _on_failed(self, error: Exception) -> None:
        self.message_bar.show_message(lambda: describe_failure(error), can_retry=self.has_open_workshop)

    def _offer_choice(self, error: EditConflictError, origin: EditOrigin | None) -> None:
        from philosophy_studio.gui.dialogs.conflict_dialog import offer_either_version

        self.conflict = offer_either_version(self, self.session, error, origin)

    def _retry(self) -> None:
        # Editors holding typing that failed send it again; then the other edits.
        self._commit_pending()
        self.session.retry_unsaved()

    # --- editing ----------------------------------------------------------------------

    def _commit_pending(self) -> None:
        if self.has_open_workshop:
            self.workshop_view.current_page().commit_pending()

    def _undo(self) -> None:
        self._commit_pending()
        self.session.undo_stack.undo()

    def _redo(self) -> None:
        self._commit_pending()
        self.session.undo_stack.redo()

    def _update_undo_actions(self) -> None:
        stack = self._session.undo_stack if self._session is not None else None
        self.actions.undo.setEnabled(stack is not None and stack.canUndo())
        self.actions.redo.setEnabled(stack is not None and stack.canRedo())
        undo_text, redo_text = (stack.undoText(), stack.redoText()) if stack is not None else ("", "")
        self.actions.undo.setText(
            self.tr("&Undo: %1").replace("%1", undo_text) if undo_text else self.tr("&Undo")
        )
        self.actions.redo.setText(
            self.tr("&Redo: %1").replace("%1", redo_text) if redo_text else self.tr("&Redo")
        )

    def _show_save_state(self) -> None:
        if not self.has_open_workshop:
            self.save_state.clear()
        elif self.session.is_saving:
            self.save_state.setText(self.tr("Saving…"))
        elif self.session.has_unsaved_edits:
            self.save_state.setText(self.tr("Some changes are not saved yet"))
        else:
            self.save_state.setText(self.tr("All changes saved"))

    # --- language, title, about ------------------------------------------------------

    def switch_language(self, language: str) -> None:
        self.languages.apply(language)
        self.settings.ui_language = language
        self.actions.language[language].setChecked(True)
        self._save_settings()

    def _show_title(self, workshop: Workshop | None) -> None:
        if workshop is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{workshop.info.team_name} — {APP_NAME}")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for location in self.settings.recent_files:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _checked=False, where=location: self.open_location(where))
        if not self.settings.recent_files:
            self.recent_menu.addAction(self.tr("No recent workshops")).setEnabled(False)

    def _show_about(self) -> None:
        from philosophy_studio.gui.dialogs.help_dialogs import AboutDialog

        AboutDialog(self).open()

    def _show_shortcuts(self) -> None:
        from philosophy_studio.gui.dialogs.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self.findChildren(QAction), self).open()

    def show_facilitator_guide(self) -> None:
        """One guide window, raised again if it is already open, at the current step."""
        from philosophy_studio.gui.dialogs.facilitator_guide_dialog import FacilitatorGuideDialog

        if self.guide_dialog is None:
            self.guide_dialog = FacilitatorGuideDialog(self)
        if self._workshop_view is not None and self.stack.currentWidget() is self._workshop_view:
            step = self.workshop_view.navigator.current_step()
            self.guide_dialog.show_step(STEP_ORDER.index(step) + 1)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()

    def welcome(self) -> None:
        """The first start: a short tour of the steps and the demo, offered once."""
        self.settings.welcomed = True
        self._save_settings()
        self.show_tour()

    def show_tour(self) -> None:
        from philosophy_studio.gui.dialogs.help_dialogs import WelcomeDialog

        dialog = WelcomeDialog(self)
        dialog.demo_requested.connect(lambda: self.open_demo(Language(self.languages.language)))
        dialog.open()

    def retranslate_ui(self) -> None:
        self.actions.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._update_undo_actions()
        self._show_save_state()

    # --- geometry and shutdown ---------------------------------------------------------

    def _restore_geometry(self) -> None:
        self.resize(QSize(1200, 800))
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode("ascii")))

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as error:
            reason = error.strerror or str(error)
            self.message_bar.show_message(
                lambda: self.tr("Your preferences could not be saved: %1").replace("%1", reason)
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        from philosophy_studio.gui.dialogs.questions import close_anyway

        if self._session is not None and self._session.has_unsaved_edits and not close_anyway(self):
            event.ignore()
            return
        if self._session is not None:
            self._commit_pending()
            self._session.close()
            self.runner.shutdown()
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        self._save_settings()
        event.accept()
