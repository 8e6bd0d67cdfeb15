"""The Customers page's cuts of the comparison (services.feedback.CustomersLens): counted
once, then filtered by channel and month, one channel set against the rest, and the
comments behind a word, on the workshop of test_feedback_compare whose every figure is
known."""

import pytest
from test_feedback_compare import service  # noqa: F401 - the fixture

from philosophy_studio.analysis.distinctive import Side
from philosophy_studio.analysis.satisfaction import satisfaction
from philosophy_studio.services import feedback
from philosophy_studio.services.feedback import FeedbackFilter


@pytest.fixture
def lens(service):  # noqa: F811 - the fixture above
    return feedback.customers_lens(service.load(), feedback.load_feedback(service))


def test_unfiltered_figures_are_those_of_the_satisfaction_module(lens) -> None:
    stored = lens.feedback
    assert lens.satisfaction() == satisfaction(stored.scale, stored.scores, stored.channels, stored.dates)


def test_a_channel_filter_keeps_only_its_comments(lens) -> None:
    phone = lens.satisfaction(FeedbackFilter(channel="Telefon"))
    assert phone.overall.scored == 40
    assert phone.overall.nps == 100
    assert list(phone.by_channel) == ["Telefon"]
    assert list(phone.by_month) == ["2024-03"]
    found = lens.comparison(FeedbackFilter(channel="Telefon"))
    assert found.groups["customers"].texts == 40
    assert found.groups["detractors"].texts == 0
    assert found.alignment.comments == 40


def test_a_month_filter_keeps_only_its_comments(lens) -> None:
    april = lens.satisfaction(FeedbackFilter(month="2024-04"))
    # 30 detractors and 10 passives.
    assert (april.overall.scored, april.overall.detractors, april.overall.passives) == (40, 30, 10)
    assert april.overall.nps == -75
    assert lens.comparison(FeedbackFilter(month="2024-04")).groups["promoters"].texts == 0


def test_one_channel_against_the_rest(lens) -> None:
    found = lens.comparison(versus="Telefon")
    apart = found.channel_vs_rest
    # The phone's 40 comments against the other 45 (e-mail and no channel).
    assert (apart.first_texts, apart.second_texts) == (40, 45)
    first = {word.term.casefold() for word in apart.leaning(Side.FIRST)}
    second = {word.term.casefold() for word in apart.leaning(Side.SECOND)}
    assert "temsilci" in first and "temsilci" not in second
    assert any(term.startswith("bekle") for term in second)
    # Within a month, the rest is that month's other comments.
    march = lens.comparison(FeedbackFilter(month="2024-03"), versus="Telefon").channel_vs_rest
    assert (march.first_texts, march.second_texts) == (40, 0)
    assert lens.comparison().channel_vs_rest is None


def test_the_comments_behind_a_word_are_those_of_the_group(lens) -> None:
    words = lens.comparison().groups["detractors"]
    key = next(
        key
        for key, (term, _n) in zip(words.keys, words.words, strict=True)
        if term.casefold().startswith("bekle")
    )
    masks = lens.masks()
    found, snippets = lens.texts_using(key, masks["detractors"], limit=5)
    assert found == 30
    assert len(snippets) == 5
    for snippet in snippets:
        assert snippet.text.startswith("Yarım saat bekledim")
        start, end = snippet.spans[0]
        assert snippet.text[start:end] == "bekledim"
    assert lens.texts_using(key, masks["promoters"]) == (0, ())


def test_values_changed_without_counting_again(lens) -> None:
    from philosophy_studio.analysis.alignment import ValueWords

    before = {value.name: value.comments for value in lens.comparison().alignment.values}
    added = lens.with_values([ValueWords(1, "Hızlı", ("bekledim",))])
    after = {value.name: value.comments for value in added.comparison().alignment.values}
    assert after["Hızlı"] == before["Hızlı"] + 30
    assert added.usage is lens.usage


def test_channels_and_months_are_offered_in_order(lens) -> None:
    assert lens.months == ("2024-03", "2024-04")
    assert lens.channels == ("E-posta", "Telefon")


def test_only_the_pairs_asked_for_and_only_the_words_shown(lens) -> None:
    whole = lens.comparison()
    scores_only = lens.comparison(pairs=("scores",))
    assert scores_only.staff_vs_customers is None
    assert scores_only.promoters_vs_detractors == whole.promoters_vs_detractors
    shown = whole.trimmed(2).promoters_vs_detractors
    assert len(shown.words) == 4 < len(whole.promoters_vs_detractors.words)
    for side in Side:
        assert shown.leaning(side) == whole.promoters_vs_detractors.leaning(side, 2)


def test_the_preview_shows_comments_as_they_will_be_stored() -> None:
    from pathlib import Path

    from philosophy_studio.domain.language import Language

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "feedback" / "helpdesk_tr.csv"
    raw = fixture.read_text(encoding="utf-8")
    assert "0532 123 45 67" in raw
    preview = feedback.preview_feedback_file(fixture, Language.TURKISH)
    cells = [cell for row in preview.rows for cell in row]
    assert not any("0532 123 45 67" in cell for cell in cells)
    assert any(cell.startswith("Yarım saat bekledim") for cell in cells)


def test_the_fast_digest_is_the_domains() -> None:
    import datetime as dt
    import hashlib

    import numpy as np

    from philosophy_studio.domain.feedback import FeedbackTable, digest_rows, row_hashes

    def as_array(hashes: list[bytes]) -> np.ndarray:
        return np.frombuffer(b"".join(hashes), dtype="S16")

    # Hashes with zero bytes at either end, where a fixed-width sort could differ.
    hashes = [hashlib.blake2b(str(n).encode(), digest_size=16).digest() for n in range(250_001)]
    hashes += [b"\0" * 16, b"\0" * 15 + b"\1", b"\1" + b"\0" * 15, hashes[7]]
    assert feedback._digest(as_array(hashes)) == digest_rows(hashes)
    assert feedback._digest(as_array(hashes[:3])) == digest_rows(hashes[:3])
    assert feedback._digest(as_array([])) == digest_rows([])
    # Made a slice at a time, the rows' hashes are the domain's, in the rows' order.
    rows = 2 * feedback._DIGEST_CHUNK + 5
    table = FeedbackTable(
        name="export.csv",
        texts=tuple(f"yorum {n}" for n in range(rows)),
        scores=tuple(n % 11 for n in range(rows)),
        dates=tuple(dt.date(2024, 1, 1 + n % 28) for n in range(rows)),
        channels=tuple(("web", None)[n % 2] for n in range(rows)),
        scale=None,
    )
    assert feedback._row_hashes(table).tobytes() == b"".join(
        row_hashes(table.texts, table.scores, table.dates, table.channels)
    )
