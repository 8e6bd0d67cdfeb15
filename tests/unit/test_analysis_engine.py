"""The word analysis: Turkish- and English-correct words, grouping of inflected forms on
the labelled sets, counts by respondents, stopwords, question words, the facilitator's
rules, phrases and themes."""

from pathlib import Path

import pytest

from philosophy_studio.analysis.engine import (
    AnalysisOptions,
    ExclusionReason,
    result_json,
    run_analysis,
)
from philosophy_studio.analysis.evaluation import grouping_quality, read_labelled
from philosophy_studio.analysis.grouping import group_forms
from philosophy_studio.analysis.tokens import normalise_word, tokenize
from philosophy_studio.domain.language import Language
from philosophy_studio.work import CancelledError, WorkControl

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "analysis"
TR, EN = Language.TURKISH, Language.ENGLISH
QUESTION_TR = "Müşterilerimizin sunduğumuz hizmet hakkında ne düşünmesini istiyorsunuz?"


def forms(text: str, language: Language = TR) -> list[str]:
    return [token.form for token in tokenize(text, language)]


def term(result, word: str):
    return next(t for t in result.terms if word in dict(t.forms))


# --- words ---------------------------------------------------------------------------


def test_turkish_capitals_follow_turkish_rules_and_english_ones_english() -> None:
    assert forms("İSTANBUL ISTANBUL Işık İyi") == ["istanbul", "ıstanbul", "ışık", "iyi"]
    assert forms("ISTANBUL Işık", EN) == ["istanbul", "işık"]
    assert normalise_word("İ", TR) == "i" and len(normalise_word("İYİ", TR)) == 3


def test_accents_are_kept_and_nfd_input_is_composed() -> None:
    assert forms("şık sık ılık ilik") == ["şık", "sık", "ılık", "ilik"]
    decomposed = "mu\u0308s\u0327teri"  # müşteri typed with combining marks
    assert forms(decomposed) == ["müşteri"]


def test_apostrophe_suffixes_numbers_urls_emails_and_emoji_are_not_words() -> None:
    text = (
        "Apple'ın ve Zappos’taki customer's 7/24 mp3 3d "
        "https://örnek.com/a?b=1 www.x.org ali@firma.com.tr 😀👍🏽 ✓"
    )
    assert forms(text) == ["apple", "ve", "zappos", "customer"]
    spans = [(t.start, t.end) for t in tokenize(text, TR)]
    assert [text[a:b] for a, b in spans] == ["Apple", "ve", "Zappos", "customer"]


def test_hostile_text_neither_crashes_nor_produces_junk_words() -> None:
    huge = "a" * 20_000
    text = f"<b>iyi</b> =SUM(A1) \x00\x07 {huge} \u202eملاحظة\u202c שירות 'tek' -bir-"
    words = forms(text)
    assert huge not in words and "iyi" in words and "ملاحظة" in words and "שירות" in words
    result = run_analysis([text, text], AnalysisOptions(TR))
    assert all(len(t.term) <= 40 for t in result.terms)


def test_hyphens_and_slashes_separate_words() -> None:
    assert forms("self-service e-posta/telefon", EN) == ["self", "service", "posta", "telefon"]


# --- grouping --------------------------------------------------------------------------


@pytest.mark.parametrize("language", [TR, EN])
def test_grouping_keeps_inflections_together_and_unrelated_words_apart(language: Language) -> None:
    labelled = read_labelled(FIXTURES / f"lemma_groups_{language.value}.tsv")
    quality = grouping_quality(labelled, language)
    assert quality.forms >= 100
    assert quality.recall >= 0.95, quality.missed
    assert quality.precision >= 0.95, quality.false_merges


def test_the_hard_turkish_cases() -> None:
    groups = group_forms(
        [
            "müşteri", "müşteriler", "müşterilerimizin", "müşteriye",
            "dürüstlük", "dürüstlüğü", "sabır", "sabrı", "çözüm", "çözümler",
            "ağız", "ağzı", "kitap", "kitabı", "renk", "rengi", "kayıt", "kaydı",
            "kar", "kart", "kartı", "ses", "sessiz", "yol", "yoldaş",
        ],
        TR,
    )  # fmt: skip
    same = [("müşteri", "müşterilerimizin"), ("müşteri", "müşteriye"), ("dürüstlük", "dürüstlüğü"),
            ("sabır", "sabrı"), ("çözüm", "çözümler"), ("ağız", "ağzı"), ("kitap", "kitabı"),
            ("renk", "rengi"), ("kayıt", "kaydı"), ("kart", "kartı")]  # fmt: skip
    for first, second in same:
        assert groups[first] == groups[second], (first, second)
    for first, second in [("kar", "kart"), ("ses", "sessiz"), ("yol", "yoldaş"), ("sabır", "ses")]:
        assert groups[first] != groups[second], (first, second)


def test_grouping_does_not_depend_on_the_order_of_answers() -> None:
    answers = (FIXTURES / "answers_tr.txt").read_text(encoding="utf-8").splitlines()
    first = run_analysis(answers, AnalysisOptions(TR))
    second = run_analysis(list(reversed(answers)), AnalysisOptions(TR))
    assert first == second


# --- counting ----------------------------------------------------------------------------


def test_respondents_count_answers_and_forms_show_each_inflection() -> None:
    answers = ["Sabır, sabır ve yine sabır.", "Sabrımızla kazanırız.", "Hız."]
    result = run_analysis(answers, AnalysisOptions(TR))
    patience = term(result, "sabır")
    assert (patience.term, patience.respondents, patience.count) == ("sabır", 2, 4)
    assert patience.forms == (("sabır", 3), ("sabrımızla", 1))
    assert result.respondents == 3
    # Sorted by respondents, then occurrences, then the word.
    assert [t.term for t in result.terms][:1] == ["sabır"]


def test_empty_answers_are_not_respondents_and_nothing_at_all_is_an_empty_result() -> None:
    result = run_analysis(["", "   ", "\n"], AnalysisOptions(EN))
    assert (result.respondents, result.terms, result.phrases) == (0, (), ())
    assert run_analysis(["😀 42 !!!"], AnalysisOptions(EN)).terms == ()


def test_stopwords_are_left_out_unless_kept_and_the_team_edits_them() -> None:
    answers = ["Bence ekip çok iyi ve hızlı.", "Bence hızlı bir ekip."]
    result = run_analysis(answers, AnalysisOptions(TR))
    words = {t.term for t in result.terms}
    assert "bence" not in words and "ve" not in words and "ekip" in words
    kept = run_analysis(answers, AnalysisOptions(TR, keep_stopwords=True))
    # Labels are dictionary forms (bence is shown under ben): look at the forms.
    assert "bence" in {form for t in kept.terms for form, _count in t.forms}
    edited = run_analysis(
        answers,
        AnalysisOptions(TR, added_stopwords=frozenset({"İyi"}), removed_stopwords=frozenset({"bence"})),
    )
    forms = {form for t in edited.terms for form, _count in t.forms}
    assert "iyi" not in forms and "bence" in forms
    assert [(e.term.term, e.reason) for e in edited.excluded] == [("iyi", ExclusionReason.STOPWORD)]


def test_question_words_are_excluded_in_any_inflection_visibly_with_a_switch() -> None:
    answers = [
        "Müşteriye saygı duyduğumuzu düşünmelerini isterim.",
        "Müşterilerimiz hizmetimizden memnun olsun.",
        "Saygılı ve hızlı hizmet.",
    ]
    result = run_analysis(answers, AnalysisOptions(TR, question=QUESTION_TR))
    words = {form for t in result.terms for form, _n in t.forms}
    assert not {"müşteriye", "müşterilerimiz", "hizmetimizden", "hizmet", "düşünmelerini"} & words
    reasons = {e.reason for e in result.excluded}
    assert reasons == {ExclusionReason.QUESTION}
    assert "düşünmesini" in result.question_words
    kept = run_analysis(answers, AnalysisOptions(TR, question=QUESTION_TR, keep_question_words=True))
    assert "müşteriye" in {form for t in kept.terms for form, _n in t.forms}
    english = run_analysis(
        ["Customers think we care.", "Our service wants to help customers."],
        AnalysisOptions(EN, question="What do you want our customers to think about the service we provide?"),
    )
    assert {t.term for t in english.terms} == {"care", "help"}


def test_merge_split_and_exclude_rules() -> None:
    answers = ["Saygı ve nezaket.", "Saygılı davranış.", "Hızlı yanıt.", "Hızlı ve saygılı."]
    base = run_analysis(answers, AnalysisOptions(TR))
    assert term(base, "saygı") != term(base, "saygılı")
    merged = run_analysis(answers, AnalysisOptions(TR, merges=(("saygı", "Saygılı"),)))
    together = term(merged, "saygı")
    assert dict(together.forms) == {"saygı": 1, "saygılı": 2} and together.respondents == 3
    excluded = run_analysis(answers, AnalysisOptions(TR, exclusions=("hızlı",)))
    assert "hızlı" not in {t.term for t in excluded.terms}
    assert [(e.term.term, e.reason) for e in excluded.excluded] == [("hızlı", ExclusionReason.EXCLUDED)]
    grouped = run_analysis(["Sabır.", "Sabrı bol.", "Sabırla."], AnalysisOptions(TR))
    assert len(term(grouped, "sabır").forms) == 3
    split = run_analysis(["Sabır.", "Sabrı bol.", "Sabırla."], AnalysisOptions(TR, splits=("sabrı",)))
    assert dict(term(split, "sabrı").forms) == {"sabrı": 1}
    assert len(term(split, "sabır").forms) == 2
    # A merge that names a split form takes that form alone.
    both = run_analysis(
        ["Sabır.", "Sabrı bol.", "Sabırla.", "Hoşgörü."],
        AnalysisOptions(TR, splits=("sabrı",), merges=(("sabrı", "hoşgörü"),)),
    )
    assert dict(term(both, "hoşgörü").forms) == {"hoşgörü": 1, "sabrı": 1}


def test_phrases_recur_across_respondents_and_never_cross_punctuation() -> None:
    answers = (FIXTURES / "answers_tr.txt").read_text(encoding="utf-8").splitlines()
    result = run_analysis(answers, AnalysisOptions(TR))
    phrases = {p.phrase: p for p in result.phrases}
    assert phrases["güler yüzlü"].respondents == 2
    assert phrases["ilk seferde"].respondents == 2
    assert all(p.respondents >= 2 for p in result.phrases)
    english = run_analysis(
        (FIXTURES / "answers_en.txt").read_text(encoding="utf-8").splitlines(), AnalysisOptions(EN)
    )
    assert "above and beyond" in {p.phrase for p in english.phrases}
    crossing = run_analysis(["Hızlı. Yanıt verdik.", "Hızlı, yanıt verdik."], AnalysisOptions(TR))
    assert "hızlı yanıt" not in {p.phrase for p in crossing.phrases}


def test_themes_are_deterministic_and_name_their_words() -> None:
    answers = (FIXTURES / "answers_tr.txt").read_text(encoding="utf-8").splitlines() * 4
    answers = [f"{answer} {(n % 3 and 'hızlı') or 'yavaş'}" for n, answer in enumerate(answers)]
    first = run_analysis(answers, AnalysisOptions(TR, themes=3))
    second = run_analysis(answers, AnalysisOptions(TR, themes=3))
    assert first.themes and first.themes == second.themes
    assert all(theme.terms for theme in first.themes)
    assert sum(theme.answers for theme in first.themes) <= first.respondents


def test_top_limits_terms_and_phrases() -> None:
    answers = (FIXTURES / "answers_tr.txt").read_text(encoding="utf-8").splitlines()
    full = run_analysis(answers, AnalysisOptions(TR))
    limited = run_analysis(answers, AnalysisOptions(TR, top=2))
    assert limited.terms == full.terms[:2]


def test_a_long_run_can_be_cancelled() -> None:
    control = WorkControl()
    control.cancel()
    with pytest.raises(CancelledError):
        run_analysis(["bir iki"] * 10, AnalysisOptions(TR), control)


def test_answers_are_counted_as_they_are_read_and_never_all_held() -> None:
    """A million comments streamed from storage are not held at once (300 MB of text):
    the analysis reads a chunk, counts it, and reads on; the result is the list's."""
    from philosophy_studio.analysis.counting import CHUNK

    answers = (FIXTURES / "answers_tr.txt").read_text(encoding="utf-8").splitlines()
    many = [f"{answers[n % len(answers)]} {n % 7}" for n in range(CHUNK * 2 + 500)]
    read: list[int] = []
    read_when_counting_began: list[int] = []

    def streamed():
        for answer in many:
            read.append(1)
            yield answer

    control = WorkControl(lambda fraction, _message: read_when_counting_began.append(len(read)))
    assert run_analysis(streamed(), AnalysisOptions(TR, themes=3), control) == run_analysis(
        many, AnalysisOptions(TR, themes=3)
    )
    assert read_when_counting_began[1] == CHUNK

    stopping = WorkControl(lambda _fraction, _message: len(read) >= CHUNK and stopping.cancel())
    read.clear()
    with pytest.raises(CancelledError):
        run_analysis(streamed(), AnalysisOptions(TR), stopping)
    assert len(read) < len(many)


def test_result_json_has_the_documented_keys_in_order() -> None:
    result = run_analysis(["Sabır ve hız.", "Sabrımızla."], AnalysisOptions(TR))
    document = result_json(result)
    assert list(document) == ["respondents", "language", "terms", "phrases"]
    assert list(document["terms"][0]) == ["term", "respondents", "count", "forms"]
    assert document["terms"][0] == {
        "term": "sabır",
        "respondents": 2,
        "count": 2,
        "forms": {"sabır": 1, "sabrımızla": 1},
    }
