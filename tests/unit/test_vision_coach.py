import pytest

from philosophy_studio.domain.language import Language
from philosophy_studio.domain.vision_coach import CheckKind, coach

TR_GOOD = (
    "Bağlantısı kesilen her abonemiz, karşısında onu anlayan, samimi ve dürüst bir insan bulur. "
    "Sözümüzü zamanında tutar, sorunu ilk seferde çözeriz."
)
EN_GOOD = (
    "Every rider who comes to Larkspur leaves with a straight answer, a problem we own until it is solved, "
    "and the feeling that someone listened."
)


def result(text: str, language: Language, values: tuple[str, ...] = ()) -> dict[CheckKind, object]:
    return {check.kind: check for check in coach(text, language, values)}


@pytest.mark.parametrize(("text", "language"), [(TR_GOOD, Language.TURKISH), (EN_GOOD, Language.ENGLISH)])
def test_a_good_statement_passes_every_check(text: str, language: Language) -> None:
    assert all(check.passed for check in coach(text, language))


@pytest.mark.parametrize(
    ("text", "language", "negatives"),
    [
        (
            "Müşterilerimiz asla beklemez ve hiçbir soru cevapsız kalmaz, bu bir söz değil gerçek.",
            Language.TURKISH,
            ("asla", "beklemez", "değil", "hiçbir", "kalmaz"),
        ),
        (
            # Turkish negates the verb itself: no separate word says "not".
            "Müşterilerimizi bekletmeyiz, çağrıyı atmayız, sorunu ortada bırakmıyoruz, sözden dönmeyeceğiz.",
            Language.TURKISH,
            ("atmayız", "bekletmeyiz", "bırakmıyoruz", "dönmeyeceğiz"),
        ),
        (
            "Müşteriyi bekletmemek için çalışırız; geçen yıl sözümüzü tutmadık, artık öyle değiliz.",
            Language.TURKISH,
            ("bekletmemek", "değiliz", "tutmadık"),
        ),
        (
            "Our customers never wait and no question is left without an answer, because we don't stop.",
            Language.ENGLISH,
            ("don't", "never", "no", "without"),
        ),
    ],
)
def test_negative_phrasing_is_named(text: str, language: Language, negatives: tuple[str, ...]) -> None:
    check = result(text, language)[CheckKind.POSITIVE]
    assert not check.passed and check.details == negatives


def test_turkish_praise_and_verbs_that_merely_contain_ma_are_not_negations() -> None:
    # -mAz adjectives of praise, -mAyA infinitives and roots ending in m are positive.
    check = result(
        "Unutulmaz, vazgeçilmez ve yorulmaz bir ekip olarak müşterilerimizi anlamaya çalışır, "
        "sorunu hemen çözmek için her adımı önemsiyor ve gülümsüyoruz.",
        Language.TURKISH,
    )
    assert check[CheckKind.POSITIVE].passed, check[CheckKind.POSITIVE]


def test_the_values_and_survey_words_are_suggestions() -> None:
    checks = result("Müşterilerimiz bize güvenir.", Language.TURKISH, ("Empati",))
    assert not checks[CheckKind.VALUES].passed
    assert checks[CheckKind.VALUES].is_suggestion
    assert not checks[CheckKind.POSITIVE].is_suggestion


def test_turkish_words_are_not_mistaken_for_english_negations() -> None:
    # "no" and "not" inside Turkish words must not count: only whole words do.
    check = result(
        "Notlarımızı müşterilerimizle paylaşır, hızlı ve nazik bir destek sunarız.", Language.TURKISH
    )
    assert check[CheckKind.POSITIVE].passed


def test_customers_are_found_in_any_inflection_and_case() -> None:
    assert result("MÜŞTERİLERİMİZİN yanında oluruz.", Language.TURKISH)[CheckKind.CUSTOMERS].passed
    assert result("Müşteriyle her gün konuşuruz.", Language.TURKISH)[CheckKind.CUSTOMERS].passed
    assert not result("Ekibimiz her gün çalışır.", Language.TURKISH)[CheckKind.CUSTOMERS].passed
    assert result("Our clients come first.", Language.ENGLISH)[CheckKind.CUSTOMERS].passed
    assert not result("We work hard every day.", Language.ENGLISH)[CheckKind.CUSTOMERS].passed


def test_length_and_sentences() -> None:
    short = result("Hızlı destek.", Language.TURKISH)
    assert not short[CheckKind.LENGTH].passed and short[CheckKind.LENGTH].number == 2
    rambling = " ".join(["We help customers"] * 12) + "."
    checks = result(rambling, Language.ENGLISH)
    assert not checks[CheckKind.LONG_SENTENCE].passed and checks[CheckKind.LONG_SENTENCE].number == 36
    many = result("One. Two. Three. Four.", Language.ENGLISH)
    assert not many[CheckKind.SENTENCES].passed and many[CheckKind.SENTENCES].number == 4


def test_chosen_values_are_found_through_inflection() -> None:
    values = ("Güven", "Zamanında Dönüş", "İlk Seferde Çözüm", "Empati")
    check = result(TR_GOOD, Language.TURKISH, values)[CheckKind.VALUES]
    assert check.details == ("Güven", "Empati")
    english = result(EN_GOOD, Language.ENGLISH, ("Straight Talk", "Ownership", "Patient Listening"))
    assert english[CheckKind.VALUES].details == ("Ownership",)


def test_the_staffs_survey_words_are_recognised_in_their_inflected_forms() -> None:
    text = "Müşterilerimiz bizi dürüstlüğümüz ve sabrımızla hatırlasın."
    checks = {check.kind: check for check in coach(text, Language.TURKISH, (), ("dürüstlük", "hız"))}
    survey = checks[CheckKind.SURVEY_WORDS]
    assert survey.passed and survey.details == ("dürüstlük",) and survey.number == 2
    missing = {c.kind: c for c in coach("Hep yanınızdayız.", Language.TURKISH, (), ("hız",))}
    assert not missing[CheckKind.SURVEY_WORDS].passed
    assert CheckKind.SURVEY_WORDS not in {c.kind for c in coach(text, Language.TURKISH)}


def test_a_survey_word_shown_by_its_dictionary_form_is_carried_by_any_form_the_answers_used() -> None:
    text = "Sorunlarını ilk seferde çözdüğümüzü bilsinler, güler yüzlü bir ekip görsünler."
    forms = {
        "bilmek": ("bilsinler", "bilen"),
        "güler yüzlü": ("güler yüzlü",),
        "aramak": ("aramak", "arıyoruz"),
    }
    checks = {c.kind: c for c in coach(text, Language.TURKISH, (), tuple(forms), forms)}
    survey = checks[CheckKind.SURVEY_WORDS]
    # bilmek shares only "bil" with bilsinler: its forms, not its spelling, tell.
    assert survey.details == ("bilmek", "güler yüzlü") and survey.number == 3
