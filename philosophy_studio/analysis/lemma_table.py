"""The lemma tables of simplemma (MIT licence): about 1.2 million Turkish and 180,000
English word forms, each with its lemma.

simplemma is imported here, inside the function, never at module level: the GUI
imports the analysis package at start. Its low-memory stream backend is used: it keeps
the decompressed front-coded table (6.5 MB for Turkish) and decodes the few entries a
look-up needs, where the default backend builds a 1.2-million-entry dict (about 110 MB
and 1.3 s).

That backend first walks every entry once to note where each block of 32 begins: 0.8 s
of pure Python for Turkish, which holds the interpreter while a workshop is being
edited (the storage thread then waits up to 5 ms for it after each round trip to a
team database). The walk here lets other threads in every 512 entries, and its
result, the index, is kept in the data folder's cache, so every later start reads it
in milliseconds. A cache that is missing, damaged, unwritable or made for another
simplemma is simply walked again.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
import time
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from philosophy_studio.domain.language import Language

log = logging.getLogger(__name__)

# Raised whenever what is stored changes shape, so that an older index is walked again.
INDEX_FORMAT = 1
# About a third of a millisecond of walking between two chances for the other threads
# (2,400 hand-overs in all, a few milliseconds).
YIELD_EVERY_BLOCKS = 16


@cache
def lemma_table(language: Language) -> Mapping[str, str]:
    """form → lemma, as simplemma's data spells them (proper nouns capitalised)."""
    from philosophy_studio.settings import data_dir

    return indexed_stream_map(language.value, data_dir() / "cache")


def indexed_stream_map(code: str, cache_folder: Path) -> Mapping[str, str]:
    """simplemma's StreamMap for language ``code``, its block index read from
    ``cache_folder`` when a valid one is there, else walked (and stored there)."""
    from simplemma import __version__ as simplemma_version
    from simplemma.strategies.dictionaries import frontcode
    from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed
    from simplemma.strategies.dictionaries.stream_dictionary_factory import _BLOCK_SIZE, StreamMap

    data = _read_decompressed(code)
    reverse, count, start = frontcode._read_header(data)
    # The index must seed exactly the blocks StreamMap's look-ups bisect.
    block = _BLOCK_SIZE
    identity = (INDEX_FORMAT, simplemma_version, code, len(data), reverse, count, start, block)
    path = cache_folder / f"lemma-index-{code}.marshal"
    index = _read_index(path, identity, data, count, block)
    if index is None:
        index = _walk(data, start, count, block)
        _store_index(path, identity, index)
    table = StreamMap.__new__(StreamMap)
    table._data, table._rev, table._count, table._pos = data, reverse, count, start
    table._firsts, table._blocks = index
    return table


def _walk(
    data: bytes, start: int, count: int, block: int
) -> tuple[list[bytes], list[tuple[int, bytes, bytes]]]:
    from simplemma.strategies.dictionaries import frontcode

    firsts: list[bytes] = []
    blocks: list[tuple[int, bytes, bytes]] = []
    previous_key, previous_value = b"", b""
    number = -1
    for number, (record_start, key, value) in enumerate(frontcode._iter_records(data, start)):
        if number % block == 0:
            firsts.append(key)
            blocks.append((record_start, previous_key, previous_value))
            if len(blocks) % YIELD_EVERY_BLOCKS == 0:
                # Hands the interpreter at once to a thread that waits for it (an
                # edit's storage, the window), rather than after Python's 5 ms.
                time.sleep(0)
        previous_key, previous_value = key, value
    if number + 1 != count:
        raise ValueError(frontcode._CORRUPT_STREAM_MSG)
    return firsts, blocks


def _read_index(
    path: Path, identity: tuple[Any, ...], data: bytes, count: int, block: int
) -> tuple[list[bytes], list[tuple[int, bytes, bytes]]] | None:
    try:
        stored = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError):
        log.info("the lemma index cache could not be read; it is built again")
        return None
    if not (isinstance(stored, tuple) and len(stored) == 3 and stored[0] == identity):
        return None
    _, firsts, blocks = stored
    if not _seeds_hold(firsts, blocks, data, count, block):
        log.info("the lemma index cache does not fit the table; it is built again")
        return None
    return firsts, blocks


def _seeds_hold(firsts: Any, blocks: Any, data: bytes, count: int, block: int) -> bool:
    """Whether the index has one seed per block and its first and last seeds decode to
    the keys it names (a cheap guard against a damaged or foreign file)."""
    from simplemma.strategies.dictionaries import frontcode

    if not (isinstance(firsts, list) and isinstance(blocks, list)):
        return False
    if len(firsts) != len(blocks) or len(blocks) != -(-count // block):
        return False
    try:
        for seeded in {0, len(blocks) - 1}:
            _, key, _ = next(frontcode._iter_records(data, *blocks[seeded]))
            if key != firsts[seeded]:
                return False
    except (ValueError, TypeError, IndexError, StopIteration):
        return False
    return True


def _store_index(
    path: Path, identity: tuple[Any, ...], index: tuple[list[bytes], list[tuple[int, bytes, bytes]]]
) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(marshal.dumps((identity, *index)))
        os.replace(partial, path)
    except OSError:
        # Only a start-up saving is lost: the next start walks the table again.
        log.info("the lemma index cache could not be written")
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
