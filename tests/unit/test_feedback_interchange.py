"""Customers' feedback in the interchange JSON: carried whole on both backends, sorted by
content, scrubbed when a document brings some in, refused when malformed, and left out
of workshops without feedback."""

import copy
import json
from pathlib import Path
from unittest import mock

import pytest

from philosophy_studio.domain.interchange import InterchangeFormatError, feedback_from_document
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.importing.feedback import FeedbackColumns
from philosophy_studio.persistence import feedback as stored
from philosophy_studio.services import feedback
from philosophy_studio.services.interchange import export_json, import_json
from philosophy_studio.services.workshop_service import (
    WorkshopService,
    is_server_location,
    list_workshops,
    new_workshop,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feedback"
COLUMNS = FeedbackColumns(text="Yorum", score="Memnuniyet", date="Tarih", channel="Kanal")


def write_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def base() -> dict:
    return {
        "format": "philosophy-studio-workshop",
        "schema_version": 1,
        "workshop": {"team_name": "T", "language": "tr"},
    }


def test_feedback_survives_the_json_round_trip_on_both_backends(
    workshop_location: str, tmp_path: Path
) -> None:
    with WorkshopService.create(
        workshop_location, new_workshop(WorkshopInfo("Ekip", Language.TURKISH))
    ) as made:
        feedback.import_feedback(made, FIXTURES / "helpdesk_tr.csv", COLUMNS)
        workshop_id = made.workshop_id
    document = json.loads(export_json(workshop_location, workshop_id=workshop_id))
    part = document["feedback"]
    assert part["scale"] == "csat"
    assert [comment["text"] for comment in part["comments"]] == sorted(
        comment["text"] for comment in part["comments"]
    )
    assert part["comments"][2] == {
        "text": "Yarım saat bekledim, kimseye ulaşamadım. Beni [telefon_no] numarasından arayın.",
        "score": 2,
        "date": "2024-03-31",
        "channel": "Telefon",
    }
    assert len(part["imports"]) == 1
    # Into a file and back, and into the other backend's fresh workshop and back.
    copy_file = tmp_path / "copy.pstudio"
    import_json(write_json(tmp_path / "w.json", document), copy_file).close()
    assert json.loads(export_json(copy_file))["feedback"] == part
    with WorkshopService.open(copy_file) as moved:
        # The copy recognises the same export again.
        assert feedback.import_feedback(moved, FIXTURES / "helpdesk_tr.csv", COLUMNS).nothing_new


def test_a_server_gets_a_documents_workshop_and_feedback_in_one_transaction(
    workshop_location: str, tmp_path: Path
) -> None:
    document = base() | {"feedback": {"scale": "nps", "comments": [{"text": "İyi", "score": 9}]}}
    source = write_json(tmp_path / "w.json", document)
    with (
        mock.patch.object(stored, "store_feedback", side_effect=OSError("disk full")),
        pytest.raises(OSError),
    ):
        import_json(source, workshop_location)
    if is_server_location(workshop_location):
        assert list_workshops(workshop_location) == []
    else:
        assert list(tmp_path.glob("*.pstudio")) == []
    with import_json(source, workshop_location) as service:
        kept = feedback.load_feedback(service)
    assert (kept.texts, kept.scores, kept.scale) == (("İyi",), (9,), feedback.ScoreScale.NPS)
    # Without an import entry of its own, the document's comments got one (the scale
    # is kept with it).
    assert len(kept.imports) == 1


def test_a_workshop_without_feedback_exports_as_before(tmp_path: Path) -> None:
    path = tmp_path / "w.pstudio"
    WorkshopService.create(path, new_workshop(WorkshopInfo("Ekip", Language.TURKISH))).close()
    assert "feedback" not in json.loads(export_json(path))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            Language.TURKISH,
            "Beni 0532 123 45 67 numarasından arayın",
            "Beni [telefon_no] numarasından arayın",
        ),
        (Language.ENGLISH, "Mail me at jo@example.com please", "Mail me at [e_mail] please"),
        (Language.TURKISH, "TC 10000000146 numaralı kaydım", "TC [TC_kimlik_no] numaralı kaydım"),
    ],
)
def test_a_documents_comments_are_scrubbed_as_an_import_scrubs_them(
    language: Language, text: str, expected: str
) -> None:
    found = feedback_from_document(base() | {"feedback": {"comments": [{"text": text}]}}, language)
    assert found is not None
    assert found.texts == (expected,)


@pytest.mark.parametrize(
    ("part", "fragment"),
    [
        ({"comments": [{"text": "a", "score": 3}]}, "needs $.feedback.scale"),
        ({"scale": "csat", "comments": [{"text": "a", "score": 0}]}, "1 to 5"),
        ({"scale": "nps", "comments": [{"score": None}]}, "neither a text nor a score"),
        ({"comments": [{"text": "a", "date": "31.03.2024"}]}, "date must be a date"),
        ({"scale": "stars", "comments": []}, "scale must be one of"),
        ({"comments": [], "imports": [{"rows": 0, "digest": "0" * 64}]}, "rows must be 1 or more"),
        ({"comments": "all of them"}, "comments must be list"),
    ],
)
def test_malformed_feedback_is_refused(part: dict, fragment: str) -> None:
    with pytest.raises(InterchangeFormatError) as refused:
        feedback_from_document(base() | {"feedback": copy.deepcopy(part)}, Language.TURKISH)
    assert fragment in str(refused.value)
