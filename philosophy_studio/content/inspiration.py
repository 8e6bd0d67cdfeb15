"""The inspiration library beside the values board: example values from well-known
service principles and the skills of good representatives, in both languages
(resources/inspiration/, written in our own words)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from philosophy_studio.domain.language import Language
from philosophy_studio.resources import resource_path


@dataclass(frozen=True)
class Example:
    name: str
    line: str
    source: str


@cache
def examples(language: Language) -> tuple[Example, ...]:
    document = json.loads(resource_path("inspiration", f"{language.value}.json").read_text(encoding="utf-8"))
    return tuple(Example(e["name"], e["line"], e["source"]) for e in document["examples"])
