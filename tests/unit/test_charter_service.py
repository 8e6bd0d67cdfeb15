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
