"""The charter as one self-contained HTML page (inline CSS, no external assets) for an
intranet or website. Every user string is escaped; ``dir="auto"`` lets a browser lay
out right-to-left text correctly, which the PDF cannot."""

from __future__ import annotations

import base64

from philosophy_studio.export.charter_content import CharterContent, CustomerAppendix
from philosophy_studio.export.charter_pdf import GOLD, INK, MUTED, RULE, Palette, palette
from philosophy_studio.export.markup import html_text as t


def _css(colours: Palette) -> str:
    accent, tint, band = colours.ink, colours.tint, colours.band
    return f"""
body {{ font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: {INK};
  max-width: 46rem; margin: 2rem auto; padding: 0 1.2rem; line-height: 1.55; }}
header {{ border-top: 0.6rem solid {band}; padding-top: 1.2rem; }}
header::after {{ content: ""; display: block; clear: both; }}
.logo {{ float: right; max-width: 11rem; max-height: 6rem; margin: 0 0 0.8rem 1.2rem; }}
h1 {{ color: {accent}; font-size: 2rem; margin: 0 0 0.4rem; }}
h2 {{ color: {accent}; margin-top: 2.4rem; border-bottom: 2px solid {GOLD}; padding-bottom: 0.2rem; }}
h3 {{ margin: 1.6rem 0 0.2rem; }}
h4 {{ color: {accent}; font-size: 0.9rem; margin: 0.9rem 0 0.1rem; }}
p, li, td, th {{ overflow-wrap: anywhere; }}
.team {{ font-size: 1.5rem; font-weight: bold; margin: 0; }}
.muted, .meaning {{ color: {MUTED}; }}
.meaning {{ font-style: italic; }}
.set {{ color: {GOLD}; font-size: 2.4rem; font-weight: bold; margin: 0.6rem 0 0; }}
.vision {{ color: {accent}; font-size: 1.45rem; line-height: 1.45; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.4rem 0; table-layout: fixed; }}
th {{ background: {tint}; color: {accent}; text-align: left; border-bottom: 2px solid {accent}; }}
th, td {{ padding: 0.3rem 0.5rem; vertical-align: top; }}
td {{ border-bottom: 1px solid {RULE}; }}
.signatures {{ border-collapse: separate; border-spacing: 0.8rem 0; }}
.signatures th {{ background: none; color: {MUTED}; font-size: 0.8rem; border-bottom: none; padding: 0; }}
.signatures td {{ height: 3.2rem; border-bottom: 1px solid {MUTED}; vertical-align: bottom;
  padding: 0 0 0.15rem; font-size: 0.9rem; line-height: 1.3; }}
.sign-off {{ break-before: page; page-break-before: always; }}
@media print {{
  body {{ max-width: none; margin: 0; }}
  /* A heading (and a persona's customer type under its name) goes to the next page
     with the text it introduces; a table row, a list item and a signature line are
     never cut in two; a table's headings repeat. */
  h1, h2, h3, h4, .kind, .meaning {{ break-after: avoid; page-break-after: avoid; }}
  tr, li, .meaning {{ break-inside: avoid; page-break-inside: avoid; }}
  thead {{ display: table-header-group; }}
  p {{ orphans: 3; widows: 3; }}
}}
"""


def _logo(content: CharterContent) -> list[str]:
    # Inline, like the styles: the page stays one file that works anywhere.
    if content.logo is None:
        return []
    data = base64.b64encode(content.logo.data).decode("ascii")
    owner = content.organisation or content.team
    return [f'<img class="logo" src="data:{content.logo.mime};base64,{data}" alt="{t(owner)}">']


# Column widths in percent: the descriptions (how a metric is measured, what is shared)
# take the room, names and dates what they need. Equal columns squeezed a description
# into a dozen lines.
_METRIC_WIDTHS = (26, 38, 18, 18)
_SHARING_WIDTHS = (18, 44, 19, 19)
_SIGNATURE_WIDTHS = (28, 28, 28, 16)
# The customers' appendix by its number of columns: figures, words, values.
_APPENDIX_WIDTHS = {2: (28, 72), 3: (46, 27, 27), 4: (34, 22, 22, 22)}


def build_charter_html(content: CharterContent) -> str:
    texts = content.texts
    parts: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{content.language.value}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{t(texts.title)} · {t(content.team)}</title>",
        f"<style>{_css(palette(content.accent))}</style>",
        "</head>",
        "<body>",
        "<header>",
        *_logo(content),
        f"<h1>{t(texts.title)}</h1>",
        f'<p class="team" dir="auto">{t(content.team)}</p>',
    ]
    # Who led the workshop is said here, under the team, as on the PDF's cover.
    facilitated = texts.facilitated_by.format(name=content.facilitator) if content.facilitator else ""
    details = " · ".join(t(part) for part in (content.organisation, content.date, facilitated) if part)
    if details:
        parts.append(f'<p class="muted" dir="auto">{details}</p>')
    if content.version:
        parts.append(f'<p class="muted">{t(content.version)}</p>')
    if content.value_set_name:
        parts.append(f'<p class="set" dir="auto">{t(content.value_set_name)}</p>')
    parts.append("</header>")
    if content.vision:
        parts += [f"<h2>{t(texts.vision)}</h2>", f'<p class="vision" dir="auto">{t(content.vision)}</p>']
    if content.values:
        title = content.values_title
        parts.append(f"<h2>{t(title)}</h2>")
        for value in content.values:
            parts.append(f'<h3 dir="auto">{value.rank}. {t(value.name)}</h3>')
            if value.meaning:
                parts.append(f'<p class="meaning" dir="auto">{t(value.meaning)}</p>')
            for question, answer in value.answers:
                parts += [f"<h4>{t(question)}</h4>", f'<p dir="auto">{t(answer)}</p>']
            if value.metrics:
                parts.append(f"<h4>{t(texts.metrics)}</h4>")
                rows = [(m.name, m.method, m.target, m.frequency) for m in value.metrics]
                parts.append(_table(texts.metric_columns, rows, _METRIC_WIDTHS))
            for kind, items in zip(texts.behaviour_kinds.values(), (value.dos, value.donts), strict=True):
                if items:
                    parts.append(f"<h4>{t(kind)}</h4><ul>")
                    parts += [f'<li dir="auto">{t(item)}</li>' for item in items]
                    parts.append("</ul>")
    if content.personas:
        parts.append(f"<h2>{t(texts.personas)}</h2>")
        for persona in content.personas:
            if persona.name:
                parts.append(f'<h3 dir="auto">{t(persona.name)}</h3>')
            if persona.kind:
                parts.append(f'<p class="muted kind" dir="auto">{t(persona.kind)}</p>')
            if persona.description:
                parts.append(f'<p dir="auto">{t(persona.description)}</p>')
            if persona.facts:
                parts.append("<ul>")
                parts += [
                    f'<li dir="auto"><b>{t(label)}:</b> {t(fact)}</li>' for label, fact in persona.facts
                ]
                parts.append("</ul>")
    if content.approach or content.approach_notes:
        parts.append(f"<h2>{t(texts.approach)}</h2>")
        if content.approach:
            parts.append(f"<p><b>{t(content.approach)}</b></p>")
        if content.approach_notes:
            parts.append(f'<p dir="auto">{t(content.approach_notes)}</p>')
    if content.leaders:
        parts.append(f"<h2>{t(texts.leaders)}</h2>")
        for name, commitment in content.leaders:
            parts += [f'<h4 dir="auto">{t(name)}</h4>', f'<p dir="auto">{t(commitment)}</p>']
    if content.sharing:
        parts += [
            f"<h2>{t(texts.sharing)}</h2>",
            _table(texts.sharing_columns, content.sharing, _SHARING_WIDTHS),
        ]
    # The sign-off starts a printed page of its own.
    parts += [
        f'<h2 class="sign-off">{t(texts.commitment)}</h2>',
        f"<p>{t(texts.commitment_intro)}</p>",
    ]
    signature_rows = "".join(
        f'<tr><td dir="auto">{t(name)}</td><td dir="auto">{t(role)}</td><td></td><td></td></tr>'
        for name, role in content.signature_rows
    )
    heads = "".join(f"<th>{t(label)}</th>" for label in texts.signature_columns)
    parts.append(
        f'<table class="signatures">{_columns(_SIGNATURE_WIDTHS)}<thead><tr>{heads}</tr></thead>'
        f"<tbody>{signature_rows}</tbody></table>"
    )
    if content.customers is not None:
        parts += _customers(content.customers)
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _customers(appendix: CustomerAppendix) -> list[str]:
    """The appendix on a printed page of its own (styled in place, so that a charter
    without it keeps its style sheet byte for byte)."""
    parts = [
        f'<h2 style="break-before: page; page-break-before: always">{t(appendix.title)}</h2>',
        f"<p>{t(appendix.intro)}</p>",
    ]
    for columns, rows in (appendix.figures, appendix.words, appendix.values):
        if rows:
            widths = _APPENDIX_WIDTHS[len(columns)]
            parts.append(_table(columns, rows, widths))
    return parts


def _columns(widths: tuple[int, ...]) -> str:
    return "<colgroup>" + "".join(f'<col style="width: {width}%">' for width in widths) + "</colgroup>"


def _table(headings: tuple[str, ...], rows: object, widths: tuple[int, ...]) -> str:
    head = "".join(f"<th>{t(heading)}</th>" for heading in headings)
    body = "".join(
        "<tr>" + "".join(f'<td dir="auto">{t(cell)}</td>' for cell in row) + "</tr>"
        for row in rows  # type: ignore[attr-defined]
    )
    return f"<table>{_columns(widths)}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
