"""The editor of the board's current card: its name, description, group and colour, and
where the survey support it shows comes from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import ValueCard
from philosophy_studio.domain.rules.values import cluster_name, has_value_name
from philosophy_studio.domain.value_commands import (
    CARD_COLOURS,
    COLOUR_NAMES,
    SetCardCluster,
    SetCardColour,
    UpdateValueCard,
)
from philosophy_studio.gui.dialogs.conflict_dialog import ConflictDialog
from philosophy_studio.gui.models.workshop_session import WorkshopSession
from philosophy_studio.gui.steps.values.board_panel import BoardPanel
from philosophy_studio.gui.widgets.workshop_line_edit import WorkshopLineEdit
from philosophy_studio.gui.widgets.workshop_text_edit import WorkshopTextEdit

if TYPE_CHECKING:
    from philosophy_studio.analysis.engine import CardSupport
    from philosophy_studio.gui.models.analysis_model import AnalysisModel


class CardEditor(QGroupBox):
    """Edits the card the board says is being edited (``BoardPanel.card_id``)."""

    def __init__(
        self,
        session: WorkshopSession,
        word_analysis: AnalysisModel,
        board: BoardPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._word_analysis = word_analysis
        self._board = board
        self._shown_id: int | None = None
        self._card_support: dict[int, CardSupport] = {}
        self.conflict: ConflictDialog | None = None

        self.name = WorkshopLineEdit()
        self.description = WorkshopTextEdit()
        self.description.setMaximumHeight(120)
        self.name_label, self.description_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.description_label.setBuddy(self.description)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.name_label, self.name)
        form.addRow(self.description_label, self.description)
        self.cluster = WorkshopLineEdit()
        self.cluster.setObjectName("cardCluster")
        self.cluster_completer = QCompleter([], self.cluster)
        self.cluster_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.cluster.setCompleter(self.cluster_completer)
        self.cluster_label = QLabel()
        self.cluster_label.setBuddy(self.cluster)
        form.addRow(self.cluster_label, self.cluster)
        self.colours = QButtonGroup(self)
        self.colours.setExclusive(True)
        colour_row = QHBoxLayout()
        for colour in ("", *CARD_COLOURS):
            swatch = QToolButton()
            swatch.setCheckable(True)
            swatch.setObjectName(f"colour{colour or 'None'}")
            swatch.setMinimumSize(32, 32)
            if colour:
                # Fill colour only: the swatch is a colour sample, named for screen readers.
                swatch.setStyleSheet(
                    f"QToolButton {{ background: {colour}; border: 2px solid palette(mid);"
                    " border-radius: 4px; }"
                    "QToolButton:checked { border: 4px solid palette(text); }"
                )
            else:
                # Drawn, not the text "∅": a button's text is the name voice control
                # listens for, and this one is called "No colour".
                swatch.setIcon(_no_colour_icon(24))
            swatch.setProperty("colour", colour)
            self.colours.addButton(swatch)
            colour_row.addWidget(swatch)
        colour_row.addStretch(1)
        self.colour_label = QLabel()
        form.addRow(self.colour_label, colour_row)
        self.support = QLabel()
        self.support.setObjectName("surveySupport")
        self.support.setWordWrap(True)
        self.support.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.support)

        self.name.edited.connect(lambda text, previous: self._update_card(name=text, seen_name=previous))
        self.description.edited.connect(
            lambda text, previous: self._update_card(description=text, seen_description=previous)
        )
        self.cluster.edited.connect(self._on_cluster_edited)
        # A new group regroups the board: that waits for Enter or for the user to leave
        # the field, never for a pause in typing, which would move the cards under the
        # pointer on its way to the next one.
        self.cluster.textEdited.connect(lambda _text: self.cluster.typing.debounce.stop())
        self.colours.buttonClicked.connect(self._on_colour_clicked)
        session.on_conflict((UpdateValueCard,), self._on_conflict)

    # --- showing ----------------------------------------------------------------------

    def offer_groups(self, cards: Sequence[ValueCard]) -> None:
        """The group names in use, for completing the one typed."""
        clusters = sorted({card.cluster for card in cards if card.cluster})
        self.cluster_completer.model().setStringList(clusters)  # type: ignore[attr-defined]

    def set_card_support(self, card_support: dict[int, CardSupport]) -> None:
        """Where each card's survey support comes from, as the analysis last found it."""
        self._card_support = card_support

    def show_card(self, card: ValueCard | None) -> None:
        self.setEnabled(card is not None)
        if card is None:
            self.support.clear()
            return
        self.show_support(card)
        if card.id != self._shown_id:
            self.name.setText(card.name)
            self.description.replace_with_stored(card.description)
            self.cluster.replace_with_stored(card.cluster)
            self._shown_id = card.id
        self.name.show_stored(card.name)
        self.description.show_stored(card.description)
        if not self.cluster.has_unsaved_typing:
            # Without a debounce (below) the field itself keeps a group being typed.
            self.cluster.show_stored(card.cluster)
        for button in self.colours.buttons():
            button.setChecked(button.property("colour") == card.colour)

    def show_support(self, card: ValueCard) -> None:
        """Says exactly where the respondents figure comes from: the answers that use all
        of the card's own counted words (in any form), and those that use a word linked
        to it by hand."""
        found = self._card_support.get(card.id)
        if found is None:
            if self._word_analysis.is_running:
                self.support.setText(self.tr("Counting the answers that support this value…"))
            else:
                self.support.setText(
                    self.tr("Survey support appears here once the survey has enough answers to analyse.")
                )
            return
        lines = [self.tr("Survey support: %Ln respondent(s).", "", found.respondents)]
        if found.name_words:
            lines.append(
                self.tr(
                    "Through the card's own words (%1, in any form): %Ln respondent(s).", "", found.from_name
                ).replace("%1", " + ".join(found.name_words))
            )
        else:
            lines.append(self.tr("No answer uses the words of the card's name."))
        if card.evidence_terms:
            lines.append(
                self.tr(
                    "Through the survey evidence linked to it (%1): %Ln respondent(s).", "", found.from_links
                ).replace("%1", ", ".join(card.evidence_terms))
            )
        else:
            lines.append(self.tr("On the Survey step, “Make this a value” links more words to a card."))
        self.support.setText("\n".join(lines))

    # --- editing ----------------------------------------------------------------------

    def commit(self) -> None:
        """Store the typing still waiting for its debounce timer."""
        self.name.commit()
        self.description.commit()
        self.cluster.commit()

    def _update_card(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        seen_name: str | None = None,
        seen_description: str | None = None,
    ) -> None:
        card = self._board.edited_card()
        if card is None:
            return
        if name is not None and not has_value_name(name):
            self.name.show_stored(card.name)  # a value needs a name; keep the old one
            return
        # What this editor last saw stored: a change someone else made since is not
        # overwritten silently (a shared team database).
        expected = (
            card.name if seen_name is None else seen_name,
            card.description if seen_description is None else seen_description,
        )
        self.session.execute(
            UpdateValueCard(
                card.id,
                card.name if name is None else name,
                card.description if description is None else description,
                expected=expected,
            )
        )

    def _on_conflict(self, error: EditConflictError) -> None:
        command = error.command
        if not isinstance(command, UpdateValueCard) or not isinstance(error.theirs, tuple):
            return
        theirs_name, theirs_description = error.theirs
        mine_name, mine_description = command.name, command.description
        if command.card_id == self._board.card_id:
            self.name.show_stored(theirs_name)
            self.description.forget_stored(theirs_description)

        def text(name: str, description: str) -> str:
            return f"{name}\n\n{description}".strip()

        self.conflict = ConflictDialog(
            text(theirs_name, theirs_description), text(mine_name, mine_description), self
        )
        self.conflict.kept_mine.connect(
            lambda: self.session.execute(
                UpdateValueCard(command.card_id, mine_name, mine_description, expected=error.theirs)
            )
        )
        self.conflict.took_theirs.connect(lambda: self._take_theirs(command.card_id, error.theirs))
        self.conflict.open()

    def _take_theirs(self, card_id: int, theirs: tuple[str, str]) -> None:
        if card_id == self._board.card_id:
            self.name.setText(theirs[0])
            self.name.show_stored(theirs[0])
            self.description.replace_with_stored(theirs[1])

    def _on_cluster_edited(self, text: str, _previous: str) -> None:
        card = self._board.edited_card()
        # Compared as it would be stored: typing that only adds blanks is no edit.
        if card is not None and cluster_name(text) != card.cluster:
            self.session.execute(SetCardCluster(card.id, text))

    def _on_colour_clicked(self, button: QToolButton) -> None:
        card = self._board.current()
        colour = str(button.property("colour") or "")
        if card is not None and colour != card.colour:
            self.session.execute(SetCardColour(card.id, colour))

    # --- language ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Selected value"))
        self.name_label.setText(self.tr("&Name:"))
        self.description_label.setText(self.tr("How it makes a &difference every day:"))
        self.cluster_label.setText(self.tr("&Group:"))
        self.cluster.setPlaceholderText(self.tr("Cards with the same group name stand together"))
        self.cluster.setAccessibleName(self.tr("Group of this value"))
        self.colour_label.setText(self.tr("Colour:"))
        for button in self.colours.buttons():
            colour = str(button.property("colour") or "")
            name = (
                QCoreApplication.translate("ValueBoard", COLOUR_NAMES[colour])
                if colour in COLOUR_NAMES
                else self.tr("No colour")
            )
            button.setAccessibleName(name)
            button.setToolTip(name)
            # Not the tooltip again, which Qt would read as the description.
            button.setAccessibleDescription(self.tr("Colour of the selected card on the board"))


def _no_colour_icon(size: int) -> QIcon:
    """An empty square struck through, the usual sign for "no colour"."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 160), 1.5))
    painter.drawRoundedRect(2, 2, size - 4, size - 4, 3, 3)
    painter.setPen(QPen(QColor("#d32f2f"), 2))
    painter.drawLine(4, size - 4, size - 4, 4)
    painter.end()
    return QIcon(pixmap)
