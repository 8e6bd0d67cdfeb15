"""The Guidelines step shows example answers written for the kind of value at hand, in
the interface language."""

from __future__ import annotations

from philosophy_studio.content.guideline_examples import examples_for
from philosophy_studio.domain.model import GuidelineQuestion, Language
from philosophy_studio.domain.steps import Step


def test_each_value_shows_examples_of_its_own_kind(make_window, qtbot) -> None:
    window = make_window(language="tr")
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.GUIDELINES)
    page = window.workshop_view.page_for[Step.GUIDELINES]
    chosen = window.session.workshop.chosen_values
    shown = []
    for row, card in enumerate(chosen):
        page.values.setCurrentRow(row)
        example = page.questions[GuidelineQuestion.MEANING].example.text()
        expected = examples_for(card.name, card.description).examples.answer(
            GuidelineQuestion.MEANING, Language.TURKISH
        )
        assert example.endswith(expected), card.name
        shown.append(example)
    # One example per kind of value, not the same example under every value.
    assert len(set(shown)) == len(chosen)

    resolution = next(row for row, card in enumerate(chosen) if card.name == "İlk Seferde Çözüm")
    page.values.setCurrentRow(resolution)
    window.switch_language("en")
    english = examples_for("First-contact resolution").examples.answer(
        GuidelineQuestion.MEANING, Language.ENGLISH
    )
    qtbot.waitUntil(lambda: page.questions[GuidelineQuestion.MEANING].example.text().endswith(english))
