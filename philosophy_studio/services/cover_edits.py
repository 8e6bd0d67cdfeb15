"""Handlers for the charter's cover (domain/cover_commands.py)."""

from __future__ import annotations

from philosophy_studio.domain.changes import Aspect, Changes
from philosophy_studio.domain.cover import Logo, accent_colour, check_logo
from philosophy_studio.domain.cover_commands import SetAccentColour, SetLogo
from philosophy_studio.domain.rules.conflicts import check_expected
from philosophy_studio.persistence import repository
from philosophy_studio.services.edits import EditContext, HandlerTable, Outcome

# The cover is part of what the Start page and the charter show of the workshop.
COVER = Changes.of(Aspect.INFO)


def _digest(logo: Logo | None) -> bytes | None:
    return None if logo is None else logo.data


def set_logo(context: EditContext, command: SetLogo) -> Outcome:
    workshop = repository.workshop_row(context.session, context.workshop_id)
    old = repository.logo_of(context.session, context.workshop_id)
    # Checked again here: the command may come from anywhere (a script, an old undo).
    new = check_logo(command.logo.data) if command.logo is not None else None
    check_expected(command, old, new, clean=_digest, clean_stored=True)
    repository.set_logo(workshop, new)
    return Outcome(SetLogo(old, expected=new), COVER)


def set_accent_colour(context: EditContext, command: SetAccentColour) -> Outcome:
    workshop = repository.workshop_row(context.session, context.workshop_id)
    old = workshop.accent_colour or ""
    new = accent_colour(command.colour)
    check_expected(command, old, new, clean=accent_colour)
    workshop.accent_colour = new or None
    return Outcome(SetAccentColour(old, expected=new), COVER)


HANDLERS: HandlerTable = {
    SetLogo: set_logo,
    SetAccentColour: set_accent_colour,
}
