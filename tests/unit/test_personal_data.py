"""Personal data in customers' comments: what is replaced, what must stay, and that
the placeholders never count as words."""

import pytest

from philosophy_studio.analysis.engine import AnalysisOptions, run_analysis
from philosophy_studio.analysis.tokens import tokenize
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.personal_data import (
    PLACEHOLDERS,
    PersonalData,
    Scrubber,
    iban_valid,
    luhn_valid,
    scrub,
    turkish_id_valid,
)

TR, EN = Language.TURKISH, Language.ENGLISH

# Valid by their checksums: a T.C. kimlik number, IBANs, card numbers (issuers' test
# numbers), and their near misses, one digit changed.
VALID_ID = "10000000146"
INVALID_ID = "10000000147"
TR_IBAN = "TR33 0006 1005 1978 6457 8413 26"
DE_IBAN = "DE89 3704 0044 0532 0130 00"
GB_IBAN = "GB29NWBK60161331926819"
BAD_IBAN = "TR33 0006 1005 1978 6457 8413 27"
VISA = "4111 1111 1111 1111"
MASTERCARD = "5555-5555-5555-4444"
AMEX = "378282246310005"
NOT_LUHN = "4111 1111 1111 1112"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Üç gündür yanıt yok, bana ayse.yilmaz@example.com.tr adresinden dönün.",
            "Üç gündür yanıt yok, bana [e_posta] adresinden dönün.",
        ),
        (
            "Kuryeniz aradı ama ben +90 532 123 45 67 numarasındaydım, eşim 0 (542) 765 43 21.",
            "Kuryeniz aradı ama ben [telefon_no] numarasındaydım, eşim [telefon_no].",
        ),
        (
            "Beni 05321234567 ya da iş yerimden 0212 555 12 12 ile arayın; (0216) 444 33 22 kapalı.",
            "Beni [telefon_no] ya da iş yerimden [telefon_no] ile arayın; [telefon_no] kapalı.",
        ),
        (
            "Cep numaram 532 123 45 67, kimse aramadı.",
            "Cep numaram [telefon_no], kimse aramadı.",
        ),
        (
            f"Fatura {VALID_ID} kimlik numarasına kesilmiş, ben başvurmadım!",
            "Fatura [TC_kimlik_no] kimlik numarasına kesilmiş, ben başvurmadım!",
        ),
        (
            f"İadeyi {TR_IBAN} IBAN'ıma yapacaktınız, 2 haftadır yok.",
            "İadeyi [IBAN_no] IBAN'ıma yapacaktınız, 2 haftadır yok.",
        ),
        (
            f"PARAMI {TR_IBAN.replace(' ', '')} NOLU HESABA YATIRIN",
            "PARAMI [IBAN_no] NOLU HESABA YATIRIN",
        ),
        (
            f"Kartımdan ({VISA}) iki kez çekim yapıldı, diğer kartım {MASTERCARD}.",
            "Kartımdan ([kart_no]) iki kez çekim yapıldı, diğer kartım [kart_no].",
        ),
    ],
)
def test_turkish_complaints_lose_their_personal_data(text: str, expected: str) -> None:
    assert scrub(text, TR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your agent never replied to john.smith+orders@mail.co.uk. Terrible.",
            "Your agent never replied to [e_mail]. Terrible.",
        ),
        (
            "Call me back on +44 20 7946 0958 or +1 (415) 555-0132 please.",
            "Call me back on [phone_no] or [phone_no] please.",
        ),
        (
            f"Refund it to {DE_IBAN} or to {GB_IBAN}, not to my card {AMEX}!",
            "Refund it to [IBAN_no] or to [IBAN_no], not to my card [card_no]!",
        ),
        (
            f"My ID {VALID_ID} was printed on the parcel.",
            "My ID [ID_number] was printed on the parcel.",
        ),
    ],
)
def test_english_complaints_lose_their_personal_data(text: str, expected: str) -> None:
    assert scrub(text, EN) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sipariş numaram 123456789, 12 Mart'ta verdim.",
        "Sipariş no #48213977, takip no 100234567891 hâlâ yolda.",
        "Fiyat 1.250,00 TL idi, 1.250 TL'ye düşmüş; 12.500,75 TL ödedim.",
        "31.03.2024 tarihinde, saat 14:30'da aradım; 2024-04-01'de tekrar.",
        f"Bu numara {INVALID_ID} kimlik numarası değil, kontrol hanesi tutmuyor.",
        f"Yanlış IBAN: {BAD_IBAN} diye yazdınız.",
        f"Card {NOT_LUHN} is not mine, nor 1234 5678 9012 3456.",
        "Order 2024-000123 cost $1,250.00 on 03/31/2024, tracking 1Z999AA10123456784.",
        "We were 4 people, waited 45 minutes, table 12.",
        "Kampanya kodu TR2024 geçmedi, 444 0 444 çağrı merkezi hep meşgul.",
    ],
)
def test_near_misses_stay_as_they_are(text: str) -> None:
    assert scrub(text, TR) == text
    assert scrub(text, EN) == text


def test_checksums() -> None:
    assert turkish_id_valid(VALID_ID)
    assert not turkish_id_valid(INVALID_ID)
    # The tenth digit right and the eleventh wrong, and a leading zero.
    assert not turkish_id_valid("10000000140")
    assert not turkish_id_valid("01000000146")
    assert iban_valid(TR_IBAN.replace(" ", ""))
    assert not iban_valid(BAD_IBAN.replace(" ", ""))
    # A TR IBAN has 26 characters: one with a valid check but the wrong length is not one.
    assert len(TR_IBAN.replace(" ", "")) == 26
    assert luhn_valid(VISA.replace(" ", ""))
    assert not luhn_valid(NOT_LUHN.replace(" ", ""))


def test_the_scrubber_counts_what_it_replaced() -> None:
    scrubber = Scrubber(TR)
    scrubber(f"a@b.com, c@d.org ve 0532 123 45 67, kart {VISA}")
    scrubber(f"IBAN {TR_IBAN}")
    assert scrubber.found == {
        PersonalData.EMAIL: 2,
        PersonalData.PHONE: 1,
        PersonalData.CARD: 1,
        PersonalData.IBAN: 1,
    }


@pytest.mark.parametrize("language", [TR, EN])
def test_placeholders_are_never_counted_as_words(language: Language) -> None:
    placeholders = " ".join(PLACEHOLDERS[language].values())
    assert tokenize(placeholders, language) == []
    texts = [
        scrub(f"Lütfen 0532 123 45 67 ile dönün: a{n}@example.com, {VISA}, {TR_IBAN}, {VALID_ID}", language)
        for n in range(5)
    ]
    assert all(text.count("[") == 5 for text in texts)
    result = run_analysis(texts, AnalysisOptions(language=language))
    counted = {word for term in result.terms for form, _count in term.forms for word in form.split()}
    assert counted
    placeholder_words = {
        "posta",
        "telefon",
        "kimlik",
        "kart",
        "mail",
        "phone",
        "card",
        "number",
        "iban",
        "no",
    }
    assert not counted & placeholder_words
    assert not {phrase.phrase for phrase in result.phrases} & placeholder_words


@pytest.mark.parametrize(
    "hostile",
    ["1" * 100_000, "@" * 100_000, "a@" * 50_000, "1 " * 50_000, "+1" * 50_000, "TR" + "1" * 100_000],
)
def test_hostile_lines_finish(hostile: str) -> None:
    # Not timed: a pattern that backtracked would not finish at all at this length.
    assert scrub(hostile, EN)
