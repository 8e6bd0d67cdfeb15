"""The charter's cover from a file or the command line: the logo read from a picture the
facilitator picks, and the accent colour."""

from __future__ import annotations

from pathlib import Path

from philosophy_studio.domain.cover import MAX_LOGO_BYTES, Logo, LogoTooLargeError, accent_colour, check_logo
from philosophy_studio.domain.cover_commands import SetAccentColour, SetLogo
from philosophy_studio.domain.model import Workshop
from philosophy_studio.export.charter_pdf import ACCENT

# The charter's own accent, for editors that show the cover before one is chosen.
DEFAULT_ACCENT = ACCENT


def read_logo(path: Path) -> Logo:
    """The picture at ``path`` as a logo, or a LogoError saying why not. A file over
    the limit is refused by its size, before it is read; OSError when it cannot be read."""
    with path.open("rb") as handle:
        data = handle.read(MAX_LOGO_BYTES + 1)
        if len(data) > MAX_LOGO_BYTES:
            handle.seek(0, 2)
            raise LogoTooLargeError(
                size=f"{handle.tell() / (1024 * 1024):.1f}", limit=MAX_LOGO_BYTES // (1024 * 1024)
            )
    return check_logo(data)


def set_cover_at(
    location: str | Path,
    *,
    logo: Path | None = None,
    remove_logo: bool = False,
    accent: str | None = None,
    workshop_id: int | None = None,
) -> Workshop:
    """The command line's set-logo: the cover's logo (from ``logo``, or none with
    ``remove_logo``) and accent colour (``accent``; '' for the charter's own), each
    an edit of its own, as in the app. Everything is checked before anything is stored."""
    from philosophy_studio.services.workshop_service import WorkshopService

    picture = read_logo(logo) if logo is not None else None
    colour = accent_colour(accent) if accent is not None else None
    with WorkshopService.open(location, workshop_id=workshop_id) as service:
        if picture is not None or remove_logo:
            service.execute(SetLogo(picture))
        if colour is not None:
            service.execute(SetAccentColour(colour))
        return service.load()
