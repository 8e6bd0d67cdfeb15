"""The HTML charter printed from a browser (headless Chromium, when it is installed):
no heading left alone at the foot of a page, no table row split across two pages."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from philosophy_studio.domain.model import Language
from philosophy_studio.export.charter_content import CharterContent, charter_content
from philosophy_studio.export.charter_html import build_charter_html
from philosophy_studio.services.interchange import demo_workshop


def squeezed(text: str) -> str:
    # NFKC: the PDF's text has ligatures (ﬁ) where the charter has two letters.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def headings(content: CharterContent) -> set[str]:
    texts = content.texts
    found = {texts.vision, content.values_title, texts.metrics, texts.personas, texts.approach}
    found |= {texts.leaders, texts.sharing, texts.commitment, *texts.questions.values()}
    found |= set(texts.behaviour_kinds.values())
    found |= {f"{value.rank}. {value.name}" for value in content.values}
    found |= {persona.name for persona in content.personas} | {name for name, _ in content.leaders}
    # A persona's customer type reads as part of the heading above it.
    found |= {persona.kind for persona in content.personas}
    return {squeezed(heading) for heading in found if heading}


def rows(content: CharterContent) -> list[tuple[str, ...]]:
    metrics = [(m.name, m.method, m.target, m.frequency) for v in content.values for m in v.metrics]
    return [*metrics, *content.sharing]


def print_with_chromium(chromium: str, html: str, folder: Path, paper: str) -> list[str]:
    page = folder / f"charter-{paper}.html"
    # The paper a user picks in the print dialog; headless Chromium takes it from CSS.
    page.write_text(html.replace("</style>", f"@page {{ size: {paper}; }}</style>"), encoding="utf-8")
    pdf = folder / f"charter-{paper}.pdf"
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return [page.extract_text() or "" for page in PdfReader(pdf).pages]


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("paper", ["A4", "letter"])
def test_printed_from_a_browser_headings_stay_with_their_text_and_rows_stay_whole(
    chromium: str, tmp_path: Path, language: Language, paper: str
) -> None:
    content = charter_content(demo_workshop(language))
    pages = print_with_chromium(chromium, build_charter_html(content), tmp_path, paper)
    assert len(pages) > 2
    heads = headings(content)
    # A value's meaning reads as part of its heading too.
    meanings = [squeezed(value.meaning) for value in content.values if value.meaning]
    for number, text in enumerate(pages[:-1], 1):
        last = [line for line in text.splitlines() if line.strip()][-1]
        assert squeezed(last) not in heads, f"page {number} ends with the heading {last!r}"
        assert not any(meaning.endswith(squeezed(last)) for meaning in meanings), (
            f"page {number} ends with a value's meaning {last!r}"
        )
    flat = [squeezed(text) for text in pages]
    for row in rows(content):
        # The row's longest cell (its description) begins and ends on one page.
        cell = squeezed(max(row, key=len))
        start, end = cell[:16], cell[-16:]
        assert any(start in text and end in text for text in flat), f"the row {row[0]!r} is split"
