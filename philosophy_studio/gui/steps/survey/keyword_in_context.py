"""Keyword in context: the answers that use the selected word or phrase, with it
highlighted, so the room reads what people meant rather than a count.

Finding the answers runs off the GUI thread (a hundred thousand answers take a while);
choosing another word cancels the search for the last one.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from philosophy_studio.gui.i18n import FollowsLanguage, error_message
from philosophy_studio.gui.steps.survey.word_table import forms_text
from philosophy_studio.gui.theme import READING, scale_font

if TYPE_CHECKING:
    from philosophy_studio.analysis.engine import TermCount
    from philosophy_studio.analysis.keyword_context import Snippet
    from philosophy_studio.gui.tasks import TaskRunner
    from philosophy_studio.services.survey_evidence import WorkshopAnalysis
    from philosophy_studio.work import WorkControl

    # Finds the texts using a word: how many, and the first of them marked.
    Search = Callable[[WorkControl], tuple[int, tuple[Snippet, ...]]]


def highlighted_html(snippets: tuple[Snippet, ...]) -> str:
    """The answers as escaped HTML with the matching words marked."""
    parts = []
    for snippet in snippets:
        text, cursor, pieces = snippet.text, 0, []
        for start, end in snippet.spans:
            pieces.append(html.escape(text[cursor:start]))
            pieces.append(f"<b><u>{html.escape(text[start:end])}</u></b>")
            cursor = end
        pieces.append(html.escape(text[cursor:]))
        body = "".join(pieces).replace("\n", "<br>")
        parts.append(f'<p style="margin-bottom:10px">{body}</p>')
    return "".join(parts)


class KeywordInContext(FollowsLanguage, QWidget):
    """The texts using a word, found by a search given per word (``show_search``): the
    survey's answers here, customers' comments on the Customers page, whose subclass
    says "comments" where this says "answers"."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._term: str | None = None
        # The forms the word takes in the texts, with their counts; None for a phrase.
        self._forms: tuple[tuple[str, int], ...] | None = None
        # How many texts use the term; None while they are being looked for.
        self._found: int | None = None
        self._control: WorkControl | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        scale_font(self.heading, READING, bold=True)
        self.answers = QTextBrowser()
        self.answers.setObjectName("keywordInContext")
        self.answers.setOpenLinks(False)
        scale_font(self.answers, READING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.answers, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Texts only: the answers found stay, no search starts."""
        self.answers.setAccessibleName(self.tr("Answers containing the selected word"))
        self._show_heading()

    def show_term(self, term: str | None, analysis: WorkshopAnalysis | None, group: TermCount | None) -> None:
        """Look for the answers of ``analysis`` that use ``term`` (nothing: None)."""
        from philosophy_studio.analysis.keyword_context import contexts

        search: Search | None = None
        if term is not None and analysis is not None:

            def search(work: WorkControl) -> tuple[int, tuple[Snippet, ...]]:
                return contexts(analysis.result, analysis.answers, term, work)

        self.show_search(term, search, group.forms if group is not None else None)

    def show_search(
        self, term: str | None, search: Search | None, forms: tuple[tuple[str, int], ...] | None = None
    ) -> None:
        """Run ``search`` off the GUI thread and show what it finds for ``term``; the
        search for the word before is cancelled. Nothing (None) clears the list."""
        if self._control is not None:
            self._control.cancel()
            self._control = None
        self._term, self._forms, self._found = term, forms, None
        self._show_heading()
        if term is None or search is None:
            self.answers.clear()
            return

        def shown(found_and_snippets: tuple[int, tuple[Snippet, ...]]) -> None:
            if control is not self._control:
                return
            self._control = None
            self._found, snippets = found_and_snippets
            self._show_heading()
            self.answers.setHtml(highlighted_html(snippets))

        def failed(error: BaseException) -> None:
            from philosophy_studio.work import CancelledError

            if control is self._control:
                self._control = None
                if not isinstance(error, CancelledError):
                    self.answers.setPlainText(error_message(error, unexpected=True) or str(error))

        control = self._runner.run_heavy(search, shown, failed, disposable=True)
        self._control = control

    def prompt_text(self) -> str:
        return self.tr("Select a word or a phrase to read the answers that use it.")

    def looking_text(self, term: str) -> str:
        return self.tr("Looking for “%1” in the answers…").replace("%1", term)

    def found_text(self, term: str, found: int) -> str:
        return self.tr("“%1” is used in %Ln answer(s):", "", found).replace("%1", term)

    def _show_heading(self) -> None:
        term = self._term
        if term is None:
            self.heading.setText(self.prompt_text())
        elif self._found is None:
            self.heading.setText(self.looking_text(term))
        else:
            heading = self.found_text(term, self._found)
            if self._forms is not None:
                # Every form the word takes in the texts, with its count, a click away.
                # Translated in this class's context, for the subclasses too.
                forms = QCoreApplication.translate("KeywordInContext", "Forms: %1")
                forms = forms.replace("%1", forms_text(self._forms, QLocale()))
                heading = forms + "\n" + heading
            self.heading.setText(heading)
