"""How strongly the words of a sequence belong together: Dunning's log-likelihood
ratio (G²) over the sequence's contingency table, vectorised over many sequences.

The same statistic as nltk's ``BigramAssocMeasures.likelihood_ratio`` and
``TrigramAssocMeasures.likelihood_ratio`` (the cells, the expected values from the
marginals and the small constant that keeps empty cells finite), without importing
nltk, which costs about a second on a cold start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_SMALL = 1e-20


def _g_squared(cells: np.ndarray) -> np.ndarray:
    """G² of each row of ``cells``: a 2ⁿ contingency table per sequence, cell x holding
    the count of windows in which word k matches exactly where bit k of x is 0."""
    import numpy as np

    size = cells.shape[1]
    words = size.bit_length() - 1
    total = cells.sum(axis=1)
    expected = np.ones_like(cells, dtype=np.float64)
    for bit in (1 << k for k in range(words)):
        # Marginal of word k: the cells that agree with x on bit k.
        marginal = {
            value: cells[:, [x for x in range(size) if x & bit == value]].sum(axis=1) for value in (0, bit)
        }
        for x in range(size):
            expected[:, x] *= marginal[x & bit]
    expected /= (total ** (words - 1))[:, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = 2 * (cells * np.log(cells / (expected + _SMALL) + _SMALL)).sum(axis=1)
    # Inconsistent counts (a negative cell) rank last rather than raise.
    return np.nan_to_num(scores, nan=-np.inf)


def bigram_likelihood_ratio(n_ii: np.ndarray, n_ix: np.ndarray, n_xi: np.ndarray, n_xx: int) -> np.ndarray:
    """G² of word pairs seen ``n_ii`` times, their first word ``n_ix`` times and their
    second ``n_xi`` times, among ``n_xx`` words."""
    import numpy as np

    n_ii, n_ix, n_xi = (np.asarray(a, dtype=np.float64) for a in (n_ii, n_ix, n_xi))
    n_oi = n_xi - n_ii
    n_io = n_ix - n_ii
    cells = np.stack([n_ii, n_oi, n_io, n_xx - n_ii - n_oi - n_io], axis=1)
    return _g_squared(cells)


def trigram_likelihood_ratio(
    n_iii: np.ndarray,
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray],
    singles: tuple[np.ndarray, np.ndarray, np.ndarray],
    n_xxx: int,
) -> np.ndarray:
    """G² of word triples: ``pairs`` are the counts of (first, second), (first, third)
    and (second, third) together, ``singles`` of each word, among ``n_xxx`` words."""
    import numpy as np

    n_iii = np.asarray(n_iii, dtype=np.float64)
    n_iix, n_ixi, n_xii = (np.asarray(a, dtype=np.float64) for a in pairs)
    n_ixx, n_xix, n_xxi = (np.asarray(a, dtype=np.float64) for a in singles)
    n_oii = n_xii - n_iii
    n_ioi = n_ixi - n_iii
    n_iio = n_iix - n_iii
    n_ooi = n_xxi - n_iii - n_oii - n_ioi
    n_oio = n_xix - n_iii - n_oii - n_iio
    n_ioo = n_ixx - n_iii - n_ioi - n_iio
    n_ooo = n_xxx - n_iii - n_oii - n_ioi - n_iio - n_ooi - n_oio - n_ioo
    cells = np.stack([n_iii, n_oii, n_ioi, n_ooi, n_iio, n_oio, n_ioo, n_ooo], axis=1)
    return _g_squared(cells)
