import copy
import json
import re

import pytest
from tests_support import DEMO_DIR

from philosophy_studio.domain.interchange import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    InterchangeFormatError,
    from_document,
    to_document,
)


def demo_document(language: str) -> dict:
    return json.loads((DEMO_DIR / f"demo-{language}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["tr", "en"])
def test_demo_files_are_in_the_exact_exported_form(language: str) -> None:
    document = demo_document(language)
    again = to_document(from_document(document), document["app_version"])
    assert json.dumps(again, ensure_ascii=False) == json.dumps(document, ensure_ascii=False)


@pytest.mark.parametrize("language", ["tr", "en"])
def test_demo_workshops_have_the_promised_content(language: str) -> None:
    workshop = from_document(demo_document(language))
    assert workshop.info.language.value == language
    assert len(workshop.personas) == 2
    assert 12 <= len(workshop.value_cards) <= 20
    assert 35 <= len(workshop.answers) <= 50
    assert len(workshop.chosen_values) == 5
    assert all(card.answered_questions == 5 for card in workshop.chosen_values)
    assert workshop.chosen_vision is not None and workshop.chosen_vision.text
    assert workshop.value_set_name
    assert workshop.sharing_plan


def broken(mutate) -> dict:
    document = copy.deepcopy(demo_document("en"))
    mutate(document)
    return document


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(format="something-else"), "$.format"),
        (lambda d: d.update(schema_version=SCHEMA_VERSION + 1), "newer"),
        (lambda d: d["workshop"].pop("team_name"), "team_name is missing"),
        (lambda d: d["workshop"].update(team_name="  "), "must not be empty"),
        (lambda d: d["workshop"].update(language="de"), "must be one of tr, en"),
        (lambda d: d["workshop"].update(date="22.11.2026"), "date like"),
        (lambda d: d["personas"][0].update(channels=["phone", "phone"]), "twice"),
        (lambda d: d["personas"][0].update(tone="informal"), "tone must be int"),
        (lambda d: d["value_cards"][0].update(merged_into="v99"), "unknown key"),
        (lambda d: d["value_cards"][0].update(merged_into="v1"), "the card itself"),
        (lambda d: d["value_cards"][1].update(key="v1"), "used twice"),
        (lambda d: d["value_cards"][0].update(selected_rank=6), "selected_rank"),
        (lambda d: d["voting_rounds"][0]["tallies"].update(v1=-1), "whole number"),
        (lambda d: [v.update(chosen=True) for v in d["vision_drafts"]], "at most one draft"),
        (lambda d: d.update(personas={"name": "x"}), "personas must be list"),
        (lambda d: d["survey_answers"].append("just text"), "must be an object"),
        (lambda d: d["workshop"]["survey"].update(open="yes"), "open must be bool"),
    ],
)
def test_invalid_documents_name_the_problem(mutate, expected: str) -> None:
    with pytest.raises(InterchangeFormatError, match=re.escape(expected)):
        from_document(broken(mutate))


def test_not_an_object_at_all() -> None:
    with pytest.raises(InterchangeFormatError, match=r"\$ must be an object"):
        from_document([1, 2, 3])


def test_minimal_document_gets_defaults() -> None:
    workshop = from_document(
        {
            "format": FORMAT_NAME,
            "schema_version": 1,
            "workshop": {"team_name": "Ekip", "language": "tr"},
        }
    )
    assert workshop.info.team_name == "Ekip"
    assert workshop.survey.min_respondents == 5
    assert workshop.value_cards == ()


def test_text_is_normalised_on_the_way_in() -> None:
    document = broken(lambda d: d["workshop"].update(team_name="Ek\x00ip\n  Bir"))
    assert from_document(document).info.team_name == "Ekip Bir"
