import copy
import json
import re

import pytest
from tests_support import DEMO_DIR

from philosophy_studio.domain.commands import MAX_STEP_TIMER_SECONDS
from philosophy_studio.domain.interchange import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    InterchangeFormatError,
    feedback_from_document,
    feedback_to_document,
    from_document,
    to_document,
)


def demo_document(language: str) -> dict:
    return json.loads((DEMO_DIR / f"demo-{language}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["tr", "en"])
def test_demo_files_are_in_the_exact_exported_form(language: str) -> None:
    document = demo_document(language)
    workshop = from_document(document)
    # The customers' comments the demos come with are a section of their own.
    feedback = feedback_from_document(document, workshop.info.language)
    assert feedback is not None
    again = to_document(workshop, document["app_version"]) | feedback_to_document(feedback)
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


def open_round(document: dict) -> None:
    document["voting_rounds"].append({"dots_per_person": 3, "max_per_card": 2, "status": "open"})


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        # Numbers no store can hold: once an OverflowError while the file was written.
        (lambda d: d["workshop"]["survey"].update(min_respondents=10**30), "at most 2147483647"),
        (lambda d: d["workshop"]["survey"].update(min_respondents=1000), "at most 999 respondents"),
        (lambda d: d["voting_rounds"][0].update(voters=2**31), "voters must be at most"),
        (lambda d: d["voting_rounds"][0]["tallies"].update(v1=10**30), "v1 must be at most"),
        (lambda d: d["survey_imports"].append({"rows": 10**30, "digest": "0" * 64}), "rows must be at most"),
        # The rules the editors keep (domain/rules/).
        (lambda d: d["workshop"]["survey"].update(min_respondents=2), "at least 3 respondents"),
        (lambda d: d["voting_rounds"][0].update(max_per_card=10**7), "1 to 20 dots"),
        (lambda d: d["voting_rounds"][0].update(dots_per_person=-3, max_per_card=-3), "1 to 20 dots"),
        (lambda d: d["voting_rounds"][0].update(dots_per_person=21, max_per_card=2), "1 to 20 dots"),
        (lambda d: d["voting_rounds"][0].update(voters=-1), "voters must be 0 or more"),
        (lambda d: [open_round(d), open_round(d)], "$.voting_rounds[2]: A voting round is already open"),
        # A chain: v2 is merged into v1 already.
        (
            lambda d: d["value_cards"][3].update(merged_into="v2"),
            "merged only into another value that is not",
        ),
        (lambda d: d["value_cards"][0].update(merged_into="v4"), "unchoose it before merging"),
        (lambda d: d["value_cards"][3].update(name=" \x00 "), "value_cards[3].name must not be empty"),
        (lambda d: d["value_cards"][3].update(colour="red"), "written like #4285f4"),
        (lambda d: d["value_cards"][0]["metrics"][0].update(name="  "), "metrics[0].name must not be empty"),
    ],
)
def test_documents_the_app_would_refuse_to_store_are_refused(mutate, expected: str) -> None:
    with pytest.raises(InterchangeFormatError, match=re.escape(expected)):
        from_document(broken(mutate))


def test_a_merge_cycle_is_refused() -> None:
    def cycle(document: dict) -> None:
        document["value_cards"][3]["merged_into"] = "v6"
        document["value_cards"][5]["merged_into"] = "v4"

    with pytest.raises(InterchangeFormatError, match=re.escape("merged only into another value")):
        from_document(broken(cycle))


def test_a_countdown_longer_than_the_editor_allows_is_cut_as_the_editor_cuts_it() -> None:
    document = broken(lambda d: d["workshop"]["step_timers"].update(survey=10**9))
    assert from_document(document).step_timers["survey"] == MAX_STEP_TIMER_SECONDS


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


def test_a_place_of_the_teams_own_goes_out_and_comes_back() -> None:
    import dataclasses

    from philosophy_studio.domain.model import SharingChannel

    workshop = from_document(demo_document("tr"))
    item = dataclasses.replace(workshop.sharing_plan[0], channel=SharingChannel.OTHER, place="Fatura zarfı")
    workshop = dataclasses.replace(workshop, sharing_plan=(item, *workshop.sharing_plan[1:]))
    document = to_document(workshop, "test")
    assert document["sharing_plan"][0]["place"] == "Fatura zarfı"
    assert "place" not in document["sharing_plan"][1]
    assert from_document(document).sharing_plan[0].place == "Fatura zarfı"
