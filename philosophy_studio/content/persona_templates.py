"""Persona templates to start from, shipped per language in resources/templates/: a few
for each kind of service (a shop, a utility or public service, business customers,
healthcare, education), so that a team in any sector finds people like its own."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.interchange import persona_from_document
from philosophy_studio.domain.model import Language, Persona
from philosophy_studio.resources import resource_path


class Sector(StrEnum):
    RETAIL = "retail"
    UTILITY = "utility"
    B2B = "b2b"
    HEALTHCARE = "healthcare"
    EDUCATION = "education"


# Translated under the personas page's context, where the catalogue has them.
SECTOR_TITLES = {
    Sector.RETAIL: QT_TRANSLATE_NOOP("PersonasPage", "Shops and online retail"),
    Sector.UTILITY: QT_TRANSLATE_NOOP("PersonasPage", "Utilities and public services"),
    Sector.B2B: QT_TRANSLATE_NOOP("PersonasPage", "Business customers"),
    Sector.HEALTHCARE: QT_TRANSLATE_NOOP("PersonasPage", "Healthcare"),
    Sector.EDUCATION: QT_TRANSLATE_NOOP("PersonasPage", "Education"),
}


@dataclass(frozen=True)
class PersonaTemplate:
    sector: Sector
    persona: Persona


def persona_templates(language: Language) -> tuple[PersonaTemplate, ...]:
    path = resource_path("templates", f"personas-{language.value}.json")
    return tuple(
        PersonaTemplate(Sector(entry["sector"]), persona_from_document(entry))
        for entry in json.loads(path.read_text(encoding="utf-8"))
    )
