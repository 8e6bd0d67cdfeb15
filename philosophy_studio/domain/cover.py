"""The charter's cover: the organisation's logo and an accent colour.

A logo comes from a file the facilitator picks, or from a workshop file someone sent:
either may be anything. ``check_logo`` reads only what it must to know the picture is a
whole PNG or JPEG of a sensible size, before anything decodes it: the size of the file,
the header's width and height (a few kilobytes can declare 20,000 × 20,000 pixels), and
for a PNG every chunk's checksum and the image data inflated no further than the header
allows. No imaging library is needed, so the command line and an import check it too.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP

# A logo is a small picture: 2 MB holds a 2000-pixel PNG with room to spare, and a
# workshop file (and every snapshot read after an edit) carries it.
MAX_LOGO_BYTES = 2 * 1024 * 1024
# Enough for print at any size a cover shows it; more is only memory to decode.
MAX_LOGO_SIDE = 4096
MAX_LOGO_PIXELS = 16 * 1024 * 1024

PNG = "image/png"
JPEG = "image/jpeg"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Bits per pixel of each PNG colour type at 8 bits a sample (scaled by bit depth below).
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
# Formats someone might pick instead, named so the message says what the file is.
_OTHER_PICTURES = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x00\x00\x01\x00", "ICO"),
)


class LogoError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "This file cannot be the charter's logo.")


class LogoTooLargeError(LogoError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The logo file is {size} MB; the charter takes a logo of at most {limit} MB. "
        "Save it smaller (a PNG or JPEG about 1000 pixels wide is plenty) and try again.",
    )


class NotAPictureError(LogoError):
    template = QT_TRANSLATE_NOOP("Errors", "This file is not a picture. The logo must be a PNG or JPEG file.")


class UnsupportedPictureError(LogoError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This is a {kind} picture; the charter takes a PNG or JPEG logo. Save it as PNG and try again.",
    )


class DamagedPictureError(LogoError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The picture is damaged or cut short, so it cannot be shown. Save it again from the program "
        "that made it and try again.",
    )


class PictureTooManyPixelsError(LogoError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The picture is {width} × {height} pixels; the charter takes a logo of at most {side} pixels "
        "on each side. Save it smaller and try again.",
    )


class AccentColourError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a colour; write it as # and six hex digits, like #1f6feb."
    )


@dataclass(frozen=True)
class Logo:
    """A checked picture, as the file gave it (never re-encoded)."""

    mime: str
    data: bytes
    width: int
    height: int

    def __repr__(self) -> str:
        # Snapshots are logged and compared in test failures: not two megabytes of bytes.
        return f"Logo({self.mime}, {self.width}x{self.height}, {len(self.data)} bytes)"


def check_logo(data: bytes) -> Logo:
    """``data`` as a logo, or a LogoError that says what is wrong with it."""
    if len(data) > MAX_LOGO_BYTES:
        raise LogoTooLargeError(
            size=f"{len(data) / (1024 * 1024):.1f}", limit=MAX_LOGO_BYTES // (1024 * 1024)
        )
    if data.startswith(_PNG_SIGNATURE):
        return _png(data)
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg(data)
    for signature, kind in _OTHER_PICTURES:
        if data.startswith(signature):
            raise UnsupportedPictureError(kind=kind)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise UnsupportedPictureError(kind="WebP")
    if data[4:12] in (b"ftypavif", b"ftypheic", b"ftypheix", b"ftypmif1"):
        raise UnsupportedPictureError(kind="AVIF/HEIC")
    if b"<svg" in data[:1024].lower():
        raise UnsupportedPictureError(kind="SVG")
    raise NotAPictureError()


def stored_logo(mime: str, data: bytes) -> Logo:
    """A logo as it was stored, checked when it was: only its size is read again (its
    header), so reading a workshop after every edit does not inflate the picture."""
    if mime == PNG and data.startswith(_PNG_SIGNATURE) and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return Logo(PNG, data, width, height)
    return check_logo(data)


def _size_allowed(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise DamagedPictureError()
    if width > MAX_LOGO_SIDE or height > MAX_LOGO_SIDE or width * height > MAX_LOGO_PIXELS:
        raise PictureTooManyPixelsError(width=width, height=height, side=MAX_LOGO_SIDE)


def _png(data: bytes) -> Logo:
    position = len(_PNG_SIGNATURE)
    header: tuple[int, ...] | None = None
    compressed = []
    ended = False
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body_end = position + 8 + length
        if body_end + 4 > len(data):
            raise DamagedPictureError()
        body = data[position + 8 : body_end]
        (crc,) = struct.unpack(">I", data[body_end : body_end + 4])
        if zlib.crc32(kind + body) != crc:
            raise DamagedPictureError()
        if header is None and kind != b"IHDR":
            raise DamagedPictureError()
        if kind == b"IHDR":
            if length != 13:
                raise DamagedPictureError()
            header = struct.unpack(">IIBBBBB", body)
            _size_allowed(header[0], header[1])
        elif kind == b"IDAT":
            compressed.append(body)
        elif kind == b"IEND":
            ended = True
            break
        position = body_end + 4
    if header is None or not ended or not compressed:
        raise DamagedPictureError()
    width, height, depth, colour, _method, _filter, interlace = header
    if colour not in _PNG_CHANNELS or depth not in (1, 2, 4, 8, 16) or interlace not in (0, 1):
        raise DamagedPictureError()
    _inflates_whole(
        b"".join(compressed), _png_raw_size(width, height, depth, _PNG_CHANNELS[colour], interlace)
    )
    return Logo(PNG, data, width, height)


def _png_raw_size(width: int, height: int, depth: int, channels: int, interlace: int) -> int:
    """Bytes the image data inflates to: each row's filter byte and its pixels (for an
    interlaced picture, the same over each of Adam7's seven passes)."""

    def rows(w: int, h: int) -> int:
        return 0 if w == 0 or h == 0 else h * (1 + (w * depth * channels + 7) // 8)

    if not interlace:
        return rows(width, height)
    passes = (
        (0, 0, 8, 8),
        (4, 0, 8, 8),
        (0, 4, 4, 8),
        (2, 0, 4, 4),
        (0, 2, 2, 4),
        (1, 0, 2, 2),
        (0, 1, 1, 2),
    )
    return sum(rows((width - x + dx - 1) // dx, (height - y + dy - 1) // dy) for x, y, dx, dy in passes)


def _inflates_whole(compressed: bytes, expected: int) -> None:
    """The image data inflates to exactly ``expected`` bytes. Inflated a piece at a
    time and thrown away, counting: a stream that claims more than its header allows is
    refused at that point, and a large honest picture never sits whole in memory."""
    inflater = zlib.decompressobj()
    total = 0
    pending = compressed
    try:
        while pending:
            total += len(inflater.decompress(pending, _INFLATE_PIECE))
            if total > expected:
                raise DamagedPictureError()
            pending = inflater.unconsumed_tail
        total += len(inflater.flush())
    except zlib.error:
        raise DamagedPictureError() from None
    if total != expected or not inflater.eof:
        raise DamagedPictureError()


_INFLATE_PIECE = 256 * 1024


# JPEG markers that carry a frame's size (start of frame), all but DHT, JPG and DAC.
_JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg(data: bytes) -> Logo:
    """Walks the segments to the frame header and the scan, then needs the picture to
    end with its end-of-image marker: a file cut short has none."""
    position = 2
    size: tuple[int, int] | None = None
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            raise DamagedPictureError()
        marker = data[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if length < 2 or position + 2 + length > len(data):
            raise DamagedPictureError()
        if marker in _JPEG_FRAMES:
            if length < 7:
                raise DamagedPictureError()
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            _size_allowed(width, height)
            size = (width, height)
        if marker == 0xDA:
            break
        position += 2 + length
    else:
        raise DamagedPictureError()
    if size is None or not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        raise DamagedPictureError()
    return Logo(JPEG, data, size[0], size[1])


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def accent_colour(value: str) -> str:
    """``value`` as an accent is stored: '#rrggbb' in lower case, or '' for none."""
    text = value.strip()
    if not text:
        return ""
    if not _COLOUR.fullmatch(text):
        raise AccentColourError(value=text[:40])
    return text.lower()


def _luminance(colour: str) -> float:
    """WCAG's relative luminance of '#rrggbb'."""

    def channel(hex_pair: str) -> float:
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG's contrast ratio of two '#rrggbb' colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


WHITE = "#ffffff"
INK = "#1a1a1a"
# WCAG AA for text: rules, headings and labels printed in the accent on paper keep
# at least this contrast with it, small labels too.
TEXT_CONTRAST = 4.5


def text_on(accent: str) -> str:
    """The colour of text set on a band of ``accent``: white or ink, whichever reads
    better (a pale yellow or a light grey band takes dark text)."""
    return WHITE if contrast(accent, WHITE) >= contrast(accent, INK) else INK


def on_paper(accent: str) -> str:
    """``accent`` as drawn on white paper (rules, headings): darkened step by step until
    it keeps TEXT_CONTRAST, so a pale colour still prints a visible line."""
    red, green, blue = (int(accent[i : i + 2], 16) for i in (1, 3, 5))
    colour = accent
    while contrast(colour, WHITE) < TEXT_CONTRAST:
        red, green, blue = (int(part * 0.85) for part in (red, green, blue))
        colour = f"#{red:02x}{green:02x}{blue:02x}"
    return colour
