"""Both languages whole on the Personas, Values and Survey steps: after a switch of the
interface language at run time no text of the other language stays on screen, on any
of their tabs. The demo workshop's own content (names, answers, the analysis's words)
is the team's and stays in its language; it is told apart from the interface."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.survey.analysis_view import AnalysisView

LOCALES = Path(__file__).resolve().parents[2] / "locales"
TURKISH_LETTERS = re.compile("[ğĞışŞİçÇöÖüÜ]")
PLACEHOLDER = re.compile(r"%L?n|%\d")
STEPS = (Step.PERSONAS, Step.VALUES, Step.SURVEY)
# Lists of content in the workshop's language by design: the example values are there
# to be copied onto the team's board.
CONTENT_WIDGETS = {"inspiration"}


def _pattern(text: str) -> re.Pattern[str] | None:
    """A catalogue text as a pattern over what is shown: its %1 and %Ln filled with
    anything, its & shortcuts dropped. Too little of its own text to tell: None."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    literal = PLACEHOLDER.sub("", text)
    if len(re.findall(r"\w", literal)) < 4:
        return None
    parts = [re.escape(part) for part in PLACEHOLDER.split(text)]
    return re.compile(r"\s*" + ".+?".join(parts) + r"\s*", re.DOTALL)


def catalogue_patterns(shown: str) -> list[re.Pattern[str]]:
    """The texts of the Turkish catalogue as shown in ``shown`` ("tr": the
    translations, "en": the English sources and plurals), when the two differ."""
    patterns = []
    for message in ET.parse(LOCALES / "philosophy_studio_tr.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        turkish = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        english = [source]
        if message.get("numerus") == "yes":
            english_forms = _english_plurals().get(source)
            english = english_forms or [source]
        texts = turkish if shown == "tr" else english
        others = english if shown == "tr" else turkish
        for text in texts:
            if text and text not in others:
                pattern = _pattern(text)
                if pattern is not None:
                    patterns.append(pattern)
    return patterns


def _english_plurals() -> dict[str, list[str]]:
    plurals = {}
    for message in ET.parse(LOCALES / "philosophy_studio_en.ts").getroot().iter("message"):
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in message.iter("numerusform")]
            plurals[message.findtext("source") or ""] = forms
    return plurals


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for the interface texts a user sees in ``root``."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text:
            found.append((f"{type(widget).__name__} {widget.objectName()}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName() in CONTENT_WIDGETS:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if widget.textFormat() != Qt.TextFormat.PlainText and "<" in text:
                text = re.sub(r"<[^>]+>", "\n", text).replace("&nbsp;", " ")
                text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            add(widget, text)
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text().replace("&", ""))
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(widget, widget.placeholderText())
            if isinstance(widget, QTextEdit) and widget.isReadOnly():
                add(widget, widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, widget.tabText(index).replace("&", ""))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
                for column in range(columns):
                    add(widget, str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            except TypeError:  # a list model keeps its column count private: it has one
                columns = 1
            rows = widget.count() if isinstance(widget, QListWidget) else model.rowCount(QModelIndex())
            for row in range(min(rows, 200)):
                for column in range(columns):
                    add(widget, str(model.index(row, column).data() or ""))
    return found


def content_words(window) -> set[str]:  # type: ignore[no-untyped-def]
    """Every word the workshop's own content and its analysis contain."""
    text = repr(window.session.workshop) + repr(window.analysis.analysis)
    return {word.lower() for word in re.findall(r"\w+", text)}


def other_language(texts, patterns, content: set[str], looking_for: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    wrong = []
    for where, text in texts:
        for part in re.split(r"\n|·|→", text):
            segment = part.strip()
            if not segment:
                continue
            if any(pattern.fullmatch(segment) for pattern in patterns):
                wrong.append((where, segment))
                continue
            # What is left once the team's own words are set aside.
            own = [word for word in re.findall(r"\w+", segment) if word.lower() not in content]
            if looking_for == "tr" and any(TURKISH_LETTERS.search(word) for word in own):
                wrong.append((where, segment))
    return wrong


def visit(window, qtbot, step: Step) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Shows ``step`` and each of its tabs in turn; returns what was shown, a page per tab."""
    window.workshop_view.navigator.select_step(step)
    page = window.workshop_view.page_for[step]
    window.runner.wait_idle()
    QApplication.processEvents()
    shown = [page]
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            shown.append(page)
    return shown


def check_all(window, qtbot, looking_for: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    patterns = catalogue_patterns(looking_for)
    content = content_words(window)
    wrong: list[tuple[str, str]] = []
    for step in STEPS:
        window.workshop_view.navigator.select_step(step)
        page = window.workshop_view.page_for[step]
        window.runner.wait_idle()
        QApplication.processEvents()
        tab_widgets = page.findChildren(QTabWidget)
        wrong += other_language(shown_texts(page), patterns, content, looking_for)
        for tabs in tab_widgets:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                wrong += other_language(shown_texts(page), patterns, content, looking_for)
            tabs.setCurrentIndex(0)
    return sorted(set(wrong))


@pytest.mark.parametrize(("first", "then"), [("tr", "en"), ("en", "tr")])
def test_no_text_of_the_other_language_stays_after_a_switch(make_window, qtbot, first, then) -> None:
    window = make_window(language=first)
    window.resize(1280, 720)
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    for step in STEPS:
        visit(window, qtbot, step)
    qtbot.waitUntil(
        lambda: window.analysis.analysis is not None and not window.analysis.is_running, timeout=30_000
    )
    for step in STEPS:
        visit(window, qtbot, step)
    # A word's answers beside the table, and the report of an import (as the import
    # dialog gives it).
    window.workshop_view.navigator.select_step(Step.SURVEY)
    window.findChild(AnalysisView).words.selectRow(0)
    window.workshop_view.page_for[Step.SURVEY].files._on_imported(21, 0, 3)
    window.runner.wait_idle()
    # The check itself finds the first language before the switch.
    assert check_all(window, qtbot, first), "the check finds nothing: it cannot fail"
    window.languages.apply(then)
    QApplication.processEvents()
    left = check_all(window, qtbot, first)
    assert not left, "\n".join(f"{where}: {text}" for where, text in left)
