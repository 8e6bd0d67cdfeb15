"""How the printed charter's pages are filled: parts and value sections follow on from
each other, so no page is left half empty, and no heading is left alone at the foot
of a page. Read back from the PDF with the position of each line (pypdf)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from philosophy_studio.domain.model import Language
from philosophy_studio.export.charter_content import CharterContent, charter_content
from philosophy_studio.export.charter_pdf import MM
from philosophy_studio.services.charter import Paper, build_charter
from philosophy_studio.services.interchange import demo_workshop

# The body frame's edges (charter_pdf: _BOTTOM and _TOP), with a little slack.
BOTTOM = 24 * MM - 5
TOP = 26 * MM - 5


def body_lines(data: bytes) -> list[tuple[float, list[tuple[float, str]]]]:
    """Per page: the body's height and its lines of text as (height above the
    bottom margin, text), header and footer left out."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        height = float(page.mediabox.height)
        found: list[tuple[float, str]] = []
        page.extract_text(
            visitor_text=lambda text, cm, tm, _font, _size, found=found: found.append(
                (tm[5] * cm[3] + cm[5], text.strip())
            )
        )
        lines = [(y - BOTTOM, text) for y, text in found if text and BOTTOM < y < height - TOP]
        pages.append((height - TOP - BOTTOM, lines))
    return pages


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def headings(content: CharterContent) -> set[str]:
    texts = content.texts
    found = {texts.vision, content.values_title, texts.values_in_practice, texts.metrics, texts.behaviours}
    found |= {texts.personas, texts.approach, texts.leaders, texts.sharing, *texts.questions.values()}
    found |= {value.name for value in content.values} | {name for name, _ in content.leaders}
    found |= {persona.name for persona in content.personas} | {content.approach}
    return {squeezed(heading) for heading in found if heading}


CASES = [(language, paper) for language in Language for paper in Paper]


@pytest.mark.parametrize(("language", "paper"), CASES)
def test_pages_are_filled_before_the_sign_off(language: Language, paper: Paper) -> None:
    pages = body_lines(build_charter(demo_workshop(language), paper=paper).data)
    # The cover, the page the charter's text ends on and the sign-off page may be short.
    for number, (height, lines) in enumerate(pages[1:-2], 2):
        lowest = min(y for y, _text in lines)
        assert lowest < 0.3 * height, f"page {number} is {lowest / height:.0%} empty at its foot"


@pytest.mark.parametrize(("language", "paper"), CASES)
def test_no_heading_ends_a_page(language: Language, paper: Paper) -> None:
    workshop = demo_workshop(language)
    heads = headings(charter_content(workshop))
    pages = body_lines(build_charter(workshop, paper=paper).data)
    for number, (_height, lines) in enumerate(pages[1:-1], 2):
        lowest = min(lines)[1]
        # A value's title is printed after its mark: "S · Samimiyet".
        last = squeezed(lowest.split("·")[-1])
        assert last not in heads, f"page {number} ends with the heading {lowest!r}"


@pytest.mark.parametrize("language", list(Language))
def test_the_sign_off_has_a_page_of_its_own(language: Language) -> None:
    workshop = demo_workshop(language)
    content = charter_content(workshop)
    pages = body_lines(build_charter(workshop).data)
    first_line = max(pages[-1][1])[1]
    assert squeezed(first_line) == squeezed(content.texts.commitment)
    before = "".join(text for _y, text in pages[-2][1])
    assert squeezed(content.texts.commitment) not in squeezed(before)
