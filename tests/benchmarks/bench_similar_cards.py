"""How well similar value cards are found: precision and recall on the labelled pairs
in tests/fixtures/values/similar_pairs.tsv, for a range of thresholds.

    .venv/bin/python tests/benchmarks/bench_similar_cards.py
"""

from __future__ import annotations

from pathlib import Path

from philosophy_studio.analysis.similar_cards import THRESHOLD, name_similarity
from philosophy_studio.domain.language import Language

PAIRS = Path(__file__).resolve().parents[1] / "fixtures" / "values" / "similar_pairs.tsv"


def labelled() -> list[tuple[Language, str, str, bool]]:
    rows = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            language, first, second, same = line.split("\t")
            rows.append((Language(language), first, second, same == "1"))
    return rows


def quality(threshold: float, scored: list[tuple[float, bool]]) -> tuple[float, float]:
    true_positive = sum(1 for score, same in scored if score >= threshold and same)
    predicted = sum(1 for score, _same in scored if score >= threshold)
    actual = sum(1 for _score, same in scored if same)
    return true_positive / max(predicted, 1), true_positive / max(actual, 1)


def main() -> None:
    rows = labelled()
    scored = [(name_similarity(first, second, language), same) for language, first, second, same in rows]
    print(f"{len(rows)} labelled pairs ({sum(same for *_rest, same in rows)} similar)")
    for threshold in (0.4, 0.5, 0.6, 0.7, 0.8):
        precision, recall = quality(threshold, scored)
        chosen = "  <- used" if threshold == THRESHOLD else ""
        print(f"threshold {threshold:.1f}: precision {precision:.3f}, recall {recall:.3f}{chosen}")


if __name__ == "__main__":
    main()
