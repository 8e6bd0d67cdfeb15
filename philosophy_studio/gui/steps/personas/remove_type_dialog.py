"""Removing a customer type that personas have: the facilitator says what they get
instead (another of the workshop's types, or none) or cancels. Window-modal but not
blocking, so storage and polling go on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from philosophy_studio.domain.model import CustomerType, Persona


class RemoveTypeDialog(QDialog):
    def __init__(
        self,
        removed: CustomerType,
        personas: Sequence[Persona],
        others: Sequence[CustomerType],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove a customer type"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        names = ", ".join(f"“{persona.name or '…'}”" for persona in personas)
        said = QLabel(
            self.tr(
                "“{type}” is the customer type of %Ln persona(s): {personas}. "
                "What should they have once it is removed?",
                "",
                len(personas),
            ).format(type=removed.name, personas=names)
        )
        # The names are the team's own text: never read as markup.
        said.setTextFormat(Qt.TextFormat.PlainText)
        said.setWordWrap(True)
        self.move_to = QRadioButton(self.tr("&Another customer type:"))
        self.types = QComboBox()
        for kind in others:
            self.types.addItem(kind.name, kind.key)
        self.types.setAccessibleName(self.tr("The customer type they get"))
        self.leave = QRadioButton(self.tr("&No customer type"))
        # Without another type there is nothing to move them to.
        self.move_to.setEnabled(bool(others))
        (self.move_to if others else self.leave).setChecked(True)
        self.move_to.toggled.connect(self.types.setEnabled)
        self.types.setEnabled(self.move_to.isChecked())
        self.types.activated.connect(lambda _index: self.move_to.setChecked(True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove = buttons.addButton(self.tr("&Remove the type"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(self.move_to)
        picked = QVBoxLayout()
        picked.setContentsMargins(24, 0, 0, 0)
        picked.addWidget(self.types)
        layout.addLayout(picked)
        layout.addWidget(self.leave)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        # Once the buttons are in the dialog: before, the dialog would not know its
        # default and make the first button (Cancel) it. The choice has the focus:
        # arrow keys pick, Enter removes.
        self.remove.setDefault(True)
        (self.move_to if others else self.leave).setFocus()

    def replacement(self) -> str | None:
        """The key of the type the personas get; None for none."""
        return self.types.currentData() if self.move_to.isChecked() else None
