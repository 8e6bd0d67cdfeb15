"""What the top of the word list holds: collocations as one term, phrases up to four
words, auxiliaries left out visibly, names the facilitator gives, and how many answers
support a value card through its own words."""

from __future__ import annotations

from philosophy_studio.analysis.engine import (
    AnalysisOptions,
    AnalysisResult,
    CardEvidence,
    ExclusionReason,
    TermCount,
    run_analysis,
)
from philosophy_studio.domain.language import Language

TR, EN = Language.TURKISH, Language.ENGLISH

FRIENDLY = [
    "Hızlı ve güler yüzlü olsunlar.",
    "Güler yüzlü ve hızlı.",
    "Güler yüzlü bir ekip.",
    "Hızlı ve güler yüzlü",
    "Hızlı ve güler yüzlü",
    "Sorunu ilk seferde çözdüler.",
    "Yüzlü bir şirket değiliz.",
    "Hızlı çözüm",
]


def term(result: AnalysisResult, label: str) -> TermCount:
    return next(t for t in result.terms if t.term == label)


def labels(result: AnalysisResult) -> list[str]:
    return [t.term for t in result.terms]


def test_a_collocation_is_one_term_and_its_words_count_only_outside_it() -> None:
    result = run_analysis(FRIENDLY, AnalysisOptions(TR))
    friendly = term(result, "güler yüzlü")
    assert (friendly.respondents, friendly.count, friendly.is_collocation) == (5, 5, True)
    assert "güler" not in labels(result)
    # "Yüzlü bir şirket" uses the word outside the collocation: that one answer counts.
    assert sum(t.respondents for t in result.terms if "yüzlü" in dict(t.forms)) == 1
    assert term(result, "hızlı").respondents == 5


def test_identical_answers_are_separate_respondents() -> None:
    result = run_analysis(["Hızlı ve güler yüzlü"] * 5, AnalysisOptions(TR))
    assert result.respondents == 5
    assert term(result, "güler yüzlü").respondents == 5


def test_a_split_collocation_counts_its_words_apart() -> None:
    result = run_analysis(FRIENDLY, AnalysisOptions(TR, splits=("güler yüzlü",)))
    assert "güler yüzlü" not in labels(result)
    assert term(result, "güler").respondents == 5


def test_an_excluded_collocation_is_listed_as_excluded() -> None:
    result = run_analysis(FRIENDLY, AnalysisOptions(TR, exclusions=("güler yüzlü",)))
    assert "güler yüzlü" not in labels(result)
    excluded = [e.term.term for e in result.excluded if e.reason is ExclusionReason.EXCLUDED]
    assert excluded == ["güler yüzlü"]


def test_words_used_together_by_chance_stay_words() -> None:
    answers = [
        "hızlı çözüm",
        "hızlı teslimat",
        "hızlı yanıt",
        "kalıcı çözüm",
        "çözüm odaklı",
        "hızlı çözüm",
        "hızlı çözüm",
    ]
    result = run_analysis(answers, AnalysisOptions(TR))
    assert not any(t.is_collocation for t in result.terms)


def test_english_collocations_with_a_function_word_inside() -> None:
    answers = [
        "They go above and beyond.",
        "Above and beyond, every time.",
        "Staff who went above and beyond for me",
        "Quick answers",
    ]
    result = run_analysis(answers, AnalysisOptions(EN))
    assert term(result, "above and beyond").respondents == 3
    assert "beyond" not in labels(result)


def test_phrases_reach_four_words_and_drop_the_fragments_inside_them() -> None:
    result = run_analysis(FRIENDLY, AnalysisOptions(TR))
    phrases = {p.phrase: p.respondents for p in result.phrases}
    assert phrases["hızlı ve güler yüzlü"] == 3
    assert "hızlı ve güler" not in phrases


def test_light_verbs_are_left_out_visibly_unless_asked_for() -> None:
    answers = ["They make it easy.", "Making customers happy", "They made my day easy", "Happy to help"]
    result = run_analysis(answers, AnalysisOptions(EN))
    assert "make" not in labels(result) and "made" not in labels(result)
    assert any(e.reason is ExclusionReason.AUXILIARY for e in result.excluded)
    kept = run_analysis(answers, AnalysisOptions(EN, keep_auxiliaries=True))
    assert any("make" in dict(t.forms) for t in kept.terms)


def test_turkish_auxiliaries_are_left_out() -> None:
    answers = [
        "Sorun olduğunda hemen yardım ettiler.",
        "Destek verdiler, sorun çözüldü.",
        "Yardım etmeleri güzeldi.",
        "Bilgi aldılar ve verdiler.",
    ]
    result = run_analysis(answers, AnalysisOptions(TR))
    shown = {form for t in result.terms for form, _count in t.forms}
    assert not shown & {"olduğunda", "ettiler", "etmeleri", "verdiler", "aldılar"}
    assert "yardım" in shown


def test_a_renamed_group_is_shown_by_its_new_name_newest_first() -> None:
    answers = ["Sabır, sabır.", "Sabrımızla kazanırız.", "Sabırlı olun."]
    renamed = AnalysisOptions(TR, renames=(("sabrımızla", "Eski ad"), ("sabır", "Sabır ve anlayış")))
    result = run_analysis(answers, renamed)
    patience = term(result, "Sabır ve anlayış")
    assert ("sabrımızla", 1) in patience.forms
    assert patience.form == "sabır"


def test_a_card_is_supported_by_the_answers_that_use_its_own_words() -> None:
    answers = [
        "Empati kurdular, dinlediler.",
        "Bize empatiyle yaklaştılar.",
        "Hızlı çözüm",
        "Hızlı ve güler yüzlü",
        "Güler yüzlü bir ekip",
        "Güler yüzlü ve hızlı",
    ]
    evidence = (
        CardEvidence(1, names=("Empati",)),
        CardEvidence(2, names=("Hızlı çözüm",)),
        CardEvidence(3, names=("Güven",), linked=("güler yüzlü",)),
        CardEvidence(4, names=("Ve",)),
    )
    result = run_analysis(answers, AnalysisOptions(TR, evidence=evidence))
    support = result.card_support
    assert (support[1].respondents, support[1].from_name, support[1].name_words) == (2, 2, ("empati",))
    # Both counted words of the name, in the same answer.
    assert (support[2].respondents, support[2].name_words) == (1, ("hızlı", "çözüm"))
    assert (support[3].respondents, support[3].from_name, support[3].from_links) == (3, 0, 3)
    # A name made only of stopwords ties the card to nothing.
    assert support[4].respondents == 0 and support[4].name_words == ()
    assert result.support == {1: 2, 2: 1, 3: 3, 4: 0}


def test_word_sequences_of_every_length_match_a_plain_count() -> None:
    import random
    from collections import Counter

    from philosophy_studio.analysis.counting import count

    chooser = random.Random(3)
    vocabulary = ["hızlı", "ve", "güler", "yüzlü", "ekip", "sorun", "çözüm", ".", ","]
    answers = [" ".join(chooser.choices(vocabulary, k=chooser.randint(0, 12))) for _ in range(300)]
    counts = count(answers, TR)
    for length in (2, 3, 4):
        expected_users: Counter[tuple[str, ...]] = Counter()
        expected_total: Counter[tuple[str, ...]] = Counter()
        for answer in answers:
            clauses = answer.replace(",", ".").split(".")
            seen = set()
            for clause in clauses:
                words = clause.split()
                for at in range(len(words) - length + 1):
                    gram = tuple(words[at : at + length])
                    expected_total[gram] += 1
                    seen.add(gram)
            expected_users.update(seen)
        sequences = counts.sequences[length]
        found = {
            tuple(counts.forms[i] for i in ids): (int(users), int(total))
            for ids, users, total in zip(sequences.ids, sequences.respondents, sequences.counts, strict=True)
        }
        wanted = {
            gram: (expected_users[gram], expected_total[gram])
            for gram in expected_total
            if length < 4 or expected_users[gram] >= 2
        }
        assert {gram: value for gram, value in found.items() if length < 4 or value[0] >= 2} == wanted
        if length == 4:
            for gram, (users, total) in wanted.items():
                rows = counts.rows_using([counts.forms.index(word) for word in gram])
                assert (len(set(rows.tolist())), len(rows)) == (users, total) or len(set(gram)) < 4


def test_the_log_likelihood_ratio_is_dunnings_g_squared() -> None:
    import math

    from philosophy_studio.analysis.association import bigram_likelihood_ratio, trigram_likelihood_ratio

    # "güler yüzlü": 8 times together, güler 10 times, yüzlü 9 times, 1,000 words.
    observed = [8, 1, 2, 989]
    rows, columns = (10, 990), (9, 991)
    expected = [rows[0] * columns[0], rows[1] * columns[0], rows[0] * columns[1], rows[1] * columns[1]]
    g2 = 2 * sum(o * math.log(o / (e / 1000)) for o, e in zip(observed, expected, strict=True))
    assert math.isclose(bigram_likelihood_ratio([8], [10], [9], 1000)[0], g2, rel_tol=1e-9)
    # Independent words score about zero; a tied pair scores high.
    assert abs(bigram_likelihood_ratio([1], [10], [100], 1000)[0]) < 1e-6
    tied = trigram_likelihood_ratio([5], ([5], [5], [5]), ([5], [5], [5]), 1000)[0]
    loose = trigram_likelihood_ratio([5], ([50], [5], [50]), ([200], [200], [200]), 1000)[0]
    assert tied > loose > 0


def test_in_a_huge_survey_the_most_used_four_word_sequences_are_still_found(monkeypatch) -> None:
    from philosophy_studio.analysis import counting

    answers = ["hızlı ve güler yüzlü ekip"] * 5 + ["sorun çözen bilgili ekip"] * 3 + ["tek tük bir söz"] * 2
    monkeypatch.setattr(counting, "FOUR_WORD_PREFIXES", 2)
    counts = counting.count(answers, TR)
    sequences = counts.sequences[4]
    found = {
        " ".join(counts.forms[i] for i in ids): int(users)
        for ids, users in zip(sequences.ids, sequences.respondents, strict=True)
    }
    # Three-word starts used by five answers make the floor: their four-word sequences
    # are found exactly; those starting with rarer ones are not looked for.
    assert found == {"hızlı ve güler yüzlü": 5, "ve güler yüzlü ekip": 5}


def test_sequences_counted_in_small_pieces_are_those_counted_at_once(monkeypatch) -> None:
    """Chunks joined and merged as they come, and four-word places keyed a slice at a
    time (cut between answers, or after an answer longer than a slice), count every
    word and sequence exactly as counting them all at once does."""
    from philosophy_studio.analysis import counting

    answers = (
        ["hızlı ve güler yüzlü ekip, hızlı ve güler yüzlü ekip"] * 3
        + ["sorun çözen bilgili ekip"] * 4
        + ["hızlı ve güler yüzlü", "bilgili ekip sorun çözen bilgili ekip"] * 2
    )

    def counted() -> tuple[object, ...]:
        counts = counting.count(answers, TR)
        sequences = {
            length: {
                " ".join(counts.forms[i] for i in ids): (int(users), int(uses))
                for ids, users, uses in zip(found.ids, found.respondents, found.counts, strict=True)
            }
            for length, found in counts.sequences.items()
        }
        words = counts.matrix.toarray().tolist()
        return sequences, words, counts.stream.tolist(), counts.answer_of.tolist()

    at_once = counted()
    assert at_once[0][4]["hızlı ve güler yüzlü"] == (5, 8)
    monkeypatch.setattr(counting, "CHUNK", 2)
    monkeypatch.setattr(counting, "CHUNKS_KEPT_APART", 2)
    monkeypatch.setattr(counting, "MERGE_ENTRIES", 3)
    monkeypatch.setattr(counting, "FOUR_WORD_SLICE", 2)
    assert counted() == at_once


def test_a_collocation_lists_each_of_its_variants_with_its_own_count() -> None:
    answers = ["Güler yüzlü ekip"] * 4 + ["Çok güler yüzlüydü"] * 3 + ["Sabırlı"]
    result = run_analysis(answers, AnalysisOptions(TR))
    friendly = next(t for t in result.terms if t.is_collocation)
    assert friendly.forms == (("güler yüzlü", 4), ("güler yüzlüydü", 3))
    assert (friendly.term, friendly.respondents, friendly.count) == ("güler yüzlü", 7, 7)


def test_addresses_and_decomposed_letters_are_handled_in_every_answer_of_a_chunk() -> None:
    decomposed = "mu\u0308s\u0327teri"  # müşteri typed with combining marks
    answers = [
        "Hızlı yanıt",
        f"{decomposed} memnun",
        "Bakınız WWW.Ornek.com.tr sayfası",
        "Yazın: ali@firma.com.tr adresine",
        "https://destek.example.org/yardim linki",
        f"Hızlı {decomposed}",
    ]
    result = run_analysis(answers, AnalysisOptions(TR))
    forms = {form for t in result.terms for form, _count in t.forms}
    assert not forms & {
        "www",
        "ornek",
        "com",
        "tr",
        "ali",
        "firma",
        "https",
        "destek",
        "example",
        "org",
        "yardim",
    }
    assert {"bakınız", "sayfası", "yazın", "adresine", "linki"} <= forms
    customer = next(t for t in result.terms if "müşteri" in dict(t.forms))
    assert (customer.respondents, dict(customer.forms)["müşteri"]) == (2, 2)
    assert "mu\u0308s\u0327teri" not in forms


def test_a_card_named_by_a_quality_is_supported_by_answers_that_use_the_adjective() -> None:
    answers = ["Dürüst davrandılar.", "Çok şeffaf ve dürüst.", "Dürüstlükleri için.", "Hızlı"]
    evidence = (CardEvidence(1, names=("Dürüstlük",)), CardEvidence(2, names=("Şeffaflık",)))
    support = run_analysis(answers, AnalysisOptions(TR, evidence=evidence)).card_support
    assert (support[1].respondents, support[1].name_words) == (3, ("dürüstlük/dürüst",))
    assert support[2].respondents == 1
    english = ["Friendly staff", "So kind and friendly", "Kindness itself", "Fast"]
    evidence = (CardEvidence(1, names=("Friendliness",)), CardEvidence(2, names=("Kind",)))
    support = run_analysis(english, AnalysisOptions(EN, evidence=evidence)).card_support
    assert (support[1].respondents, support[2].respondents) == (2, 2)
    # Counting still keeps them apart: the quality and the adjective are two words.
    terms = {t.term for t in run_analysis(answers, AnalysisOptions(TR)).terms}
    assert {"dürüst", "dürüstlük"} <= terms


def test_quality_roots() -> None:
    from philosophy_studio.analysis.grouping import quality_root

    pairs = [
        ("dürüstlük", "dürüst"),
        ("şeffaflık", "şeffaf"),
        ("samimiyet", "samimi"),
        ("güvenilirlik", "güvenilir"),
    ]
    assert [quality_root(word, TR) for word, _root in pairs] == [root for _word, root in pairs]
    assert [quality_root(word, TR) for word in ("lik", "ilk", "sabır", "kalite")] == [
        "lik",
        "ilk",
        "sabır",
        "kalite",
    ]
    english = ("friendliness", "kindness", "helpfulness", "business", "witness", "ness")
    assert [quality_root(word, EN) for word in english] == [
        "friendly",
        "kind",
        "helpful",
        "business",
        "witness",
        "ness",
    ]
