"""Similar value cards: the labelled pairs, and suggestions that respect merges and
the final selection."""

import sys
from pathlib import Path

from philosophy_studio.analysis.similar_cards import THRESHOLD, name_similarity, suggestions
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import ValueCard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_similar_cards import labelled, quality


def test_the_labelled_pairs_are_told_apart() -> None:
    scored = [(name_similarity(a, b, language), same) for language, a, b, same in labelled()]
    precision, recall = quality(THRESHOLD, scored)
    assert precision >= 0.95 and recall >= 0.85


def test_the_examples_of_the_method() -> None:
    assert name_similarity("Hızlı yanıt", "hızlı cevap verme", Language.TURKISH) >= THRESHOLD
    assert name_similarity("Saygı", "saygılı olmak", Language.TURKISH) >= THRESHOLD
    assert name_similarity("Fast", "Speedy responses", Language.ENGLISH) >= THRESHOLD
    assert name_similarity("Care", "Career growth", Language.ENGLISH) < THRESHOLD
    assert name_similarity("", "😀", Language.ENGLISH) == 0.0


def test_suggestions_skip_merged_cards_and_never_merge_away_a_chosen_one() -> None:
    cards = [
        ValueCard(id=1, name="Hızlı yanıt"),
        ValueCard(id=2, name="Çabuk cevap", selected_rank=1),
        ValueCard(id=3, name="Hızlı cevap verme", merged_into=1),
        ValueCard(id=4, name="Saygı"),
    ]
    found = suggestions(cards, Language.TURKISH)
    assert [(s.first, s.second) for s in found] == [(2, 1)]
