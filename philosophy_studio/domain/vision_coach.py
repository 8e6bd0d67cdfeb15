"""Checks a draft vision statement against what the method asks of one: clear,
concise, positive, about customers, carrying the chosen values. Only checks a program
can make honestly; the rest (is it motivating? does it say what sets us apart?) stays
with the room, as prompts."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from philosophy_studio.domain.language import Language
from philosophy_studio.domain.text import fold

TARGET_WORDS = (12, 45)
LONG_SENTENCE_WORDS = 28
MAX_SENTENCES = 3

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?…]+")

# Whole words that make a statement read as a negation, per language.
_NEGATIONS = {
    Language.TURKISH: {"değil", "asla", "hiçbir", "hiç", "yok", "olmaz", "olmayan", "hiçbiri"},
    Language.ENGLISH: {
        "not",
        "never",
        "no",
        "nobody",
        "nothing",
        "none",
        "don't",
        "won't",
        "can't",
        "cannot",
        "isn't",
        "aren't",
        "doesn't",
        "without",
    },
}
# Turkish says "we do not" with a suffix on the verb (bekletmeyiz, atmayız, bırakmıyoruz,
# yapmayacağız, bekletmemek, çalışmadık, beklemez): the negative -mA- after a root of at
# least two letters, then a person, tense or infinitive ending.
_TURKISH_NEGATIVE_VERB = re.compile(
    r"^\w{2,}m(?:[ae]y[ıiuü]z\w*|[ıiuü]yor\w*|[ae]y[ae]c[ae][kğ]\w*|[ae]m[ae](?:k|y[ae]|s[ıi]\w*)"
    r"|[ae]d[ıiuü](?:k\w*|m\w*|n\w*)?|[ae]z(?:s[ıi]n\w*|l[ae]r|d[ıi])?)$"
)
# Adjectives made from a passive verb and -mAz read as praise, not as a negation:
# unutulmaz (unforgettable), vazgeçilmez (indispensable), yorulmaz (tireless).
_TURKISH_PRAISING_NEGATIVE = re.compile(r"[ıiuü][ln]m[ae]z\w*$")


def _negations(folded_words: list[str], language: Language) -> list[str]:
    found = {word for word in folded_words if word in _NEGATIONS[language]}
    if language is Language.TURKISH:
        found |= {
            word
            for word in folded_words
            if word.startswith("değil")
            or (_TURKISH_NEGATIVE_VERB.match(word) and not _TURKISH_PRAISING_NEGATIVE.search(word))
        }
    return sorted(found)


# Word beginnings that mean the customer (Turkish inflects: müşterilerimize, müşteriyle).
_CUSTOMER_STEMS = {
    Language.TURKISH: ("müşteri", "alıcı", "abone", "danışan", "hasta", "kullanıcı", "misafir", "konuk"),
    Language.ENGLISH: (
        "customer",
        "client",
        "guest",
        "rider",
        "user",
        "member",
        "patient",
        "buyer",
        "subscriber",
    ),
}


class CheckKind(StrEnum):
    LENGTH = "length"
    SENTENCES = "sentences"
    LONG_SENTENCE = "long_sentence"
    POSITIVE = "positive"
    CUSTOMERS = "customers"
    VALUES = "values"
    SURVEY_WORDS = "survey_words"


# Checks that suggest rather than judge: a vision may carry the values in other words
# than their names, and need not name them all.
SUGGESTIONS = frozenset({CheckKind.VALUES, CheckKind.SURVEY_WORDS})


@dataclass(frozen=True)
class Check:
    kind: CheckKind
    passed: bool
    # What the check found, for the message: word counts, the negative words, the
    # values that do not appear yet.
    details: tuple[str, ...] = ()
    number: int = 0

    @property
    def is_suggestion(self) -> bool:
        return self.kind in SUGGESTIONS


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if words(part)]


def _shared_prefix(first: str, second: str) -> int:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length


def _mentions(folded_words: list[str], word: str) -> bool:
    """Whether some word of the text is an inflected form of ``word``: they share a
    beginning that leaves at most three letters of the shorter one over (listen/
    listened/listening, güven/güvenilir, dürüst/dürüstlüğü), and at least four."""
    return any(
        _shared_prefix(candidate, word) >= max(4, min(len(candidate), len(word)) - 3)
        for candidate in folded_words
    )


def _value_mentioned(folded_words: list[str], name: str, language: Language) -> bool:
    """A value counts as mentioned when any of its distinctive words (four letters or
    more; all of them for short names) appears in some inflected form."""
    name_words = [fold(word, language is Language.TURKISH) for word in words(name)]
    distinctive = [word for word in name_words if len(word) >= 4] or name_words
    return any(_mentions(folded_words, word) for word in distinctive)


def _uses_a_form(folded_words: list[str], forms: Collection[str]) -> bool:
    """Whether the text uses one of ``forms`` (lower case; a form of several words, such
    as güler yüzlü, word for word)."""
    present = set(folded_words)
    joined = f" {' '.join(folded_words)} "
    return any(form in present or (" " in form and f" {form} " in joined) for form in forms)


def coach(
    text: str,
    language: Language,
    value_names: tuple[str, ...] = (),
    survey_words: tuple[str, ...] = (),
    survey_forms: Mapping[str, Collection[str]] = MappingProxyType({}),
) -> list[Check]:
    """The checks of ``text``. ``survey_words`` are the staff's most used words in the
    survey (by their dictionary forms), ``survey_forms`` the forms each takes in the
    answers; the check reports which of them the draft carries (none is not a failure
    of wording, but the room should know)."""
    all_words = words(text)
    folded = [fold(word, language is Language.TURKISH) for word in all_words]
    parts = sentences(text)
    longest = max((len(words(part)) for part in parts), default=0)
    lowest, highest = TARGET_WORDS
    negations = _negations(folded, language)
    customers = any(word.startswith(_CUSTOMER_STEMS[language]) for word in folded)
    missing_values = tuple(name for name in value_names if not _value_mentioned(folded, name, language))
    carried = tuple(
        word
        for word in survey_words
        if _value_mentioned(folded, word, language) or _uses_a_form(folded, survey_forms.get(word, ()))
    )
    survey = (
        [Check(CheckKind.SURVEY_WORDS, bool(carried), details=carried, number=len(survey_words))]
        if survey_words
        else []
    )
    return [
        Check(CheckKind.LENGTH, lowest <= len(all_words) <= highest, number=len(all_words)),
        Check(CheckKind.SENTENCES, 0 < len(parts) <= MAX_SENTENCES, number=len(parts)),
        Check(CheckKind.LONG_SENTENCE, longest <= LONG_SENTENCE_WORDS, number=longest),
        Check(CheckKind.POSITIVE, not negations, details=tuple(negations)),
        Check(CheckKind.CUSTOMERS, customers),
        Check(CheckKind.VALUES, not missing_values, details=missing_values, number=len(value_names)),
        *survey,
    ]
