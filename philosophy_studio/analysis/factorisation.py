"""TF-IDF weighting and non-negative matrix factorisation (NMF) for the themes, in numpy
and scipy.sparse, which the analysis loads anyway.

scikit-learn did this before; importing it cost 0.6-0.9 s of CPU at every start and,
through scipy.stats, held the interpreter lock in single stretches of up to 57 ms
while the start's warm-up loaded it, which stalled a user's first edits. Only these two
small pieces of it were used. Both follow scikit-learn operation for operation,
so the themes are those it found: ``tf_idf`` is its TfidfTransformer with
the defaults, ``nmf`` its NMF with init="nndsvd" and the coordinate-descent solver
(Cichocki and Phan 2009, scikit-learn's _update_cdnmf_fast). One difference: the
NNDSVD start takes the exact leading singular vectors where scikit-learn takes a
randomised estimate of them (tests/unit/test_factorisation.py compares the two).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix, spmatrix

# Vectors in each block beyond the wanted ones. Wider blocks cost more than they save
# (10,000 answers, four themes: 60 ms with two, 140 ms with scikit-learn's ten); two
# keep a near tie just below the wanted singular values from slowing the search.
_OVERSAMPLES = 2
# The singular vectors are taken once each one's residual, |G v - s^2 v| for the Gram
# matrix G, is this small against s^2 of the largest: far below what the NMF can see.
_SVD_TOLERANCE = 1e-12
# New directions this much shorter than the vectors they came from are rounding.
_DEPENDENT = 1e-8
# At most this many blocks (the test corpora need up to 25, the demo's answers 11):
# bounds the basis's memory should singular values lie too close to separate.
_MAX_BLOCKS = 60
# Start values below this are zero (scikit-learn's eps), which keeps the start sparse.
_START_FLOOR = 1e-6
# The solver stops when a sweep's projected gradient falls to this share of the first's.
_NMF_TOLERANCE = 1e-4


def tf_idf(counts: csr_matrix) -> csr_matrix:
    """Rows of term counts weighted by smoothed inverse document frequency,
    ln((1 + rows) / (1 + rows using the term)) + 1, then scaled to unit length (a row
    without terms stays zero)."""
    import numpy as np

    # astype also puts each row's entries in column order, as scikit-learn's input
    # check does: the rows' lengths are then summed in the same order.
    weights = counts.astype(np.float64)
    rows = weights.shape[0]
    users = np.bincount(weights.indices, minlength=weights.shape[1]).astype(np.float64)
    idf = np.log((rows + 1) / (users + 1.0)) + 1.0
    weights.data *= idf[weights.indices]
    row_of_entry = np.repeat(np.arange(rows), np.diff(weights.indptr))
    # bincount adds a row's squares in order, as scikit-learn's normalisation does.
    length = np.sqrt(np.bincount(row_of_entry, weights=weights.data * weights.data, minlength=rows))
    length[length == 0] = 1.0
    weights.data /= length[row_of_entry]
    return weights


def nmf(matrix: csr_matrix, components: int, max_iterations: int) -> tuple[np.ndarray, np.ndarray]:
    """W (rows x components) and H (components x columns), non-negative, with W H close
    to ``matrix`` in the Frobenius norm. Needs components <= min(matrix.shape)."""
    import numpy as np

    w, h = _nndsvd(matrix, components)
    w = np.ascontiguousarray(w)
    ht = np.ascontiguousarray(h.T)
    transposed = matrix.T
    first = 0.0
    for iteration in range(max_iterations):
        violation = _sweep(matrix, w, ht) + _sweep(transposed, ht, w)
        if iteration == 0:
            first = violation
        if first == 0 or violation / first <= _NMF_TOLERANCE:
            break
    return w, ht.T


def _sweep(matrix: spmatrix, w: np.ndarray, ht: np.ndarray) -> float:
    """One pass of coordinate descent over ``w`` for ``matrix`` ~ w ht^T, in place, and
    the sum of the projected gradient's magnitudes before it.

    scikit-learn updates each component's column one row at a time; the rows of one
    column do not depend on each other, so each column is updated at once here, its
    gradient summed term by term in the same order: the same floating-point results.
    Only the sum returned may differ in its last bits, which could move the stop by a
    sweep only if it fell that close to the tolerance."""
    import numpy as np

    hht = np.dot(ht.T, ht)
    xht = matrix @ ht
    columns = w.T.copy()
    count = columns.shape[0]
    # Row 0 the negated target, then each column times its weight: summed down the
    # rows (numpy adds along the outer axis one row after another), the gradient.
    terms = np.empty((count + 1, columns.shape[1]))
    violation = 0.0
    for t in range(count):
        np.negative(xht[:, t], out=terms[0])
        np.multiply(hht[t][:, None], columns, out=terms[1:])
        gradient = terms.sum(axis=0)
        column = columns[t]
        projected = np.where(column == 0, np.minimum(gradient, 0.0), gradient)
        violation += float(np.abs(projected).sum())
        if hht[t, t] != 0:
            np.maximum(column - gradient / hht[t, t], 0.0, out=column)
    w[...] = columns.T
    return violation


def _nndsvd(matrix: csr_matrix, components: int) -> tuple[np.ndarray, np.ndarray]:
    """The NNDSVD start (Boutsidis and Gallopoulos 2008): each leading singular pair
    (x, y) gives the larger of its positive parts and its negative parts, scaled by the
    singular value. A pair's sign is arbitrary (x, y or -x, -y); the larger part is the
    same either way, so the start does not depend on it."""
    import numpy as np

    u, s, vt = _leading_singular_triplets(matrix, components)
    w = np.zeros((matrix.shape[0], components))
    h = np.zeros((components, matrix.shape[1]))
    w[:, 0] = np.sqrt(s[0]) * np.abs(u[:, 0])
    h[0] = np.sqrt(s[0]) * np.abs(vt[0])
    for j in range(1, components):
        x, y = u[:, j], vt[j]
        x_p, y_p, x_n, y_n = np.maximum(x, 0.0), np.maximum(y, 0.0), np.maximum(-x, 0.0), np.maximum(-y, 0.0)
        positive, negative = _norm(x_p) * _norm(y_p), _norm(x_n) * _norm(y_n)
        a, b, size = (x_p, y_p, positive) if positive > negative else (x_n, y_n, negative)
        # Zero only for a singular value of zero (fewer distinct answers than themes),
        # whose vectors are left zero; scikit-learn's start falls below the floor there.
        if size > 0:
            scale = np.sqrt(s[j] * size)
            w[:, j] = scale * (a / _norm(a))
            h[j] = scale * (b / _norm(b))
    w[w < _START_FLOOR] = 0
    h[h < _START_FLOOR] = 0
    return w, h


def _norm(vector: np.ndarray) -> float:
    import numpy as np

    return math.sqrt(np.dot(vector, vector))


def _leading_singular_triplets(matrix: csr_matrix, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ``count`` largest singular values of ``matrix`` with their left and right
    singular vectors (U, s, V^T), to ``_SVD_TOLERANCE``.

    Block Lanczos on the Gram matrix of the narrower side, G = A^T A: a block of vectors
    and its images under G, G^2... are gathered into one orthonormal basis until the
    leading eigenvectors of G within it no longer leave it (each has a small residual).
    A survey's words have nearly equal singular values after the first few, so this
    needs far fewer products with the matrix than iterating a fixed block would; a block
    (not one vector) also finds equal singular values. Only sparse products and dense
    algebra on the basis are needed: a dense decomposition of the Gram matrix would
    take seconds for a large survey's thousands of words, and scipy.sparse.linalg
    (svds) would load most of what leaving scikit-learn saved."""
    import numpy as np

    wide = matrix.shape[0] < matrix.shape[1]
    tall = matrix.T.tocsr() if wide else matrix
    size = tall.shape[1]
    # A fixed start, so that equal answers always give the same themes.
    start = np.random.default_rng(0).standard_normal((size, min(count + _OVERSAMPLES, size)))
    new = _orthonormal_extension(start, np.zeros((size, 0)))
    basis, images, projected = np.zeros((size, 0)), np.zeros((size, 0)), np.zeros((0, 0))
    for _ in range(_MAX_BLOCKS):
        fresh = tall.T @ (tall @ new)
        basis, images = np.hstack([basis, new]), np.hstack([images, fresh])
        # basis^T G basis grows by the new block's columns; eigh reads its lower half.
        known = projected.shape[0]
        projected = np.pad(projected, (0, new.shape[1]))
        projected[known:] = (basis.T @ fresh).T
        values, vectors = np.linalg.eigh(projected)
        leading, top = vectors[:, ::-1][:, :count], values[::-1][:count]
        residual = np.linalg.norm(images @ leading - (basis @ leading) * top, axis=0)
        new = _orthonormal_extension(fresh, basis)
        if np.all(residual <= _SVD_TOLERANCE * max(top[0], 0.0)) or not new.shape[1]:
            break
    v = basis @ leading
    av = tall @ v
    # From the product, not the eigenvalue, which loses the small ones to rounding.
    s = np.linalg.norm(av, axis=0)
    u = np.divide(av, s, out=np.zeros_like(av), where=s > 0)
    return (v, s, u.T) if wide else (u, s, v.T)


def _orthonormal_extension(vectors: np.ndarray, basis: np.ndarray) -> np.ndarray:
    """Orthonormal columns spanning what ``vectors`` add to the orthonormal ``basis``;
    none once they add nothing (the basis then holds an invariant subspace)."""
    import numpy as np

    scale = np.linalg.norm(vectors)
    # Projecting the basis out twice keeps rounding from leaving some of it in.
    for _ in range(2):
        vectors = vectors - basis @ (basis.T @ vectors)
    directions, sizes, _ = np.linalg.svd(vectors, full_matrices=False)
    directions = directions[:, sizes > _DEPENDENT * scale]
    # The few directions kept near the threshold carry more rounding: once more.
    return np.linalg.qr(directions - basis @ (basis.T @ directions))[0]
