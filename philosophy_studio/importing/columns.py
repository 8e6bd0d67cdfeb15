"""Which columns of a form export identify people, and which one holds the answers.

Google Forms puts a timestamp (and, when collected, the e-mail address) before the
answers; Microsoft Forms adds ID, start and completion times, e-mail, name and last
modified time; a form's owner may add a name, phone, staff number or department of
their own. Those columns are never imported: they would tie an answer to a person or a
moment. Headings are recognised in English and Turkish, as both tools write them in the
form owner's language, and whatever a heading says, a column whose cells look like
e-mail addresses, phone or ID numbers or people's names is never suggested.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from philosophy_studio.domain.text import fold

# Whole headings (after folding, see _forms) that identify a person or a moment.
_IDENTIFYING_HEADINGS = frozenset(
    {
        "timestamp",
        "time stamp",
        "zaman damgası",
        "mail",
        "id",
        "respondent",
        "respondent id",
        "response id",
        "yanıtlayan",
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
    }
)
# Heading words that identify wherever they appear ("Work e-mail", "Gönderim zamanı").
_IDENTIFYING_PARTS = re.compile(
    r"\b(e-?mail|e-?posta|timestamp|zaman damgası|ip address|ip adresi)\b|(^|\s)(time|saati|zamanı)$"
)
# A heading made only of these words, at least one of them from _PERSONAL, asks for who
# someone is: "Full name (optional)", "Adınız Soyadınız", "T.C. Kimlik No", "Cep
# telefonu", "Date of birth". A question that merely mentions one ("Name one thing we
# do well") has other words and is not caught.
_PERSONAL = frozenset(
    {
        "name",
        "names",
        "surname",
        "firstname",
        "lastname",
        "fullname",
        "username",
        "email",
        "e-mail",
        "phone",
        "telephone",
        "mobile",
        "cell",
        "id",
        "identifier",
        "employee",
        "staff",
        "personnel",
        "user",
        "birth",
        "birthday",
        "dob",
        "department",
        "dept",
        "address",
        "ssn",
        "passport",
        "ad",
        "adı",
        "adınız",
        "adi",
        "adiniz",
        "ad-soyad",
        "adsoyad",
        "kullanıcı",
        "tc",
        "gsm",
        "departman",
        "departmanı",
        "departmanınız",
    }
)
# Turkish words are inflected ("biriminiz", "bölümünüz", "telefonunuz"): these stems
# count with any ending. None of them begins an everyday word an answer heading uses.
_PERSONAL_STEMS = (
    "soyad",
    "soyisim",
    "isim",
    "ismi",
    "telefon",
    "e-posta",
    "eposta",
    "kimlik",
    "sicil",
    "doğum",
    "birim",
    "bölüm",
    "personel",
    "adres",
)
_CONNECTING = frozenset(
    {
        "your",
        "full",
        "first",
        "last",
        "middle",
        "given",
        "family",
        "work",
        "of",
        "and",
        "or",
        "the",
        "number",
        "no",
        "nr",
        "code",
        "date",
        "please",
        "enter",
        "optional",
        "ve",
        "veya",
        "ya",
        "da",
        "cep",
        "iş",
        "numara",
        "numarası",
        "numaranız",
        "numarasi",
        "tarihi",
        "tarihiniz",
        "kodu",
        "lütfen",
        "giriniz",
        "yazınız",
        "posta",
        "soyadı",
    }
)
# Optional-field markers a form adds to a heading: "(optional)", "(isteğe bağlı)", "*".
_MARKERS = re.compile(r"\([^)]*\)|\[[^\]]*\]|[*:?!]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MOMENT = re.compile(
    r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?.*)?$"  # a date, maybe with a time
    r"|^\d{1,2}:\d{2}(:\d{2})?$"  # a time alone
)
# A phone number as people write one: digits with spaces, dashes, dots or brackets.
_PHONE = re.compile(r"^\+?[\d\s().-]+$")
# Turkish ID numbers (T.C. Kimlik No) have 11 digits; staff numbers fewer, see _PHONE.
_ID_NUMBER = re.compile(r"^\d{11}$")
# Two or three capitalised words: "Ayşe Yılmaz", "Mehmet Ali Kaya", "O'Brien-Smith Jo".
_NAME_WORD = r"[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?"
_NAME = re.compile(rf"^{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}$")
# "Mostly": a few cells may hold "-", "yok" or a typo and the column still identifies.
_MOSTLY = 0.8
# The values are judged on the first rows: enough to tell, and 100,000 rows of five
# columns would otherwise take half a second.
SAMPLE_ROWS = 5_000


def heading_key(text: str) -> str:
    """A heading as compared with the known ones: lower case by Turkish rules, which
    English headings survive (see below), without marks and padding."""
    text = fold(text)
    # "ıd", "emaıl" come from English headings folded the Turkish way; compare both.
    return " ".join(text.replace("\ufeff", "").split()).strip(" :*?")


def _forms(heading: str) -> tuple[str, ...]:
    """The heading folded the Turkish and the English way, without optional markers."""
    bare = _MARKERS.sub(" ", heading.replace("\ufeff", ""))
    english = " ".join(bare.lower().split())
    return heading_key(bare), english


def _personal_word(word: str) -> bool:
    return word in _PERSONAL or word.startswith(_PERSONAL_STEMS)


def _asks_who(form: str) -> bool:
    # "T.C." and "e.g." lose their dots; a comma or slash separates words.
    words = re.sub(r"[.,/]", " ", form.replace("t.c.", "tc")).split()
    return (
        bool(words)
        and all(_personal_word(word) or word in _CONNECTING for word in words)
        and any(_personal_word(word) for word in words)
    )


def heading_identifies(heading: str) -> bool:
    return any(
        form in _IDENTIFYING_HEADINGS or _IDENTIFYING_PARTS.search(form) is not None or _asks_who(form)
        for form in _forms(heading)
    )


def _looks_personal(value: str) -> bool:
    if _EMAIL.match(value) or _MOMENT.match(value) or _ID_NUMBER.match(value):
        return True
    digits = sum(character.isdigit() for character in value)
    return bool(_PHONE.match(value)) and 7 <= digits <= 15


def _capitalised(word: str) -> bool:
    # "Ayşe", "O'Brien", an initial "M."; not "HIZLI", which is how some write answers.
    return word[0].isupper() and (len(word.rstrip(".")) == 1 or any(c.islower() for c in word))


def _looks_like_a_name(value: str) -> bool:
    return _NAME.match(value) is not None and all(_capitalised(word) for word in value.split())


def values_identify(values: Sequence[str]) -> bool:
    """Whether the non-empty cells are mostly e-mail addresses, dates and times, phone
    or ID numbers, or on every row two or three capitalised words (a person's name)."""
    filled = [value.strip() for value in values if value.strip()]
    if not filled:
        return False
    if sum(1 for value in filled if _looks_personal(value)) >= _MOSTLY * len(filled):
        return True
    # One capitalised pair could be an answer ("Güler Yüz"); on every row it is a name.
    return len(filled) >= 2 and all(_looks_like_a_name(value) for value in filled)


def identifying_columns(
    headers: Sequence[str], samples: Iterable[Sequence[str]]
) -> tuple[frozenset[int], frozenset[int]]:
    """Indexes of the columns that identify people: (by their heading, by their values
    alone), ``samples`` giving each column's first SAMPLE_ROWS cells in turn. The first
    are never imported; the second are never suggested, and may be chosen only
    explicitly, after a warning (a heuristic can be wrong)."""
    by_heading, by_values = set(), set()
    for index, (heading, sample) in enumerate(zip(headers, samples, strict=True)):
        if heading_identifies(heading):
            by_heading.add(index)
        elif values_identify(sample[:SAMPLE_ROWS]):
            by_values.add(index)
    return frozenset(by_heading), frozenset(by_values)


def suggested_column(lengths: Sequence[int], identifying: frozenset[int]) -> int | None:
    """The column most likely to hold the answers: among the others, the one with the
    most text (``lengths``: each column's characters, surrounding blanks left out;
    answers to an open question are longer than anything else a form keeps). None
    when every column identifies people."""
    best, best_length = None, -1
    for index, length in enumerate(lengths):
        if index not in identifying and length > best_length:
            best, best_length = index, length
    return best
