"""Persona templates to start from, shipped per language in resources/templates/: a few
for each kind of service (a shop, a utility or public service, business customers,
healthcare, education), so that a team in any sector finds people like its own. Each
persona's customer type comes from its sector's set (domain/customer_types.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from philosophy_studio.domain.customer_types import SECTOR_TITLES, Sector
from philosophy_studio.domain.interchange import persona_from_document
from philosophy_studio.domain.model import Language, Persona
from philosophy_studio.resources import resource_path


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


__all__ = ["SECTOR_TITLES", "PersonaTemplate", "Sector", "persona_templates"]
