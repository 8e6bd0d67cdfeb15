"""Customers' personal data taken out of free text before anything is stored.

E-mail addresses, phone numbers, Turkish ID numbers, IBANs and payment card numbers
are replaced by a short placeholder in the workshop's language. Numbers are replaced
only when they pass the check their issuer built into them (the T.C. kimlik checksum,
IBAN mod 97, the Luhn digit), so an order number, a price or a date stays readable.

Placeholders are glued with an underscore (``[telefon_no]``): the analysis never reads
a word glued to an underscore or a digit (analysis/tokens.py, counting.py), so a
thousand scrubbed numbers do not become the customers' most used word.

Each kind is one compiled pattern, run once over the text. Every pattern starts only
where a run of its characters starts and has bounded repetitions, so a line of
100,000 digits or ``@`` signs takes linear time.
"""

from __future__ import annotations

import re
from collections import Counter
from enum import StrEnum

from philosophy_studio.domain.language import Language


class PersonalData(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    IBAN = "iban"
    CARD = "card"


PLACEHOLDERS: dict[Language, dict[PersonalData, str]] = {
    Language.TURKISH: {
        PersonalData.EMAIL: "[e_posta]",
        PersonalData.PHONE: "[telefon_no]",
        PersonalData.ID_NUMBER: "[TC_kimlik_no]",
        PersonalData.IBAN: "[IBAN_no]",
        PersonalData.CARD: "[kart_no]",
    },
    Language.ENGLISH: {
        PersonalData.EMAIL: "[e_mail]",
        PersonalData.PHONE: "[phone_no]",
        PersonalData.ID_NUMBER: "[ID_number]",
        PersonalData.IBAN: "[IBAN_no]",
        PersonalData.CARD: "[card_no]",
    },
}

# The local part starts where a run of its characters starts (so a run of 100,000
# characters is tried once, not from each of them); labels give back nothing, and the
# domain gives back at most one label at a time to end in a top-level one.
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]++@(?:[\w-]++\.)+[^\W\d_]{2,}")

# Turkish numbers: an optional +90 / 0090 / 0 trunk prefix, a three-digit area or
# mobile code (2xx-4xx landlines, 5xx mobiles, 850 and friends) that may stand in
# brackets, then seven digits grouped 3-2-2, 3-4 or not at all. Other countries: a +
# and a country code, then digit groups (their total is checked in _phone).
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"(?P<prefix>(?:\+|00)\s?90[ .-]?|0[ .-]?)?\(?(?P<inner>0)?(?P<area>[2-58]\d{2})\)?[ .-]?"
    r"\d{3}[ .-]?\d{2}[ .-]?\d{2}"
    r"|\+[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,6}"
    r")(?![\w@]|[.,]\d)"
)
# Eleven digits, the first not 0, not inside a longer number or a decimal.
_ID_NUMBER = re.compile(r"(?<![\w.,])[1-9]\d{10}(?![\w@]|[.,]\d)")
# Two letters, two check digits, then letters and digits, written in one run or in
# groups of four with a shorter last one; the country's IBAN length (below) decides
# where a run ends, so "TR..26NOLU" keeps NOLU.
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}+|(?: [A-Za-z0-9]{4}){2,7}+(?: [A-Za-z0-9]{1,3})?)"
)
# 13 to 19 digits, singly separated by spaces or dashes.
_CARD = re.compile(r"(?<![\w.,])\d(?:[ -]?\d){12,18}(?![\w@]|[.,]\d)")
_DIGIT = re.compile(r"\d")

# IBAN length by country (the SWIFT IBAN registry); a country missing here is checked
# by mod 97 alone.
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def turkish_id_valid(digits: str) -> bool:
    """The two check digits of a T.C. kimlik number: the tenth is (7 × the sum of the
    odd-placed first nine − the sum of the even-placed ones) mod 10, the eleventh the
    sum of the first ten mod 10."""
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    d = [int(c) for c in digits]
    tenth = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[9] == tenth and d[10] == sum(d[:10]) % 10


def iban_valid(compact: str) -> bool:
    """ISO 13616: the first four characters moved to the end, letters as 10–35, the
    number mod 97 is 1."""
    compact = compact.upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum() or not compact.isascii():
        return False
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


class Scrubber:
    """Replaces personal data in texts of one language, counting what it replaced
    (``found``), so an import can say how much it took out."""

    def __init__(self, language: Language) -> None:
        self.placeholders = PLACEHOLDERS[language]
        self.found: Counter[PersonalData] = Counter()

    def __call__(self, text: str) -> str:
        # An IBAN's digits may look like a card or phone number, and a phone number
        # written with 0090 has as many digits as a card: each is taken by the kind
        # that fits it best first. E-mail last, as its local part may hold digits.
        if _DIGIT.search(text):
            text = _IBAN.sub(self._iban, text)
            text = _PHONE.sub(self._phone, text)
            text = _ID_NUMBER.sub(self._id_number, text)
            text = _CARD.sub(self._card, text)
        if "@" in text:
            text = _EMAIL.sub(self._email, text)
        return text

    def _put(self, kind: PersonalData) -> str:
        self.found[kind] += 1
        return self.placeholders[kind]

    def _email(self, match: re.Match[str]) -> str:
        return self._put(PersonalData.EMAIL)

    def _iban(self, match: re.Match[str]) -> str:
        found = match.group()
        country = found[:2].upper()
        length = _IBAN_LENGTHS.get(country)
        compact = found.replace(" ", "")
        if length is None:
            length = len(compact)
        if len(compact) < length or not iban_valid(compact[:length]):
            return found
        # Where the IBAN's last character lies in the match (spaces included); what
        # follows it (a word in capitals) stays.
        seen = 0
        for end, char in enumerate(found, 1):
            seen += char != " "
            if seen == length:
                return self._put(PersonalData.IBAN) + found[end:]
        return found

    def _card(self, match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group())
        return self._put(PersonalData.CARD) if luhn_valid(digits) else match.group()

    def _id_number(self, match: re.Match[str]) -> str:
        return self._put(PersonalData.ID_NUMBER) if turkish_id_valid(match.group()) else match.group()

    def _phone(self, match: re.Match[str]) -> str:
        found = match.group()
        digits = re.sub(r"\D", "", found)
        if match.group("area") is None:
            # Another country's number: a country code and a subscriber number make
            # 8 to 15 digits (ITU E.164).
            return self._put(PersonalData.PHONE) if 8 <= len(digits) <= 15 else found
        # Without a trunk prefix only a mobile number (5xx) is taken as a phone: ten
        # digits starting with 2, 3 or 4 are more often an order or account number.
        if match.group("prefix") is None and match.group("inner") is None and found.lstrip("(")[0] != "5":
            return found
        return self._put(PersonalData.PHONE)


def scrub(text: str, language: Language) -> str:
    """``text`` with personal data replaced by placeholders in ``language``."""
    return Scrubber(language)(text)
