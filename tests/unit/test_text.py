import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from philosophy_studio.domain.text import clean_text


def test_nfc_normalises_decomposed_turkish_letters() -> None:
    decomposed = unicodedata.normalize("NFD", "Müşteri İstanbul")
    assert clean_text(decomposed) == "Müşteri İstanbul"
    assert unicodedata.is_normalized("NFC", clean_text(decomposed))


def test_control_characters_go_but_newlines_and_tabs_stay() -> None:
    assert clean_text("a\x00b\x07c\x1bd\x7f\x85e\tf\ng") == "abcde\tf\ng"


def test_windows_and_old_mac_line_endings_become_newlines() -> None:
    assert clean_text("one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_lone_surrogates_are_removed() -> None:
    assert clean_text("ok\ud800?\udfff") == "ok?"


def test_limit_and_single_line() -> None:
    assert clean_text("x" * 50, 10) == "x" * 10
    assert clean_text("  Ekip\n\tAnkara  ", single_line=True) == "Ekip Ankara"


def test_a_cut_single_line_never_ends_in_a_blank() -> None:
    assert clean_text("x" * 9 + " yz", 10, single_line=True) == "x" * 9


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec=None), max_size=40), st.integers(0, 30), st.booleans())
def test_cleaning_is_idempotent(text: str, limit: int, single_line: bool) -> None:
    # Edits compare what an editor last saw (a copy of stored text) with what is stored
    # after cleaning both: a second cleaning must change nothing.
    once = clean_text(text, limit, single_line=single_line)
    assert clean_text(once, limit, single_line=single_line) == once


def test_hostile_text_is_kept_verbatim_otherwise() -> None:
    hostile = "=SUM(A1) <b>bold</b> S&P 500 \u202eRTL\u202c 😀 مرحبا"
    assert clean_text(hostile) == hostile


def test_capitalised_follows_turkish_rules_only_in_turkish() -> None:
    from philosophy_studio.domain.text import capitalised

    assert capitalised("ilgi", turkish=True) == "İlgi"
    assert capitalised("ısrar", turkish=True) == "Israr"
    assert capitalised("ilgi", turkish=False) == "Ilgi"
    assert capitalised("çözüm odaklı", turkish=True) == "Çözüm odaklı"
    assert capitalised("", turkish=True) == ""


def test_fold_follows_turkish_rules_only_when_asked() -> None:
    from philosophy_studio.domain.text import fold

    assert fold("IĞDIR İSTANBUL") == "ığdır istanbul"
    # Python's own lower() would give "i̇" (i plus a combining dot), one letter longer.
    assert len(fold("İ")) == 1
    assert fold("IT Department", turkish=False) == "it department"
