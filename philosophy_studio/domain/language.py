"""The two languages a workshop and the interface can be in."""

from enum import StrEnum


class Language(StrEnum):
    TURKISH = "tr"
    ENGLISH = "en"
