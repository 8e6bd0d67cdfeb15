"""Counting words and word sequences in many answers, vectorised.

Answers are processed in chunks: a chunk is joined into one string with a separator,
lower-cased and tokenised with one regular-expression pass; tokens become integer ids,
and everything after that is numpy: the answers × forms count matrix, and the two- and
three-word sequences with how many answers use each. Punctuation that ends a clause and
the answer separator are kept as boundary tokens, so a sequence never spans them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Sized
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from philosophy_studio.analysis.tokens import MAX_WORD_LENGTH, blank_non_words, lower, nfc_between
from philosophy_studio.domain.language import Language
from philosophy_studio.work import WorkControl

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix

# Answers per chunk. Small enough that no single C call (the tokenising regex, the id
# lookup) holds the interpreter lock long enough to stall the GUI thread (~20 ms).
CHUNK = 2_000
_SEPARATOR = "\x01"
# Clause ends: a phrase does not cross them. Hyphens and slashes only split words.
_BOUNDARIES = '.,;:!?…()[]{}"“”«»\n\x01'
# A deliberately simple pattern (fast); which tokens are words is decided once per
# distinct token by ``_kind``, with the same rules as tokens.WORD_PATTERN.
_TOKEN = re.compile("[" + re.escape(_BOUNDARIES) + "]|['’]?\\w+")
WORD, BOUNDARY, SKIP = 0, 1, 2
_WWW_SPELLINGS = frozenset(a + b + c for a in "wW" for b in "wW" for c in "wW")
# Ids are packed into int64 keys: a three-word sequence takes three of these fields.
ID_BITS = 21
# Chunks whose counts are kept apart before they are joined (see count).
CHUNKS_KEPT_APART = 64
# Sequences kept from chunks before they are merged (see _add_part).
MERGE_ENTRIES = 1_000_000
# Places keyed at once when looking for four-word sequences.
FOUR_WORD_SLICE = 2_000_000
MAX_FORMS = 1 << ID_BITS
# Four-word sequences are looked for after the most used shared three-word sequences,
# at most about this many: all of them in a survey of ordinary size; in a huge one the
# four-word sequences that a room would read about, without keying millions of places.
FOUR_WORD_PREFIXES = 2_000


class TooManyFormsError(ValueError):
    """More than MAX_FORMS distinct words: not survey answers."""


@dataclass(frozen=True)
class Sequences:
    """Word sequences of one length: each distinct sequence's ids (rows), the answers
    using it and its occurrences."""

    ids: np.ndarray  # shape (n, length)
    respondents: np.ndarray
    counts: np.ndarray


@dataclass(frozen=True)
class Counts:
    forms: list[str]  # column -> lower-case form (boundary tokens included, see is_word)
    is_word: np.ndarray  # column -> whether the column is a word
    matrix: csr_matrix  # answers × columns occurrence counts
    # Length (2, 3, 4) -> the word sequences of that length.
    sequences: dict[int, Sequences]
    # Every token of every answer in order (ids; words, clause ends and the answer
    # separator), and the answer each belongs to: where a sequence occurs.
    stream: np.ndarray
    answer_of: np.ndarray

    def rows_using(self, gram: Sequence[int]) -> np.ndarray:
        """The answer of each occurrence of the word sequence ``gram`` (column ids), one
        entry per occurrence; occurrences cannot overlap when its words are distinct."""
        import numpy as np

        stream, size = self.stream, len(gram)
        starts = np.flatnonzero(stream[: len(stream) - size + 1] == gram[0])
        for k in range(1, size):
            starts = starts[stream[starts + k] == gram[k]]
        return self.answer_of[starts]


def _distinct(
    keys: np.ndarray, answers: np.ndarray, key_bits: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct ``keys`` with the number of distinct answers and of occurrences each."""
    import numpy as np

    if not len(keys):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    answer_bits = max(int(answers.max()).bit_length(), 1)
    if key_bits + answer_bits <= 63:
        # One packed sort is much faster than a two-key lexsort.
        packed = np.sort((keys << answer_bits) | answers.astype(np.int64))
        keys, answers = packed >> answer_bits, packed & ((1 << answer_bits) - 1)
    else:
        order = np.lexsort((answers, keys))
        keys, answers = keys[order], answers[order]
    new_key = np.empty(len(keys), dtype=bool)
    new_key[0] = True
    new_key[1:] = keys[1:] != keys[:-1]
    new_pair = new_key.copy()
    new_pair[1:] |= answers[1:] != answers[:-1]
    starts = np.flatnonzero(new_key)
    counts = np.diff(np.append(starts, len(keys)))
    respondents = np.add.reduceat(new_pair.astype(np.int64), starts)
    return keys[starts], respondents, counts


def _add_part(
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]], part: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> None:
    """Keep a chunk's sequences, merging what was kept into one part once the parts
    since the last merge outgrow it (and MERGE_ENTRIES): the same sequences recur from
    chunk to chunk, and kept apart until the end, a million comments' two- and
    three-word sequences took about a gigabyte, and as much again to merge them."""
    parts.append(part)
    merged = len(parts[0][0])
    if sum(len(kept[0]) for kept in parts[1:]) > max(MERGE_ENTRIES, merged):
        parts[:] = [_merge(parts)]


def _merge(
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    import numpy as np

    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    keys = np.concatenate([part[0] for part in parts])
    distinct, where = np.unique(keys, return_inverse=True)
    respondents = np.bincount(where, np.concatenate([part[1] for part in parts]), len(distinct))
    counts = np.bincount(where, np.concatenate([part[2] for part in parts]), len(distinct))
    return distinct, respondents.astype(np.int64), counts.astype(np.int64)


def _stacked(blocks: list[csr_matrix], columns: int) -> csr_matrix:
    """The chunks' rows one under another, with ``columns`` columns (a chunk knows only
    the forms met by then). Built from the blocks' own arrays: scipy's vstack goes
    through coordinates, which for a million comments took 400 MB more at its peak."""
    import numpy as np
    from scipy.sparse import csr_matrix

    if not blocks:
        return csr_matrix((0, columns), dtype=np.int32)
    entries = sum(block.nnz for block in blocks)
    index_type = np.int32 if entries < np.iinfo(np.int32).max else np.int64
    offsets = np.cumsum([0] + [block.nnz for block in blocks[:-1]])
    ends = [block.indptr[1:].astype(index_type) + at for block, at in zip(blocks, offsets, strict=True)]
    indptr = np.concatenate([np.zeros(1, dtype=index_type), *ends])
    data = np.concatenate([block.data for block in blocks])
    indices = np.concatenate([block.indices.astype(index_type, copy=False) for block in blocks])
    return csr_matrix((data, indices, indptr), shape=(sum(block.shape[0] for block in blocks), columns))


def _unpack(keys: np.ndarray, length: int) -> np.ndarray:
    import numpy as np

    mask = (1 << ID_BITS) - 1
    columns = [(keys >> (ID_BITS * (length - 1 - k))) & mask for k in range(length)]
    return np.stack(columns, axis=1) if len(keys) else np.zeros((0, length), dtype=np.int64)


def _kind(token: str) -> int:
    """WORD; BOUNDARY for clause ends and numbers (24 saat is not a phrase); SKIP for
    what is left out without breaking a phrase: apostrophe suffixes (Apple'ın hizmeti),
    single letters, runs too long to be words."""
    if token in _BOUNDARIES or any(c.isdigit() or c == "_" for c in token):
        return BOUNDARY
    if token[0] in "'’" or not 2 <= len(token) <= MAX_WORD_LENGTH:
        return SKIP
    return WORD


def _sequence_keys(ids: np.ndarray, word: np.ndarray, length: int) -> tuple[np.ndarray, np.ndarray]:
    """Packed keys of the ``length``-word sequences starting at each position, and
    whether each is made of words only."""
    import numpy as np

    size = len(ids) - length + 1
    valid = np.ones(size, dtype=bool)
    key = np.zeros(size, dtype=np.int64)
    for k in range(length):
        part = slice(k, size + k)
        valid &= word[part]
        key = (key << ID_BITS) | ids[part]
    return key, valid


def _four_word_sequences(
    stream: np.ndarray, answer_of: np.ndarray, word: np.ndarray, trigrams: Sequences
) -> Sequences:
    """Four-word sequences used by two answers or more (see the module docstring). Only
    positions whose first two words can start a shared three-word sequence are keyed,
    which keeps the work and the memory small."""
    import numpy as np

    shared = trigrams.respondents >= 2
    if shared.sum() > FOUR_WORD_PREFIXES:
        # Every four-word sequence used by at least as many answers as the
        # FOUR_WORD_PREFIXES-th three-word one is still found: its start is used by as
        # many.
        floor = np.sort(trigrams.respondents[shared])[-FOUR_WORD_PREFIXES]
        shared &= trigrams.respondents >= floor
    prefixes = np.flatnonzero(shared)
    if len(stream) < 4 or not len(prefixes):
        empty = np.zeros(0, dtype=np.int64)
        return Sequences(np.zeros((0, 4), dtype=np.int64), empty, empty)
    prefix_ids = trigrams.ids[prefixes]
    prefix_keys = (((prefix_ids[:, 0] << ID_BITS) | prefix_ids[:, 1]) << ID_BITS) | prefix_ids[:, 2]
    starts_first = np.zeros(len(word), dtype=bool)
    starts_first[prefix_ids[:, 0]] = True
    starts_second = np.zeros(len(word), dtype=bool)
    starts_second[prefix_ids[:, 1]] = True
    size = len(stream) - 3
    at = np.flatnonzero(starts_first[stream[:size]] & starts_second[stream[1 : size + 1]] & word[stream[3:]])
    index_bits = max(len(prefixes).bit_length(), 1)
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    # A slice of places at a time, cut between answers (an answer's respondents add up
    # over slices only if it lies in one): keying every place of a million comments at
    # once took a third of a gigabyte more at its peak.
    answer_at = answer_of[at]
    begin = 0
    while begin < len(at):
        end = min(begin + FOUR_WORD_SLICE, len(at))
        if end < len(at):
            # Back to the start of the answer the slice would cut, or on to its end
            # when one answer is longer than a slice.
            cut = int(np.searchsorted(answer_at, answer_at[end], side="left"))
            end = cut if cut > begin else int(np.searchsorted(answer_at, answer_at[begin], side="right"))
        places = at[begin:end]
        key = np.zeros(len(places), dtype=np.int64)
        for k in range(3):
            key = (key << ID_BITS) | stream[places + k]
        found = np.searchsorted(prefix_keys, key)
        found[found >= len(prefix_keys)] = 0
        shared = prefix_keys[found] == key
        packed = (found[shared].astype(np.int64) << ID_BITS) | stream[places[shared] + 3]
        _add_part(parts, _distinct(packed, answer_at[begin:end][shared], index_bits + ID_BITS))
        begin = end
    distinct, respondents, counts = _merge(parts)
    grams = np.concatenate(
        [prefix_ids[distinct >> ID_BITS], (distinct & ((1 << ID_BITS) - 1))[:, None]], axis=1
    )
    return Sequences(grams.astype(np.int64), respondents, counts)


class _Columns(dict[str, int]):
    """Each spelling met (Müşteri, müşteri) -> the column of its lower-case form. A
    spelling is lower-cased once, when first met (``__missing__``), so that the lookup
    of every token runs in C; new forms get columns in first-seen order."""

    def __init__(self, language: Language) -> None:
        super().__init__({_SEPARATOR: 0})
        self.language = language
        self.vocabulary: dict[str, int] = {_SEPARATOR: 0}
        self.kinds = [BOUNDARY]
        # Whether a www of an address was met since this was last set to False.
        self.saw_www = False

    def __missing__(self, token: str) -> int:
        form = lower(token, self.language, normalised=True)
        column = self.vocabulary.get(form)
        if column is None:
            column = self.vocabulary[form] = len(self.vocabulary)
            self.kinds.append(_kind(form))
        if token in _WWW_SPELLINGS:
            # Not remembered, so that every chunk with an address is noticed.
            self.saw_www = True
        else:
            self[token] = column
        return column


def count(
    answers: Iterable[str],
    language: Language,
    control: WorkControl | None = None,
    *,
    expected: int | None = None,
) -> Counts:
    """The counts of ``answers``, read a chunk at a time: a caller that streams them
    from storage never holds them all (a million comments' texts are 300 MB).
    ``expected``, their number when ``answers`` has no length, only paces progress."""
    import numpy as np
    from scipy.sparse import coo_matrix

    column_of = _Columns(language)
    vocabulary, kinds = column_of.vocabulary, column_of.kinds
    blocks = []
    # Per chunk, per length: (distinct keys, respondents, counts). An answer lies in one
    # chunk, so respondents of a sequence add up over chunks.
    partial: dict[int, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {2: [], 3: []}
    # Each chunk's token ids and their answers (see Counts.stream).
    streams: list[np.ndarray] = []
    answers_of: list[np.ndarray] = []
    total = len(answers) if isinstance(answers, Sized) else expected
    pending = iter(answers)
    start = 0
    while chunk := [answer.replace(_SEPARATOR, " ") for answer in islice(pending, CHUNK)]:
        if control is not None:
            control.progress(0.7 * min(start / total, 1.0) if total else 0.0)
        # Every answer is followed by the separator, so the n-th separator closes answer n.
        # Only the few answers that may not be NFC are normalised.
        joined = nfc_between((" " + _SEPARATOR + " ").join(chunk) + " " + _SEPARATOR, _SEPARATOR)
        if "@" in joined or "://" in joined:
            joined = blank_non_words(joined)
        tokens = _TOKEN.findall(joined)
        column_of.saw_www = False
        ids = np.fromiter(map(column_of.__getitem__, tokens), dtype=np.int64, count=len(tokens))
        if column_of.saw_www:
            # A www. address: blanked like the others (rare, so found from the tokens
            # rather than by scanning every chunk for it).
            tokens = _TOKEN.findall(blank_non_words(joined))
            ids = np.fromiter(map(column_of.__getitem__, tokens), dtype=np.int64, count=len(tokens))
        del tokens
        if len(vocabulary) > MAX_FORMS:
            raise TooManyFormsError()
        kind_of = np.array(kinds, dtype=np.int8)
        ids = ids[kind_of[ids] != SKIP]
        separator = vocabulary[_SEPARATOR]
        answer_of = np.cumsum(ids == separator) - (ids == separator) + start
        word = kind_of[ids] == WORD
        block = coo_matrix(
            (np.ones(int(word.sum()), dtype=np.int32), (answer_of[word] - start, ids[word])),
            shape=(len(chunk), len(vocabulary)),
        ).tocsr()
        block.sum_duplicates()
        blocks.append(block)
        streams.append(ids.astype(np.int32))
        answers_of.append(answer_of.astype(np.int32))
        if len(blocks) == CHUNKS_KEPT_APART:
            # Joined now and then: thousands of small arrays kept to the end left the
            # memory allocator with as much again in holes it could not give back.
            blocks[:] = [_stacked(blocks, len(vocabulary))]
            streams[:] = [np.concatenate(streams)]
            answers_of[:] = [np.concatenate(answers_of)]
        for length in (2, 3):
            if len(ids) < length:
                continue
            key, valid = _sequence_keys(ids, word, length)
            users = (answer_of[: len(valid)][valid] - start).astype(np.int32)
            _add_part(partial[length], _distinct(key[valid], users, ID_BITS * length))
        start += len(chunk)

    forms = [""] * len(vocabulary)
    for form, column in vocabulary.items():
        forms[column] = form
    is_word = np.array(kinds, dtype=np.int8) == WORD
    matrix = _stacked(blocks, len(forms))
    del blocks
    sequences = {}
    for length in (2, 3):
        distinct, respondents, counts = _merge(partial[length])
        sequences[length] = Sequences(_unpack(distinct, length), respondents, counts)
    stream = np.concatenate(streams) if streams else np.zeros(0, dtype=np.int32)
    del streams
    answer_of = np.concatenate(answers_of) if answers_of else np.zeros(0, dtype=np.int32)
    del answers_of
    sequences[4] = _four_word_sequences(stream, answer_of, is_word, sequences[3])
    return Counts(forms, is_word, matrix, sequences, stream, answer_of)
