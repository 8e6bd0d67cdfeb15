"""The charter's cover: a logo checked before anything decodes it (hostile files
refused with their reason), the accent colour and its contrast, the edits and their
undo on both backends, the interchange, the PDF and HTML that show them, and the
command line's set-logo."""

import base64
import dataclasses
import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from tests_support import DEMO_DIR, ROOT, assert_exact_undo

from philosophy_studio.cli import main
from philosophy_studio.domain.cover import (
    MAX_LOGO_BYTES,
    WHITE,
    AccentColourError,
    DamagedPictureError,
    Logo,
    LogoTooLargeError,
    NotAPictureError,
    PictureTooManyPixelsError,
    UnsupportedPictureError,
    accent_colour,
    check_logo,
    contrast,
    on_paper,
    text_on,
)
from philosophy_studio.domain.cover_commands import SetAccentColour, SetLogo
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.interchange import InterchangeFormatError, from_document, to_document
from philosophy_studio.domain.model import Language
from philosophy_studio.export.charter_content import charter_content
from philosophy_studio.export.charter_html import build_charter_html
from philosophy_studio.export.charter_pdf import build_charter_pdf, build_poster_pdf, palette
from philosophy_studio.services.cover import read_logo
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService

FIXTURES = ROOT / "tests" / "fixtures" / "cover"
PNG_BYTES = (FIXTURES / "logo.png").read_bytes()
JPEG_BYTES = (FIXTURES / "logo.jpg").read_bytes()


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int, height: int, raw: bytes, *, colour: int = 0, interlace: int = 0) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, interlace)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def picture(kind: str, size: tuple[int, int] = (300, 80)) -> bytes:
    image = Image.new("RGB", size, (200, 40, 40))
    output = io.BytesIO()
    image.save(output, kind)
    return output.getvalue()


# --- the check ------------------------------------------------------------------------


def test_whole_pngs_and_jpegs_are_taken_as_they_are() -> None:
    assert check_logo(PNG_BYTES) == Logo("image/png", PNG_BYTES, 160, 160)
    assert check_logo(JPEG_BYTES) == Logo("image/jpeg", JPEG_BYTES, 160, 160)
    wide = picture("PNG", (1200, 90))
    assert (check_logo(wide).width, check_logo(wide).height) == (1200, 90)
    # A grey picture and an interlaced one, sized as Adam7's seven passes need.
    assert check_logo(png(7, 5, bytes(5 * 8))).width == 7
    passes = png(5, 3, bytes(_adam7_size(5, 3)), interlace=1)
    assert check_logo(passes).height == 3
    Image.open(io.BytesIO(passes)).load()  # Pillow agrees the data is whole


def _adam7_size(width: int, height: int) -> int:
    total = 0
    for x, y, dx, dy in (
        (0, 0, 8, 8),
        (4, 0, 8, 8),
        (0, 4, 4, 8),
        (2, 0, 4, 4),
        (0, 2, 2, 4),
        (1, 0, 2, 2),
        (0, 1, 1, 2),
    ):
        columns, rows = (width - x + dx - 1) // dx, (height - y + dy - 1) // dy
        if columns and rows:
            total += rows * (1 + columns)
    return total


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", NotAPictureError),
        (b"Merhaba, this is a text file renamed to logo.png\n" * 10, NotAPictureError),
        (b"%PDF-1.7\n", NotAPictureError),
        (PNG_BYTES[: len(PNG_BYTES) // 2], DamagedPictureError),  # cut short
        (PNG_BYTES[:-12], DamagedPictureError),  # no end chunk
        (PNG_BYTES[:40] + bytes([PNG_BYTES[40] ^ 0xFF]) + PNG_BYTES[41:], DamagedPictureError),
        (JPEG_BYTES[: len(JPEG_BYTES) // 2], DamagedPictureError),
        (JPEG_BYTES[:-2], DamagedPictureError),
        (b"\xff\xd8\xff" + b"\x00" * 50, DamagedPictureError),
        (png(4, 4, bytes(3)), DamagedPictureError),  # less image data than its size
        (png(4, 4, bytes(100)), DamagedPictureError),  # more
        (png(4, 4, bytes(4 * 5), colour=9), DamagedPictureError),
        (picture("GIF"), UnsupportedPictureError),
        (picture("BMP"), UnsupportedPictureError),
        (picture("WEBP"), UnsupportedPictureError),
        (picture("TIFF"), UnsupportedPictureError),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', UnsupportedPictureError),
    ],
)
def test_what_is_not_a_whole_png_or_jpeg_is_refused_with_its_reason(data: bytes, error: type) -> None:
    with pytest.raises(error):
        check_logo(data)


def test_a_decompression_bomb_is_refused_by_its_header() -> None:
    # 20,000 × 20,000 RGBA would inflate to 1.6 GB: a few kilobytes say so in the header.
    header = struct.pack(">IIBBBBB", 20_000, 20_000, 8, 6, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(1 << 20), 9))
    assert len(bomb) < 5_000
    with pytest.raises(PictureTooManyPixelsError, match="20000 × 20000"):
        check_logo(bomb)
    # A JPEG's frame header is read the same way.
    jpeg = bytearray(JPEG_BYTES)
    frame = jpeg.index(b"\xff\xc0")
    jpeg[frame + 5 : frame + 9] = struct.pack(">HH", 30_000, 30_000)
    with pytest.raises(PictureTooManyPixelsError):
        check_logo(bytes(jpeg))
    # A stream that inflates to far more than its honest header allows stops early.
    with pytest.raises(DamagedPictureError):
        check_logo(png(10, 10, bytes(50_000_000)))


def test_a_huge_file_is_refused_by_its_size(tmp_path: Path) -> None:
    with pytest.raises(LogoTooLargeError, match="2 MB"):
        check_logo(PNG_BYTES + bytes(MAX_LOGO_BYTES))
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:
        handle.write(PNG_BYTES)
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB, never read whole
    with pytest.raises(LogoTooLargeError, match=r"50\.0 MB"):
        read_logo(huge)
    assert read_logo(FIXTURES / "logo.png").data == PNG_BYTES


def test_accent_colours_are_checked_and_kept_legible() -> None:
    assert accent_colour(" #1F6FEB ") == "#1f6feb"
    assert accent_colour("") == ""
    for bad in ("red", "#12345", "#GGGGGG", "1f6feb", "#1f6feb<script>", "#1f6feb\n#000000"):
        with pytest.raises(AccentColourError):
            accent_colour(bad)
    assert text_on("#ffffff") != WHITE and text_on("#f5e663") != WHITE
    assert text_on("#000000") == WHITE and text_on("#1f6feb") == WHITE
    for accent in ("#ffffff", "#f5e663", "#aaffaa", "#1f6feb", "#000000"):
        assert contrast(on_paper(accent), WHITE) >= 4.5
        assert contrast(text_on(accent), accent) >= 3
    assert on_paper("#1f5f6b") == "#1f5f6b"  # a dark colour prints as chosen


# --- edits ----------------------------------------------------------------------------


@pytest.fixture
def service(workshop_location: str):
    created = WorkshopService.create(workshop_location, demo_workshop(Language.ENGLISH))
    yield created
    created.close()


def test_the_cover_is_edited_and_undone_exactly(service) -> None:
    assert_exact_undo(service, SetLogo(check_logo(PNG_BYTES), expected=None))
    assert service.load().logo.data == PNG_BYTES
    assert_exact_undo(service, SetLogo(check_logo(JPEG_BYTES)))
    assert_exact_undo(service, SetLogo(None))
    assert_exact_undo(service, SetAccentColour("#C0392B", expected=""))
    assert service.load().accent_colour == "#c0392b"
    assert_exact_undo(service, SetAccentColour(""))


def test_a_forged_logo_and_someone_elses_change_are_refused(service) -> None:
    with pytest.raises(NotAPictureError):
        service.execute(SetLogo(Logo("image/png", b"not a picture", 1, 1)))
    with pytest.raises(AccentColourError):
        service.execute(SetAccentColour("javascript:"))
    service.execute(SetLogo(check_logo(PNG_BYTES)))
    with pytest.raises(EditConflictError):
        service.execute(SetLogo(check_logo(JPEG_BYTES), expected=None))
    service.execute(SetAccentColour("#123456"))
    with pytest.raises(EditConflictError):
        service.execute(SetAccentColour("#654321", expected=""))
    assert service.load().logo.mime == "image/png"


# --- the interchange ------------------------------------------------------------------


def demo_document() -> dict:
    return json.loads((DEMO_DIR / "demo-en.json").read_text(encoding="utf-8"))


def test_the_cover_goes_through_the_interchange() -> None:
    workshop = dataclasses.replace(
        demo_workshop(Language.ENGLISH), logo=check_logo(JPEG_BYTES), accent_colour="#1f6feb"
    )
    document = json.loads(json.dumps(to_document(workshop, "x")))
    assert document["workshop"]["logo"] == {
        "type": "image/jpeg",
        "data": base64.b64encode(JPEG_BYTES).decode(),
    }
    assert document["workshop"]["accent_colour"] == "#1f6feb"
    assert from_document(document) == dataclasses.replace(workshop, id=0)
    # Without a cover of its own, a workshop exports as before.
    plain = to_document(demo_workshop(Language.ENGLISH), "x")["workshop"]
    assert "logo" not in plain and "accent_colour" not in plain


@pytest.mark.parametrize(
    ("logo", "message"),
    [
        ({"type": "image/png", "data": "not base64!"}, "base64"),
        ({"type": "image/png", "data": base64.b64encode(b"GIF89a....").decode()}, "GIF"),
        ({"type": "image/png", "data": base64.b64encode(PNG_BYTES[:300]).decode()}, "damaged"),
        ({"type": "image/jpeg", "data": base64.b64encode(PNG_BYTES).decode()}, "must be image/png"),
        ({"type": "image/png", "data": "A" * (4 * MAX_LOGO_BYTES)}, "2 MB"),
        ({"type": "image/png"}, "missing"),
        ({"type": "image/png", "data": 12}, "must be str"),
        ("logo.png", "must be dict"),
    ],
)
def test_a_hostile_logo_in_a_document_is_refused_with_where(logo: object, message: str) -> None:
    document = demo_document()
    document["workshop"]["logo"] = logo
    with pytest.raises(InterchangeFormatError, match=message):
        from_document(document)


def test_a_hostile_accent_in_a_document_is_refused() -> None:
    document = demo_document()
    document["workshop"]["accent_colour"] = "red; background: url(x)"
    with pytest.raises(InterchangeFormatError, match="accent_colour"):
        from_document(document)


# --- the charter ----------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize(
    ("logo", "accent"),
    [(PNG_BYTES, "#1f6feb"), (JPEG_BYTES, "#f5e663"), (picture("PNG", (2000, 60)), "#ffffff"), (None, "")],
)
def test_the_pdf_and_html_show_the_cover(language: Language, logo: bytes | None, accent: str) -> None:
    plain = charter_content(demo_workshop(language))
    workshop = dataclasses.replace(
        demo_workshop(language), logo=check_logo(logo) if logo else None, accent_colour=accent
    )
    content = charter_content(workshop)
    pdf = build_charter_pdf(content)
    # The cover keeps its one page, and the charter as many pages as without a cover.
    assert pdf.pages == build_charter_pdf(plain).pages
    # The picture (with its transparency as a mask of its own, for a PNG with alpha).
    assert (b"/Subtype /Image" in pdf.data) == (logo is not None)
    assert build_poster_pdf(content).pages == 1
    html = build_charter_html(content)
    assert ('<img class="logo" src="data:image/' in html) == (logo is not None)
    assert palette(accent).ink in html


def test_the_html_escapes_the_logos_alt_text() -> None:
    workshop = dataclasses.replace(demo_workshop(Language.ENGLISH), logo=check_logo(PNG_BYTES))
    workshop = dataclasses.replace(
        workshop, info=dataclasses.replace(workshop.info, organisation='"><script>alert(1)</script>')
    )
    html = build_charter_html(charter_content(workshop))
    # Quoted typographically like every name the charter prints, then escaped.
    assert "<script>" not in html and 'alt="“&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html


# --- the command line -----------------------------------------------------------------


def test_set_logo_from_the_command_line(tmp_path: Path, capsys) -> None:
    location = tmp_path / "w.pstudio"
    WorkshopService.create(location, demo_workshop(Language.TURKISH)).close()
    assert main(["set-logo", str(location), str(FIXTURES / "logo.png"), "--accent", "#0E7C86"]) == 0
    assert "160 × 160" in capsys.readouterr().out
    stored = WorkshopService.read(location)
    assert stored.logo.data == PNG_BYTES and stored.accent_colour == "#0e7c86"
    renamed = tmp_path / "notes.png"
    renamed.write_text("not a picture", encoding="utf-8")
    assert main(["set-logo", str(location), str(renamed)]) == 2
    assert "not a picture" in capsys.readouterr().err
    assert main(["set-logo", str(location), str(FIXTURES / "logo.png"), "--remove"]) == 2
    assert main(["set-logo", str(location)]) == 2
    assert main(["set-logo", str(location), "--accent", "teal"]) == 2
    capsys.readouterr()
    assert main(["set-logo", str(location), "--remove", "--accent", ""]) == 0
    stored = WorkshopService.read(location)
    assert stored.logo is None and stored.accent_colour == ""
