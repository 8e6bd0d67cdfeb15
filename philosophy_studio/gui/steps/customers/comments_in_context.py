"""Keyword in context for customers' comments: the Survey step's list of texts using a
word, saying "comments" where it says "answers"."""

from __future__ import annotations

from philosophy_studio.gui.steps.survey.keyword_in_context import KeywordInContext


class CommentsInContext(KeywordInContext):
    def retranslate_ui(self) -> None:
        self.answers.setObjectName("customersInContext")
        self.answers.setAccessibleName(self.tr("Comments using the selected word"))
        self._show_heading()

    def prompt_text(self) -> str:
        return self.tr("Click a word above to read the comments that use it.")

    def looking_text(self, term: str) -> str:
        return self.tr("Looking for “%1” in the comments…").replace("%1", term)

    def found_text(self, term: str, found: int) -> str:
        return self.tr("“%1” is used in %Ln text(s) (the first 200 shown):", "", found).replace("%1", term)
