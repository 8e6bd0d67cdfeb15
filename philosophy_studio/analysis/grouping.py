"""Which word forms are inflections of one word, and how a person writes that word.

Every distinct form of the answers gets its lemma: müşteriler, müşterilerimizin and
müşteriye → müşteri; gördüklerini, görüyorum → gör; ediyorum, etmem, ederim → et;
went, gone → go. The lemmas come from real lemmatisation data (simplemma's tables,
lemma_table.py) with our rules for what the data does not know or does not do as the
analysis needs (turkish.py, english.py): misspelt and ALL-CAPS forms, roots only the
corpus attests, irregular English forms the data lacks, and derivations kept apart
(saygı / saygılı, care / caring). Forms with the same lemma are one word; the lemma is
the group key.

Measured against the manual lemmas of Universal Dependencies treebanks by
tests/benchmarks/bench_grouping.py (figures in the README).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from philosophy_studio.analysis import english, turkish
from philosophy_studio.domain.language import Language

_APOSTROPHE = re.compile("['’]")
# Abstract nouns of a quality: dürüst-lük, şeffaf-lık, samimi-yet.
_TURKISH_QUALITY = re.compile("(?:l[ıiuü]k|(?<=i)yet)$")
# English words ending in -ness that are no quality of the word before it.
_NOT_QUALITIES = frozenset({"business", "witness", "harness", "wilderness"})


def group_forms(forms: Iterable[str], language: Language) -> dict[str, str]:
    """A group key for every form (lower case, as analysis/tokens.py makes it): its
    lemma. Forms with equal keys are one word. Deterministic: depends only on the set
    of forms, not on their order."""
    # What follows an apostrophe is a suffix (Apple'ın, customer's), as the tokenizer
    # reads it; forms from elsewhere (a card's words) may still carry one.
    bare = {form: _APOSTROPHE.split(form, maxsplit=1)[0] or form for form in set(forms)}
    if not bare:
        return {}  # nothing to group: the lemma table need not load
    lemmatise = turkish.lemmas if language is Language.TURKISH else english.lemmas
    lemma_of = lemmatise(set(bare.values()))
    return {form: lemma_of[base] for form, base in bare.items()}


def headwords(
    keys: Iterable[str],
    language: Language,
    forms: Mapping[str, Iterable[tuple[str, int]]] | None = None,
) -> dict[str, str]:
    """Each group key as a dictionary shows the word: Turkish verbs by their infinitive
    (gör → görmek, al → almak, hisset → hissetmek, et → etmek), nouns and adjectives
    as they are (sorun, tesis), English lemmas as they are (help, go).

    ``forms`` gives a key's forms in the answers with their counts, as the word list
    shows them. Where a Turkish root is a noun as well as a verb (yüz, gül, güven), they
    decide which the answers mean; without them the root reads as the verb."""
    keys = list(keys)
    if language is not Language.TURKISH:
        return {key: key for key in keys}
    forms = forms or {}
    return {key: turkish.infinitive(key) if turkish.is_verb(key, forms.get(key, ())) else key for key in keys}


def quality_root(key: str, language: Language) -> str:
    """The word an abstract noun of a quality is made from (dürüstlük → dürüst,
    samimiyet → samimi, kindness → kind, friendliness → friendly), else ``key`` itself.
    Counting keeps them apart; a value card named by the quality is still supported by
    answers that use the adjective, and the other way round."""
    if language is Language.TURKISH:
        match = _TURKISH_QUALITY.search(key)
        return key[: match.start()] if match and match.start() >= 3 else key
    if key.endswith("ness") and len(key) >= 7 and key not in _NOT_QUALITIES:
        base = key[:-4]
        return base[:-1] + "y" if base.endswith("i") else base
    return key
