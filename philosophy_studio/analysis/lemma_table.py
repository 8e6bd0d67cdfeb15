"""The lemma tables of simplemma (MIT licence): about 1.2 million Turkish and 180,000
English word forms, each with its lemma.

simplemma is imported here, inside the function, never at module level: the GUI
imports the analysis package at start. Its low-memory backend is used: it keeps the
decompressed front-coded table (about 25 MB for Turkish) and decodes the few entries a
look-up needs, where the default backend builds a 1.2-million-entry dict (about 110 MB
and 1.3 s). Loading takes about 0.6 s for Turkish and 0.1 s for English, once per
process.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from philosophy_studio.domain.language import Language


@cache
def lemma_table(language: Language) -> Mapping[str, str]:
    """form → lemma, as simplemma's data spells them (proper nouns capitalised)."""
    from simplemma.strategies.dictionaries import StreamDictionaryFactory

    return StreamDictionaryFactory(cache_max_size=1).get_dictionary(language.value)
