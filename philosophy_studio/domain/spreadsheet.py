"""Text in spreadsheet cells: kept from running as a formula on the way out, and read
back exactly on the way in.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
taken as a formula by Excel, LibreOffice and Google Sheets (and could run one that a
hostile answer smuggled in), so such a cell gets a leading apostrophe. A cell that
already starts with apostrophes before such a character gets one more, so that
reading takes exactly one off and every text comes back as it was written.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _marked(cell: str) -> bool:
    return cell.lstrip("'").startswith(FORMULA_STARTS)


def formula_safe(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text, never runs it as a formula."""
    return "'" + cell if _marked(cell) else cell


def from_formula_safe(cell: str) -> str:
    """The text ``formula_safe`` was given: its apostrophe taken off again."""
    return cell[1:] if cell.startswith("'") and _marked(cell) else cell
