"""Both languages whole on the Guidelines, Share, Charter, Check-ins and Customers steps: after a switch of
the interface language no text of the other language stays on screen (the checks of
test_languages_whole.py, over these steps)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from test_languages_whole import catalogue_patterns, content_words, other_language, shown_texts

from philosophy_studio.domain.model import BehaviourKind, Language
from philosophy_studio.domain.steps import Step

STEPS = (Step.GUIDELINES, Step.SHARE, Step.CHARTER, Step.CHECKINS, Step.CUSTOMERS)


def check(window, looking_for: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    patterns = catalogue_patterns(looking_for)
    content = content_words(window)
    # The words the survey asked again compares are the analysis's too (its dictionary
    # forms: çözmek for çözüyoruz).
    compared = window.workshop_view.page_for[Step.CHECKINS].survey_again.comparison
    content |= {word.lower() for word in re.findall(r"\w+", repr(compared))}
    # The team's own texts, some of which a catalogue offered (a metric's name).
    stored = repr(window.session.workshop)
    shown = []
    for step in STEPS:
        window.workshop_view.navigator.select_step(step)
        QApplication.processEvents()
        shown.append(shown_texts(window.workshop_view.page_for[step]))
    # The customers' own words: the comments, their channels and the words counted in
    # them, read once the step has shown them.
    customers = window.workshop_view.page_for[Step.CUSTOMERS]
    said = repr(customers.lens.feedback if customers.lens else None) + repr(customers.comparison)
    content |= {word.lower() for word in re.findall(r"\w+", said)}
    wrong = [found for texts in shown for found in other_language(texts, patterns, content, looking_for)]
    return sorted({(where, text) for where, text in wrong if f"'{text}'" not in stored + said})


@pytest.mark.parametrize(("first", "then"), [("tr", "en"), ("en", "tr")])
def test_no_text_of_the_other_language_stays_after_a_switch(make_window, qtbot, first, then) -> None:
    window = make_window(language=first)
    window.resize(1280, 720)
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    # What the Charter step shows only after some work: a preview built and its status.
    charter = window.workshop_view.page_for[Step.CHARTER]
    window.workshop_view.navigator.select_step(Step.CHARTER)
    qtbot.waitUntil(
        lambda: charter.document.status() == QPdfDocument.Status.Ready and charter._building is None,
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: bool(charter.preview.accessibleDescription()))
    guidelines = window.workshop_view.page_for[Step.GUIDELINES]
    assert check(window, first), "the check finds nothing: it cannot fail"
    window.languages.apply(then)
    QApplication.processEvents()
    left = check(window, first)
    assert not left, "\n".join(f"{where}: {text}" for where, text in left)
    # A screen reader's texts too.
    description = charter.preview.accessibleDescription()
    assert description.startswith("Sayfa" if then == "tr" else "Page")
    spoken = guidelines.values.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert ("yanıtlandı" in spoken) == (then == "tr")
    assert (
        guidelines.behaviours.add[BehaviourKind.DO]
        .accessibleName()
        .startswith("Ekle" if then == "tr" else "Add")
    )
    qtbot.waitUntil(
        lambda: charter.document.status() == QPdfDocument.Status.Ready and charter._building is None,
        timeout=20_000,
    )
