"""Text that people typed, as Qt shows it in tooltips.

A tooltip (and a label left in its default format) guesses whether its text is HTML,
so an answer such as ``<img src=... width=3000>`` or a 2,000-row ``<table>`` would be
rendered, not shown. Everything someone typed goes through ``plain_tooltip``: escaped,
line breaks kept, and cut to a length a tooltip can show.
"""

from __future__ import annotations

# About a dozen lines of a tooltip at its usual width.
TOOLTIP_CHARACTERS = 800


def plain_tooltip(text: str) -> str:
    from html import escape  # ~2 ms to import (its entities): not before the first window shows

    if len(text) > TOOLTIP_CHARACTERS:
        text = text[:TOOLTIP_CHARACTERS] + "…"
    # Rich text on purpose, with every character escaped: Qt then shows the text as it
    # is, and pre-wrap keeps its line breaks and spaces while long lines still wrap.
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"
