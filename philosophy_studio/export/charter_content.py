"""What the charter says, gathered once from a workshop in its own language; the PDF,
poster, HTML and Markdown writers only lay it out. The team's text is set with
typographic quotes here (export/typography.py), once for every format. Empty fields
are left out here, so a half-finished workshop still gives a tidy charter with what it
has; so are items added but never written (domain/rules/unfinished.py), which the
checklist names instead."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from philosophy_studio.domain.cover import Logo
from philosophy_studio.domain.feedback import ScoreScale
from philosophy_studio.domain.model import (
    Availability,
    BehaviourKind,
    GuidelineQuestion,
    Language,
    Metric,
    Persona,
    ValueCard,
    Workshop,
)
from philosophy_studio.domain.rules.unfinished import shared_what, unnamed_metric, unwritten_behaviour
from philosophy_studio.export.charter_texts import CharterTexts, charter_texts
from philosophy_studio.export.typography import typographic as q


@dataclass(frozen=True)
class ValueSection:
    rank: int
    name: str
    meaning: str
    # One line for the poster: the meaning, or else the team's first answer about what
    # the value means, cut to its first sentence (see one_line).
    headline: str
    answers: tuple[tuple[str, str], ...]  # (question title, answer), in question order
    metrics: tuple[Metric, ...]
    dos: tuple[str, ...]
    donts: tuple[str, ...]

    @property
    def has_details(self) -> bool:
        return bool(self.answers or self.metrics or self.dos or self.donts)


@dataclass(frozen=True)
class PersonaBrief:
    name: str
    kind: str  # customer type and segment
    description: str
    facts: tuple[tuple[str, str], ...]  # (label, value): expectations and channels


# The sign-off sheet: a row for everyone the workshop names, and room for the rest of
# the team to sign beside them.
MIN_SIGNATURE_ROWS = 8
SPARE_SIGNATURE_ROWS = 4


@dataclass(frozen=True)
class CharterContent:
    language: Language
    texts: CharterTexts
    team: str
    organisation: str
    facilitator: str
    date: str
    value_set_name: str
    vision: str
    values: tuple[ValueSection, ...]
    personas: tuple[PersonaBrief, ...]
    approach: str
    approach_notes: str
    leaders: tuple[tuple[str, str], ...]  # (value name, commitment)
    sharing: tuple[tuple[str, str, str, str], ...]  # where, what, who, when
    # (name, role) printed on the sign-off sheet: the facilitator, then the people the
    # sharing plan makes responsible (named by their role).
    signatories: tuple[tuple[str, str], ...]
    # "What our customers say today", printed after the sign-off when asked for.
    customers: CustomerAppendix | None = None
    # Which kept version this is, or that it changed since the last one ("" before the
    # first is kept).
    version: str = ""
    # The cover's logo and accent colour ('#rrggbb', '' for the charter's own).
    logo: Logo | None = None
    accent: str = ""

    @property
    def signature_rows(self) -> tuple[tuple[str, str], ...]:
        """The sign-off sheet's rows: the signatories, then blank rows to write on."""
        count = max(MIN_SIGNATURE_ROWS, len(self.signatories) + SPARE_SIGNATURE_ROWS)
        return self.signatories + (("", ""),) * (count - len(self.signatories))

    @property
    def values_title(self) -> str:
        if self.value_set_name:
            return self.texts.value_set.format(name=self.value_set_name)
        return self.texts.values


def charter_content(
    workshop: Workshop, customers: CustomerSummary | None = None, *, versioned: bool = True
) -> CharterContent:
    """What the charter of ``workshop`` says; ``versioned`` also says where it stands
    among the kept versions (a version itself is kept without that line)."""
    content = _content(workshop, customers)
    if versioned and workshop.charter_versions:
        from philosophy_studio.export.charter_versions import version_line

        content = dataclasses.replace(content, version=version_line(workshop, content.texts))
    return content


def _content(workshop: Workshop, customers: CustomerSummary | None) -> CharterContent:
    texts = charter_texts(workshop.info.language)
    chosen = workshop.chosen_values
    vision = workshop.chosen_vision
    return CharterContent(
        language=workshop.info.language,
        texts=texts,
        team=q(workshop.info.team_name),
        organisation=q(workshop.info.organisation),
        facilitator=q(workshop.info.facilitator),
        date=texts.date(workshop.info.date) if workshop.info.date else "",
        value_set_name=q(workshop.value_set_name.strip()),
        vision=q(vision.text.strip()) if vision is not None else "",
        values=tuple(_value_section(position, card, texts) for position, card in enumerate(chosen, 1)),
        personas=tuple(
            _persona_brief(persona, workshop, texts) for persona in workshop.personas if _named(persona)
        ),
        approach=texts.approaches[workshop.approach] if workshop.approach is not None else "",
        approach_notes=q(workshop.approach_notes.strip()),
        leaders=tuple(
            (q(card.name), q(card.leader_commitment.strip()))
            for card in chosen
            if card.leader_commitment.strip()
        ),
        sharing=tuple(
            (
                q(item.place.strip()) or texts.sharing_channels[item.channel],
                q(shared_what(item)),
                q(item.who.strip()),
                q(item.when.strip()),
            )
            for item in workshop.sharing_plan
            if shared_what(item) or item.who.strip() or item.when.strip()
        ),
        signatories=_signatories(workshop, texts),
        customers=customer_appendix(customers, workshop.info.language) if customers is not None else None,
        logo=workshop.logo,
        accent=workshop.accent_colour,
    )


def _signatories(workshop: Workshop, texts: CharterTexts) -> tuple[tuple[str, str], ...]:
    people: list[tuple[str, str]] = []
    if workshop.info.facilitator.strip():
        people.append((q(workshop.info.facilitator.strip()), texts.facilitator_role))
    seen: set[str] = set()
    for item in workshop.sharing_plan:
        who = item.who.strip()
        if who and who.casefold() not in seen:
            seen.add(who.casefold())
            people.append(("", q(who)))
    return tuple(people)


# A poster line read from across the room: one or two lines at poster size.
HEADLINE_LIMIT = 160
# A sentence ends at . ! ? or … followed by a space and a capital (perhaps after an
# opening quote), so that "A.Ş. ile" or "e.g. the" does not end it.
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s+[\"“‘'(]*(\w))")


def one_line(text: str, limit: int = HEADLINE_LIMIT) -> str:
    """The first line of ``text``, cut to its first sentence when longer than ``limit``,
    and to the last whole word before ``limit`` with an ellipsis when even that is
    longer (a word longer than the limit is cut where the limit falls)."""
    line = text.strip().split("\n", 1)[0].strip()
    if len(line) <= limit:
        return line
    for end in _SENTENCE_END.finditer(line):
        if end.end() > limit:
            break
        if end.group(1).isupper():
            return line[: end.end()]
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


def _value_section(position: int, card: ValueCard, texts: CharterTexts) -> ValueSection:
    answers = tuple(
        (texts.questions[question], q(card.guidelines.get(question, "").strip()))
        for question in GuidelineQuestion
        if card.guidelines.get(question, "").strip()
    )
    return ValueSection(
        rank=position,
        name=q(card.name),
        meaning=q(card.description.strip()),
        headline=q(one_line(card.description or card.guidelines.get(GuidelineQuestion.MEANING, ""))),
        answers=answers,
        metrics=tuple(_printed_metric(metric) for metric in card.metrics if not unnamed_metric(metric)),
        dos=_behaviours(card, BehaviourKind.DO),
        donts=_behaviours(card, BehaviourKind.DONT),
    )


def _printed_metric(metric: Metric) -> Metric:
    return dataclasses.replace(
        metric,
        name=q(metric.name),
        method=q(metric.method),
        target=q(metric.target),
        frequency=q(metric.frequency),
    )


def _behaviours(card: ValueCard, kind: BehaviourKind) -> tuple[str, ...]:
    return tuple(q(b.text) for b in card.behaviours if b.kind is kind and not unwritten_behaviour(b))


def _named(persona: Persona) -> bool:
    return bool(persona.name.strip() or persona.description.strip())


def _persona_brief(persona: Persona, workshop: Workshop, texts: CharterTexts) -> PersonaBrief:
    customer_type = workshop.customer_type(persona.customer_type)
    kind = " · ".join(
        part
        for part in (
            q(customer_type.name) if customer_type is not None else "",
            texts.segments[persona.segment] if persona.segment else "",
        )
        if part
    )
    facts: list[tuple[str, str]] = []
    if persona.availability is Availability.CUSTOM and persona.custom_hours.strip():
        facts.append((texts.availability_label, q(persona.custom_hours.strip())))
    elif persona.availability is not None and persona.availability is not Availability.CUSTOM:
        facts.append((texts.availability_label, texts.availability[persona.availability]))
    if persona.first_response.strip():
        facts.append((texts.first_response, q(persona.first_response.strip())))
    facts.append((texts.tone_label, texts.tone(persona.tone)))
    if persona.channels:
        facts.append((texts.channels_label, " › ".join(texts.channels[c] for c in persona.channels)))
    return PersonaBrief(
        name=q(persona.name.strip()),
        kind=kind,
        description=q(persona.description.strip()),
        facts=tuple(facts),
    )


# --- the customers' appendix ------------------------------------------------------------


@dataclass(frozen=True)
class CustomerSummary:
    """What the appendix reports of the customers' feedback, gathered by the services
    (services/feedback.py), so that this module needs no analysis."""

    comments: int
    first_day: dt.date | None
    last_day: dt.date | None
    scale: ScoreScale | None
    # (where: "" for all comments or a channel; NPS or CSAT %; scores).
    figures: tuple[tuple[str, float | None, int], ...] = ()
    # The same by month, each named YYYY-MM.
    months: tuple[tuple[str, float | None, int], ...] = ()
    # Group ("customers", "promoters", "detractors") -> its words with how many comments use each.
    words: Mapping[str, Sequence[tuple[str, int]]] = dataclasses.field(default_factory=dict)
    # (value, comments speaking to it, of them from promoters, from detractors).
    values: tuple[tuple[str, int, int, int], ...] = ()


@dataclass(frozen=True)
class CustomerAppendix:
    """The appendix as it is printed: every text set, every number formatted. Tables are
    (columns, rows); a table without rows is not printed."""

    title: str
    intro: str
    figures: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]
    words: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]
    values: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


@dataclass(frozen=True)
class _AppendixTexts:
    title: str
    intro: str
    period: str
    comments: str
    all_comments: str
    scores: str
    who: str
    words: str
    customers: str
    promoters: Mapping[ScoreScale, str]
    detractors: Mapping[ScoreScale, str]
    value: str
    speaking: str


_APPENDIX = {
    Language.ENGLISH: _AppendixTexts(
        title="What our customers say today",
        intro="{comments} customer comments{period}: the baseline the check-ins measure this charter's "
        "values against.",
        period=" from {first} to {last}",
        comments="Comments",
        all_comments="All comments",
        scores="Scores",
        who="Who",
        words="Their most used words (comments using each)",
        customers="All customers",
        promoters={ScoreScale.NPS: "Promoters (9–10)", ScoreScale.CSAT: "Satisfied (4–5)"},
        detractors={ScoreScale.NPS: "Detractors (0–6)", ScoreScale.CSAT: "Dissatisfied (1–2)"},
        value="Value",
        speaking="Comments about it",
    ),
    Language.TURKISH: _AppendixTexts(
        title="Müşterilerimiz bugün ne diyor",
        intro="{period}{comments} müşteri yorumu: kontrol toplantılarında bu tüzüğün değerlerinin "
        "karşılaştırılacağı başlangıç noktası.",
        period="{first} ile {last} arasında ",
        comments="Yorumlar",
        all_comments="Tüm yorumlar",
        scores="Puan sayısı",
        who="Kim",
        words="En çok kullandıkları kelimeler (kullanan yorum sayısı)",
        customers="Tüm müşteriler",
        promoters={ScoreScale.NPS: "Tavsiye edenler (9–10)", ScoreScale.CSAT: "Memnun olanlar (4–5)"},
        detractors={ScoreScale.NPS: "Eleştirenler (0–6)", ScoreScale.CSAT: "Memnun olmayanlar (1–2)"},
        value="Değer",
        speaking="Ondan söz eden yorum",
    ),
}


def _number(value: float, language: Language, digits: int = 0) -> str:
    """``value`` with the language's separators: 12,345.6 in English, 12.345,6 in Turkish."""
    shown = f"{value:,.{digits}f}"
    if language is Language.TURKISH:
        shown = shown.replace(",", "_").replace(".", ",").replace("_", ".")
    return shown


def _score(value: float | None, scale: ScoreScale, language: Language) -> str:
    """An NPS with its sign (+12,5), a CSAT as a percentage (%80,0 in Turkish)."""
    if value is None:
        return "–"
    shown = _number(value, language, 1)
    if scale is ScoreScale.NPS:
        return ("+" if value > 0 else "") + shown
    return "%" + shown if language is Language.TURKISH else shown + "%"


def customer_appendix(summary: CustomerSummary, language: Language) -> CustomerAppendix:
    words = _APPENDIX[language]
    dates = charter_texts(language).date
    period = ""
    if summary.first_day is not None and summary.last_day is not None:
        period = words.period.format(first=dates(summary.first_day), last=dates(summary.last_day))
    scale = summary.scale
    groups = {"customers": words.customers}
    figures: tuple[tuple[str, ...], ...] = ()
    value_columns: tuple[str, ...] = (words.value, words.speaking)
    if scale is not None:
        groups |= {"promoters": words.promoters[scale], "detractors": words.detractors[scale]}
        value_columns += (words.promoters[scale], words.detractors[scale])
        names = charter_texts(language).months
        rows = [(q(where) or words.all_comments, value, scored) for where, value, scored in summary.figures]
        rows += [
            (f"{names[int(month[5:]) - 1]} {month[:4]}", value, scored)
            for month, value, scored in summary.months
        ]
        figures = tuple(
            (where, _score(value, scale, language), _number(scored, language))
            for where, value, scored in rows
        )
    return CustomerAppendix(
        title=words.title,
        intro=words.intro.format(comments=_number(summary.comments, language), period=period),
        figures=((words.comments, scale.name if scale is not None else "", words.scores), figures),
        words=(
            (words.who, words.words),
            tuple(
                (
                    label,
                    ", ".join(
                        f"{q(word)} ({_number(used, language)})" for word, used in summary.words[group]
                    ),
                )
                for group, label in groups.items()
                if summary.words.get(group)
            ),
        ),
        values=(
            value_columns,
            tuple(
                (q(name), *(_number(number, language) for number in numbers[: len(value_columns) - 1]))
                for name, *numbers in summary.values
            ),
        ),
    )
