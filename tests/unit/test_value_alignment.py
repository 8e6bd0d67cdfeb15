"""Value alignment: the comments that speak to each value (lemma-matched, as the
staff survey matches a card), promoters and detractors among them, and examples."""

import numpy as np

from philosophy_studio.analysis.alignment import (
    ValueWords,
    align,
    score_sides,
    value_alignment,
    value_phrases,
)
from philosophy_studio.analysis.distinctive import word_usage
from philosophy_studio.analysis.engine import AnalysisOptions
from philosophy_studio.domain.feedback import ScoreScale
from philosophy_studio.domain.language import Language
from philosophy_studio.domain.model import ValueCard

TR, EN = Language.TURKISH, Language.ENGLISH

TURKISH = [
    ("Temsilci çok hızlıydı, sorunum hemen çözüldü, teşekkürler.", 10),
    ("Hızlı.", 9),
    ("Yarım saat bekledim, hiç de hızlı değildi, kimseye ulaşamadım.", 2),
    ("Kargo HIZLI geldi ama ürün kırıktı, iade için kimse dönmedi.", 5),
    ("Çalışanlar dürüst davrandı, hatayı hemen kabul ettiler.", 9),
    ("Dürüstlüğünüz için teşekkürler, yine sizden alacağım.", 8),
    ("", None),
    ("Bekledim bekledim, yine ulaşamadım, çok kötü.", 0),
    ("Hız konusunda sınıfta kaldınız, hızınız yerlerde.", 1),
]


def turkish(values: list[ValueWords]):
    texts = [text for text, _score in TURKISH]
    scores = [score for _text, score in TURKISH]
    return value_alignment(texts, values, AnalysisOptions(TR), scores=scores, scale=ScoreScale.NPS)


def test_a_turkish_value_finds_its_inflected_forms() -> None:
    result = turkish([ValueWords(1, "Hızlı"), ValueWords(2, "hız")])
    assert result.comments == 8
    fast, speed = result.values
    # hızlıydı, Hızlı, hızlı, HIZLI: the forms of hızlı, capitals by Turkish rules.
    assert fast.comments == 4
    assert (fast.scored, fast.promoters, fast.detractors) == (4, 2, 2)
    assert fast.words == ("hızlı",)
    # hız, hızınız: a word of its own, as the word list groups it.
    assert speed.comments == 1
    assert speed.detractors == 1


def test_a_quality_finds_its_adjective_and_the_other_way_round() -> None:
    honesty, honest = turkish([ValueWords(3, "Dürüstlük"), ValueWords(4, "Dürüst")]).values
    assert honesty.comments == honest.comments == 2
    assert honesty.words == ("dürüst/dürüstlük",)
    assert (honesty.promoters, honesty.detractors) == (1, 0)


def test_added_words_count_and_a_name_needs_all_its_words() -> None:
    reachable, both = turkish(
        [
            ValueWords(5, "Ulaşılabilir", ("ulaşmak", "beklemek")),
            ValueWords(6, "Hızlı ve dürüst"),
        ]
    ).values
    assert reachable.comments == 2
    assert reachable.detractors == 2
    assert set(reachable.words) >= {"ulaşmak", "beklemek"}
    # No comment says both hızlı and dürüst.
    assert both.comments == 0
    assert both.examples == ()


def test_examples_show_a_detractor_then_a_promoter_and_skip_the_one_word_comments() -> None:
    (fast,) = turkish([ValueWords(1, "Hızlı")]).values
    assert fast.examples == (
        # The shortest detractor's and promoter's comments that say more than the word.
        "Kargo HIZLI geldi ama ürün kırıktı, iade için kimse dönmedi.",
        "Temsilci çok hızlıydı, sorunum hemen çözüldü, teşekkürler.",
        "Yarım saat bekledim, hiç de hızlı değildi, kimseye ulaşamadım.",
    )
    assert "Hızlı." not in fast.examples


def test_english_without_scores() -> None:
    texts = [
        "The agent was friendly and solved my problem quickly.",
        "Friendliest staff I have met in years, thank you!",
        "Nobody answered the phone for three days in a row.",
        "Quick.",
        "They replied quickly but the refund never came back.",
    ]
    card = ValueCard(id=7, name="Quick", evidence_terms=("quickly",))
    friendly, quick = value_alignment(
        texts, [ValueWords(8, "Friendly"), ValueWords.of_card(card)], AnalysisOptions(EN)
    ).values
    assert friendly.comments == 2
    assert (friendly.scored, friendly.promoters, friendly.detractors) == (0, 0, 0)
    assert quick.comments == 3
    # Without scores: the shortest comments that say something, then the one-word one.
    assert quick.examples == (
        "They replied quickly but the refund never came back.",
        "The agent was friendly and solved my problem quickly.",
        "Quick.",
    )


def test_csat_scores_count_four_and_five_as_promoters() -> None:
    texts = ["Very helpful agent, thank you", "Helpful but slow", "Not helpful at all, sadly"]
    (helpful,) = value_alignment(
        texts, [ValueWords(1, "Helpful")], AnalysisOptions(EN), scores=[5, 3, 1], scale=ScoreScale.CSAT
    ).values
    assert (helpful.comments, helpful.scored, helpful.promoters, helpful.detractors) == (3, 3, 1, 1)


def test_repeated_comments_are_shown_once() -> None:
    texts = ["Fast and friendly service, thank you"] * 5 + ["Fast delivery but the box was broken"]
    (fast,) = value_alignment(texts, [ValueWords(1, "Fast")], AnalysisOptions(EN)).values
    assert fast.comments == 6
    assert fast.examples == ("Fast and friendly service, thank you", "Fast delivery but the box was broken")


def test_one_count_serves_every_filter() -> None:
    texts = [text for text, _score in TURKISH]
    scores = [score for _text, score in TURKISH]
    values = [ValueWords(1, "Hızlı"), ValueWords(2, "Dürüstlük")]
    usage = word_usage(texts, AnalysisOptions(TR), extra_words=value_phrases(values))
    sides = score_sides(scores, ScoreScale.NPS)
    everything = align(usage, texts, values, sides)
    assert everything == turkish(values)
    # The first four comments only (one channel, say): all hızlı, none dürüstlük.
    within = np.array([True] * 4 + [False] * (len(texts) - 4))
    fast, honesty = align(usage, texts, values, sides, within).values
    assert (fast.comments, fast.promoters, fast.detractors) == (4, 2, 2)
    assert "Hızlı." not in fast.examples
    assert honesty.comments == 0
    assert align(usage, texts, values, sides, within).comments == 4
