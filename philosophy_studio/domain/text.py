"""Normalisation applied to every piece of user text before it is stored."""

from __future__ import annotations

import re
import unicodedata

# Control characters other than tab and newline, plus lone surrogates (which cannot be
# encoded as UTF-8 and would break SQLite, JSON files and the PDF later).
_UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

SHORT_TEXT_LIMIT = 200
LONG_TEXT_LIMIT = 50_000


def clean_text(value: str, limit: int = LONG_TEXT_LIMIT, *, single_line: bool = False) -> str:
    """Return ``value`` NFC-normalised, without control characters, at most ``limit`` long.

    Windows line endings become ``\\n``. ``single_line`` also turns newlines and tabs into
    spaces, for names and titles, and never ends in a blank (not even one the cut left).
    Cleaning is idempotent: an editor's copy of stored text cleans to what is stored,
    which is what the conflict checks of edits rely on.
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _UNWANTED.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if single_line:
        return " ".join(text.split())[:limit].rstrip(" ")
    return text[:limit]


def clean_line(value: str) -> str:
    """``value`` as a name or a title is stored: one line of at most SHORT_TEXT_LIMIT."""
    return clean_text(value, SHORT_TEXT_LIMIT, single_line=True)


def fold(text: str, turkish: bool = True) -> str:
    """``text`` in lower case, by Turkish rules when ``turkish``: I is ı and İ is i. The
    capitals are mapped before Python's lower(), which would turn İ into i plus a
    combining dot (so NFC text keeps its length)."""
    if turkish:
        text = text.replace("I", "ı").replace("İ", "i")
    return text.lower()


def capitalised(text: str, turkish: bool) -> str:
    """``text`` with its first letter upper case, by Turkish rules when ``turkish``
    (i → İ, ı → I), as a survey word becomes a value card's name."""
    if not text:
        return text
    first = text[0]
    turkish_upper = {"i": "İ", "ı": "I"}
    if turkish and first in turkish_upper:
        return turkish_upper[first] + text[1:]
    return first.upper() + text[1:]
