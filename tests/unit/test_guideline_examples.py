"""The example answers on the Guidelines step fit the value being answered."""

from __future__ import annotations

import pytest

from philosophy_studio.content.guideline_examples import example_sets, examples_for
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import GuidelineQuestion
from philosophy_studio.services.interchange import demo_workshop


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("İlk aramada çözüm", "resolution"),
        ("İLK SEFERDE ÇÖZÜM", "resolution"),
        ("First-contact resolution", "resolution"),
        ("Empati", "empathy"),
        ("Patient listening", "empathy"),
        ("Dürüstlük", "honesty"),
        ("Straight talk", "honesty"),
        ("Hızlı tepki", "speed"),
        ("Sahiplenme", "ownership"),
        ("Güler yüzlü hizmet", "courtesy"),
        ("Güvenilirlik", "reliability"),
        ("İhtiyacı önceden görmek", "proactive"),
    ],
)
def test_a_value_gets_the_examples_of_its_kind(name: str, kind: str) -> None:
    choice = examples_for(name)
    assert (choice.examples.key, choice.fits_the_value) == (kind, True)


def test_the_name_decides_over_the_description() -> None:
    choice = examples_for("Sorumluluk", "Sorunu çözene kadar takip eder, çözümü müşteriye anlatırız.")
    assert choice.examples.key == "ownership"


def test_safety_is_not_taken_for_trust() -> None:
    # güvenlik (safety) begins like güven (trust); no set is written for safety.
    for name in ("Önce güvenlik", "Safety first"):
        assert not examples_for(name, "Müşterinin güvenini koruruz; we keep their trust.").fits_the_value


def test_a_value_of_no_known_kind_says_which_kind_its_examples_are_for() -> None:
    choice = examples_for("Sabır")
    assert not choice.fits_the_value
    assert choice.examples.name(Language.TURKISH)


def test_every_chosen_value_of_the_demo_workshops_gets_examples_of_its_kind() -> None:
    for language in Language:
        for card in demo_workshop(language).chosen_values:
            assert examples_for(card.name, card.description).fits_the_value, card.name


def test_every_set_answers_all_five_questions_in_both_languages() -> None:
    answers = []
    for each in example_sets():
        for language in Language:
            assert each.name(language)
            for question in GuidelineQuestion:
                answer = each.answer(question, language)
                assert len(answer) > 40
                answers.append(answer)
    assert len(set(answers)) == len(answers)
