"""The customer types a workshop's personas choose from.

Each workshop keeps its own list, which the facilitator edits on the Personas step. It
starts from the set of a sector, in the workshop's language; the five types of a shop
(prospect, new, impulse, discount, loyal) are the retail set, and every workshop made
before lists existed was given that set. A type's key comes from its set (the retail
keys are the values personas stored before) or is ``own-N`` for a type the team wrote;
a rename keeps the key, so personas and templates still find it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import StrEnum

from philosophy_studio.domain.errors import InvalidValueError
from philosophy_studio.domain.i18n import QT_TRANSLATE_NOOP
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import CustomerType, Persona
from philosophy_studio.domain.text import SHORT_TEXT_LIMIT, clean_text, fold

# A list longer than this is no longer a choice in a drop-down.
MAX_CUSTOMER_TYPES = 30
KEY_LIMIT = 32
DESCRIPTION_LIMIT = 300
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")


class Sector(StrEnum):
    RETAIL = "retail"
    UTILITY = "utility"
    B2B = "b2b"
    HEALTHCARE = "healthcare"
    EDUCATION = "education"


# key -> {language: (name, description)}, per sector, in the order a list shows them.
_SETS: dict[Sector, dict[str, dict[Language, tuple[str, str]]]] = {
    Sector.RETAIL: {
        "prospect": {
            Language.ENGLISH: ("Prospect", "Still comparing; wants quick, honest answers before deciding."),
            Language.TURKISH: (
                "Potansiyel müşteri",
                "Hâlâ karşılaştırıyor; karar vermeden önce hızlı ve dürüst yanıtlar ister.",
            ),
        },
        "new": {
            Language.ENGLISH: (
                "New customer",
                "Just bought; needs help getting started and reassurance it was right.",
            ),
            Language.TURKISH: (
                "Yeni müşteri",
                "Yeni satın aldı; başlamak için yardıma ve doğru seçim yaptığına dair "
                "güvenceye ihtiyaç duyar.",
            ),
        },
        "impulse": {
            Language.ENGLISH: (
                "Impulse buyer",
                "Decides fast; easy to win with speed, easy to lose with friction.",
            ),
            Language.TURKISH: (
                "Anlık karar veren alıcı",
                "Hızlı karar verir; hızla kolay kazanılır, zorlukla kolay kaybedilir.",
            ),
        },
        "discount": {
            Language.ENGLISH: ("Discount seeker", "Comes for the price; clear terms and fairness keep them."),
            Language.TURKISH: (
                "İndirim arayan müşteri",
                "Fiyat için gelir; açık koşullar ve adil davranış onu tutar.",
            ),
        },
        "loyal": {
            Language.ENGLISH: (
                "Loyal customer",
                "Comes back and recommends you; expects to be known and remembered.",
            ),
            Language.TURKISH: (
                "Sadık müşteri",
                "Tekrar gelir ve sizi önerir; tanınmayı ve hatırlanmayı bekler.",
            ),
        },
    },
    Sector.UTILITY: {
        "applicant": {
            Language.ENGLISH: (
                "New applicant",
                "Moving in or opening a connection; needs clear steps, documents and dates.",
            ),
            Language.TURKISH: (
                "Yeni başvuru sahibi",
                "Taşınıyor ya da yeni bağlantı istiyor; açık adımlar, belgeler ve tarihler bekler.",
            ),
        },
        "household": {
            Language.ENGLISH: (
                "Household subscriber",
                "Rarely calls, and then because something went wrong: a bill, an outage, a meter.",
            ),
            Language.TURKISH: (
                "Konut abonesi",
                "Nadiren arar; aradığında bir sorun vardır: fatura, kesinti ya da sayaç.",
            ),
        },
        "business_subscriber": {
            Language.ENGLISH: (
                "Business subscriber",
                "Every hour without service costs money; wants a named contact and firm times.",
            ),
            Language.TURKISH: (
                "Ticari abone",
                "Hizmetsiz geçen her saat para kaybıdır; tanıdığı bir muhatap ve kesin saatler ister.",
            ),
        },
        "priority": {
            Language.ENGLISH: (
                "Priority customer",
                "Elderly, ill or relying on medical equipment; needs patience and to be reached first.",
            ),
            Language.TURKISH: (
                "Öncelikli abone",
                "Yaşlı, hasta ya da tıbbi cihaza bağımlı; sabır ve ilk sırada ulaşılmayı bekler.",
            ),
        },
        "payment_difficulty": {
            Language.ENGLISH: (
                "Customer in payment difficulty",
                "Behind on bills and often ashamed; needs respect, options and no threats.",
            ),
            Language.TURKISH: (
                "Ödeme güçlüğü çeken abone",
                "Faturaları gecikmiş, çoğu zaman çekinir; saygı, seçenekler ve tehditsiz bir dil bekler.",
            ),
        },
    },
    Sector.B2B: {
        "lead": {
            Language.ENGLISH: (
                "Prospective account",
                "Evaluating suppliers; judges you by how fast and precisely you answer.",
            ),
            Language.TURKISH: (
                "Aday kurumsal müşteri",
                "Tedarikçileri değerlendiriyor; sizi yanıtlarınızın hızına ve netliğine göre yargılar.",
            ),
        },
        "onboarding": {
            Language.ENGLISH: (
                "Newly onboarded account",
                "Just signed; the first weeks decide whether the promises were real.",
            ),
            Language.TURKISH: (
                "Yeni kurumsal müşteri",
                "Sözleşmeyi yeni imzaladı; ilk haftalar verilen sözlerin tutulup tutulmadığını gösterir.",
            ),
        },
        "key_account": {
            Language.ENGLISH: (
                "Key account",
                "A large share of revenue; expects a dedicated contact who knows their history.",
            ),
            Language.TURKISH: (
                "Kilit müşteri",
                "Cironun büyük bir payını oluşturur; geçmişini bilen, yalnızca ona bakan bir muhatap bekler.",
            ),
        },
        "small_business": {
            Language.ENGLISH: (
                "Small business",
                "The owner does everything; needs plain answers without jargon or long forms.",
            ),
            Language.TURKISH: (
                "Küçük işletme",
                "Her işe sahibi koşar; teknik jargonsuz, uzun formlar olmadan net yanıtlar ister.",
            ),
        },
        "at_risk": {
            Language.ENGLISH: (
                "Account at risk",
                "Unhappy or about to renew elsewhere; needs to be heard before it is too late.",
            ),
            Language.TURKISH: (
                "Ayrılma riski taşıyan müşteri",
                "Memnun değil ya da başka yerle anlaşmak üzere; iş işten geçmeden dinlenmek ister.",
            ),
        },
    },
    Sector.HEALTHCARE: {
        "new_patient": {
            Language.ENGLISH: (
                "New patient",
                "Often anxious and unsure where to go; needs clear directions and a calm voice.",
            ),
            Language.TURKISH: (
                "Yeni hasta",
                "Çoğu zaman kaygılı, nereye başvuracağını bilmiyor; açık yönlendirme ve "
                "sakin bir ses bekler.",
            ),
        },
        "ongoing_care": {
            Language.ENGLISH: (
                "Patient in ongoing care",
                "Comes back often; expects continuity and not to repeat the story every time.",
            ),
            Language.TURKISH: (
                "Düzenli tedavi gören hasta",
                "Sık gelir; süreklilik ve hikâyesini her seferinde yeniden anlatmamayı bekler.",
            ),
        },
        "caregiver": {
            Language.ENGLISH: (
                "Family member or caregiver",
                "Speaks for someone else; needs information they are allowed to have, with empathy.",
            ),
            Language.TURKISH: (
                "Hasta yakını",
                "Başkası adına konuşur; paylaşılabilecek bilgiyi anlayışla almayı bekler.",
            ),
        },
        "urgent": {
            Language.ENGLISH: (
                "Patient with an urgent need",
                "Cannot wait in a queue; needs to reach the right person at once.",
            ),
            Language.TURKISH: (
                "Acil ihtiyacı olan hasta",
                "Sırada bekleyemez; hemen doğru kişiye ulaşması gerekir.",
            ),
        },
    },
    Sector.EDUCATION: {
        "prospective_student": {
            Language.ENGLISH: (
                "Prospective student or family",
                "Comparing schools; wants honest answers about fees, places and dates.",
            ),
            Language.TURKISH: (
                "Aday öğrenci ve ailesi",
                "Okulları karşılaştırıyor; ücretler, kontenjan ve tarihler hakkında dürüst yanıt ister.",
            ),
        },
        "student": {
            Language.ENGLISH: (
                "Enrolled student",
                "Needs quick help with timetables, grades and forms, mostly on the phone in hand.",
            ),
            Language.TURKISH: (
                "Kayıtlı öğrenci",
                "Ders programı, notlar ve belgeler için çoğunlukla telefonundan hızlı yardım bekler.",
            ),
        },
        "parent": {
            Language.ENGLISH: (
                "Parent or guardian",
                "Wants to be kept informed and to know whom to call when something goes wrong.",
            ),
            Language.TURKISH: (
                "Veli",
                "Bilgilendirilmek ve bir sorun olduğunda kimi arayacağını bilmek ister.",
            ),
        },
        "institution": {
            Language.ENGLISH: (
                "School or institution",
                "Buys for many users; needs a contact, clear contracts and training.",
            ),
            Language.TURKISH: (
                "Okul veya kurum",
                "Birçok kullanıcı adına satın alır; muhatap, açık sözleşme ve eğitim bekler.",
            ),
        },
    },
}

# Translated under the personas page's context, where the catalogue has them.
SECTOR_TITLES = {
    Sector.RETAIL: QT_TRANSLATE_NOOP("PersonasPage", "Shops and online retail"),
    Sector.UTILITY: QT_TRANSLATE_NOOP("PersonasPage", "Utilities and public services"),
    Sector.B2B: QT_TRANSLATE_NOOP("PersonasPage", "Business customers"),
    Sector.HEALTHCARE: QT_TRANSLATE_NOOP("PersonasPage", "Healthcare"),
    Sector.EDUCATION: QT_TRANSLATE_NOOP("PersonasPage", "Education"),
}


class CustomerTypeNameError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "A customer type needs a name.")


class DuplicateCustomerTypeError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "There is already a customer type called “{name}”; give this one another name."
    )


class TooManyCustomerTypesError(InvalidValueError):
    template = QT_TRANSLATE_NOOP("Errors", "A workshop can have at most {limit} customer types.")


class CustomerTypeKeyError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{key}” cannot be a customer type's key: use up to 32 lower-case letters, digits, - and _, "
        "each key once.",
    )


class CustomerTypeInUseError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The customer type “{name}” is still the type of {personas}; "
        "give them another type before removing it.",
    )


class UnknownCustomerTypeError(InvalidValueError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The workshop has no customer type “{key}”; it may have been removed meanwhile."
    )


def is_type_key(key: str) -> bool:
    return _KEY.fullmatch(key) is not None


def customer_type_set(sector: Sector, language: Language) -> tuple[CustomerType, ...]:
    return tuple(CustomerType(key, *texts[language]) for key, texts in _SETS[sector].items())


def retail_types(language: Language) -> tuple[CustomerType, ...]:
    """The set every workshop starts with, and had before workshops had lists."""
    return customer_type_set(Sector.RETAIL, language)


def catalogue_type(key: str, language: Language) -> CustomerType | None:
    """The type of any sector's set with ``key``, in ``language``."""
    for types in _SETS.values():
        if key in types:
            return CustomerType(key, *types[key][language])
    return None


def clean_customer_type(kind: CustomerType) -> CustomerType:
    if not _KEY.fullmatch(kind.key):
        raise CustomerTypeKeyError(key=kind.key[:KEY_LIMIT])
    name = clean_text(kind.name, SHORT_TEXT_LIMIT, single_line=True)
    if not name:
        raise CustomerTypeNameError()
    return CustomerType(kind.key, name, clean_text(kind.description, DESCRIPTION_LIMIT, single_line=True))


def check_customer_types(types: Iterable[CustomerType], language: Language) -> tuple[CustomerType, ...]:
    """``types`` as a workshop's list is stored: each cleaned, with a name, each key and
    each name (by the language's case rules) once, no more than MAX_CUSTOMER_TYPES."""
    cleaned = tuple(clean_customer_type(kind) for kind in types)
    if len(cleaned) > MAX_CUSTOMER_TYPES:
        raise TooManyCustomerTypesError(limit=MAX_CUSTOMER_TYPES)
    keys: set[str] = set()
    names: set[str] = set()
    turkish = language is Language.TURKISH
    for kind in cleaned:
        if kind.key in keys:
            raise CustomerTypeKeyError(key=kind.key)
        folded = fold(kind.name, turkish)
        if folded in names:
            raise DuplicateCustomerTypeError(name=kind.name)
        keys.add(kind.key)
        names.add(folded)
    return cleaned


def check_types_in_use(
    types: Sequence[CustomerType], old: Sequence[CustomerType], personas: Iterable[Persona]
) -> None:
    """Refuse a list that drops a type some persona still has."""
    kept = {kind.key for kind in types}
    for kind in old:
        if kind.key in kept:
            continue
        users = [persona.name or "…" for persona in personas_of_type(personas, kind.key)]
        if users:
            raise CustomerTypeInUseError(name=kind.name, personas=", ".join(f"“{name}”" for name in users))


def personas_of_type(personas: Iterable[Persona], key: str) -> tuple[Persona, ...]:
    return tuple(persona for persona in personas if persona.customer_type == key)


def new_type_key(types: Iterable[CustomerType]) -> str:
    """A key for a type the team writes itself: ``own-N``, N the first one free."""
    taken = {kind.key for kind in types}
    number = 1
    while f"own-{number}" in taken:
        number += 1
    return f"own-{number}"


def type_for_template(
    types: Sequence[CustomerType], key: str | None, language: Language
) -> tuple[str | None, CustomerType | None]:
    """Which of the workshop's types a template's persona gets, and the type to add
    for it, if any. A facilitator who renamed a type still has it (same key); one who
    wrote a type of the same name has it too (by the language's case rules); otherwise
    the template's type joins the list, in the workshop's language, rather than the
    persona silently losing it."""
    if key is None:
        return None, None
    if any(kind.key == key for kind in types):
        return key, None
    wanted = catalogue_type(key, language)
    if wanted is None:
        return None, None
    turkish = language is Language.TURKISH
    for kind in types:
        if fold(kind.name, turkish) == fold(wanted.name, turkish):
            return kind.key, None
    return key, wanted


def follow_language(types: Iterable[CustomerType], old: Language, new: Language) -> tuple[CustomerType, ...]:
    """``types`` after the workshop's language changed from ``old`` to ``new``: a type
    still named and described as its set has it takes the new language's words; one the
    team wrote or reworded stays as they wrote it."""
    followed = []
    for kind in types:
        was, now = catalogue_type(kind.key, old), catalogue_type(kind.key, new)
        if (
            was is not None
            and now is not None
            and (kind.name, kind.description) == (was.name, was.description)
        ):
            followed.append(now)
        else:
            followed.append(kind)
    return tuple(followed)


def with_sector_set(
    types: Sequence[CustomerType], personas: Iterable[Persona], sector: Sector, language: Language
) -> tuple[CustomerType, ...]:
    """The list after the facilitator chose a sector's set: that set in ``language``,
    then the types some persona still has (never dropped from under it). A type the
    team renamed keeps its name where the set has its key."""
    used = {persona.customer_type for persona in personas}
    own = {kind.key: kind for kind in types}
    chosen = [own.get(kind.key, kind) for kind in customer_type_set(sector, language)]
    keys = {kind.key for kind in chosen}
    kept = [kind for kind in types if kind.key in used and kind.key not in keys]
    turkish = language is Language.TURKISH
    names = {fold(kind.name, turkish) for kind in kept}
    # A kept type and one of the set may share a name (the team wrote it by hand): the
    # kept one stays, being in use.
    return (*(kind for kind in chosen if fold(kind.name, turkish) not in names), *kept)
