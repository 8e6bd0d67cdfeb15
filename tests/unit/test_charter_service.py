"""The Charter step's use cases: the checklist and atomic writes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from philosophy_studio.domain.model import GuidelineQuestion, Language, WorkshopInfo
from philosophy_studio.services import charter
from philosophy_studio.services.charter import Missing, MissingItem, export_charter, missing_items
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import new_workshop


def test_demo_lacks_nothing() -> None:
    for language in Language:
        assert missing_items(demo_workshop(language)) == ()


def test_empty_workshop_lacks_the_essentials() -> None:
    kinds = {item.kind for item in missing_items(new_workshop(WorkshopInfo("T", Language.ENGLISH)))}
    assert {Missing.NO_VISION, Missing.NO_VALUES, Missing.NO_PERSONAS, Missing.NO_SHARING_PLAN} <= kinds


def test_values_with_unanswered_questions_are_counted() -> None:
    demo = demo_workshop(Language.TURKISH)
    chosen_ids = [card.id for card in demo.chosen_values[:2]]
    cards = tuple(
        dataclasses.replace(card, guidelines={GuidelineQuestion.MEANING: "x"})
        if card.id in chosen_ids
        else card
        for card in demo.value_cards
    )
    items = missing_items(dataclasses.replace(demo, value_cards=cards))
    assert MissingItem(Missing.UNANSWERED_QUESTIONS, 2) in items
    assert MissingItem(Missing.UNANSWERED_QUESTIONS, 2).step.value == "guidelines"


def test_a_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "charter.pdf"
    target.write_bytes(b"the previous charter")

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("philosophy_studio.fileio.os.replace", crash)
    with pytest.raises(OSError):
        export_charter(demo_workshop(Language.ENGLISH), target)
    assert target.read_bytes() == b"the previous charter"
    assert [path.name for path in tmp_path.iterdir()] == ["charter.pdf"]
    assert charter.write_export is not None


def _with_leftovers(language: Language):  # type: ignore[no-untyped-def]
    """The demo with the texts earlier versions put into new items and nobody replaced,
    in both languages, and a plan item that says nothing about what is shared."""
    from philosophy_studio.domain.model import Behaviour, BehaviourKind, Metric, SharingChannel, SharingItem

    demo = demo_workshop(language)
    first, second = demo.chosen_values[:2]
    cards = tuple(
        dataclasses.replace(
            card,
            behaviours=(
                *card.behaviours,
                Behaviour(901, BehaviourKind.DO, "New behaviour: double-click to edit"),
                Behaviour(902, BehaviourKind.DONT, " Yeni davranış: düzenlemek için çift tıklayın "),
            ),
            metrics=(*card.metrics, Metric(903, "Yeni ölçüt", "", "%95", "")),
        )
        if card.id == first.id
        else dataclasses.replace(card, metrics=(*card.metrics, Metric(904, "New metric")))
        if card.id == second.id
        else card
        for card in demo.value_cards
    )
    plan = (
        *demo.sharing_plan,
        SharingItem(905, SharingChannel.WEBSITE, "What will be shared", "Ayşe", "Mart"),
        SharingItem(906, SharingChannel.OTHER, "Paylaşılacak olan"),
        SharingItem(907, SharingChannel.ADVERTISING, "  ", "Pazarlama"),
    )
    return dataclasses.replace(demo, value_cards=cards, sharing_plan=plan)


@pytest.mark.parametrize("language", list(Language))
def test_texts_left_from_adding_an_item_are_named_before_printing(language: Language) -> None:
    items = missing_items(_with_leftovers(language))
    assert MissingItem(Missing.UNWRITTEN_BEHAVIOURS, 2) in items
    assert MissingItem(Missing.UNNAMED_METRICS, 2) in items
    assert MissingItem(Missing.UNFINISHED_SHARING, 3) in items
    assert MissingItem(Missing.PLACES_LEFT_AS_OTHER, 1) in items
    assert {item.kind for item in items} == {
        Missing.UNWRITTEN_BEHAVIOURS,
        Missing.UNNAMED_METRICS,
        Missing.UNFINISHED_SHARING,
        Missing.PLACES_LEFT_AS_OTHER,
    }
    assert MissingItem(Missing.UNWRITTEN_BEHAVIOURS).step.value == "guidelines"
    assert MissingItem(Missing.UNFINISHED_SHARING).step.value == "share"


@pytest.mark.parametrize("language", list(Language))
def test_texts_left_from_adding_an_item_are_never_printed(language: Language) -> None:
    from philosophy_studio.services.charter import CharterFormat, build_charter

    markdown = build_charter(_with_leftovers(language), fmt=CharterFormat.MARKDOWN).data.decode("utf-8")
    for leftover in ("New behaviour", "Yeni davranış", "Yeni ölçüt", "New metric", "What will be shared"):
        assert leftover not in markdown
    assert "Paylaşılacak olan" not in markdown
    # What the unfinished plan item does say is kept.
    assert "Pazarlama" in markdown


def test_a_plan_item_whose_place_is_only_other_is_named_before_printing() -> None:
    from philosophy_studio.domain.model import SharingChannel, SharingItem

    demo = demo_workshop(Language.ENGLISH)
    plan = (
        SharingItem(801, SharingChannel.OTHER, "The bill's envelope carries our promise", "Billing", "May"),
        SharingItem(802, SharingChannel.OTHER, "Posters in the shop", "Shops", "June", place="Shop windows"),
    )
    items = missing_items(dataclasses.replace(demo, sharing_plan=plan))
    assert items == (MissingItem(Missing.PLACES_LEFT_AS_OTHER, 1),)
    assert MissingItem(Missing.PLACES_LEFT_AS_OTHER).step.value == "share"
