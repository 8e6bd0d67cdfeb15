"""The shipped stopword and light-verb lists (resources/stopwords/, provenance in
SOURCES.md)."""

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


@cache
def light_verbs(language: Language) -> frozenset[str]:
    """Lemmas of auxiliaries and light verbs (olmak, etmek, be, have): they carry the
    grammar of an answer, not what it is about, so they are left out unless asked for."""
    path = resource_path("stopwords", f"light-verbs-{language.value}.txt")
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(normalise_word(word, language))
    return frozenset(words)
