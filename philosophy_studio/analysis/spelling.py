"""Misspelt forms joined to the word the other answers spell right.

Free-text answers are typed quickly: "reccomend", "servcie", "guzel" for güzel,
"soooo". A form that neither the lemma table nor the inflection rules know is joined
to a word of the same answers when exactly one word fits:

- letters repeated for emphasis, run down to two and then one (goood → good,
  soooo → so), when the table knows the result;
- Turkish typed without Turkish letters (guzel, cok, musteri), matched to a form of
  the answers that reads the same once its letters are plain ASCII;
- English only: one letter added, dropped, changed or two swapped (reccomend,
  recomend, servcie), for words of five letters or more with the same first letter.
  Not Turkish: there one letter is often an ending (kalitesizdi, kalitesiydi).

Only forms of the answers are candidates: the table alone would offer far too many
near neighbours.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping

_RUN = re.compile(r"(.)\1{2,}")
_TURKISH_TO_ASCII = str.maketrans("çğıöşüâîû", "cgiosuaiu")
MIN_EDITED = 5


def unrepeated(form: str) -> list[str]:
    """``form`` with each run of three or more equal letters cut to two, then to one."""
    if not _RUN.search(form):
        return []
    return [_RUN.sub(r"\1\1", form), _RUN.sub(r"\1", form)]


def plain(form: str) -> str:
    return form.translate(_TURKISH_TO_ASCII)


def _deletions(word: str) -> set[str]:
    return {word[:n] + word[n + 1 :] for n in range(len(word))}


def _one_edit(first: str, second: str) -> bool:
    """Whether one letter added, dropped or changed, two neighbours swapped, or a
    doubled letter moved make ``second`` of ``first``. (Sharing a deletion is not
    enough: cesar and clear, fiona and final share one, two edits apart.)"""
    if len(first) > len(second):
        first, second = second, first
    if len(second) - len(first) == 1:
        return any(second[:n] + second[n + 1 :] == first for n in range(len(second)))
    if len(first) != len(second):
        return False
    differ = [n for n in range(len(first)) if first[n] != second[n]]
    if len(differ) == 1:
        return True
    swapped = (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and first[differ[0]] == second[differ[1]]
        and first[differ[1]] == second[differ[0]]
    )
    # The doubled letter moved (reccomend, recommend): both read recomend undoubled.
    return swapped or bool(_undoubled(first) & _undoubled(second))


def _undoubled(word: str) -> set[str]:
    return {word[:n] + word[n + 1 :] for n in range(1, len(word)) if word[n] == word[n - 1]}


def corrections(
    unknown: Collection[str],
    known: Mapping[str, str],
    lookup: Callable[[str], str | None],
    *,
    edits: bool,
    roots: Callable[[str], list[str]] = lambda form: [],
) -> dict[str, str]:
    """Lemmas for the ``unknown`` forms that have exactly one fitting correction among
    the ``known`` forms (form → lemma) or, for repeated letters, in ``lookup`` (the
    table's lemma of a form, or None). ``edits``: also one-letter edits. ``roots``: the
    roots a form may be an inflection of, longest first, tried in plain ASCII after the
    form itself (musteriler → musteri → müşteri)."""
    folded: dict[str, set[str]] = defaultdict(set)
    for form, lemma in known.items():
        if plain(form) != form:
            folded[plain(form)].add(lemma)
    by_deletion: dict[str, set[str]] = defaultdict(set)
    if edits:
        for form in known:
            if len(form) >= MIN_EDITED - 1:
                by_deletion[form].add(form)
                for deleted in _deletions(form):
                    by_deletion[deleted].add(form)
    found = {}
    for form in sorted(unknown):
        lemmas = {lemma for short in unrepeated(form) if (lemma := known.get(short) or lookup(short))}
        if not lemmas and plain(form) == form:
            for candidate in (form, *roots(form)):
                lemmas = folded.get(candidate, set())
                if lemmas:
                    break
        if not lemmas and edits and len(form) >= MIN_EDITED:
            near = set(by_deletion.get(form, ()))
            for deleted in _deletions(form):
                near |= by_deletion.get(deleted, set())
            lemmas = {
                known[word] for word in near if word[0] == form[0] and word != form and _one_edit(word, form)
            }
        if len(lemmas) == 1:
            found[form] = lemmas.pop()
    return found
