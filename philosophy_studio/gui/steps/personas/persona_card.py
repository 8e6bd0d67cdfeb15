"""The persona at a glance, in large type, for the room and the projector."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from philosophy_studio.domain.model import Availability, Persona
from philosophy_studio.gui.steps.personas.vocabulary import AVAILABILITY, CHANNELS, translated
from philosophy_studio.gui.theme import SUBHEADING, scale_font


class GrowingLabel(QLabel):
    """A label that says when its height changed, by how many pixels: the page keeps
    what is below it, and the field being typed in, where they were."""

    grew = Signal(int)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        old = event.oldSize().height()
        if old >= 0 and event.size().height() != old:
            self.grew.emit(event.size().height() - old)


class PersonaCard(GrowingLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaCard")
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(12)
        scale_font(self, SUBHEADING)

    def show_persona(self, persona: Persona, customer_type: str = "") -> None:
        """``customer_type`` is the name of the persona's type in the workshop's list."""
        parts = [f"<b>{escape(persona.name)}</b>"]
        if persona.description:
            parts.append(escape(persona.description))
        facts = []
        if customer_type:
            facts.append(customer_type)
        if persona.availability:
            hours = persona.custom_hours if persona.availability is Availability.CUSTOM else ""
            facts.append(translated(AVAILABILITY[persona.availability]) + (f" ({hours})" if hours else ""))
        if persona.first_response:
            facts.append(self.tr("first answer: %1").replace("%1", persona.first_response))
        if facts:
            parts.append(escape(" · ".join(facts)))
        if persona.channels:
            parts.append(escape(" → ".join(translated(CHANNELS[channel]) for channel in persona.channels)))
        self.setText("<br>".join(parts))
