"""Making user text safe for the three output formats.

reportlab's Paragraph parses markup: unescaped, ``0.1 <A`` raises, ``S&P`` turns into
``S&P;`` and ``<img src=...>`` reads local files. Every user string goes through
``paragraph_text`` (PDF), ``html_text`` (HTML) or ``markdown_text`` (Markdown) on its
way out, and nowhere else.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape

from philosophy_studio.export.fonts import FAMILY, covered_code_points

PLACEHOLDER = "\u25a1"  # □, which DejaVu Sans draws

# Invisible characters that only shape the one before them (emoji presentation, skin
# tones, zero-width joiner sequences): once that one is replaced they mean nothing.
_JOINERS = frozenset({0x200D, 0xFE0E, 0xFE0F, *range(0x1F3FB, 0x1F400)})
_RTL_CLASSES = frozenset({"R", "AL"})


@dataclass
class GlyphReport:
    """What the PDF could not show as typed: characters replaced by the placeholder
    (with how often), and whether right-to-left text appears (reportlab lays it out
    left to right, with Arabic letters unjoined)."""

    replaced: Counter[str] = field(default_factory=Counter)
    right_to_left: bool = False

    @property
    def clean(self) -> bool:
        return not self.replaced and not self.right_to_left

    def merge(self, other: GlyphReport) -> None:
        self.replaced.update(other.replaced)
        self.right_to_left = self.right_to_left or other.right_to_left


def drawable(text: str, report: GlyphReport, face: str = FAMILY) -> str:
    """``text`` with every character ``face`` cannot draw replaced by a visible
    placeholder, so nothing turns into a silent black box; ``report`` learns of it."""
    covered = covered_code_points(face)
    out: list[str] = []
    replacing = False
    for char in text:
        point = ord(char)
        if point in _JOINERS and (replacing or point not in covered):
            continue
        if point in covered or char in "\n\t":
            replacing = False
            out.append(char)
            if not report.right_to_left and unicodedata.bidirectional(char) in _RTL_CLASSES:
                report.right_to_left = True
            continue
        report.replaced[char] += 1
        if not replacing:
            out.append(PLACEHOLDER)
        # A regional-indicator flag or a joined emoji sequence becomes one placeholder.
        replacing = True
    return "".join(out)


def paragraph_text(text: str, report: GlyphReport, face: str = FAMILY) -> str:
    """User text as reportlab Paragraph markup that shows exactly what was typed."""
    safe = xml_escape(drawable(text, report, face), {'"': "&quot;"})
    return safe.replace("\t", " ").replace("\n", "<br/>")


def html_text(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>\n")


# Characters that mean something to Markdown (or to the HTML it may contain) anywhere
# on a line; CommonMark lets any ASCII punctuation be escaped with a backslash.
_MARKDOWN_INLINE = re.compile(r"([\\`*_{}\[\]<>#|&~!])")
# ...and those that only matter at the start of a line: lists, quotes, headings.
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.MULTILINE)


def markdown_text(text: str) -> str:
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", text)
    escaped = _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), escaped)
    # A single newline is a soft break in Markdown; keep the author's line breaks.
    return escaped.replace("\n", "  \n")


def _escape_marker(marker: str) -> str:
    if marker[-1] in ".)":
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker
