"""Loading the analysis ahead of its first use, so that run does not wait for it."""

from __future__ import annotations

from philosophy_studio.domain.language import Language


def prepare_analysis(language: Language) -> None:
    """Load what the first analysis would otherwise wait for: numpy and scipy.sparse
    (all that the themes and the similar cards need too), and the lemma table of
    ``language``. Run off the GUI thread once a workshop is open."""
    from philosophy_studio.analysis.engine import AnalysisOptions, run_analysis

    # A tiny analysis touches every other import and the lemma table the real one needs.
    run_analysis(
        ["hızlı ve güler yüzlü", "güvenilir ve hızlı", "sabırla dinleyen"], AnalysisOptions(language)
    )
