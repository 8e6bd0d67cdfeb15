"""Loading the analysis ahead of its first use, so that run does not wait for it."""

from __future__ import annotations

from philosophy_studio.domain.language import Language


def prepare_analysis(language: Language) -> None:
    """Load what the first analysis would otherwise wait for: numpy, scipy and
    scikit-learn, and the lemma table of ``language`` (about a second in all on a cold
    start). Run off the GUI thread once a workshop is open."""
    from sklearn.decomposition import NMF  # noqa: F401 - loaded for the themes
    from sklearn.feature_extraction.text import TfidfTransformer  # noqa: F401 - likewise

    from philosophy_studio.analysis.engine import AnalysisOptions, run_analysis

    # A tiny analysis touches every other import and the lemma table the real one needs.
    run_analysis(
        ["hızlı ve güler yüzlü", "güvenilir ve hızlı", "sabırla dinleyen"], AnalysisOptions(language)
    )
