"""Turning the bytes of a text file into text without ever guessing.

UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are
recognised for certain. Anything else could be one of several single-byte encodings
that all decode without error but give different letters (Windows-1254 `ş` is
ISO-8859-1 `þ`), so the user must choose one, looking at a preview.
"""

from __future__ import annotations

import codecs

from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.importing.errors import EncodingNeededError, UnknownEncodingError, WrongEncodingError

# The encodings offered when a file is not UTF-8 or UTF-16: Python codec name and the
# name shown to the user. Turkish Excel's "CSV" is Windows-1254, so it comes first.
CHOICES: tuple[tuple[str, str], ...] = (
    ("cp1254", QT_TRANSLATE_NOOP("Encodings", "Turkish (Windows-1254, Excel)")),
    ("iso-8859-9", QT_TRANSLATE_NOOP("Encodings", "Turkish (ISO-8859-9)")),
    ("cp1252", QT_TRANSLATE_NOOP("Encodings", "Western European (Windows-1252, Excel)")),
    ("iso-8859-1", QT_TRANSLATE_NOOP("Encodings", "Western European (ISO-8859-1, Latin-1)")),
    ("iso-8859-15", QT_TRANSLATE_NOOP("Encodings", "Western European (ISO-8859-15)")),
    ("cp857", QT_TRANSLATE_NOOP("Encodings", "Turkish (DOS, code page 857)")),
    ("mac-turkish", QT_TRANSLATE_NOOP("Encodings", "Turkish (Mac OS)")),
    ("utf-8", QT_TRANSLATE_NOOP("Encodings", "Unicode (UTF-8)")),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    # UTF-32 marks start with UTF-16 ones, so they are looked at first.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, if any."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding
    return None


def sure_encoding(data: bytes) -> str | None:
    """The encoding ``data`` is certainly in (by its mark, or because it is valid
    UTF-8), or None when only the user can tell."""
    marked = bom_encoding(data)
    if marked is not None:
        return marked
    try:
        data.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def canonical(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UnknownEncodingError(encoding=encoding) from None


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used). Without ``encoding`` only a certain one is used; otherwise
    EncodingNeededError asks the user to choose. Decoding is always strict."""
    if encoding is None:
        encoding = sure_encoding(data)
        if encoding is None:
            raise EncodingNeededError(name=name)
    else:
        encoding = canonical(encoding)
        # A chosen UTF-8 or UTF-16 still drops its own mark rather than keep U+FEFF.
        marked = bom_encoding(data)
        if encoding in {"utf-8", "utf-8-sig"} and marked == "utf-8-sig":
            encoding = "utf-8-sig"
        elif encoding.startswith("utf-16") and marked == "utf-16":
            encoding = "utf-16"
    try:
        return data.decode(encoding, errors="strict"), encoding
    except UnicodeDecodeError:
        raise WrongEncodingError(name=name, encoding=encoding) from None
