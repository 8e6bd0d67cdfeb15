"""Random and hostile text (control characters, NUL, lone surrogates, bidi overrides,
formulas, markup, emoji, right-to-left text, very long words) is stored, exported and
imported again without a crash and without any change beyond the documented
normalisation (domain/text.py): as JSON; survey answers as CSV and XLSX (no cell a
spreadsheet would run as a formula, imported back unchanged); value names, meanings and
the vision in the charter as HTML (escaped: no element or attribute of the user's),
Markdown (escaped; both with typographic quotes) and PDF (a real reader reads every
field's boundaries back; the poster stays one page)."""

import csv
import dataclasses
import io
import json
import re
import shutil
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from philosophy_studio.domain.commands import SetVisionText, SetWorkshopField, WorkshopField
from philosophy_studio.domain.interchange import from_document
from philosophy_studio.domain.model import AnswerSource, Language, ValueCard, Workshop, WorkshopInfo
from philosophy_studio.domain.spreadsheet import CELL_STARTS, FORMULA_STARTS, from_formula_safe
from philosophy_studio.domain.text import SHORT_TEXT_LIMIT, clean_text
from philosophy_studio.domain.value_commands import AddValueCard, SetChosenValues
from philosophy_studio.export.answers import export_answers
from philosophy_studio.export.typography import typographic
from philosophy_studio.services.charter import CharterFormat, build_charter
from philosophy_studio.services.interchange import export_json, import_json
from philosophy_studio.services.survey import EmptyAnswerError, import_file, normalise_answer, submit_answer
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


# --- the other exports --------------------------------------------------------------------

# Beyond SPECIAL: what spreadsheets, Markdown and HTML would take for instructions, and
# a word far wider than a page.
EXPORT_SPECIAL = st.sampled_from(
    [
        '=HYPERLINK("http://evil.example","click")',
        "+SUM(A1:A9)",
        "-1+2",
        "@cmd",
        "'=1+2",
        "- be kind",
        "<img src=x onerror=alert(1)>",
        '"><b x="',
        "&amp; &lt;",
        "[link](javascript:alert(1))",
        "**bold** _it_ `code`",
        "# heading\n> quote\n1. list",
        "| a | b |\n|---|",
        "\\",
        "\ufffe\uffff",
        "\u2028\u2029",
        "ğ" * 2500,
    ]
)
EXPORT_TEXT = st.lists(
    st.one_of(
        st.text(st.characters(codec=None, exclude_categories=()), max_size=20), SPECIAL, EXPORT_SPECIAL
    ),
    max_size=6,
).map("".join)
# Words that mark where each field begins and ends in the exports.
MARKS = ("ZQXA", "ZQXB", "ZQXN", "ZQXD", "ZQXE")


@pytest.fixture(scope="module")
def blank_workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workshop with the survey open, copied for every example (faster than
    creating one, which runs the migrations)."""
    path = tmp_path_factory.mktemp("hostile") / "blank.pstudio"
    service = WorkshopService.create(
        path, new_workshop(WorkshopInfo(team_name="Ekip", language=Language.TURKISH))
    )
    service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    service.close()
    return path


def squeeze(text: str) -> str:
    """What must survive layout: every character but white space, in order."""
    return re.sub(r"\s+", "", text)


def hostile_workshop(  # noqa: PLR0917 - the four hostile texts
    blank: Path, folder: Path, answers: list[str], name: str, meaning: str, vision: str
) -> Workshop:
    path = folder / "h.pstudio"
    shutil.copy(blank, path)
    service = WorkshopService.open(path)
    try:
        for text in [*answers, "Güler yüz ve sabır"]:
            try:
                submit_answer(service, text, AnswerSource.LAN)
            except EmptyAnswerError:
                assert not normalise_answer(text)
        added = service.execute(
            AddValueCard(ValueCard(id=0, name=f"ZQXN {name}", description=f"ZQXD {meaning} ZQXE"), 0)
        )
        service.execute(SetChosenValues((added.inverse.card_id,)))
        draft = service.load().chosen_vision
        assert draft is not None
        service.execute(SetVisionText(draft.id, f"ZQXA {vision} ZQXB"))
        return service.load()
    finally:
        service.close()


def reimported(blank: Path, folder: Path, exported: Path) -> list[str]:
    """The answers of ``exported`` imported into a fresh workshop, as the command line's
    import-survey does."""
    target = folder / f"again-{exported.suffix[1:]}.pstudio"
    shutil.copy(blank, target)
    import_file(target, exported, column="1")
    service = WorkshopService.open(target)
    try:
        return [answer.text for answer in service.load().answers]
    finally:
        service.close()


def check_answer_exports(workshop: Workshop, blank: Path, folder: Path) -> None:
    stored = sorted(answer.text for answer in workshop.answers)
    csv_path = folder / "answers.csv"
    assert export_answers(workshop, csv_path) == len(stored)
    rows = list(csv.reader(io.StringIO(csv_path.read_bytes().decode("utf-8-sig"), newline="")))
    cells = [row[0] for row in rows[1:]]
    # No cell a spreadsheet would run, whichever delimiter it splits the lines at, and
    # every answer readable as it was stored.
    assert not any(
        part.startswith(FORMULA_STARTS) for cell in cells for d in CELL_STARTS for part in cell.split(d)
    )
    assert sorted(from_formula_safe(cell) for cell in cells) == stored
    # Imported again: the same answers, each row one respondent.
    assert sorted(reimported(blank, folder, csv_path)) == stored

    xlsx_path = folder / "answers.xlsx"
    export_answers(workshop, xlsx_path)
    sheet = openpyxl.load_workbook(xlsx_path).active
    # Text cells, which no spreadsheet runs, holding each answer as it was.
    assert {row[0].data_type for row in sheet.iter_rows(min_row=2)} == {"s"}
    # XML cannot carry U+FFFE and U+FFFF (documented in export/answers.py).
    in_xml = sorted(text.replace("\ufffe", "\ufffd").replace("\uffff", "\ufffd") for text in stored)
    assert sorted(reimported(blank, folder, xlsx_path)) == in_xml


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[tuple[str, tuple[str, ...]]] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "br":  # the writer's own, one per line break of the user's
            self.tags.add((tag, tuple(sorted(name for name, _value in attrs))))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def check_charter_html_and_markdown(workshop: Workshop, fields: list[str]) -> None:
    card, draft = workshop.value_cards[0], workshop.chosen_vision
    assert draft is not None
    plain = dataclasses.replace(
        workshop,
        value_cards=(dataclasses.replace(card, name="N", description="D"),),
        vision_drafts=(dataclasses.replace(draft, text="V"),),
    )
    page = parsed(build_charter(workshop, fmt=CharterFormat.HTML).data.decode("utf-8"))
    # Escaped: the user's text added no element and no attribute to the page...
    assert page.tags == parsed(build_charter(plain, fmt=CharterFormat.HTML).data.decode("utf-8")).tags
    # ...and reads as typed, set with typographic quotes.
    text = squeeze("".join(page.text))
    for field in fields:
        assert squeeze(typographic(field)) in text

    markdown = build_charter(workshop, fmt=CharterFormat.MARKDOWN).data.decode("utf-8")
    # Every <, [ and ` of the user's is escaped (the writer's own <br> aside).
    bare = re.sub(r"\\.", "", markdown, flags=re.DOTALL).replace("<br>", "")
    assert not re.search(r"[<\[`&]", bare)
    unquoted = re.sub(r"^> ", "", markdown, flags=re.MULTILINE)
    readable = squeeze(re.sub(r"\\(.)", r"\1", unquoted, flags=re.DOTALL))
    for field in fields:
        assert squeeze(typographic(field)) in readable


def check_charter_pdf(workshop: Workshop) -> None:
    result = build_charter(workshop)
    reader = PdfReader(io.BytesIO(result.data))
    assert len(reader.pages) == result.pages >= 1
    text = squeeze("".join(page.extract_text() for page in reader.pages))
    for mark in MARKS:
        assert mark in text, mark
    poster = build_charter(workshop, poster=True)
    assert len(PdfReader(io.BytesIO(poster.data)).pages) == poster.pages == 1


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=st.lists(EXPORT_TEXT, max_size=4), name=EXPORT_TEXT, meaning=EXPORT_TEXT, vision=EXPORT_TEXT)
@example(
    answers=["=1+2", "'=1+2", "- be kind", "=1+2"], name="=cmd|' /C calc'!A0", meaning="", vision="ğ" * 20_000
)
def test_hostile_text_survives_the_spreadsheet_html_markdown_and_pdf_exports(
    blank_workshop: Path, answers: list[str], name: str, meaning: str, vision: str
) -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        workshop = hostile_workshop(blank_workshop, folder, answers, name, meaning, vision)
        card, draft = workshop.value_cards[0], workshop.chosen_vision
        assert draft is not None
        assert card.name == clean_text(f"ZQXN {name}", SHORT_TEXT_LIMIT, single_line=True)
        assert draft.text == clean_text(f"ZQXA {vision} ZQXB")
        check_answer_exports(workshop, blank_workshop, folder)
        check_charter_html_and_markdown(workshop, [card.name, card.description.strip(), draft.text.strip()])
        check_charter_pdf(workshop)
