"""The names the personas step gives to segments, customer types, hours and channels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.model import Availability, Channel, CustomerType, Segment

# The page's context: the form and the card share these texts, translated once.
SEGMENTS = {
    Segment.B2C: QT_TRANSLATE_NOOP("PersonasPage", "Consumers (B2C)"),
    Segment.B2B: QT_TRANSLATE_NOOP("PersonasPage", "Businesses (B2B)"),
    Segment.EDUCATION: QT_TRANSLATE_NOOP("PersonasPage", "Education"),
    Segment.PUBLIC: QT_TRANSLATE_NOOP("PersonasPage", "Public sector"),
    Segment.OTHER: QT_TRANSLATE_NOOP("PersonasPage", "Other"),
}
CUSTOMER_TYPES = {
    CustomerType.PROSPECT: (
        QT_TRANSLATE_NOOP("PersonasPage", "Prospect"),
        QT_TRANSLATE_NOOP("PersonasPage", "Still comparing; wants quick, honest answers before deciding."),
    ),
    CustomerType.NEW: (
        QT_TRANSLATE_NOOP("PersonasPage", "New customer"),
        QT_TRANSLATE_NOOP(
            "PersonasPage", "Just bought; needs help getting started and reassurance it was right."
        ),
    ),
    CustomerType.IMPULSE: (
        QT_TRANSLATE_NOOP("PersonasPage", "Impulse buyer"),
        QT_TRANSLATE_NOOP(
            "PersonasPage", "Decides fast; easy to win with speed, easy to lose with friction."
        ),
    ),
    CustomerType.DISCOUNT: (
        QT_TRANSLATE_NOOP("PersonasPage", "Discount seeker"),
        QT_TRANSLATE_NOOP("PersonasPage", "Comes for the price; clear terms and fairness keep them."),
    ),
    CustomerType.LOYAL: (
        QT_TRANSLATE_NOOP("PersonasPage", "Loyal customer"),
        QT_TRANSLATE_NOOP(
            "PersonasPage", "Comes back and recommends you; expects to be known and remembered."
        ),
    ),
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
