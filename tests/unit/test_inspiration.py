"""The inspiration library: both languages, the same companies and skills, complete
entries."""

from philosophy_studio.content.inspiration import examples
from philosophy_studio.domain.language import Language


def test_both_languages_offer_the_same_examples_in_full() -> None:
    turkish, english = examples(Language.TURKISH), examples(Language.ENGLISH)
    assert len(turkish) == len(english) >= 20
    for example in (*turkish, *english):
        assert example.name.strip() and example.line.strip() and example.source.strip()
    sources = " ".join(e.source for e in english)
    for company in ("Apple", "Disney", "Zappos", "Nordstrom", "Ritz-Carlton", "Amazon", "FruitGuys"):
        assert company in sources
