"""Words that set two groups apart: the log-odds ratio with an informative Dirichlet
prior, checked by hand on tiny counts, and counted as the staff survey counts."""

import math

import numpy as np
import pytest

from philosophy_studio.analysis.distinctive import Side, compare, distinctive_words, log_odds, word_usage
from philosophy_studio.analysis.engine import AnalysisOptions, run_analysis
from philosophy_studio.domain.language import Language

TR, EN = Language.TURKISH, Language.ENGLISH


def test_the_statistic_by_hand() -> None:
    # Texts using each word (a text repeating a word counts once):
    #   hızlı: 2 of the first group, 1 of the second; ilgili: 1, 0; yavaş: 0, 2.
    first = ["Hızlı, hızlı!", "Çok hızlı", "İlgili"]
    second = ["Yavaş", "yavaş", "Hızlı"]
    result = distinctive_words(first, second, AnalysisOptions(TR), prior_total=4, min_texts=1)
    words = {word.term: word for word in result.words}
    assert {term: (w.first, w.second) for term, w in words.items()} == {
        "hızlı": (2, 1),
        "ilgili": (1, 0),
        "yavaş": (0, 2),
    }
    # n_a = 2 + 1 + 0 = 3, n_b = 1 + 0 + 2 = 3; α_0 = 4.
    # hızlı: α = 4 · 3/6 = 2; δ = log(4 / (3 + 4 - 2 - 2)) - log(3 / (3 + 4 - 1 - 2))
    #      = log(4/3) - log(3/4); σ² = 1/4 + 1/3.
    delta = math.log(4 / 3) - math.log(3 / 4)
    assert words["hızlı"].delta == pytest.approx(delta)
    assert words["hızlı"].z == pytest.approx(delta / math.sqrt(1 / 4 + 1 / 3))
    assert words["hızlı"].z == pytest.approx(0.7534, abs=1e-4)
    # ilgili: α = 4 · 1/6 = 2/3; δ = log((1 + 2/3) / (3 + 4 - 1 - 2/3)) - log((2/3) / (3 + 4 - 2/3)).
    a = 2 / 3
    delta = math.log((1 + a) / (7 - 1 - a)) - math.log(a / (7 - a))
    assert words["ilgili"].delta == pytest.approx(delta)
    assert words["ilgili"].z == pytest.approx(delta / math.sqrt(1 / (1 + a) + 1 / a))
    # yavaş: the mirror of a word used twice by one side only: α = 4/3.
    a = 4 / 3
    delta = math.log(a / (7 - a)) - math.log((2 + a) / (7 - 2 - a))
    assert words["yavaş"].delta == pytest.approx(delta)
    assert words["yavaş"].leans is Side.SECOND
    assert words["ilgili"].z == pytest.approx(0.7508, abs=1e-4)
    assert [word.term for word in result.words] == ["hızlı", "ilgili", "yavaş"]


def test_log_odds_is_antisymmetric_and_zero_for_equal_rates() -> None:
    forward = log_odds(5, 1, first_total=50, second_total=40, alpha=0.5, alpha_total=10)
    backward = log_odds(1, 5, first_total=40, second_total=50, alpha=0.5, alpha_total=10)
    assert forward[0] == pytest.approx(-backward[0])
    assert forward[1] == pytest.approx(-backward[1])
    assert log_odds(3, 3, first_total=30, second_total=30, alpha=1, alpha_total=10) == (0.0, 0.0)


def test_a_rare_word_is_less_distinctive_than_a_frequent_one_with_the_same_ratio() -> None:
    rare = log_odds(2, 0, first_total=1000, second_total=1000, alpha=0.5, alpha_total=500)
    frequent = log_odds(200, 0, first_total=1000, second_total=1000, alpha=50, alpha_total=500)
    assert 0 < rare[1] < frequent[1]


def test_promoters_and_detractors_in_turkish() -> None:
    promoters = [
        "Temsilci çok hızlıydı, teşekkürler.",
        "Hızlı ve güler yüzlü hizmet.",
        "Sorunum hızlı çözüldü.",
        "Kargo hızlı geldi, ilgili çalışanlar.",
    ] * 5
    detractors = [
        "Yarım saat bekledim, kimseye ulaşamadım.",
        "Bekledim, bekledim, sonunda kapattım.",
        "Çağrı merkezine bir türlü ulaşamadım.",
        "İki gün bekledim, kargo gelmedi.",
    ] * 5
    result = distinctive_words(promoters, detractors, AnalysisOptions(TR))
    assert result.first_texts == result.second_texts == 20
    assert result.leaning(Side.FIRST)[0].term == "hızlı"
    assert {word.term for word in result.leaning(Side.SECOND, top=2)} == {"beklemek", "ulaşmak"}
    beklemek = next(word for word in result.words if word.term == "beklemek")
    # Every form of the word, for the keyword-in-context view.
    assert dict(beklemek.forms) == {"bekledim": 20}
    assert beklemek.second == 15
    # Used by both groups alike: kargo sets nothing apart.
    kargo = next(word for word in result.words if word.term == "kargo")
    assert (kargo.first, kargo.second) == (5, 5)
    assert abs(kargo.z) < 1
    assert kargo not in result.leaning(Side.FIRST) + result.leaning(Side.SECOND)


def test_counts_agree_with_the_staff_analysis() -> None:
    staff = ["Müşterilerimiz hızlı ve dürüst olduğumuzu düşünsün.", "Güvenilir ve hızlıyız.", "Dürüstlük."]
    customers = ["Hızlıydı ama dürüst değildi.", "Güvenilir bir firma değil."]
    options = AnalysisOptions(TR)
    result = distinctive_words(staff, customers, options, min_texts=1)
    analysed = {term.term: term.respondents for term in run_analysis(staff + customers, options).terms}
    together = {word.term: word.first + word.second for word in result.words}
    assert together == {term: n for term, n in analysed.items() if term in together}
    assert together["hızlı"] == 3
    assert together["dürüst"] == 2


def test_the_facilitators_edits_apply() -> None:
    options = AnalysisOptions(
        EN,
        question="What should customers think of our service?",
        exclusions=("friendly",),
        merges=(("quick", "fast"),),
    )
    first = ["Quick and friendly service", "Fast answers", "Fast, friendly staff"]
    second = ["Slow answers", "Nobody answered", "Slow and rude"]
    result = distinctive_words(first, second, options, min_texts=1)
    terms = {word.term for word in result.words}
    assert "friendly" not in terms
    # Words of the question are left out, as the staff analysis leaves them out.
    assert "service" not in terms
    merged = next(word for word in result.words if "fast" in dict(word.forms))
    assert dict(merged.forms) == {"fast": 2, "quick": 1}
    assert merged.first == 3


def test_empty_groups() -> None:
    result = distinctive_words([], ["", "  "], AnalysisOptions(EN))
    assert result.words == ()
    assert result.first_texts == result.second_texts == 0
    # One group without a counted word: nothing to compare.
    assert distinctive_words(["Fast"] * 3, ["..."], AnalysisOptions(EN)).words == ()


def test_the_default_prior_weighs_as_much_as_the_smaller_group() -> None:
    staff = ["Fast and honest", "Honest and kind", "Fast"] * 10
    customers = ["Slow delivery", "Kind staff", "Slow refund", "Slow answers"] * 50
    result = distinctive_words(staff, customers, AnalysisOptions(EN), min_texts=1)
    # fast 20 + honest 20 + kind 10 ("and" is a stopword): so much weighs the prior.
    assert result.prior_total == 50
    assert [word.term for word in result.leaning(Side.FIRST)] == ["fast", "honest"]
    assert result.leaning(Side.SECOND)[0].term == "slow"


def test_word_usage_rows_follow_the_texts() -> None:
    usage = word_usage(["", "Hızlıydı", "hızlı değil"], AnalysisOptions(TR), extra_words=["hızlı"])
    column = usage.column("hızlı")
    assert column is not None
    assert usage.usage[:, column].nonzero()[0].tolist() == [1, 2]


def test_words_met_only_inside_a_web_address_are_not_words() -> None:
    # The counting meets www.designofashion.com's words before it blanks the address.
    texts = ["Order at www.designofashion.com was late", "Late again", "Fast"]
    result = distinctive_words(texts[:1], texts[1:], AnalysisOptions(EN), min_texts=1)
    assert "designofashion" not in {word.term for word in result.words}
    assert next(word for word in result.words if word.term == "late").first == 1


def test_counting_in_chunks_counts_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    first = ["Hızlı ve güler yüzlü", "Çok hızlıydı", "İlgili çalışanlar", "Hızlı kargo"]
    second = ["Yavaş kargo", "Bekledim, ulaşamadım", "Kargo yavaştı", "Hızlı değildi"]
    whole = distinctive_words(first, second, AnalysisOptions(TR), min_texts=1)
    monkeypatch.setattr("philosophy_studio.analysis.distinctive.USAGE_CHUNK", 3)
    assert distinctive_words(first, second, AnalysisOptions(TR), min_texts=1) == whole


def test_one_count_compares_any_two_sets_of_comments() -> None:
    comments = ["Fast delivery", "Fast and kind", "Slow refund", "Slow, slow", "Fast reply", "Slow chat"]
    channels = ["Web", "Web", "Phone", "Phone", "Chat", "Chat"]
    usage = word_usage(comments, AnalysisOptions(EN))
    web = np.array([channel == "Web" for channel in channels])
    result = compare(usage, web, ~web, min_texts=1)
    assert (result.first_texts, result.second_texts) == (2, 4)
    counts = {word.term: (word.first, word.second) for word in result.words}
    assert counts == {
        "fast": (2, 1),
        "kind": (1, 0),
        "slow": (0, 3),
        "delivery": (1, 0),
        "refund": (0, 1),
        "reply": (0, 1),
        "chat": (0, 1),
    }
    # The same answer as counting the two sets apart.
    apart = distinctive_words(comments[:2], comments[2:], AnalysisOptions(EN), min_texts=1)
    assert apart.words == result.words
