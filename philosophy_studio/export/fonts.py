"""The charter's typeface: DejaVu Sans, shipped in resources/fonts/ and embedded in every
PDF, because reportlab's built-in Helvetica has no glyphs for İ, ı, ğ or ş."""

from __future__ import annotations

import re
import threading
from functools import cache

from philosophy_studio.resources import resource_path

FAMILY = "CharterSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"

_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# reportlab's font registry is a process-wide dict; the preview worker and an export
# may register at the same moment.
_lock = threading.Lock()

# An entry of a ToUnicode map whose character lies beyond U+FFFF, as reportlab writes
# it: five or six hex digits, which is no UTF-16 value.
_BEYOND_BMP = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)


def register_fonts() -> str:
    """Register the family with reportlab (once per process) and return its name, usable
    in paragraph and table styles; <b> and <i> map to the matching faces."""
    with _lock:
        _register()
    return FAMILY


@cache
def _register() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    # DejaVu Sans draws some emoji (U+1F600 and its block), but reportlab's ToUnicode
    # map gives such a character as "<01> <1F600>": readers drop it from the text layer
    # (copying, searching, screen readers). The entry must be UTF-16, a surrogate pair.
    # reportlab's embedding calls the module's function, so that is what is replaced.
    written = ttfonts.makeToUnicodeCMap

    def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        return _BEYOND_BMP.sub(_as_utf16, written(fontname, subset))

    ttfonts.makeToUnicodeCMap = to_unicode_cmap

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)


def _as_utf16(entry: re.Match[str]) -> str:
    return f"{entry.group(1)}<{chr(int(entry.group(2), 16)).encode('utf-16-be').hex().upper()}>"


@cache
def covered_code_points(face: str = FAMILY) -> frozenset[int]:
    """Every character ``face`` can draw. The faces differ (the bold and oblique ones
    have no Arabic, for example), so text is checked against the face it is set in."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    font_file = TTFontFile(str(resource_path("fonts", _FILES[face])))
    return frozenset(point for point, glyph in font_file.charToGlyph.items() if glyph)
