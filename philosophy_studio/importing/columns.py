"""Which columns of a form export identify people, and which one holds the answers.

Google Forms puts a timestamp (and, when collected, the e-mail address) before the
answers; Microsoft Forms adds ID, start and completion times, e-mail, name and last
modified time. Those columns are never imported: they would tie an answer to a person
or a moment. Headings are recognised in English and Turkish, as both tools write them
in the form owner's language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Whole headings (after folding, see _fold) that identify a person or a moment.
_IDENTIFYING_HEADINGS = frozenset(
    {
        "timestamp",
        "time stamp",
        "zaman damgası",
        "email",
        "e-mail",
        "email address",
        "e-mail address",
        "e-posta",
        "eposta",
        "e-posta adresi",
        "e-posta adresiniz",
        "mail",
        "name",
        "full name",
        "your name",
        "first name",
        "last name",
        "surname",
        "ad",
        "adı",
        "soyad",
        "soyadı",
        "ad soyad",
        "adı soyadı",
        "ad-soyad",
        "adınız",
        "adınız soyadınız",
        "isim",
        "isim soyisim",
        "id",
        "kimlik",
        "respondent",
        "respondent id",
        "response id",
        "yanıtlayan",
        "username",
        "user name",
        "kullanıcı adı",
        "start time",
        "completion time",
        "last modified time",
        "başlangıç saati",
        "başlama saati",
        "tamamlanma saati",
        "tamamlama saati",
        "son değiştirilme saati",
        "son değiştirme saati",
        "submitted at",
        "submission time",
        "date",
        "tarih",
        "ip",
        "ip address",
        "ip adresi",
        "phone",
        "telefon",
    }
)
# Heading words that identify wherever they appear ("Work e-mail", "Gönderim zamanı").
_IDENTIFYING_PARTS = re.compile(
    r"\b(e-?mail|e-?posta|timestamp|zaman damgası|ip address|ip adresi)\b|(^|\s)(time|saati|zamanı)$"
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MOMENT = re.compile(
    r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?.*)?$"  # a date, maybe with a time
    r"|^\d{1,2}:\d{2}(:\d{2})?$"  # a time alone
)


def fold(text: str) -> str:
    """Lower-case that is right for Turkish (I is ı, İ is i) and harmless for English."""
    text = text.replace("I", "ı").replace("İ", "i").lower()
    # "ıd", "emaıl" come from English headings folded the Turkish way; compare both.
    return " ".join(text.replace("\ufeff", "").split()).strip(" :*?")


def _heading_identifies(heading: str) -> bool:
    turkish = fold(heading)
    english = " ".join(heading.replace("\ufeff", "").lower().split()).strip(" :*?")
    return any(
        form in _IDENTIFYING_HEADINGS or _IDENTIFYING_PARTS.search(form) is not None
        for form in (turkish, english)
    )


def _values_identify(values: Sequence[str]) -> bool:
    filled = [value.strip() for value in values if value.strip()]
    if not filled:
        return False
    looks = sum(1 for value in filled if _EMAIL.match(value) or _MOMENT.match(value))
    return looks == len(filled)


def identifying_columns(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> frozenset[int]:
    """Indexes of the columns that identify people: by heading, or because every value
    in them is an e-mail address or a date/time."""
    found = set()
    for index, heading in enumerate(headers):
        values = [row[index] if index < len(row) else "" for row in rows]
        if _heading_identifies(heading) or _values_identify(values):
            found.add(index)
    return frozenset(found)


def suggested_column(
    headers: Sequence[str], rows: Sequence[Sequence[str]], identifying: frozenset[int]
) -> int | None:
    """The column most likely to hold the answers: among the others, the one with the
    most text (answers to an open question are longer than anything else a form keeps)."""
    best, best_length = None, -1
    for index in range(len(headers)):
        if index in identifying:
            continue
        length = sum(len(row[index].strip()) for row in rows if index < len(row))
        if length > best_length:
            best, best_length = index, length
    return best
