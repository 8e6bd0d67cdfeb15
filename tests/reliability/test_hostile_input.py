"""Random and hostile text (control characters, NUL, lone surrogates, bidi overrides,
very long strings) is stored, exported as JSON and imported again without a crash and
without any change beyond the documented normalisation (domain/text.py)."""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from philosophy_studio.domain.commands import SetVisionText, SetWorkshopField, WorkshopField
from philosophy_studio.domain.interchange import from_document
from philosophy_studio.domain.model import Language, WorkshopInfo
from philosophy_studio.domain.text import SHORT_TEXT_LIMIT, clean_text
from philosophy_studio.services.interchange import export_json, import_json
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

SPECIAL = st.sampled_from(
    [
        "\x00",
        "\ud800",
        "\udfff",
        "\u202e",
        "\u202d",
        "\u2066",
        "\u200f",
        "\ufeff",
        "\r\n",
        "\t",
        "<script>alert(1)</script>",
        '=HYPERLINK("x")',
        "S&P 500",
        "İıŞşĞğÇçÖöÜü",
        "😀👍🏽",
        "مرحبا",
        "שלום",
    ]
)
ANY_TEXT = st.lists(
    st.one_of(st.text(st.characters(codec=None, exclude_categories=())), SPECIAL), max_size=12
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vision=ANY_TEXT, name=ANY_TEXT)
def test_hostile_text_round_trips(vision: str, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "h.pstudio"
        service = WorkshopService.create(
            path, new_workshop(WorkshopInfo(team_name="H", language=Language.TURKISH))
        )
        service.execute(SetVisionText(service.load().chosen_vision.id, vision))
        service.execute(SetWorkshopField(WorkshopField.VALUE_SET_NAME, name))
        stored = service.load()
        service.close()
        assert stored.chosen_vision.text == clean_text(vision)
        assert stored.value_set_name == clean_text(name, SHORT_TEXT_LIMIT, single_line=True)

        exported = export_json(path, Path(folder) / "h.json")
        assert from_document(json.loads(exported)).chosen_vision.text == stored.chosen_vision.text
        copy = import_json(Path(folder) / "h.json", Path(folder) / "copy.pstudio")
        again = copy.load()
        copy.close()
        assert again.chosen_vision.text == stored.chosen_vision.text
        assert again.value_set_name == stored.value_set_name


def test_a_hundred_thousand_characters_are_capped_as_documented(tmp_path: Path) -> None:
    service = WorkshopService.create(
        tmp_path / "long.pstudio", new_workshop(WorkshopInfo(team_name="L", language=Language.ENGLISH))
    )
    service.execute(SetVisionText(service.load().chosen_vision.id, "ş" * 100_000))
    assert service.load().chosen_vision.text == "ş" * 50_000
    service.close()
