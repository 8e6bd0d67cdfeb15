"""The themes' TF-IDF and NMF (analysis/factorisation.py) and the similar cards' spelling
match (similar_cards.spelling_similarity) against scikit-learn, which they replaced in
the app and which stays a test dependency as their reference.

The weights and the solver's steps are scikit-learn's operation for operation, so they
are compared to rounding (ROUNDING; here they come out bit for bit equal). The NMF's
NNDSVD start is not: scikit-learn takes it from a randomised SVD, whose singular values
are off by 0.0005-0.0014 on the demo workshops' answers and 0.003-0.014 on the
treebanks' sentences (a survey's words have nearly equal singular values after the
first few, and its power iterations stop early); factorisation.py takes the exact
ones. Given an exact SVD instead, scikit-learn's whole factorisation is ours to 1e-10.
With its own, the themes are still the same on the demo workshops, the English reviews
and BOUN with four themes; on the tourism reviews they have the same words with up to
22 of 8,901 answers leaning elsewhere, and on BOUN's essays and news with eight themes
half of them have other words (another local optimum).
"""

from __future__ import annotations

import gzip
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from sklearn.decomposition import NMF
from sklearn.decomposition import _nmf as sklearn_nmf_module
from sklearn.decomposition._nmf import _initialize_nmf
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity
from tests_support import DEMO_DIR

from philosophy_studio.analysis import engine, factorisation
from philosophy_studio.analysis.engine import AnalysisOptions, Theme, run_analysis
from philosophy_studio.analysis.factorisation import _nndsvd, nmf, tf_idf
from philosophy_studio.analysis.similar_cards import _char_ngrams, spelling_similarity
from philosophy_studio.domain.language import Language
from philosophy_studio.services.analysis import visible_answer_texts
from philosophy_studio.services.interchange import read_document

UD = Path(__file__).resolve().parent.parent / "fixtures" / "ud"
# Floating-point rounding: the same operations in the same order agree far closer.
ROUNDING = 1e-12


def demo_answers(language: str) -> list[str]:
    workshop, _feedback = read_document(DEMO_DIR / f"demo-{language}.json")
    return list(visible_answer_texts(workshop))


def treebank_sentences(name: str) -> list[str]:
    """The sentences of a Universal Dependencies extract as answers (its words joined)."""
    sentences: list[list[str]] = []
    with gzip.open(UD / f"{name}.txt.gz", "rt", encoding="utf-8") as stream:
        for line in stream:
            if line.startswith("# "):
                sentences.append([])
            else:
                sentences[-1].append(line.split("\t")[0])
    return [" ".join(words) for words in sentences]


CORPORA = {
    "demo-tr": (Language.TURKISH, lambda: demo_answers("tr")),
    "demo-en": (Language.ENGLISH, lambda: demo_answers("en")),
    "tr_boun": (Language.TURKISH, lambda: treebank_sentences("tr_boun")),
    "en_ewt_reviews": (Language.ENGLISH, lambda: treebank_sentences("en_ewt_reviews")),
    "tr_tourism": (Language.TURKISH, lambda: treebank_sentences("tr_tourism")),
}
_inputs: dict[tuple[str, int], tuple] = {}


def themes_input(monkeypatch: pytest.MonkeyPatch, corpus: str, wanted: int) -> tuple:
    """What run_analysis hands to _themes for ``corpus``, and the themes it found."""
    if (corpus, wanted) not in _inputs:
        language, answers = CORPORA[corpus]
        calls: list[tuple] = []
        ours = engine._themes

        def spy(*arguments):  # type: ignore[no-untyped-def]
            calls.append(arguments)
            return ours(*arguments)

        with monkeypatch.context() as patch:
            patch.setattr(engine, "_themes", spy)
            result = run_analysis(answers(), AnalysisOptions(language, themes=wanted))
        _inputs[corpus, wanted] = (*calls[0], result.themes)
    return _inputs[corpus, wanted]


# Several tests factorise the same matrix; its full SVD takes seconds for the reviews.
_full_svds: dict[bytes, tuple] = {}


def exact_svd(matrix, count, **_options):  # type: ignore[no-untyped-def]
    """LAPACK's full SVD, truncated, in place of scikit-learn's randomised one."""
    key = b"".join(
        [str(matrix.shape).encode(), matrix.data.tobytes(), matrix.indices.tobytes(), matrix.indptr.tobytes()]
    )
    if key not in _full_svds:
        _full_svds[key] = np.linalg.svd(matrix.toarray(), full_matrices=False)
    u, s, vt = _full_svds[key]
    return u[:, :count], s[:count], vt[:count]


@contextmanager
def sklearn_with_an_exact_svd() -> Iterator[None]:
    # Its private name since 1.6; randomized_svd before.
    name = "_randomized_svd" if hasattr(sklearn_nmf_module, "_randomized_svd") else "randomized_svd"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sklearn_nmf_module, name, exact_svd)
        yield


def sklearn_nmf(
    weights: csr_matrix, components: int, start: tuple | None = None, max_iterations: int = 400
) -> tuple:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        if start is None:
            model = NMF(n_components=components, init="nndsvd", random_state=0, max_iter=max_iterations)
            return model.fit_transform(weights), model.components_
        model = NMF(n_components=components, init="custom", max_iter=max_iterations)
        return model.fit_transform(weights, W=start[0].copy(), H=start[1].copy()), model.components_


def sklearn_themes(matrix, terms, columns, wanted) -> list[Theme]:  # type: ignore[no-untyped-def]
    """engine._themes as it was with scikit-learn: the same function, given
    scikit-learn's TF-IDF and NMF in place of factorisation's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(factorisation, "tf_idf", lambda counts: TfidfTransformer().fit_transform(counts))
        patch.setattr(
            factorisation,
            "nmf",
            lambda weights, components, max_iterations: sklearn_nmf(
                weights, components, max_iterations=max_iterations
            ),
        )
        return engine._themes(matrix, terms, columns, wanted)


SAME_START = [(name, wanted) for name in ("demo-tr", "demo-en", "en_ewt_reviews") for wanted in (4, 8)]


@pytest.mark.parametrize(("corpus", "wanted"), [*SAME_START, ("tr_boun", 4)])
def test_the_themes_are_scikit_learns(monkeypatch: pytest.MonkeyPatch, corpus: str, wanted: int) -> None:
    matrix, terms, columns, _wanted, themes = themes_input(monkeypatch, corpus, wanted)
    assert themes
    assert list(themes) == sklearn_themes(matrix, terms, columns, wanted)


@pytest.mark.parametrize(("corpus", "wanted"), [(name, wanted) for name in CORPORA for wanted in (4, 8)])
def test_the_themes_are_scikit_learns_given_an_exact_svd(
    monkeypatch: pytest.MonkeyPatch, corpus: str, wanted: int
) -> None:
    matrix, terms, columns, _wanted, themes = themes_input(monkeypatch, corpus, wanted)
    with sklearn_with_an_exact_svd():
        assert list(themes) == sklearn_themes(matrix, terms, columns, wanted)


def counts_of(monkeypatch: pytest.MonkeyPatch, corpus: str, wanted: int = 4) -> csr_matrix:
    matrix, _terms, columns, _wanted, _themes = themes_input(monkeypatch, corpus, wanted)
    sub = matrix[:, columns]
    return sub[np.asarray(sub.sum(axis=1)).ravel() > 0]


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_tf_idf_weights_are_scikit_learns(monkeypatch: pytest.MonkeyPatch, corpus: str) -> None:
    counts = counts_of(monkeypatch, corpus)
    expected = TfidfTransformer().fit_transform(counts).toarray()
    np.testing.assert_allclose(tf_idf(counts).toarray(), expected, rtol=0, atol=ROUNDING)


def test_tf_idf_of_unsorted_counts_with_an_empty_row_and_an_unused_column() -> None:
    # Rows 0 and 3 list their columns out of order, as a column selection leaves them.
    counts, columns, starts = [2, 5, 1, 3, 1, 1], [3, 0, 4, 1, 2, 0], [0, 2, 2, 3, 6]
    matrix = csr_matrix((counts, columns, starts), shape=(4, 6))
    weights = tf_idf(matrix)
    np.testing.assert_allclose(
        weights.toarray(), TfidfTransformer().fit_transform(matrix).toarray(), rtol=0, atol=ROUNDING
    )
    assert not weights[1].count_nonzero()


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_the_solver_takes_scikit_learns_steps(monkeypatch: pytest.MonkeyPatch, corpus: str) -> None:
    weights = tf_idf(counts_of(monkeypatch, corpus))
    w, h = nmf(weights, 4, 400)
    expected_w, expected_h = sklearn_nmf(weights, 4, _nndsvd(weights, 4))
    np.testing.assert_allclose(w, expected_w, rtol=0, atol=ROUNDING)
    np.testing.assert_allclose(h, expected_h, rtol=0, atol=ROUNDING)


# Our SVD stops at residuals of 1e-12 of the largest singular value squared
# (factorisation._SVD_TOLERANCE): the starts then differ from LAPACK's by up to 1.5e-12
# here and the results by up to 1e-13; 1e-10 leaves room for other BLAS builds.
EXACT_SVD = 1e-10


@pytest.mark.parametrize("corpus", sorted(CORPORA))
@pytest.mark.parametrize("components", [2, 4, 8])
def test_the_factorisation_is_scikit_learns_given_an_exact_svd(
    monkeypatch: pytest.MonkeyPatch, corpus: str, components: int
) -> None:
    weights = tf_idf(counts_of(monkeypatch, corpus))
    w, h = nmf(weights, components, 400)
    with sklearn_with_an_exact_svd():
        start = _initialize_nmf(weights, components, init="nndsvd", random_state=0)
        expected_w, expected_h = sklearn_nmf(weights, components)
    for ours, theirs in zip(_nndsvd(weights, components), start, strict=True):
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=EXACT_SVD)
    np.testing.assert_allclose(w, expected_w, rtol=0, atol=EXACT_SVD)
    np.testing.assert_allclose(h, expected_h, rtol=0, atol=EXACT_SVD)


EDGE_CASES = {
    "tiny": ([[1, 0, 2], [0, 3, 1], [1, 1, 0]], 2),
    # Five equal answers: one singular value, so two of three components stay empty.
    "one distinct answer": ([[1, 1, 0, 2]] * 5, 3),
    "more words than answers": (
        [[1, 0, 2, 0, 1, 0, 0, 3], [0, 2, 1, 0, 0, 1, 0, 0], [1, 0, 0, 4, 0, 0, 2, 1]],
        2,
    ),
    "a word nobody used": ([[1, 0, 2, 0], [2, 0, 1, 0], [0, 0, 3, 1], [1, 0, 0, 1]], 3),
}


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_edge_cases_factorise_as_in_scikit_learn(case: str) -> None:
    rows, components = EDGE_CASES[case]
    weights = tf_idf(csr_matrix(np.array(rows)))
    w, h = nmf(weights, components, 400)
    expected_w, expected_h = sklearn_nmf(
        TfidfTransformer().fit_transform(csr_matrix(np.array(rows))), components
    )
    np.testing.assert_allclose(w, expected_w, rtol=0, atol=ROUNDING)
    np.testing.assert_allclose(h, expected_h, rtol=0, atol=ROUNDING)
    assert np.all(w >= 0) and np.all(h >= 0)


def test_empty_components_stay_empty() -> None:
    rows, components = EDGE_CASES["one distinct answer"]
    w, h = nmf(tf_idf(csr_matrix(np.array(rows))), components, 400)
    assert [bool(h[t].any()) for t in range(components)] == [True, False, False]
    assert not w[:, 1:].any()


def test_themes_of_fewer_answers_than_themes_are_scikit_learns() -> None:
    answers = ["hızlı çözüm ve güler yüz", "güler yüz ve sabır", "hızlı çözüm ve sabır"]
    calls: list[tuple] = []
    ours = engine._themes

    def spy(*arguments):  # type: ignore[no-untyped-def]
        calls.append(arguments)
        return ours(*arguments)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "_themes", spy)
        themes = run_analysis(answers, AnalysisOptions(Language.TURKISH, themes=8)).themes
    assert themes
    assert list(themes) == sklearn_themes(*calls[0])


WORDS = [
    *("a", "i", "ı", "İ", "I", "ok", "on", "is", "aa", "aaaa", "ab", "abab"),
    *("İstanbul", "ılık", "ISIK", "IŞIK", "ışık", "iyi", "İyi", "çay", "şu", "öz", "üç"),
    *("güven", "güvenilir", "güvenli", "dürüstlük", "dürüstlüğü", "saygı", "saygılı"),
    *("kind", "kindness", "reliable", "reliability", "patient", "patience", "fast"),
    *("🙂", "👍🏽", "süper🙂", "❤️", "👨‍👩‍👧", "ok👌"),
]


def test_spelling_similarity_is_scikit_learns() -> None:
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit_transform(WORDS)
    np.testing.assert_allclose(spelling_similarity(WORDS), cosine_similarity(vectors), rtol=0, atol=ROUNDING)


@pytest.mark.parametrize("text", [*WORDS, "güler  yüzlü\tve\nsabırlı", " a ", ""])
def test_char_ngrams_are_scikit_learns_char_wb(text: str) -> None:
    analyse = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).build_analyzer()
    assert _char_ngrams(text.lower()) == analyse(text)
