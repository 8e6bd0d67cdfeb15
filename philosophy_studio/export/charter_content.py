"""What the charter says, gathered once from a workshop in its own language; the PDF,
poster, HTML and Markdown writers only lay it out. The team's text is set with
typographic quotes here (export/typography.py), once for every format. Empty fields
are left out here, so a half-finished workshop still gives a tidy charter with what it
has; so are items added but never written (domain/rules/unfinished.py), which the
checklist names instead."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

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


def charter_content(workshop: Workshop) -> CharterContent:
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
        personas=tuple(_persona_brief(persona, texts) for persona in workshop.personas if _named(persona)),
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


def _persona_brief(persona: Persona, texts: CharterTexts) -> PersonaBrief:
    kind = " · ".join(
        part
        for part in (
            texts.customer_types[persona.customer_type] if persona.customer_type else "",
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
