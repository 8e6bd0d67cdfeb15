"""The charter kept as versions after check-ins: numbered, dated, undone exactly, carried
by the interchange JSON, printed on the charter, and compared line by line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from tests_support import assert_exact_undo

from philosophy_studio.domain.charter_commands import KeepCharterVersion
from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.errors import CharterUnchangedError
from philosophy_studio.domain.guideline_commands import SetGuidelineAnswer
from philosophy_studio.domain.interchange import InterchangeFormatError, from_document, to_document
from philosophy_studio.domain.model import CHARTER_TEXT_LIMIT, GuidelineQuestion, Language
from philosophy_studio.export.charter_content import charter_content
from philosophy_studio.export.charter_versions import (
    LineChange,
    changed_since_kept,
    charter_snapshot,
    compare_charters,
)
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

KEPT = dt.date(2026, 7, 15)
REVISED = dt.date(2026, 10, 14)


@pytest.fixture
def service(workshop_location: str):  # type: ignore[no-untyped-def]
    demo = dataclasses.replace(demo_workshop(Language.ENGLISH), charter_versions=())
    created = WorkshopService.create(workshop_location, demo)
    yield created
    created.close()


def test_a_kept_version_holds_the_charter_of_that_moment_and_undo_forgets_it(service) -> None:  # type: ignore[no-untyped-def]
    assert_exact_undo(service, KeepCharterVersion(KEPT, "Signed at the workshop"))
    (first,) = service.load().charter_versions
    assert (first.number, first.day, first.note) == (1, KEPT, "Signed at the workshop")
    assert first.text == charter_snapshot(service.load())
    assert "Our customer service philosophy" in first.text
    assert not changed_since_kept(service.load())
    # Nothing changed: nothing new to keep.
    with pytest.raises(CharterUnchangedError):
        service.execute(KeepCharterVersion(REVISED, "again"))

    card = service.load().chosen_values[0]
    service.execute(
        SetGuidelineAnswer(card.id, GuidelineQuestion.MEANING, "We say what we will do, then do it.")
    )
    assert changed_since_kept(service.load())
    assert_exact_undo(service, KeepCharterVersion(REVISED, "Meaning sharpened after check-in 2"))
    versions = service.load().charter_versions
    assert [v.number for v in versions] == [1, 2]
    # The first version still says what it said then.
    assert versions[0] == first
    assert "We say what we will do, then do it." in versions[1].text


def test_the_charter_says_which_version_it_is_or_that_it_changed_since(service) -> None:  # type: ignore[no-untyped-def]
    assert charter_content(service.load()).version == ""
    service.execute(KeepCharterVersion(KEPT, ""))
    assert charter_content(service.load()).version == "Version 1 · kept on 15 July 2026"
    service.execute(SetWorkshopField(WorkshopField.TEAM_NAME, "Care Desk North"))
    assert (
        charter_content(service.load()).version
        == "Draft of version 2 · changed since version 1 of 15 July 2026"
    )
    turkish = dataclasses.replace(
        service.load(), info=dataclasses.replace(service.load().info, language=Language.TURKISH)
    )
    assert "Sürüm 2 taslağı" in charter_content(turkish).version


def test_versions_travel_in_the_interchange_json_and_bad_ones_are_refused(service) -> None:  # type: ignore[no-untyped-def]
    service.execute(KeepCharterVersion(KEPT, "Signed <b>at</b> the workshop =1+1"))
    workshop = service.load()
    document = to_document(workshop, "test")
    assert document["charter_versions"][0]["number"] == 1
    assert from_document(json.loads(json.dumps(document))).charter_versions == workshop.charter_versions
    # A workshop that never kept one exports as it did before versions existed.
    assert "charter_versions" not in to_document(dataclasses.replace(workshop, charter_versions=()), "test")
    for bad in (
        [{"number": 1, "day": "2026-07-15", "text": "a"}, {"number": 1, "day": "2026-08-15", "text": "b"}],
        [{"number": 0, "day": "2026-07-15", "text": "a"}],
        [{"number": 1, "day": "someday", "text": "a"}],
        [{"number": 1, "day": "2026-07-15"}],
        [{"number": 1, "day": "2026-07-15", "text": "x" * (CHARTER_TEXT_LIMIT + 1)}],
    ):
        with pytest.raises(InterchangeFormatError):
            from_document({**document, "charter_versions": bad})


def test_two_versions_compare_line_by_line() -> None:
    old = "# Charter\n\n## Our values\n\n### 1. Honesty\n\nWe tell the truth.\n"
    new = old.replace("truth.", "truth, even when it costs us.") + "\n### 2. Speed\n"
    diff = compare_charters(old, new)
    assert (diff.added, diff.removed) == (3, 1)
    changed = [(line.change, line.text) for line in diff.lines if line.change is not LineChange.SAME]
    assert changed == [
        (LineChange.REMOVED, "We tell the truth."),
        (LineChange.ADDED, "We tell the truth, even when it costs us."),
        (LineChange.ADDED, ""),
        (LineChange.ADDED, "### 2. Speed"),
    ]
    # Only the changes and a line around them; left-out lines are marked once.
    shown = diff.changes_only(context=1)
    assert shown[0] is None and shown.count(None) == 1
    assert compare_charters(old, old).added == compare_charters(old, old).removed == 0


def test_hostile_text_is_kept_literally_in_a_version(service) -> None:  # type: ignore[no-untyped-def]
    hostile = '=HYPERLINK("x") <img src=x> # not a heading \u202eRTL 👩‍💻'
    card = service.load().chosen_values[0]
    service.execute(SetGuidelineAnswer(card.id, GuidelineQuestion.MEANING, hostile))
    service.execute(KeepCharterVersion(KEPT, hostile))
    (version,) = service.load().charter_versions
    assert version.note == hostile
    assert "👩‍💻" in version.text and "\\<img" in version.text
