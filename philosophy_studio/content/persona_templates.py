"""Persona templates to start from, shipped per language in resources/templates/."""

from __future__ import annotations

import json

from philosophy_studio.domain.interchange import persona_from_document
from philosophy_studio.domain.model import Language, Persona
from philosophy_studio.resources import resource_path


def persona_templates(language: Language) -> tuple[Persona, ...]:
    path = resource_path("templates", f"personas-{language.value}.json")
    return tuple(persona_from_document(entry) for entry in json.loads(path.read_text(encoding="utf-8")))
