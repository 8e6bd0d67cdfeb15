"""The customers' words: the most used words of all comments, of the promoters' and of
the detractors' (a comment is a respondent, as on the Survey step), and the words that
set two groups apart, each side with its statistic. A click on a word asks the page for
the comments behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from philosophy_studio.gui.steps.customers.word_list import WordList

if TYPE_CHECKING:
    from philosophy_studio.analysis.distinctive import Distinctive
    from philosophy_studio.services.feedback import Comparison, GroupWords

# The groups of comments whose words are listed, in the order shown.
GROUPS = ("customers", "promoters", "detractors")
# Words per side of a distinctive list.
APART_WORDS = 20


def _data(kind: str, channel: str | None = None) -> str:
    """A comparison as its list item keeps it (a string: Qt keeps it as it is)."""
    return kind if channel is None else f"{kind}\t{channel}"


def _plain(label: QLabel, lines: int = 3) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    # As tall whatever it says (a narrow column wraps a longer note), so the list below
    # stays where it is when a result arrives.
    label.setFixedHeight(lines * label.fontMetrics().lineSpacing() + 4)
    return label


class WordsBox(QGroupBox):
    # (group, the word's key, the word as shown)
    word_chosen = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersWords")
        self.lists = {group: WordList(f"customersWords_{group}") for group in GROUPS}
        self.headings = {group: _plain(QLabel()) for group in GROUPS}
        layout = QGridLayout(self)
        for column, group in enumerate(GROUPS):
            layout.addWidget(self.headings[group], 0, column, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(self.lists[group], 1, column)
            layout.setColumnStretch(column, 1)
            self.lists[group].word_chosen.connect(
                lambda key, term, group=group: self.word_chosen.emit(group, key, term)
            )
        self._comparison: Comparison | None = None
        self._minimum = 0

    def show_comparison(self, comparison: Comparison | None, minimum: int) -> None:
        """The words of each group; a group of fewer than ``minimum`` comments shows
        none (the survey's minimum: a word of one or two comments points at them)."""
        self._comparison, self._minimum = comparison, minimum
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The customers' words"))
        names = {
            "customers": self.tr("All comments"),
            "promoters": self.tr("Promoters"),
            "detractors": self.tr("Detractors"),
        }
        headings = [self.tr("Word"), self.tr("Comments")]
        locale = QLocale()
        for group in GROUPS:
            words: GroupWords | None = (
                None if self._comparison is None else self._comparison.groups.get(group)
            )
            listing = self.lists[group]
            listing.setAccessibleName(self.tr("Most used words: %1").replace("%1", names[group]))
            if words is None:
                note = self.tr("no scores") if self._comparison is not None else ""
                self.headings[group].setText(f"{names[group]}\n{note}")
                listing.show_rows(headings, [])
            elif words.texts < self._minimum:
                self.headings[group].setText(
                    names[group] + "\n" + self.tr("fewer than %Ln comment(s): not shown", "", self._minimum)
                )
                listing.show_rows(headings, [])
            else:
                self.headings[group].setText(names[group] + "\n" + self.tr("%Ln comment(s)", "", words.texts))
                listing.show_rows(
                    headings,
                    [
                        (key, (term, locale.toString(count)))
                        for key, (term, count) in zip(words.keys, words.words, strict=True)
                    ],
                )


class ApartBox(QGroupBox):
    """Two groups side by side: the words that lean to each, most distinctive first, with
    z (how many standard errors the log-odds ratio is from zero) and how many comments of
    each group use the word."""

    # (the side: "first" or "second", the word's key, the word as shown)
    word_chosen = Signal(str, str, str)
    # The comparison chosen changed (a channel against the rest needs another view).
    comparison_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersApart")
        self.choice = QComboBox()
        self.choice.setObjectName("customersApartChoice")
        self.choice_label = QLabel()
        self.choice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choice_label.setBuddy(self.choice)
        self.note = _plain(QLabel(), 4)
        self.note.setObjectName("customersApartNote")
        self.sides = {side: WordList(f"customersApart_{side}") for side in ("first", "second")}
        self.side_headings = {side: _plain(QLabel()) for side in ("first", "second")}
        top = QHBoxLayout()
        top.addWidget(self.choice_label)
        top.addWidget(self.choice, 1)
        grid = QGridLayout()
        for column, side in enumerate(("first", "second")):
            grid.addWidget(self.side_headings[side], 0, column)
            grid.addWidget(self.sides[side], 1, column)
            grid.setColumnStretch(column, 1)
            self.sides[side].word_chosen.connect(
                lambda key, term, side=side: self.word_chosen.emit(side, key, term)
            )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        self._channels: tuple[str, ...] = ()
        self._comparison: Comparison | None = None
        self._minimum = 0
        self.choice.currentIndexChanged.connect(lambda _index: self.comparison_changed.emit())

    def offer(self, channels: tuple[str, ...]) -> None:
        """The comparisons to choose from: staff and customers, promoters and
        detractors, and each channel against the rest."""
        self._channels = channels
        self.retranslate_ui()

    def chosen(self) -> tuple[str, str | None]:
        """("staff" | "scores" | "channel", the channel)."""
        data = self.choice.currentData() or "staff"
        kind, _tab, channel = data.partition("\t")
        return kind, channel or None

    def versus(self) -> str | None:
        kind, channel = self.chosen()
        return channel if kind == "channel" else None

    def choose(self, kind: str, channel: str | None = None) -> None:
        self.choice.setCurrentIndex(self.choice.findData(_data(kind, channel)))

    def show_comparison(self, comparison: Comparison | None, minimum: int) -> None:
        self._comparison, self._minimum = comparison, minimum
        self._show()

    def groups(self) -> tuple[str, str]:
        """The names of the two groups of the chosen comparison."""
        kind, channel = self.chosen()
        if kind == "scores":
            return self.tr("Promoters"), self.tr("Detractors")
        if kind == "channel":
            return channel or "", self.tr("Other channels")
        return self.tr("Staff answers"), self.tr("Customer comments")

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Words that set two groups apart"))
        self.choice_label.setText(self.tr("Co&mpare:"))
        self.choice.setAccessibleName(self.tr("The two groups to compare"))
        chosen = _data(*self.chosen())
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Staff answers and customer comments"), _data("staff"))
        self.choice.addItem(self.tr("Promoters and detractors"), _data("scores"))
        for channel in self._channels:
            self.choice.addItem(
                self.tr("%1 and the other channels").replace("%1", channel), _data("channel", channel)
            )
        index = self.choice.findData(chosen)
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)
        self.note.setText(
            self.tr(
                "z is how far the word's log-odds ratio between the groups is from zero, in standard "
                "errors (with an informative Dirichlet prior, so rare words do not stand out by chance); "
                "from 1.96 on, a word sets the groups apart. Click a word to read the texts that use it."
            )
        )
        self._show()

    def distinctive(self) -> Distinctive | None:
        found = self._comparison
        if found is None:
            return None
        kind, _channel = self.chosen()
        if kind == "scores":
            return found.promoters_vs_detractors
        if kind == "channel":
            return found.channel_vs_rest
        return found.staff_vs_customers

    def _show(self) -> None:
        from philosophy_studio.analysis.distinctive import Side

        first, second = self.groups()
        locale = QLocale()
        apart = self.distinctive()
        for side, name in (("first", first), ("second", second)):
            listing = self.sides[side]
            listing.setAccessibleName(self.tr("Words typical of %1").replace("%1", name))
            headings = [self.tr("Word"), "z", self.tr("Texts (left / right)")]
            if apart is None:
                self.side_headings[side].setText(self._missing(name))
                listing.show_rows(headings, [])
                continue
            texts = apart.first_texts if side == "first" else apart.second_texts
            if texts < self._minimum:
                self.side_headings[side].setText(
                    self.tr("%1: fewer than %Ln text(s), not compared", "", self._minimum).replace("%1", name)
                )
                listing.show_rows(headings, [])
                continue
            words = apart.leaning(Side.FIRST if side == "first" else Side.SECOND, APART_WORDS)
            heading = self.tr("Typical of %1 (%Ln text(s))", "", texts).replace("%1", name)
            if not words:
                # The prior keeps rare words from standing out: say so rather than show nothing.
                heading += "\n" + self.tr("No word stands out (z beyond ±1.96).")
            self.side_headings[side].setText(heading)
            listing.show_rows(
                headings,
                [
                    (
                        word.key,
                        (
                            word.term,
                            locale.toString(word.z, "f", 1),
                            f"{locale.toString(word.first)} / {locale.toString(word.second)}",
                        ),
                    )
                    for word in words
                ],
            )

    def _missing(self, name: str) -> str:
        if self._comparison is None:
            return name
        kind, _channel = self.chosen()
        if kind == "staff":
            return self.tr("%1: the survey's results are not shown yet (too few answers)").replace("%1", name)
        if kind == "scores":
            return self.tr("%1: the comments have no scores").replace("%1", name)
        return name
