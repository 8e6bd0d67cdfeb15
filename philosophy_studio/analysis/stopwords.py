"""The shipped stopword lists (resources/stopwords/, provenance in SOURCES.md)."""

from __future__ import annotations

from functools import cache

from philosophy_studio.analysis.tokens import normalise_word
from philosophy_studio.domain.language import Language
from philosophy_studio.resources import resource_path


@cache
def shipped_stopwords(language: Language) -> frozenset[str]:
    path = resource_path("stopwords", f"{language.value}.txt")
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            words.add(normalise_word(word, language))
    return frozenset(words)
