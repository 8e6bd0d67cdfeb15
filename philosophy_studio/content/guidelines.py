"""The guidelines step's content: the five questions the method asks of every chosen
value, each with a hint, and the metrics suggested for the fourth one. The example
answers fit the value: content/guideline_examples.py."""

from __future__ import annotations

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import GuidelineQuestion

# Every text here is translated under the guidelines page's context ("GuidelinesPage"),
# where the catalogue has them.

# (question, hint) in the order the method asks them.
QUESTIONS = {
    GuidelineQuestion.MEANING: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "What does this value mean for our team?"),
        QT_TRANSLATE_NOOP("GuidelinesPage", "Say it in everyday words a new colleague would use on day one."),
    ),
    GuidelineQuestion.EFFECT: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "What happens when we apply it?"),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "Describe a real conversation that goes differently because of it."
        ),
    ),
    GuidelineQuestion.MISREADINGS: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "How could it be misinterpreted?"),
        QT_TRANSLATE_NOOP("GuidelinesPage", "Name the wrong ways of following it, so nobody has to guess."),
    ),
    GuidelineQuestion.MEASUREMENT: (
        QT_TRANSLATE_NOOP("GuidelinesPage", "How do we measure staff adherence?"),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "Pick a few transparent measures below; speed must not outrank the principle."
        ),
    ),
    GuidelineQuestion.CUSTOMER_IMPACT: (
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "How will it affect our customers' experience and our relationship with them?"
        ),
        QT_TRANSLATE_NOOP(
            "GuidelinesPage", "Think of trust, repeat visits and what customers tell their friends."
        ),
    ),
}

# Suggested metrics for the fourth question; the second item marks the speed metrics
# the method warns about.
METRIC_CATALOGUE = (
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Customer satisfaction (CSAT)"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Net Promoter Score (NPS)"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "First-contact resolution"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Customer effort score (CES)"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Quality review score"), False),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "First response time"), True),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Average handle time"), True),
    (QT_TRANSLATE_NOOP("GuidelinesPage", "Time to resolution"), True),
)
