"""Text in spreadsheet cells: kept from running as a formula on the way out, and read
back exactly on the way in.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
taken as a formula by Excel, LibreOffice and Google Sheets (and could run one that a
hostile answer smuggled in), so such a cell gets a leading apostrophe. A spreadsheet
may also read a CSV file with another delimiter than the comma it was written with:
Turkish Excel splits at semicolons, Excel's "Unicode Text" at tabs, and neither
delimiter is quoted in a comma-separated file. Then ``x;=1+1`` is two cells, the
second a formula; so an apostrophe goes after every comma, semicolon or tab that such
a character follows, too. Where apostrophes already stand before such a character, one
more goes in, so that reading takes exactly one off at each of those places and every
text comes back as it was written.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Where a spreadsheet may start a cell: the start, and after a delimiter it may split at.
CELL_STARTS = ",;\t"

# Places where a cell may start and a formula would follow (after apostrophes).
_UNSAFE = re.compile(r"(?:^|(?<=[,;\t]))(?='*[=+\-@\t\r])")
# The apostrophe formula_safe put at such a place.
_MARK = re.compile(r"(?:^|(?<=[,;\t]))'(?='*[=+\-@\t\r])")


def formula_safe(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text, never runs it as a formula, whichever
    of the delimiters in CELL_STARTS it splits at."""
    return _UNSAFE.sub("'", cell)


def from_formula_safe(cell: str) -> str:
    """The text ``formula_safe`` was given: its apostrophes taken off again."""
    return _MARK.sub("", cell)
