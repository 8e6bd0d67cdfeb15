"""One page per step of the method, and their translated titles."""

from PySide6.QtCore import QCoreApplication

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.steps import Step

_TITLES = {
    Step.PERSONAS: QT_TRANSLATE_NOOP("Steps", "Personas"),
    Step.VALUES: QT_TRANSLATE_NOOP("Steps", "Values"),
    Step.SURVEY: QT_TRANSLATE_NOOP("Steps", "Survey"),
    Step.VISION: QT_TRANSLATE_NOOP("Steps", "Vision"),
    Step.GUIDELINES: QT_TRANSLATE_NOOP("Steps", "Guidelines"),
    Step.SHARE: QT_TRANSLATE_NOOP("Steps", "Walk the talk & share"),
    Step.CHARTER: QT_TRANSLATE_NOOP("Steps", "Charter"),
    Step.CHECKINS: QT_TRANSLATE_NOOP("Steps", "Check-ins"),
    Step.CUSTOMERS: QT_TRANSLATE_NOOP("Steps", "Customers"),
}


def step_title(step: Step) -> str:
    return QCoreApplication.translate("Steps", _TITLES[step])
