"""The check-in report in the workshop's accent colour with its logo, and the poster
with the logo too: the colours read back from the pages' drawing operators, the logo
counted among the pages' images (pypdf)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from tests_support import ROOT

from philosophy_studio.domain.cover import check_logo
from philosophy_studio.domain.model import Language, Workshop
from philosophy_studio.export.charter_content import charter_content
from philosophy_studio.export.charter_pdf import ACCENT, Paper, build_poster_pdf, palette
from philosophy_studio.export.checkin_report import build_checkin_report_pdf
from philosophy_studio.services.checkins import checkin_report
from philosophy_studio.services.interchange import demo_workshop

FIXTURES = ROOT / "tests" / "fixtures" / "cover"
LOGO = check_logo((FIXTURES / "logo.png").read_bytes())


def _wide_logo() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (2000, 60), (200, 40, 40)).save(output, "JPEG")
    return output.getvalue()


# A banner of a logo: fitted by its width, it must still stand beside the heading.
WIDE_LOGO = check_logo(_wide_logo())
RED = "#c0392b"


def dressed(language: Language, accent: str = RED, logo=LOGO) -> Workshop:  # type: ignore[no-untyped-def]
    return dataclasses.replace(demo_workshop(language), accent_colour=accent, logo=logo)


def report_pdf(workshop: Workshop, paper: Paper = Paper.A4) -> bytes:
    return build_checkin_report_pdf(checkin_report(workshop, today=dt.date(2026, 12, 7)), paper).data


def drawing(data: bytes) -> str:
    """Every page's drawing operators, decompressed."""
    return "\n".join(
        page.get_contents().get_data().decode("latin-1") for page in PdfReader(io.BytesIO(data)).pages
    )


def fill(hex_colour: str) -> str:
    return f"{fp_str(*colors.HexColor(hex_colour).rgb())} rg"


def images_per_page(data: bytes) -> list[int]:
    return [len(page.images) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("language", list(Language))
def test_the_report_takes_the_workshops_accent(language: Language) -> None:
    ink = palette(RED).ink
    assert ink != ACCENT
    accented = drawing(report_pdf(dressed(language)))
    plain = drawing(report_pdf(dressed(language, accent="", logo=None)))
    # Headings, table heads and the trend lines: the accent's ink, never the charter's teal.
    assert fill(ink) in accented and fill(ACCENT) not in accented
    assert f"{fp_str(*colors.HexColor(ink).rgb())} RG" in accented
    assert fill(palette(RED).tint) in accented
    assert fill(ACCENT) in plain and fill(ink) not in plain


def test_the_service_hands_the_report_the_workshops_cover() -> None:
    report = checkin_report(dressed(Language.ENGLISH), today=dt.date(2026, 12, 7))
    assert (report.accent, report.logo) == (RED, LOGO)


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("language", list(Language))
def test_the_report_shows_the_logo_on_its_first_page(language: Language, paper: Paper) -> None:
    with_logo = report_pdf(dressed(language), paper)
    without = report_pdf(dressed(language, logo=None), paper)
    assert images_per_page(with_logo) == [1] + [0] * (len(images_per_page(with_logo)) - 1)
    assert set(images_per_page(without)) == {0}
    # Beside the heading, the logo takes no page of its own.
    assert len(images_per_page(with_logo)) == len(images_per_page(without))


@pytest.mark.parametrize("paper", list(Paper))
@pytest.mark.parametrize("logo", [LOGO, WIDE_LOGO])
@pytest.mark.parametrize("language", list(Language))
def test_the_poster_shows_the_logo(language: Language, logo, paper: Paper) -> None:  # type: ignore[no-untyped-def]
    poster = build_poster_pdf(charter_content(dressed(language, logo=logo)), paper)
    assert poster.pages == 1
    assert images_per_page(poster.data) == [1]
    plain = build_poster_pdf(charter_content(dressed(language, logo=None)), paper)
    assert images_per_page(plain.data) == [0]


def test_a_poster_without_a_vision_puts_the_values_beside_the_logo() -> None:
    workshop = dressed(Language.ENGLISH)
    workshop = dataclasses.replace(workshop, chosen_vision_id=None)
    content = charter_content(workshop)
    assert not content.vision
    poster = build_poster_pdf(content)
    assert (poster.pages, images_per_page(poster.data)) == (1, [1])
