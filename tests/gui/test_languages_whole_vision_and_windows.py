"""Both languages whole on the Vision step, the Start page and the windows that stay
open beside the main one (the facilitator's guide, the phones' panel, the presentation):
after a switch of the interface language no text of the other language stays (the
checks of test_languages_whole.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from test_languages_whole import catalogue_patterns, content_words, other_language, shown_texts

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.i18n import LANGUAGE_NAMES


def check(window, roots: list[QWidget], looking_for: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    patterns = catalogue_patterns(looking_for)
    content = content_words(window)
    stored = repr(window.session.workshop)
    wrong: list[tuple[str, str]] = []
    for root in roots:
        wrong += other_language(shown_texts(root), patterns, content, looking_for)
    # Languages are named in their own language on purpose (Türkçe, English).
    own_names = set(LANGUAGE_NAMES.values())
    return sorted(
        {(where, text) for where, text in wrong if f"'{text}'" not in stored and text not in own_names}
    )


@pytest.mark.parametrize(("first", "then"), [("tr", "en"), ("en", "tr")])
def test_no_text_of_the_other_language_stays_after_a_switch(make_window, qtbot, first, then) -> None:
    window = make_window(language=first)
    window.resize(1280, 720)
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    # The analysis runs once its step is shown; the Vision step's survey chips need it.
    window.workshop_view.navigator.select_step(Step.SURVEY)
    qtbot.waitUntil(
        lambda: window.analysis.analysis is not None and not window.analysis.is_running, timeout=30_000
    )
    window.workshop_view.navigator.select_step(Step.VISION)
    vision = window.workshop_view.page_for[Step.VISION]
    # The guide beside the window, and the survey's phone panel and presentation.
    window.show_facilitator_guide()
    survey = window.workshop_view.page_for[Step.SURVEY]
    survey.open_presentation()
    roots: list[QWidget] = [vision, window.start_page, window.guide_dialog, survey.presentation]
    window.runner.wait_idle()
    QApplication.processEvents()
    # The start page is behind the workshop; its texts are checked all the same.
    window.start_page.show()
    assert check(window, roots, first), "the check finds nothing: it cannot fail"
    window.languages.apply(then)
    QApplication.processEvents()
    window.runner.wait_idle()
    QApplication.processEvents()
    left = check(window, roots, first)
    survey.presentation.close()
    window.guide_dialog.close()
    assert not left, "\n".join(f"{where}: {text}" for where, text in left)
