"""Typographic quotes and apostrophes for what the charter prints.

Keyboards type the straight " and '; print uses “ ” ‘ ’. Turkish print uses the same
marks as English (and ’ before a suffix: Ankara’da), so one rule serves both languages.
Only the printed text changes: the workshop keeps what the team typed. Addresses and
links keep their straight marks, since there a quote is part of what must be typed.
"""

from __future__ import annotations

import re

# A link (scheme://… or www.…) up to the next space, less the punctuation or quote
# that ends the sentence around it; an e-mail address.
_VERBATIM = re.compile(
    r"""(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s"]*[^\s"'.,;:!?)]|\w[\w.+'-]*@\w[\w-]*(?:\.[\w-]+)+""",
    re.IGNORECASE,
)
# After these (or at the start), a quote opens; after anything else it closes.
_OPENERS = frozenset("([{<“‘«‹—–-/")
_DECADE = re.compile(r"\d\d(?!\d)")  # the ’90s: an apostrophe, not an opening quote


def typographic(text: str) -> str:
    """``text`` with straight quotes and apostrophes turned into typographic ones."""
    if '"' not in text and "'" not in text:
        return text
    verbatim = [False] * len(text)
    for match in _VERBATIM.finditer(text):
        verbatim[match.start() : match.end()] = [True] * (match.end() - match.start())
    out = list(text)
    for index, char in enumerate(text):
        if char not in "\"'" or verbatim[index]:
            continue
        before = text[index - 1] if index else ""
        opening = not before or before.isspace() or before in _OPENERS
        if char == '"':
            out[index] = "“" if opening else "”"
        elif opening and not _DECADE.match(text, index + 1):
            out[index] = "‘"
        else:
            out[index] = "’"
    return "".join(out)
