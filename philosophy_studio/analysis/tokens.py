"""Words of an answer, the way the analysis counts them.

- Unicode NFC; lower case by the language's rules (Turkish I → ı and İ → i); accents
  and Turkish letters are kept (şık and sık are different words).
- A word is a run of two or more letters. Numbers, punctuation, emoji, URLs and e-mail
  addresses are not words, nor is anything glued to a digit (mp3, 3d, 7/24); a hyphen
  or a slash separates two words (self-service → self, service).
- What follows an apostrophe is a suffix, not a word: Apple'ın → apple,
  Zappos'taki → zappos, customer's → customer.
- A run of more than MAX_WORD_LENGTH letters is pasted junk, not a word.

Qt-free and cheap to import: the GUI's keyword-in-context uses ``tokenize``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from philosophy_studio.domain.language import Language
from philosophy_studio.domain.text import fold

# The longest Turkish words in real use are about 30 letters.
MAX_WORD_LENGTH = 40

# Letters not preceded by a letter, digit or apostrophe (the text after an apostrophe is
# a suffix) and not followed by a digit or underscore.
WORD_PATTERN = r"(?<![\w'’])[^\W\d_]{2,}(?!\w)"
_WORD = re.compile(WORD_PATTERN)
_URL = re.compile(r"(?:https?://|www\.)\S*", re.IGNORECASE)
# Starts only where a run of non-blanks starts, so that it stays linear in the text.
_EMAIL = re.compile(r"(?<!\S)[^\s@]+@\S+")
# Spelled out rather than IGNORECASE: twice as fast over a long text.
_WWW = re.compile(r"[wW][wW][wW]\.")
# Below U+0300 (all Latin letters Turkish and English use) and in the common punctuation
# block nothing composes or changes under NFC, so text made only of those is already
# NFC; this scan is much cheaper than unicodedata.is_normalized on long Turkish text.
_MAYBE_NOT_NFC = re.compile("[^\x00-\u02ff\u2010-\u2027\u2030-\u205e]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    form: str


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text) if _MAYBE_NOT_NFC.search(text) else text


def nfc_between(text: str, separator: str) -> str:
    """``text`` with each run between two ``separator``s that may not be NFC made NFC:
    one scan of the whole text, and only the few runs that need it normalised."""
    pieces: list[str] = []
    done = 0
    for match in _MAYBE_NOT_NFC.finditer(text):
        if match.start() < done:
            continue
        start = text.rfind(separator, 0, match.start()) + 1
        end = text.find(separator, match.end())
        end = len(text) if end < 0 else end
        pieces += [text[done:start], unicodedata.normalize("NFC", text[start:end])]
        done = end
    return "".join([*pieces, text[done:]]) if pieces else text


def lower(text: str, language: Language, *, normalised: bool = False) -> str:
    """``text`` NFC and in lower case by the rules of ``language``."""
    return fold(text if normalised else nfc(text), language is Language.TURKISH)


def normalise_word(word: str, language: Language) -> str:
    return lower(word.strip(), language)


def blank_non_words(text: str) -> str:
    """URLs and e-mail addresses replaced by spaces of the same length, so that offsets
    into the text stay valid."""
    if "@" in text:
        text = _EMAIL.sub(lambda match: " " * len(match.group()), text)
    if "://" in text or _WWW.search(text):
        text = _URL.sub(lambda match: " " * len(match.group()), text)
    return text


def prepare(text: str, language: Language) -> str:
    """Text ready for counting: URLs and e-mail addresses blanked, lower case."""
    return lower(blank_non_words(unicodedata.normalize("NFC", text)), language)


def words(prepared: str) -> list[str]:
    """The words of prepared text (``prepare``)."""
    return [word for word in _WORD.findall(prepared) if len(word) <= MAX_WORD_LENGTH]


def tokenize(text: str, language: Language) -> list[Token]:
    """The words of ``text`` with their places in it (for highlighting)."""
    text = unicodedata.normalize("NFC", text)
    blanked = blank_non_words(text)
    tokens = []
    for match in _WORD.finditer(blanked):
        if match.end() - match.start() <= MAX_WORD_LENGTH:
            tokens.append(Token(match.start(), match.end(), lower(match.group(), language)))
    return tokens
