"""The first-run tour: what each step is for, in a sentence."""

from __future__ import annotations

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.steps import Step

# Translated under the welcome dialog's context, where the catalogue has them.
TOUR = {
    Step.PERSONAS: QT_TRANSLATE_NOOP(
        "WelcomeDialog", "Describe who you serve and what they expect from support: hours, tone, channels."
    ),
    Step.VALUES: QT_TRANSLATE_NOOP(
        "WelcomeDialog",
        "Brainstorm values as cards, merge look-alikes, vote with dots and keep five or fewer.",
    ),
    Step.SURVEY: QT_TRANSLATE_NOOP(
        "WelcomeDialog",
        "Every staff member answers one question anonymously; the words that recur point to your values.",
    ),
    Step.VISION: QT_TRANSLATE_NOOP(
        "WelcomeDialog", "Draft a bold, short statement of your service side by side, with a coach beside it."
    ),
    Step.GUIDELINES: QT_TRANSLATE_NOOP(
        "WelcomeDialog", "Answer five questions for every value and choose how to measure it fairly."
    ),
    Step.SHARE: QT_TRANSLATE_NOOP(
        "WelcomeDialog", "Agree how leaders will live each value, and where the philosophy is shared."
    ),
    Step.CHARTER: QT_TRANSLATE_NOOP("WelcomeDialog", "Print the charter for the wall and the handbook."),
    Step.CHECKINS: QT_TRANSLATE_NOOP(
        "WelcomeDialog",
        "Meet again a month, a quarter and half a year on, and see the metrics against their targets.",
    ),
    Step.CUSTOMERS: QT_TRANSLATE_NOOP(
        "WelcomeDialog",
        "Import what customers wrote and see, value by value, how far it is from what the team "
        "wants them to say.",
    ),
}
