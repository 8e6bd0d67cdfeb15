"""The charter as Markdown, for wikis and repositories. User text is escaped so that
``<b>``, ``*`` or a leading ``#`` come out as typed instead of as formatting."""

from __future__ import annotations

from collections.abc import Iterable

from philosophy_studio.export.charter_content import CharterContent, CustomerAppendix
from philosophy_studio.export.markup import markdown_text as m


def build_charter_markdown(content: CharterContent) -> str:
    texts = content.texts
    lines: list[str] = [f"# {m(texts.title)}", "", f"**{m(content.team)}**", ""]
    # Who led the workshop is said here, under the team, as on the PDF's cover.
    facilitated = texts.facilitated_by.format(name=content.facilitator) if content.facilitator else ""
    details = " · ".join(m(part) for part in (content.organisation, content.date, facilitated) if part)
    if details:
        lines += [details, ""]
    if content.version:
        lines += [f"*{m(content.version)}*", ""]
    if content.value_set_name:
        lines += [f"**{m(content.value_set_name)}**", ""]
    if content.vision:
        lines += [f"## {m(texts.vision)}", "", f"> {m(content.vision).replace(chr(10), chr(10) + '> ')}", ""]
    if content.values:
        title = content.values_title
        lines += [f"## {m(title)}", ""]
        for value in content.values:
            lines += [f"### {value.rank}\\. {m(value.name)}", ""]
            if value.meaning:
                lines += [f"*{m(value.meaning)}*", ""]
            for question, answer in value.answers:
                lines += [f"#### {m(question)}", "", m(answer), ""]
            if value.metrics:
                rows = [(x.name, x.method, x.target, x.frequency) for x in value.metrics]
                lines += [f"#### {m(texts.metrics)}", "", *_table(texts.metric_columns, rows), ""]
            for kind, items in zip(texts.behaviour_kinds.values(), (value.dos, value.donts), strict=True):
                if items:
                    lines += [f"#### {m(kind)}", "", *(f"- {m(item)}" for item in items), ""]
    if content.personas:
        lines += [f"## {m(texts.personas)}", ""]
        for persona in content.personas:
            if persona.name:
                lines += [f"### {m(persona.name)}", ""]
            if persona.kind:
                lines += [f"*{m(persona.kind)}*", ""]
            if persona.description:
                lines += [m(persona.description), ""]
            lines += [f"- **{m(label)}:** {m(fact)}" for label, fact in persona.facts]
            lines.append("")
    if content.approach or content.approach_notes:
        lines += [f"## {m(texts.approach)}", ""]
        if content.approach:
            lines += [f"**{m(content.approach)}**", ""]
        if content.approach_notes:
            lines += [m(content.approach_notes), ""]
    if content.leaders:
        lines += [f"## {m(texts.leaders)}", ""]
        for name, commitment in content.leaders:
            lines += [f"**{m(name)}**", "", m(commitment), ""]
    if content.sharing:
        lines += [f"## {m(texts.sharing)}", "", *_table(texts.sharing_columns, content.sharing), ""]
    lines += [f"## {m(texts.commitment)}", "", m(texts.commitment_intro), ""]
    lines += _table(texts.signature_columns, [(name, role, "", "") for name, role in content.signature_rows])
    if content.customers is not None:
        lines += ["", *_customers(content.customers)]
    return "\n".join(lines) + "\n"


def _customers(appendix: CustomerAppendix) -> list[str]:
    lines = [f"## {m(appendix.title)}", "", m(appendix.intro), ""]
    for columns, rows in (appendix.figures, appendix.words, appendix.values):
        if rows:
            lines += [*_table(columns, rows), ""]
    return lines[:-1]


def _table(headings: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> list[str]:
    def row(cells: Iterable[str]) -> str:
        # A table cell is one line: the author's line breaks become <br> there.
        return "| " + " | ".join(m(cell).replace("  \n", "<br>") for cell in cells) + " |"

    return [row(headings), "|" + "---|" * len(headings), *(row(cells) for cells in rows)]
