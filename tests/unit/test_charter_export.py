"""The charter exports, read back with a real PDF reader (pypdf)."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader

from philosophy_studio.domain.model import (
    Behaviour,
    BehaviourKind,
    GuidelineQuestion,
    Language,
    Metric,
    SharingChannel,
    SharingItem,
    ValueCard,
    VisionDraft,
    Workshop,
    WorkshopInfo,
)
from philosophy_studio.export.charter_content import (
    HEADLINE_LIMIT,
    MIN_SIGNATURE_ROWS,
    charter_content,
    one_line,
)
from philosophy_studio.export.charter_texts import charter_texts
from philosophy_studio.export.markup import PLACEHOLDER
from philosophy_studio.export.typography import typographic
from philosophy_studio.services.charter import CharterFormat, Paper, build_charter
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import new_workshop

A4 = (595, 842)
LETTER = (612, 792)


def squeeze(text: str) -> str:
    """Line breaks and wrapping differ between what was typed and what a PDF reader
    extracts; what must match is every other character, in order."""
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes, running: tuple[str, str] | None = None) -> str:
    """The document's text; with ``running`` (team shown in the header, charter title),
    each page's header and footer are dropped so that text running across pages reads
    on."""
    reader = PdfReader(io.BytesIO(data))
    pages = [squeeze(page.extract_text()) for page in reader.pages]
    if running is not None:
        team, title = (re.escape(squeeze(part)) for part in running)
        furniture = re.compile(rf"{team}{title}(Sayfa\d+/\d+|Page\d+of\d+)$")
        pages = [furniture.sub("", page) for page in pages]
    return "".join(pages)


def user_fields(workshop: Workshop) -> list[str]:
    fields = [workshop.info.team_name, workshop.info.organisation, workshop.value_set_name]
    vision = workshop.chosen_vision
    if vision is not None:
        fields.append(vision.text)
    for card in workshop.chosen_values:
        fields += [card.name, card.description, card.leader_commitment]
        fields += [card.guidelines.get(q, "") for q in GuidelineQuestion]
        for metric in card.metrics:
            fields += [metric.name, metric.method, metric.target, metric.frequency]
        fields += [b.text for b in card.behaviours]
    for persona in workshop.personas:
        fields += [persona.name, persona.description, persona.first_response]
    fields.append(workshop.approach_notes)
    for item in workshop.sharing_plan:
        fields += [item.what, item.who, item.when]
    # Printed with typographic quotes, as a typesetter would.
    return [typographic(field) for field in fields if field.strip()]


def embedded_fonts(data: bytes) -> dict[str, bool]:
    reader = PdfReader(io.BytesIO(data))
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return fonts


def hostile_workshop() -> Workshop:
    demo = demo_workshop(Language.TURKISH)
    word = "Ş" + "ğ" * 19_998 + "İ"
    vision_text = ("İyi hizmet, S&P <b>kalın</b> değil; 0.1 <A \"tırnak\" 'tek'. " * 900)[:50_000]
    values = tuple(
        ValueCard(
            id=1000 + number,
            name=f"Değer {number} S&P <b>",
            description=f"Anlamı {number}: ıİşŞğĞ 😀 \U0001f680 مرحبا שלום",
            selected_rank=number,
            guidelines={GuidelineQuestion.MEANING: word if number == 1 else f"Cevap {number} <i>x</i> & y"},
            metrics=(Metric(id=number, name=word if number == 2 else "CSAT <b>", target="≥ 4,5 & <5"),),
            behaviours=(Behaviour(id=number, kind=BehaviourKind.DO, text="Yaparız <script>"),),
            leader_commitment='Liderler "örnek" olur & anlatır',
        )
        for number in range(1, 101)
    )
    return dataclasses.replace(
        demo,
        info=dataclasses.replace(demo.info, team_name='Ekip <b>S&P</b> "İç" \U0001f680'),
        value_set_name="S&P <5R>",
        value_cards=values,
        vision_drafts=(VisionDraft(id=1, text=vision_text),),
        chosen_vision_id=1,
        sharing_plan=(
            SharingItem(id=1, channel=SharingChannel.WEBSITE, what=word, who="<b>Biz</b>", when="0.1 <A"),
        ),
    )


@pytest.mark.parametrize("language", list(Language))
def test_demo_charter_holds_every_field_in_an_embedded_font(language: Language) -> None:
    workshop = demo_workshop(language)
    result = build_charter(workshop)
    reader = PdfReader(io.BytesIO(result.data))
    assert len(reader.pages) == result.pages > 3
    text = pdf_text(result.data, (workshop.info.team_name, charter_texts(language).title))
    for field in user_fields(workshop):
        assert squeeze(field) in text, field[:60]
    texts = charter_texts(language)
    for question in GuidelineQuestion:
        assert squeeze(texts.questions[question]) in text
    assert squeeze(texts.page_of(2, result.pages)) in pdf_text(result.data)
    fonts = embedded_fonts(result.data)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVu" in name or "Charter" in name for name in fonts), fonts
    assert not result.has_warnings


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, A4), (Paper.LETTER, LETTER)])
@pytest.mark.parametrize("poster", [False, True])
def test_page_size(paper: Paper, size: tuple[int, int], poster: bool) -> None:
    result = build_charter(demo_workshop(Language.ENGLISH), paper=paper, poster=poster)
    for page in PdfReader(io.BytesIO(result.data)).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


@pytest.mark.parametrize("language", list(Language))
def test_poster_is_one_page_with_vision_and_values(language: Language) -> None:
    workshop = demo_workshop(language)
    result = build_charter(workshop, poster=True)
    assert len(PdfReader(io.BytesIO(result.data)).pages) == 1
    text = pdf_text(result.data)
    assert workshop.chosen_vision is not None
    assert squeeze(typographic(workshop.chosen_vision.text)) in text
    for card in workshop.chosen_values:
        assert squeeze(typographic(card.name)) in text
        assert squeeze(typographic(card.description)) in text


def test_hostile_workshop_builds_and_keeps_the_text_exact() -> None:
    workshop = hostile_workshop()
    result = build_charter(workshop)
    header = "Ekip <b>S&P</b> “İç” " + PLACEHOLDER
    text = pdf_text(result.data, (header, charter_texts(Language.TURKISH).title))
    assert result.pages > 20
    assert squeeze("Ekip <b>S&P</b> “İç”") in text
    assert squeeze("S&P <5R>") in text
    assert squeeze(typographic(workshop.chosen_vision.text)) in text  # type: ignore[union-attr]
    assert squeeze("Ş" + "ğ" * 19_998 + "İ") in text
    assert squeeze("Değer 100 S&P <b>") in text
    assert squeeze("0.1 <A") in text
    assert squeeze("Yaparız <script>") in text
    # Drawn in typed order; pypdf reports right-to-left runs reversed.
    for rtl in ("مرحبا", "שלום"):
        assert rtl in text or rtl[::-1] in text
    # The rocket has no glyph in DejaVu Sans: replaced visibly and reported.
    assert "\U0001f680" not in text
    assert PLACEHOLDER in text
    assert dict(result.replaced)["\U0001f680"] >= 100
    assert result.right_to_left
    fonts = embedded_fonts(result.data)
    assert fonts and all(fonts.values())


def test_hostile_poster_still_one_page() -> None:
    result = build_charter(hostile_workshop(), poster=True)
    assert len(PdfReader(io.BytesIO(result.data)).pages) == 1
    assert squeeze("Değer 100 S&P <b>") in pdf_text(result.data)


def test_emoji_the_font_draws_are_in_the_text_layer(caplog: pytest.LogCaptureFixture) -> None:
    # Once: U+1F600 was drawn but written as "<01> <1F600>" in the ToUnicode map, no
    # UTF-16 value, so a reader ("Odd-length string") left it out of the text.
    vision = "Müşteriler 😀 ve 😊 ile ayrılsın; 😎 bir de"
    workshop = new_workshop(WorkshopInfo(team_name="Ekip 😀", language=Language.TURKISH))
    workshop = dataclasses.replace(workshop, vision_drafts=(VisionDraft(id=1, text=vision),))
    for poster in (False, True):
        result = build_charter(workshop, poster=poster)
        assert result.replaced == ()
        text = pdf_text(result.data)
        assert squeeze(vision) in text
        assert squeeze("Ekip 😀") in text
    assert "Odd-length" not in caplog.text


def test_empty_workshop_gives_a_valid_charter() -> None:
    workshop = new_workshop(WorkshopInfo(team_name="Boş Ekip", language=Language.TURKISH))
    for poster in (False, True):
        result = build_charter(workshop, poster=poster)
        reader = PdfReader(io.BytesIO(result.data))
        assert len(reader.pages) >= 1
        assert squeeze("Boş Ekip") in pdf_text(result.data)
    text = pdf_text(build_charter(workshop).data)
    assert squeeze(charter_texts(Language.TURKISH).commitment) in text


def test_html_is_self_contained_and_escaped() -> None:
    workshop = hostile_workshop()
    page = build_charter(workshop, fmt=CharterFormat.HTML).data.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="tr">' in page
    assert "Ekip &lt;b&gt;S&amp;P&lt;/b&gt; “İç” \U0001f680" in page
    assert "<script>" not in page and "Yaparız &lt;script&gt;" in page
    assert "<b>Biz</b>" not in page
    assert not re.search(r"""(src|href)\s*=|@import|url\(""", page)


def test_html_holds_every_demo_field() -> None:
    import html

    workshop = demo_workshop(Language.ENGLISH)
    page = build_charter(workshop, fmt=CharterFormat.HTML).data.decode("utf-8")
    flat = squeeze(html.unescape(re.sub(r"<[^>]+>", "", page)))
    for field in user_fields(workshop):
        assert squeeze(field) in flat, field[:60]


def test_markdown_escapes_formatting() -> None:
    workshop = hostile_workshop()
    markdown = build_charter(workshop, fmt=CharterFormat.MARKDOWN).data.decode("utf-8")
    assert "Ekip \\<b\\>S\\&P\\</b\\>" in markdown
    assert "<script>" not in markdown
    assert markdown.startswith("# Müşteri hizmetleri felsefemiz\n")


def test_markdown_holds_every_demo_field() -> None:
    workshop = demo_workshop(Language.TURKISH)
    markdown = build_charter(workshop, fmt=CharterFormat.MARKDOWN).data.decode("utf-8")
    unescaped = squeeze(re.sub(r"\\(.)", r"\1", markdown).replace("<br>", ""))
    for field in user_fields(workshop):
        assert squeeze(field) in unescaped, field[:60]


@pytest.mark.parametrize("meaning", ["Dinleriz ve anlarız. " * 400, "ğ" * 15_000])
def test_a_meaning_longer_than_a_page_ends_the_values_without_hanging(meaning: str) -> None:
    # A value with only its meaning, so the meaning is the last thing before the
    # signatures' page break: reportlab used to push it to the next page for ever.
    import threading

    workshop = dataclasses.replace(
        new_workshop(WorkshopInfo(team_name="Ekip", language=Language.TURKISH)),
        value_cards=(ValueCard(id=1, name="Sabır", description=meaning, selected_rank=1),),
    )
    built: list[bytes] = []
    worker = threading.Thread(target=lambda: built.append(build_charter(workshop).data), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert built, "the PDF build did not finish"
    assert squeeze(meaning) in pdf_text(built[0], ("Ekip", charter_texts(Language.TURKISH).title))


@pytest.mark.parametrize("language", list(Language))
def test_poster_shows_a_meaning_for_every_value_even_without_a_description(language: Language) -> None:
    demo = demo_workshop(language)
    chosen = demo.chosen_values
    # The first value keeps its description; the others only have their answers.
    cards = tuple(
        card
        if card.selected_rank in (None, chosen[0].selected_rank)
        else dataclasses.replace(card, description="")
        for card in demo.value_cards
    )
    text = pdf_text(build_charter(dataclasses.replace(demo, value_cards=cards), poster=True).data)
    assert squeeze(typographic(chosen[0].description)) in text
    assert squeeze(typographic(chosen[0].guidelines[GuidelineQuestion.MEANING])) not in text
    for card in chosen[1:]:
        answer = card.guidelines[GuidelineQuestion.MEANING]
        first = one_line(answer)
        assert len(first) < len(answer)
        assert squeeze(typographic(first)) in text
        assert squeeze(typographic(answer)) not in text


def test_one_line_keeps_the_first_sentence_or_cuts_at_a_word() -> None:
    assert one_line("Kısa ve net.\nİkinci satır.") == "Kısa ve net."
    long_first = "Abone A.Ş. ile " + "uzun bir cümle " * 8 + "biter. Sonra gelen " + "söz " * 40
    assert one_line(long_first).endswith("biter.")
    assert "A.Ş. ile" in one_line(long_first)
    words = one_line("kelime " * 100)
    assert words.endswith("kelime…") and len(words) <= HEADLINE_LIMIT
    assert len(one_line("ğ" * 20_000)) == HEADLINE_LIMIT


def signature_page(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return squeeze(pages[-1].extract_text())


@pytest.mark.parametrize("language", list(Language))
def test_the_last_page_is_a_sign_off_with_a_row_per_person(language: Language) -> None:
    workshop = demo_workshop(language)
    texts = charter_texts(language)
    content = charter_content(workshop)
    owners = {item.who for item in workshop.sharing_plan}
    assert content.signature_rows[0] == (workshop.info.facilitator, texts.facilitator_role)
    assert {role for _name, role in content.signature_rows[1:]} == owners | {""}
    assert len(content.signature_rows) >= max(MIN_SIGNATURE_ROWS, 1 + len(owners) + 1)
    for data in (build_charter(workshop).data, build_charter(workshop, paper=Paper.LETTER).data):
        page = signature_page(data)
        assert squeeze(texts.commitment) in page
        assert squeeze("".join(texts.signature_columns)) in page
        assert squeeze(workshop.info.facilitator + texts.facilitator_role) in page
        for owner in owners:
            assert squeeze(owner) in page
    html = build_charter(workshop, fmt=CharterFormat.HTML).data.decode("utf-8")
    sign_off = html[html.index('class="signatures"') :]
    assert sign_off.count("<tr>") == len(content.signature_rows) + 1
    markdown = build_charter(workshop, fmt=CharterFormat.MARKDOWN).data.decode("utf-8")
    table = markdown[markdown.index("| " + texts.signature_columns[0]) :].splitlines()
    assert len([line for line in table if line.startswith("|")]) == len(content.signature_rows) + 2


def test_a_sign_off_has_eight_rows_at_least_and_more_when_more_people_are_named() -> None:
    empty = new_workshop(WorkshopInfo(team_name="Ekip", language=Language.TURKISH))
    assert len(charter_content(empty).signature_rows) == MIN_SIGNATURE_ROWS
    many = dataclasses.replace(
        empty,
        info=dataclasses.replace(empty.info, facilitator="Elif"),
        sharing_plan=tuple(
            SharingItem(id=n, channel=SharingChannel.OTHER, what="x", who=f"Sorumlu {n}") for n in range(12)
        ),
    )
    rows = charter_content(many).signature_rows
    assert len(rows) > 13
    result = build_charter(many)
    text = pdf_text(result.data)
    for n in range(12):
        assert squeeze(f"Sorumlu {n}") in text


TYPED = (
    "We don't say \"no problem\"; Ankara'da 'tek' söz. Write to o'brien@example.com "
    "or see https://example.com/?q='a'&b=1 and www.example.com/it's"
)
PRINTED = (
    "We don’t say “no problem”; Ankara’da ‘tek’ söz. Write to o'brien@example.com "
    "or see https://example.com/?q='a'&b=1 and www.example.com/it's"
)


def test_typographic_quotes_leave_addresses_and_links_as_typed() -> None:
    assert typographic(TYPED) == PRINTED
    assert typographic("in the '90s, (\"iç\") 'x'") == "in the ’90s, (“iç”) ‘x’"


@pytest.mark.parametrize("language", list(Language))
def test_the_charter_prints_typographic_quotes_and_keeps_what_was_typed(language: Language) -> None:
    demo = demo_workshop(language)
    card = dataclasses.replace(demo.chosen_values[0], description=TYPED)
    workshop = dataclasses.replace(
        demo,
        info=dataclasses.replace(demo.info, team_name='Team\'s "best"'),
        value_cards=tuple(card if c.id == card.id else c for c in demo.value_cards),
    )
    outputs = {
        "pdf": pdf_text(build_charter(workshop).data),
        "poster": pdf_text(build_charter(workshop, poster=True).data),
        "html": squeeze(build_charter(workshop, fmt=CharterFormat.HTML).data.decode("utf-8")),
        "md": squeeze(build_charter(workshop, fmt=CharterFormat.MARKDOWN).data.decode("utf-8")),
    }
    for name, text in outputs.items():
        assert "Team’s“best”" in text, name
        # Outside addresses and links, no straight quote is left: the team's or the app's.
        bare = re.sub(r"o'brien@example\.com|https://\S+?'a'|www\.example\.com/it's", "", text)
        if name != "html":  # HTML's own markup has attribute quotes
            assert '"' not in bare and "'" not in bare, name
    assert squeeze("We don’t say “no problem”; Ankara’da ‘tek’ söz.") in outputs["pdf"]
    assert squeeze("o'brien@example.com") in outputs["pdf"]
    assert card.description == TYPED  # the workshop itself is not changed


@pytest.mark.parametrize("language", list(Language))
def test_the_charters_own_words_use_typographic_quotes(language: Language) -> None:
    texts = charter_texts(language)
    words = [value for value in vars(texts).values() if isinstance(value, str)]
    for value in vars(texts).values():
        if isinstance(value, dict):
            words += value.values()
        elif isinstance(value, tuple):
            words += value
    assert words
    assert not [word for word in words if "'" in word or '"' in word]
