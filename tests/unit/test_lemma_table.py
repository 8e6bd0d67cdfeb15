"""The lemma table's block index, walked once and then read from the cache: the same
look-ups as simplemma's own StreamMap, whatever state the cache file is in."""

from __future__ import annotations

import itertools
import marshal
from pathlib import Path

import pytest
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from philosophy_studio.analysis.lemma_table import indexed_stream_map

INDEX = "lemma-index-en.marshal"


@pytest.fixture(scope="module")
def reference() -> StreamMap:
    return StreamMap("en")


def same_as(table: object, reference: StreamMap) -> bool:
    sample = list(itertools.islice(iter(reference), 0, None, 499))
    return (
        table._firsts == reference._firsts  # type: ignore[attr-defined]
        and table._blocks == reference._blocks  # type: ignore[attr-defined]
        and all(table[key] == reference[key] for key in sample)  # type: ignore[index]
        and table.get("zzzqx") is None  # type: ignore[attr-defined]
    )


def test_a_walked_and_a_cached_index_look_up_what_simplemma_does(
    tmp_path: Path, reference: StreamMap
) -> None:
    walked = indexed_stream_map("en", tmp_path)
    assert (tmp_path / INDEX).is_file()
    cached = indexed_stream_map("en", tmp_path)
    assert same_as(walked, reference)
    assert same_as(cached, reference)


def test_turkish_forms_find_their_lemmas_from_the_cache(tmp_path: Path) -> None:
    indexed_stream_map("tr", tmp_path)
    table = indexed_stream_map("tr", tmp_path)
    assert table["gidiyorum"] == "git"
    assert table["müşterilerimize"] == "müşteri"
    assert table.get("qqxzw") is None


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal at all",
        marshal.dumps(("another", "shape")),
        # The right shape for another version of simplemma.
        marshal.dumps(((1, "0.0", "en", 1, False, 1, 1), [b"a"], [(0, b"", b"")])),
    ],
    ids=["empty", "garbage", "other shape", "other identity"],
)
def test_a_damaged_cache_is_walked_again_and_rewritten(
    tmp_path: Path, reference: StreamMap, damage: bytes
) -> None:
    (tmp_path / INDEX).write_bytes(damage)
    assert same_as(indexed_stream_map("en", tmp_path), reference)
    identity, firsts, _ = marshal.loads((tmp_path / INDEX).read_bytes())
    assert identity[2] == "en"
    assert firsts == reference._firsts


def test_seeds_that_do_not_fit_the_table_are_not_trusted(tmp_path: Path, reference: StreamMap) -> None:
    indexed_stream_map("en", tmp_path)
    identity, firsts, blocks = marshal.loads((tmp_path / INDEX).read_bytes())
    shifted = [*blocks[1:], blocks[0]]
    (tmp_path / INDEX).write_bytes(marshal.dumps((identity, firsts, shifted)))
    assert same_as(indexed_stream_map("en", tmp_path), reference)


def test_a_cache_folder_that_cannot_be_made_only_costs_the_walk(tmp_path: Path, reference: StreamMap) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder would be")
    assert same_as(indexed_stream_map("en", blocked), reference)
    assert blocked.read_text() == "a file where the folder would be"
