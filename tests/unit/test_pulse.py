"""The check-in pulse per value: distribution, mean and share of 4–5 worked by hand,
hidden below the minimum number of respondents, the change since the check-in before,
and examples in no order of arrival."""

from __future__ import annotations

import pytest

from philosophy_studio.analysis.pulse import PulseAnswer, Ratings, value_pulse


def answers(
    key: str, lived: list[int | None], leaders: list[int | None], examples: list[str] = ()
) -> list[PulseAnswer]:
    padded = [*examples, *[""] * (len(lived) - len(examples))]
    return [PulseAnswer(key, a, b, e) for a, b, e in zip(lived, leaders, padded, strict=True)]


def test_a_value_lived_well_shows_its_distribution_mean_and_agreement() -> None:
    given = answers("hız", [5, 4, 4, 3, 2], [4, 4, None, 2, 1])
    (pulse,) = value_pulse(given, ["hız"], minimum=5)
    assert pulse.respondents == 5 and not pulse.hidden
    assert pulse.lived == Ratings((0, 1, 1, 2, 1))
    assert pulse.lived.mean == pytest.approx(18 / 5)
    assert pulse.lived.agreeing == pytest.approx(3 / 5)
    assert pulse.leaders.answered == 4 and pulse.leaders.mean == pytest.approx(11 / 4)
    assert pulse.lived_change is None


def test_below_the_minimum_nothing_is_shown() -> None:
    (pulse,) = value_pulse(
        answers("empati", [5, 1], [5, 1], ["Ayşe bana yardım etti"]), ["empati"], minimum=5
    )
    assert pulse.hidden and pulse.leaders is None and pulse.examples == () and pulse.respondents == 2


def test_the_change_is_measured_against_the_check_in_before() -> None:
    (then,) = value_pulse(answers("v", [3, 3, 3, 3, 3], [2, 2, 2, 2, 2]), ["v"], minimum=5)
    (now,) = value_pulse(answers("v", [4, 4, 4, 3, 5], [2, 2, 2, 2, 2]), ["v"], minimum=5, before={"v": then})
    assert now.lived_change == pytest.approx(1.0) and now.leaders_change == pytest.approx(0.0)
    (hidden_then,) = value_pulse(answers("v", [1], [1]), ["v"], minimum=5)
    (after_hidden,) = value_pulse(answers("v", [4] * 5, [4] * 5), ["v"], minimum=5, before={"v": hidden_then})
    assert after_hidden.lived_change is None


def test_examples_come_sorted_not_in_the_order_they_arrived() -> None:
    given = answers("v", [4] * 5, [4] * 5, ["Zeynep aradı", " ", "Ali bekletmedi", "Can sözünü tuttu"])
    (pulse,) = value_pulse(given, ["v"], minimum=5)
    assert pulse.examples == ("Ali bekletmedi", "Can sözünü tuttu", "Zeynep aradı")


def test_values_keep_the_order_asked_and_other_values_are_ignored() -> None:
    given = answers("a", [4] * 5, [4] * 5) + answers("b", [2] * 5, [2] * 5) + answers("x", [1] * 5, [1] * 5)
    pulses = value_pulse(given, ["b", "a"], minimum=5)
    assert [p.value_key for p in pulses] == ["b", "a"]


@pytest.mark.parametrize("score", [0, 6, -1])
def test_a_rating_outside_one_to_five_is_refused(score: int) -> None:
    with pytest.raises(ValueError):
        value_pulse(answers("v", [score] * 5, [3] * 5), ["v"], minimum=1)
