"""The charter and its one-page poster as PDF, laid out with reportlab's platypus.

Every user string passes through ``markup.paragraph_text`` (escaping and glyph
check) on its way in; every style, tables included, uses the embedded DejaVu family.
reportlab is imported inside the functions: the GUI imports this module at start.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from philosophy_studio.domain.cover import Logo, on_paper, text_on
from philosophy_studio.export.charter_content import (
    CharterContent,
    CustomerAppendix,
    PersonaBrief,
    ValueSection,
)
from philosophy_studio.export.fonts import BOLD, FAMILY, ITALIC, register_fonts
from philosophy_studio.export.markup import GlyphReport, drawable, paragraph_text
from philosophy_studio.work import WorkControl

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Flowable

MM = 72 / 25.4

ACCENT = "#1F5F6B"  # deep teal: headings, rules, table heads
ACCENT_TINT = "#E7F0F1"
GOLD = "#B7862F"  # sparingly: ranks, the value-set name
INK = "#1E2327"
MUTED = "#5E6A71"
RULE = "#C8D5D8"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        return (595.2756, 841.8898) if self is Paper.A4 else (612.0, 792.0)


@dataclass(frozen=True)
class Palette:
    """The colours a charter is printed in: its own teal, or the workshop's accent."""

    band: str = ACCENT  # the cover's band and the poster's, in the colour as chosen
    on_band: str = "#FFFFFF"  # the title set on the band
    ink: str = ACCENT  # headings, rules and table heads on the paper
    tint: str = ACCENT_TINT  # behind table heads


def palette(accent: str) -> Palette:
    """The charter's colours for an accent ('#rrggbb', '' for the charter's own). The
    band takes the colour as chosen, with white or dark text, whichever reads; on the
    paper a pale colour is darkened until headings and rules keep their contrast."""
    if not accent:
        return Palette()
    ink = on_paper(accent)
    red, green, blue = (int(ink[i : i + 2], 16) for i in (1, 3, 5))
    tint = "#" + "".join(f"{round(255 - (255 - part) * 0.1):02x}" for part in (red, green, blue))
    return Palette(band=accent, on_band=text_on(accent), ink=ink, tint=tint)


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    pages: int
    report: GlyphReport


# Print margins: wide enough for office printers' unprintable edge and for binding.
SIDE = 22 * MM
# reportlab's frames pad their text by 6 pt: what is drawn on the page (cover title,
# header, rules) starts there too, in line with the text.
TEXT_SIDE = SIDE + 6
TOP = 26 * MM
BOTTOM = 24 * MM
HEADER_Y = 14 * MM  # from the top edge
FOOTER_Y = 12 * MM


class Styles:
    """The charter's type scale. ``scale`` shrinks everything together (the poster)."""

    def __init__(self, scale: float = 1.0, colours: Palette | None = None) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle

        def style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
            base: dict[str, Any] = {"fontName": FAMILY, "textColor": colors.HexColor(INK)}
            base.update(extra)
            return ParagraphStyle(name, fontSize=size * scale, leading=leading * scale, **base)

        self.palette = colours or Palette()
        accent = colors.HexColor(self.palette.ink)
        muted = colors.HexColor(MUTED)
        gold = colors.HexColor(GOLD)
        self.body = style("body", 10.5, 15.5, spaceAfter=4)
        self.small = style("small", 8.5, 11.5, textColor=muted)
        self.cell = style("cell", 9.5, 13)
        self.cell_head = style("cellHead", 9, 12, fontName=BOLD, textColor=accent)
        self.signature_head = style("signatureHead", 8, 10, fontName=BOLD, textColor=muted)
        self.h1 = style("h1", 21, 26, fontName=BOLD, textColor=accent, spaceAfter=12, keepWithNext=1)
        # A part of the charter follows on from the one before, on the same page when
        # there is room (space before is dropped at the top of a page).
        self.part = ParagraphStyle("part", parent=self.h1, spaceBefore=22 * scale)
        self.h2 = style("h2", 15, 19, fontName=BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1)
        self.h3 = style(
            "h3", 9.5, 13, fontName=BOLD, textColor=accent, spaceBefore=9, spaceAfter=2, keepWithNext=1
        )
        self.meaning = style(
            "meaning", 11.5, 16, fontName=ITALIC, textColor=muted, spaceAfter=4, keepWithNext=1
        )
        self.vision = style("vision", 21, 31, textColor=accent, spaceBefore=4, spaceAfter=18)
        self.rank = style("rank", 22, 24, fontName=BOLD, textColor=gold, alignment=TA_CENTER)
        self.value_name = style("valueName", 13, 17, fontName=BOLD, spaceAfter=1)
        self.value_meaning = style("valueMeaning", 10.5, 15, textColor=muted)
        self.team = style("team", 30, 36, fontName=BOLD, spaceAfter=6)
        self.organisation = style("organisation", 15, 20, textColor=muted, spaceAfter=2)
        self.date = style("date", 12, 16, textColor=muted, spaceAfter=22)
        self.set_name = style("setName", 40, 46, fontName=BOLD, textColor=gold, spaceAfter=4)
        self.set_values = style("setValues", 12.5, 18, textColor=INK)
        self.facilitator = style("facilitator", 10, 14, textColor=muted, spaceBefore=24)
        self.label = style("label", 10, 13, fontName=BOLD, textColor=accent, spaceAfter=4, keepWithNext=1)
        self.persona = style("persona", 13, 17, fontName=BOLD, spaceBefore=10, spaceAfter=1, keepWithNext=1)
        self.kind = style("kind", 9.5, 13, textColor=gold, fontName=BOLD, spaceAfter=3, keepWithNext=1)
        self.approach = style(
            "approach", 13, 17, fontName=BOLD, textColor=accent, spaceAfter=4, keepWithNext=1
        )


class Writer:
    """Turns user text into paragraphs, remembering what the font could not draw."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.report = GlyphReport()

    def para(self, text: str, style: ParagraphStyle) -> Flowable:
        from reportlab.platypus import Paragraph

        return Paragraph(paragraph_text(text, self.report, _face(style)), style)

    def fixed(self, text: str, style: ParagraphStyle) -> Flowable:
        """The charter's own words: no user text inside, only escaping needed."""
        from reportlab.platypus import Paragraph

        return Paragraph(paragraph_text(text, GlyphReport(), _face(style)), style)


def _face(style: ParagraphStyle) -> str:
    return style.fontName if style.fontName in (BOLD, ITALIC) else FAMILY


# --- the charter ---------------------------------------------------------------------


def build_charter_pdf(
    content: CharterContent, paper: Paper = Paper.A4, control: WorkControl | None = None
) -> PdfResult:
    from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate

    register_fonts()
    control = control or WorkControl()
    width, height = paper.size
    writer = Writer(Styles(colours=palette(content.accent)))
    story: list[Flowable] = [NextPageTemplate("body")]
    story += _cover(content, writer, width - 2 * SIDE, _cover_frame_height(height))
    story.append(PageBreak())
    sections: tuple[Callable[[CharterContent, Writer], list[Flowable]], ...] = (
        _vision_and_values,
        _values_in_practice,
        _personas,
        _approach,
        _leaders,
        _sharing,
    )
    for number, section in enumerate(sections):
        control.progress(number / (len(sections) + 2))
        story += section(content, writer)
    story += _signatures(content, writer, width - 2 * SIDE)
    if content.customers is not None:
        story += _customers(content.customers, writer)

    output = io.BytesIO()
    document = document_template(
        output, paper, f"{content.texts.title} · {content.team}", content.organisation or content.team
    )
    cover_frame = Frame(
        SIDE, BOTTOM, width - 2 * SIDE, _cover_frame_height(height), id="cover", showBoundary=0
    )
    body_frame = Frame(SIDE, BOTTOM, width - 2 * SIDE, height - TOP - BOTTOM, id="body")
    document.addPageTemplates(
        [
            PageTemplate(
                "cover",
                [cover_frame],
                onPage=lambda c, _d: _draw_cover(c, content, writer.styles.palette, width, height),
            ),
            PageTemplate("body", [body_frame]),
        ]
    )
    control.progress(len(sections) / (len(sections) + 2))
    header = drawable(content.team, GlyphReport())
    story = _keep_headings_with_their_text(story, height - TOP - BOTTOM - 12)
    canvas = numbered_canvas(header, content.texts.title, content.texts.page_of, width, height)
    document.build(story, canvasmaker=canvas)
    control.check()
    data = output.getvalue()
    return PdfResult(data, page_count(data), writer.report)


def document_template(
    output: io.BytesIO, paper: Paper, title: str, author: str, bottom: float = BOTTOM
) -> BaseDocTemplate:
    """A document in the charter's margins (``bottom`` for the foot), with its title and
    author in the PDF's properties; the caller adds its page templates."""
    from reportlab.platypus import BaseDocTemplate

    return BaseDocTemplate(
        output,
        pagesize=paper.size,
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=TOP,
        bottomMargin=bottom,
        title=drawable(title, GlyphReport()),
        author=drawable(author, GlyphReport()),
        creator="Philosophy Studio",
        # Otherwise every page starts in Helvetica, which the PDF would then list.
        initialFontName=FAMILY,
    )


# A heading goes to the next page unless it fits with the first lines of its text.
_LINES_WITH_HEADING = 3


def _keep_headings_with_their_text(story: list[Flowable], frame_height: float) -> list[Flowable]:
    """Keep-with-next, done so that no page is left half empty. Each run of flowables
    marked "keep with next" (a value's title, its meaning, a question's title) is kept
    with the first lines of what follows it, not with all of it: reportlab's own
    keep-with-next moves the whole next paragraph or table, which left up to half a page
    blank. A rule or space just before the run goes with it, so a page never ends on a
    rule. The marks are then cleared, so nothing is grouped that cannot be kept (a
    meaning over a page long once made the build spin without end)."""
    from reportlab.platypus import HRFlowable, Spacer

    kept: list[Flowable] = []
    index = 0
    while index < len(story):
        if not story[index].getKeepWithNext():
            kept.append(story[index])
            index += 1
            continue
        end = index
        while end < len(story) and story[end].getKeepWithNext():
            end += 1
        lead: list[Flowable] = []
        while kept and isinstance(kept[-1], (HRFlowable, Spacer)) and not getattr(kept[-1], "locChanger", 0):
            lead.insert(0, kept.pop())
        run = story[index:end]
        for flowable in run:
            _clear_keep(flowable)
        following = story[end] if end < len(story) else None
        if following is not None and getattr(following, "locChanger", False):
            following = None
        kept += [_room_for_class()([*lead, *run], following, frame_height), *lead, *run]
        index = end
    return kept


def _clear_keep(flowable: Flowable) -> None:
    flowable.__dict__["keepWithNext"] = 0
    style = getattr(flowable, "style", None)
    if style is not None and getattr(style, "keepWithNext", 0):
        # The parts a paragraph splits into read the style, not the flowable.
        flowable.style = style.clone(f"{style.name}-kept", keepWithNext=0)


@functools.cache
def _room_for_class() -> type[Flowable]:
    # A class made on first use: reportlab is imported only when a PDF is built.
    from reportlab.platypus import CondPageBreak, Paragraph, Table

    class RoomFor(CondPageBreak):
        """A page break unless ``head`` and the first lines of ``following`` fit."""

        def __init__(self, head: list[Flowable], following: Flowable | None, frame_height: float) -> None:
            super().__init__(0)
            self._head = head
            self._following = following
            # Never ask for more than most of a page: a heading longer than that starts
            # where it is rather than moving from page to page.
            self._cap = frame_height * 0.6

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            needed = sum(_outer_height(flowable, availWidth) for flowable in self._head)
            following = self._following
            if following is not None:
                height = _outer_height(following, availWidth)
                if isinstance(following, Paragraph):
                    height = min(
                        height, following.getSpaceBefore() + _LINES_WITH_HEADING * following.style.leading
                    )
                elif isinstance(following, Table):
                    # Its head and its first row, or the start of that row where the
                    # table may split inside a row (a long list of do's is one row).
                    rows = following._rowHeights
                    first = rows[1] if len(rows) > 1 else 0
                    if following.splitInRow:
                        first = min(first, _LINES_WITH_HEADING * 15)
                    height = min(height, rows[0] + first)
                needed += height
            self.height = min(needed, self._cap)
            return super().wrap(availWidth, availHeight)

    return RoomFor


def _outer_height(flowable: Flowable, width: float) -> float:
    _width, height = flowable.wrap(width, 1e9)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _cover_frame_height(height: float) -> float:
    # The cover's coloured band takes the top 40 % of the page; text starts below it.
    return height * 0.6 - BOTTOM - 10 * MM


def _draw_cover(
    canvas: Canvas, content: CharterContent, colours: Palette, width: float, height: float
) -> None:
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    band_bottom = height * 0.6
    canvas.saveState()
    canvas.setFillColor(colors.HexColor(colours.band))
    canvas.rect(0, band_bottom, width, height - band_bottom, stroke=0, fill=1)
    if content.logo is not None:
        _draw_logo(canvas, content.logo, width - TEXT_SIDE, height - 16 * MM)
    canvas.setFillColor(colors.HexColor(GOLD))
    canvas.rect(TEXT_SIDE, band_bottom - 3, 36 * MM, 3, stroke=0, fill=1)
    title = content.texts.title
    size = 34.0
    while stringWidth(title, BOLD, size) > width - 2 * TEXT_SIDE and size > 14:
        size -= 1
    canvas.setFillColor(colors.HexColor(colours.on_band))
    canvas.setFont(BOLD, size)
    canvas.drawString(TEXT_SIDE, band_bottom + 18 * MM, title)
    canvas.restoreState()


# The logo's room in the band's top corner, inside a white plate: a logo is drawn for
# white paper, and would vanish on a band of its own colour.
LOGO_WIDTH = 48 * MM
LOGO_HEIGHT = 26 * MM
LOGO_PADDING = 4 * MM


def _logo_size(logo: Logo, room: tuple[float, float]) -> tuple[float, float]:
    """``logo`` fitted into ``room`` (width, height), its proportions kept."""
    scale = min(room[0] / logo.width, room[1] / logo.height)
    # A small logo is not blown up past twice its size in points: it would blur.
    scale = min(scale, 2.0)
    return logo.width * scale, logo.height * scale


def _draw_logo(
    canvas: Canvas,
    logo: Logo,
    right: float,
    top: float,
    *,
    room: tuple[float, float] = (LOGO_WIDTH, LOGO_HEIGHT),
    padding: float = LOGO_PADDING,
) -> None:
    """``logo`` fitted into ``room``, the top right corner of its plate (``padding``
    around it; none on white paper) at (``right``, ``top``). The picture was checked
    (domain/cover.py) before it got here."""
    from reportlab.lib import colors
    from reportlab.lib.utils import ImageReader

    shown_width, shown_height = _logo_size(logo, room)
    plate_width, plate_height = shown_width + 2 * padding, shown_height + 2 * padding
    if padding:
        canvas.setFillColor(colors.white)
        canvas.roundRect(
            right - plate_width, top - plate_height, plate_width, plate_height, 2 * MM, stroke=0, fill=1
        )
    canvas.drawImage(
        ImageReader(io.BytesIO(logo.data)),
        right - plate_width + padding,
        top - plate_height + padding,
        shown_width,
        shown_height,
        mask="auto",
    )


def beside_logo(
    block: list[Flowable], logo: Logo | None, room: tuple[float, float], width: float
) -> list[Flowable]:
    """A page's heading (``block``) with the workshop's logo at its right, top aligned,
    within the frame's inner ``width``: on white paper, for the pages with no band to
    carry it. The heading wraps short of the logo, however long the team's name."""
    if logo is None:
        return block
    from reportlab.platypus import Flowable, Table, TableStyle

    shown_width, shown_height = _logo_size(logo, room)

    class Picture(Flowable):
        def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
            return shown_width, shown_height

        def draw(self) -> None:
            _draw_logo(self.canv, logo, shown_width, shown_height, room=room, padding=0)

    gap = 6 * MM
    table = Table([[block, Picture()]], colWidths=[width - shown_width - gap, shown_width + gap])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def _cover(content: CharterContent, writer: Writer, width: float, height: float) -> list[Flowable]:
    from reportlab.platypus import KeepInFrame

    styles = writer.styles
    block: list[Flowable] = [writer.para(content.team, styles.team)]
    if content.organisation:
        block.append(writer.para(content.organisation, styles.organisation))
    if content.date:
        block.append(writer.fixed(content.date, styles.date))
    if content.value_set_name:
        block.append(writer.para(content.value_set_name, styles.set_name))
    if content.values:
        names = "   ·   ".join(value.name for value in content.values)
        block.append(writer.para(names, styles.set_values))
    if content.facilitator:
        block.append(
            writer.para(content.texts.facilitated_by.format(name=content.facilitator), styles.facilitator)
        )
    if content.version:
        block.append(writer.fixed(content.version, styles.facilitator))
    # However long the names, the cover stays one page.
    return [KeepInFrame(width, height, block, mode="shrink")]


def _vision_and_values(content: CharterContent, writer: Writer) -> list[Flowable]:
    from reportlab.platypus import Spacer

    styles = writer.styles
    texts = content.texts
    story: list[Flowable] = []
    if content.vision:
        story += [
            writer.fixed(texts.vision, styles.h1),
            _accent_rule(),
            writer.para(content.vision, styles.vision),
        ]
    if content.values:
        title = content.values_title
        story += [Spacer(1, 6), writer.para(title, styles.h1)]
        story.append(_value_list(content, writer))
    return story


def _value_list(
    content: CharterContent, writer: Writer, scale: float = 1.0, *, poster: bool = False
) -> Flowable:
    """Each value beside its mark, with its meaning; on the poster, with its one line."""
    from reportlab.platypus import Table, TableStyle

    styles = writer.styles
    marks = _value_marks(content)
    rows = []
    for mark, value in zip(marks, content.values, strict=True):
        meaning = value.headline if poster else value.meaning
        cell = [writer.para(value.name, styles.value_name)]
        if meaning:
            cell.append(writer.para(meaning, styles.value_meaning))
        rows.append([writer.para(mark, styles.rank), cell])
    table = Table(rows, colWidths=[16 * MM * scale, None], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 7 * scale),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9 * scale),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, colour(RULE)),
            ]
        )
    )
    return table


def _value_marks(content: CharterContent) -> list[str]:
    """The big letter beside each value: its initial when the set's name spells the
    values' initials (an acronym like "SEZGİ"), otherwise its rank."""
    initials = [value.name.strip()[:1] for value in content.values]
    if content.value_set_name.replace(" ", "") == "".join(initials) and all(initials):
        return initials
    return [str(value.rank) for value in content.values]


def _values_in_practice(content: CharterContent, writer: Writer) -> list[Flowable]:
    detailed = [value for value in content.values if value.has_details or value.meaning]
    if not detailed:
        return []
    styles = writer.styles
    story: list[Flowable] = [writer.fixed(content.texts.values_in_practice, styles.part)]
    for index, value in enumerate(detailed):
        if index:
            story.append(_thin_rule())
        story += _value_detail(content, value, writer)
    return story


def _value_detail(content: CharterContent, value: ValueSection, writer: Writer) -> list[Flowable]:
    styles = writer.styles
    texts = content.texts
    mark = _value_marks(content)[value.rank - 1]
    heading = (
        f"{paragraph_text(mark, GlyphReport(), BOLD)}  ·  {paragraph_text(value.name, writer.report, BOLD)}"
    )
    story: list[Flowable] = [_raw_paragraph(heading, styles.h2)]
    if value.meaning:
        story.append(writer.para(value.meaning, styles.meaning))
    for title, answer in value.answers:
        story += [writer.fixed(title, styles.h3), writer.para(answer, styles.body)]
    if value.metrics:
        story.append(writer.fixed(texts.metrics, styles.h3))
        rows = [[m.name, m.method, m.target, m.frequency] for m in value.metrics]
        story.append(grid(texts.metric_columns, rows, [0.26, 0.40, 0.17, 0.17], writer))
    if value.dos or value.donts:
        story.append(writer.fixed(texts.behaviours, styles.h3))
        story.append(_behaviours(content, value, writer))
    return story


def _behaviours(content: CharterContent, value: ValueSection, writer: Writer) -> Flowable:
    from reportlab.platypus import Table, TableStyle

    styles = writer.styles
    kinds = list(content.texts.behaviour_kinds.values())

    def column(mark: str, colour: str, items: tuple[str, ...]) -> list[Flowable]:
        return [
            _raw_paragraph(
                f'<font color="{colour}"><b>{mark}</b></font>&nbsp;&nbsp;'
                + paragraph_text(item, writer.report),
                styles.cell,
            )
            for item in items
        ]

    table = Table(
        [
            [writer.fixed(kinds[0], styles.cell_head), writer.fixed(kinds[1], styles.cell_head)],
            [column("✓", styles.palette.ink, value.dos), column("✗", "#A4453A", value.donts)],
        ],
        colWidths=["50%", "50%"],
        splitInRow=1,
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(styles.palette.ink)),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 1), (-1, -1), 5),
            ]
        )
    )
    return table


def _personas(content: CharterContent, writer: Writer) -> list[Flowable]:
    if not content.personas:
        return []
    styles = writer.styles
    story: list[Flowable] = [writer.fixed(content.texts.personas, styles.part)]
    for persona in content.personas:
        story += _persona(persona, writer)
    return story


def _persona(persona: PersonaBrief, writer: Writer) -> list[Flowable]:
    from reportlab.platypus import Table, TableStyle

    styles = writer.styles
    story: list[Flowable] = []
    if persona.name:
        story.append(writer.para(persona.name, styles.persona))
    if persona.kind:
        # The customer type is the team's own words now: its glyphs are checked too.
        story.append(writer.para(persona.kind, styles.kind))
    if persona.description:
        story.append(writer.para(persona.description, styles.body))
    if persona.facts:
        rows = [
            [writer.fixed(label, styles.cell_head), writer.para(fact, styles.cell)]
            for label, fact in persona.facts
        ]
        table = Table(rows, colWidths=["32%", "68%"], splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FAMILY),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.5, colour(RULE)),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, colour(RULE)),
                ]
            )
        )
        story.append(table)
    return story


def _approach(content: CharterContent, writer: Writer) -> list[Flowable]:

    if not (content.approach or content.approach_notes):
        return []
    styles = writer.styles
    story: list[Flowable] = [writer.fixed(content.texts.approach, styles.part)]
    if content.approach:
        story.append(writer.fixed(content.approach, styles.approach))
    if content.approach_notes:
        story.append(writer.para(content.approach_notes, styles.body))
    return story


def _leaders(content: CharterContent, writer: Writer) -> list[Flowable]:
    if not content.leaders:
        return []
    styles = writer.styles
    story: list[Flowable] = [writer.fixed(content.texts.leaders, styles.part)]
    for name, commitment in content.leaders:
        story += [writer.para(name, styles.label), writer.para(commitment, styles.body)]
    return story


def _sharing(content: CharterContent, writer: Writer) -> list[Flowable]:

    if not content.sharing:
        return []
    styles = writer.styles
    return [
        writer.fixed(content.texts.sharing, styles.part),
        grid(content.texts.sharing_columns, content.sharing, [0.18, 0.42, 0.2, 0.2], writer),
    ]


# The customers' appendix's tables by their number of columns: figures, words, values.
_APPENDIX_FRACTIONS = {2: [0.28, 0.72], 3: [0.46, 0.27, 0.27], 4: [0.34, 0.22, 0.22, 0.22]}


def _customers(appendix: CustomerAppendix, writer: Writer) -> list[Flowable]:
    """ "What our customers say today", after the sign-off on a page of its own: the
    charter's baseline, printed only when asked for."""
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    styles = writer.styles
    story: list[Flowable] = [
        PageBreak(),
        writer.fixed(appendix.title, styles.h1),
        writer.para(appendix.intro, styles.body),
    ]
    for columns, rows in (appendix.figures, appendix.words, appendix.values):
        if rows:
            table = grid(columns, rows, _APPENDIX_FRACTIONS[len(columns)], writer)
            # The figures follow the title wherever the page ends; the short tables of
            # words and of values go whole to the next page rather than leave a row or
            # two alone on it.
            story += [Spacer(1, 8), table if rows is appendix.figures[1] else KeepTogether([table])]
    return story


# The sign-off sheet's columns (name, role, signature, date) and the gap between two
# writing lines, as fractions of the text width.
_SIGNATURE_WIDTHS = (0.28, 0.30, 0.24, 0.12)
_SIGNATURE_GAP = 0.02
# Room above each line for a hand-written name or signature.
_SIGNATURE_ROW = 14 * MM


def _signatures(content: CharterContent, writer: Writer, width: float) -> list[Flowable]:
    """A sign-off sheet on a page of its own: per person a row of lines for name, role,
    signature and date, the names the workshop knows printed on their line."""
    from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

    styles = writer.styles
    texts = content.texts
    width -= 12  # the frame's padding, so the lines start and end with the text
    # Narrow empty columns between the writing lines keep each line apart; the first
    # gap also holds a spacer that gives every row its writing height.
    columns: list[float] = []
    for fraction in _SIGNATURE_WIDTHS:
        columns += [width * fraction, width * _SIGNATURE_GAP]
    columns.pop()
    head: list[Any] = []
    for label in texts.signature_columns:
        head += [writer.fixed(label, styles.signature_head), ""]
    head.pop()
    rows: list[list[Any]] = [head]
    for name, role in content.signature_rows:
        rows.append(
            [
                writer.para(name, styles.cell) if name else "",
                Spacer(1, _SIGNATURE_ROW),
                writer.para(role, styles.cell) if role else "",
                "",
                "",
                "",
                "",
            ]
        )
    table = Table(rows, colWidths=columns, repeatRows=1, splitInRow=1)
    lines = [("LINEBELOW", (column, 1), (column, -1), 0.6, colour(MUTED)) for column in (0, 2, 4, 6)]
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                *lines,
            ]
        )
    )
    return [
        PageBreak(),
        writer.fixed(texts.commitment, styles.h1),
        writer.fixed(texts.commitment_intro, styles.body),
        Spacer(1, 14),
        table,
    ]


# A row with a cell longer than this may split across pages; shorter rows stay whole.
_LONG_CELL = 500


def grid(headings: tuple[str, ...], rows: Any, fractions: list[float], writer: Writer) -> Flowable:
    """A table of user text: every cell a wrapping paragraph. Rows stay whole (a split
    left a lone line of a row at the top of a page) unless a cell is long enough to need
    the room, so a 20,000-character word cannot overflow the page."""
    from reportlab.platypus import Table, TableStyle

    styles = writer.styles
    data = [[writer.fixed(heading, styles.cell_head) for heading in headings]]
    # A cell that is not text (a drawing) is placed as it is.
    data += [
        [writer.para(cell, styles.cell) if isinstance(cell, str) else cell for cell in row] for row in rows
    ]
    split = any(isinstance(cell, str) and len(cell) > _LONG_CELL for row in rows for cell in row)
    table = Table(
        data,
        colWidths=[f"{fraction * 100:.0f}%" for fraction in fractions],
        repeatRows=1,
        splitInRow=int(split),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colour(styles.palette.tint)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(styles.palette.ink)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour(RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _raw_paragraph(markup: str, style: ParagraphStyle) -> Flowable:
    """A paragraph from markup whose user parts were already escaped by the caller."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup, style)


def _accent_rule() -> Flowable:
    from reportlab.platypus import HRFlowable

    return HRFlowable(
        width=28 * MM, thickness=3, color=colour(GOLD), hAlign="LEFT", spaceBefore=0, spaceAfter=10
    )


def _thin_rule() -> Flowable:
    from reportlab.platypus import HRFlowable

    return HRFlowable(width="100%", thickness=0.5, color=colour(RULE), spaceBefore=14, spaceAfter=8)


def colour(value: str) -> Any:
    from reportlab.lib import colors

    return colors.HexColor(value)


def numbered_canvas(
    header: str,
    title: str,
    page_of: Callable[[int, int], str],
    width: float,
    height: float,
    *,
    cover: bool = True,
) -> type[Canvas]:
    """A canvas that holds every page until the end, so each footer can say how many
    pages there are ("Page 3 of 8"), with ``header`` (the team) and ``title`` at the
    top; with ``cover``, the first page keeps neither header nor footer."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    room = width - 2 * TEXT_SIDE
    title_width = stringWidth(title, FAMILY, 8)
    team = header
    while team and stringWidth(team, BOLD, 8) > room - title_width - 12 * MM:
        team = team[: max(len(team) - 8, 0)].rstrip()
        if stringWidth(team + "…", BOLD, 8) <= room - title_width - 12 * MM:
            team += "…"
            break

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1 or not cover:
                    self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFillColor(colour(MUTED))
            self.setStrokeColor(colour(RULE))
            top = height - HEADER_Y
            self.setFont(BOLD, 8)
            self.drawString(TEXT_SIDE, top, team)
            self.setFont(FAMILY, 8)
            self.drawRightString(width - TEXT_SIDE, top, title)
            self.setLineWidth(0.5)
            self.line(TEXT_SIDE, top - 4, width - TEXT_SIDE, top - 4)
            self.drawCentredString(width / 2, FOOTER_Y, page_of(self._pageNumber, total))
            self.restoreState()

    return NumberedCanvas


def page_count(data: bytes) -> int:
    # reportlab writes "/Type /Pages ... /Count N" once for the page tree.
    import re

    match = re.search(rb"/Count (\d+)", data)
    return int(match.group(1)) if match else 0


# --- the poster ----------------------------------------------------------------------

# Type sizes relative to the charter's: read from across a room first, smaller only
# when the content needs the room.
_POSTER_SCALES = tuple(step / 20 for step in range(36, 9, -1))  # 1.8 down to 0.5


def build_poster_pdf(content: CharterContent, paper: Paper = Paper.A4) -> PdfResult:
    """One page for the wall: the vision and the values with their meanings, as large
    as the content allows. Text too long for any readable size is shrunk to fit
    rather than spilling onto a second page."""
    from reportlab.platypus import KeepInFrame, SimpleDocTemplate

    register_fonts()
    colours = palette(content.accent)
    width, height = paper.size
    margin = 18 * MM
    # The template's frame keeps 6 pt of padding on every side.
    frame_width = width - 2 * margin - 12
    frame_height = height - 2 * margin - 8 * MM - 12  # the accent band takes the rest
    # The band is too thin for a logo: it stands at the top right of the text, as large
    # on an A3 sheet as the rest, and whatever size the text is set in.
    logo_room = (width * 0.24, width * 0.12)
    # Heights shrink with the scale, so a binary search finds the largest that fits.
    low, high = 0, len(_POSTER_SCALES) - 1
    while low < high:
        middle = (low + high) // 2
        scale = _POSTER_SCALES[middle]
        if (
            _height(
                _poster_story(content, Writer(Styles(scale, colours)), scale, frame_width, logo_room),
                frame_width,
            )
            <= frame_height
        ):
            high = middle
        else:
            low = middle + 1
    scale = _POSTER_SCALES[low]
    writer = Writer(Styles(scale, colours))
    story = _poster_story(content, writer, scale, frame_width, logo_room)
    output = io.BytesIO()
    document = SimpleDocTemplate(
        output,
        pagesize=(width, height),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin + 8 * MM,
        bottomMargin=margin,
        title=drawable(f"{content.texts.vision} · {content.team}", GlyphReport()),
        creator="Philosophy Studio",
        # Otherwise every page starts in Helvetica, which the PDF would then list.
        initialFontName=FAMILY,
    )

    def band(canvas: Canvas, _document: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(colour(colours.band))
        canvas.rect(0, height - 10 * MM, width, 10 * MM, stroke=0, fill=1)
        canvas.restoreState()

    fitted = KeepInFrame(frame_width, frame_height, story, mode="shrink")
    document.build([fitted], onFirstPage=band, onLaterPages=band)
    data = output.getvalue()
    return PdfResult(data, page_count(data), writer.report)


def _poster_story(
    content: CharterContent, writer: Writer, scale: float, width: float, logo_room: tuple[float, float]
) -> list[Flowable]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Spacer

    styles = writer.styles
    texts = content.texts
    # On the wall the values carry as much weight as the vision.
    styles.value_name = ParagraphStyle(
        "posterName", parent=styles.value_name, fontSize=18 * scale, leading=23 * scale
    )
    styles.value_meaning = ParagraphStyle(
        "posterMeaning", parent=styles.value_meaning, fontSize=12.5 * scale, leading=17 * scale
    )
    styles.rank = ParagraphStyle("posterRank", parent=styles.rank, fontSize=30 * scale, leading=32 * scale)
    team = ParagraphStyle("posterTeam", parent=styles.small, fontName=BOLD, spaceAfter=8 * scale)
    # The team's name and the first heading, beside the logo; the rest below them.
    heading: list[Flowable] = [writer.para(content.team, team)]
    rest: list[Flowable] = []
    if content.vision:
        vision = ParagraphStyle("posterVision", parent=styles.vision, fontSize=19 * scale, leading=26 * scale)
        heading += [writer.fixed(texts.vision, styles.h1), _accent_rule()]
        rest.append(writer.para(content.vision, vision))
    if content.values:
        title = writer.para(content.values_title, styles.h1)
        if content.vision:
            rest += [Spacer(1, 4 * scale), title]
        else:
            heading.append(title)
        rest.append(_value_list(content, writer, scale, poster=True))
    return beside_logo(heading, content.logo, logo_room, width) + rest


def _height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        _w, height = flowable.wrap(width, 1e9)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total
