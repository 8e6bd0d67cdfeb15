"""The names the personas step gives to segments, hours and channels (customer types are
the workshop's own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import Availability, Channel, Segment

# The page's context: the form and the card share these texts, translated once.
SEGMENTS = {
    Segment.B2C: QT_TRANSLATE_NOOP("PersonasPage", "Consumers (B2C)"),
    Segment.B2B: QT_TRANSLATE_NOOP("PersonasPage", "Businesses (B2B)"),
    Segment.EDUCATION: QT_TRANSLATE_NOOP("PersonasPage", "Education"),
    Segment.PUBLIC: QT_TRANSLATE_NOOP("PersonasPage", "Public sector"),
    Segment.OTHER: QT_TRANSLATE_NOOP("PersonasPage", "Other"),
}
AVAILABILITY = {
    Availability.ALWAYS: QT_TRANSLATE_NOOP("PersonasPage", "Around the clock (24/7)"),
    Availability.BUSINESS_HOURS: QT_TRANSLATE_NOOP("PersonasPage", "Business hours"),
    Availability.CUSTOM: QT_TRANSLATE_NOOP("PersonasPage", "Other hours"),
}
CHANNELS = {
    Channel.PHONE: QT_TRANSLATE_NOOP("PersonasPage", "Phone"),
    Channel.LIVE_CHAT: QT_TRANSLATE_NOOP("PersonasPage", "Live chat"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("PersonasPage", "E-mail"),
    Channel.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("PersonasPage", "Social media"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("PersonasPage", "Video call"),
    Channel.SELF_SERVICE: QT_TRANSLATE_NOOP("PersonasPage", "Self-service (FAQ, knowledge base)"),
    Channel.SMS: QT_TRANSLATE_NOOP("PersonasPage", "SMS"),
    Channel.LETTER: QT_TRANSLATE_NOOP("PersonasPage", "Letter"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("PersonasPage", "In person"),
}


def translated(text: str) -> str:
    """One of the texts above in the interface's language."""
    return QCoreApplication.translate("PersonasPage", text)
