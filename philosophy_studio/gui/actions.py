"""The window's actions, declared and translated in one place, outside the window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from philosophy_studio.domain.steps import STEP_ORDER
from philosophy_studio.gui.i18n import LANGUAGE_NAMES, LANGUAGES
from philosophy_studio.gui.steps import step_title


def _standard(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    return QKeySequence.keyBindings(key)


# setShortcuts with a list, never setShortcut: PySide's overload resolution for the
# latter builds every enum of the Qt namespace on first use (~13 ms of start-up).
class Actions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.new_workshop = QAction(parent)
        self.new_workshop.setShortcuts(_standard(QKeySequence.StandardKey.New))
        self.open_workshop = QAction(parent)
        self.open_workshop.setShortcuts(_standard(QKeySequence.StandardKey.Open))
        self.connect_team_database = QAction(parent)
        self.backups = QAction(parent)
        self.close_workshop = QAction(parent)
        self.close_workshop.setShortcuts(_standard(QKeySequence.StandardKey.Close))
        self.quit = QAction(parent)
        self.quit.setShortcuts(_standard(QKeySequence.StandardKey.Quit))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.demo = {language: QAction(parent) for language in LANGUAGES}

        self.undo = QAction(parent)
        self.undo.setShortcuts(_standard(QKeySequence.StandardKey.Undo))
        self.redo = QAction(parent)
        # Ctrl+Shift+Z everywhere, plus the platform's own redo key where it differs.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys
        ]
        self.redo.setShortcuts(redo_keys)

        self.previous_step = QAction(parent)
        self.previous_step.setShortcuts([QKeySequence("Ctrl+PgUp")])
        self.next_step = QAction(parent)
        self.next_step.setShortcuts([QKeySequence("Ctrl+PgDown")])
        self.go_to_step = []
        for number, step in enumerate(STEP_ORDER, 1):
            action = QAction(parent)
            action.setData(step)
            action.setShortcuts([QKeySequence(f"Ctrl+{number}")])
            self.go_to_step.append(action)

        self.present = QAction(parent)
        # F5, as in presentation programs; Ctrl+F5 too, for laptops whose F5 is a
        # media key unless Fn is held.
        self.present.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+F5")])

        self.show_guidance = QAction(parent)
        self.show_guidance.setCheckable(True)
        self.show_guidance.setChecked(True)
        # F1 is where people look for help on what is in front of them.
        self.show_guidance.setShortcuts([QKeySequence("F1")])

        self.language_group = QActionGroup(parent)
        self.language = {}
        for code in LANGUAGES:
            # QAction(parent) and setText: the (text, parent) overload makes PySide build
            # the QIcon.ThemeIcon enum at start-up.
            action = QAction(parent)
            action.setText(LANGUAGE_NAMES[code])
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language[code] = action

        self.facilitator_guide = QAction(parent)
        self.tour = QAction(parent)
        self.shortcuts = QAction(parent)
        self.shortcuts.setShortcuts([QKeySequence("Ctrl+/")])
        self.about = QAction(parent)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.workshop_actions = [
            self.backups,
            self.close_workshop,
            self.previous_step,
            self.next_step,
            *self.go_to_step,
            self.present,
        ]
        self.retranslate()

    def retranslate(self) -> None:
        self.new_workshop.setText(self.tr("&New workshop…"))
        self.open_workshop.setText(self.tr("&Open…"))
        self.connect_team_database.setText(self.tr("Connect to a &team database…"))
        self.close_workshop.setText(self.tr("&Close workshop"))
        self.backups.setText(self.tr("&Backups…"))
        self.quit.setText(self.tr("&Quit"))
        self.demo["tr"].setText(self.tr("Demo workshop in &Turkish"))
        self.demo["en"].setText(self.tr("Demo workshop in &English"))
        self.previous_step.setText(self.tr("&Previous step"))
        self.next_step.setText(self.tr("&Next step"))
        self.present.setText(self.tr("&Present this step"))
        self.show_guidance.setText(self.tr("Show the step's &guidance"))
        self.about.setText(self.tr("&About Philosophy Studio"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.facilitator_guide.setText(self.tr("&Facilitator's guide…"))
        self.tour.setText(self.tr("&Tour of the steps…"))
        for number, action in enumerate(self.go_to_step, 1):
            action.setText(f"&{number}  " + step_title(action.data()).replace("&", "&&"))
