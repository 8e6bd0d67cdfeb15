"""The Themes tab: groups of answers that use similar words, each titled by its most
telling words so the room can refer to it."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

from philosophy_studio.gui.i18n import FollowsLanguage
from philosophy_studio.gui.theme import READING, scale_font

if TYPE_CHECKING:
    from philosophy_studio.analysis.engine import Theme

# A theme is titled by this many of its most telling words.
THEME_TITLE_WORDS = 3


class ThemesView(FollowsLanguage, QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisThemes")
        scale_font(self, READING)
        # None until an analysis has been shown.
        self._themes: tuple[Theme, ...] | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Themes in the answers"))
        if self._themes is not None:
            self._render()

    def show_themes(self, themes: Sequence[Theme]) -> None:
        self._themes = tuple(themes)
        self._render()

    def _render(self) -> None:
        if not self._themes:
            self.setPlainText(
                self.tr(
                    "Themes are looked for once there are enough answers to tell them apart (twelve or more)."
                )
            )
            return
        parts = [
            "<p>"
            + html.escape(
                self.tr("Answers that use similar words, grouped. Each theme lists its most telling words.")
            )
            + "</p>"
        ]
        for theme in self._themes:
            title = " · ".join(theme.terms[:THEME_TITLE_WORDS])
            answers = self.tr("%Ln answer(s)", "", theme.answers)
            more = theme.terms[THEME_TITLE_WORDS:]
            parts.append(f"<h3>{html.escape(title)} <small>({html.escape(answers)})</small></h3>")
            if more:
                also = self.tr("Also: %1").replace("%1", ", ".join(more))
                parts.append(f"<p>{html.escape(also)}</p>")
        self.setHtml("".join(parts))
