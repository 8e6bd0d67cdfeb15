"""The workshop's rules (domain/rules/), on plain values: no database, no window."""

import datetime as dt
from dataclasses import dataclass

import pytest

from philosophy_studio.domain.commands import MAX_STEP_TIMER_SECONDS, UNCHECKED, CheckedEdit, WorkshopField
from philosophy_studio.domain.errors import EditConflictError
from philosophy_studio.domain.model import (
    LOWEST_MIN_RESPONDENTS,
    MAX_DOTS,
    MAX_MIN_RESPONDENTS,
    Metric,
    RuleKind,
    SharingChannel,
    SharingItem,
    ValueCard,
)
from philosophy_studio.domain.persona_commands import PersonaField
from philosophy_studio.domain.rules.analysis import EmptyRuleError, evidence_term, has_term, rule_terms
from philosophy_studio.domain.rules.conflicts import check_expected
from philosophy_studio.domain.rules.guidelines import has_metric_name, metric_texts, sharing_item_fields
from philosophy_studio.domain.rules.personas import persona_field_value
from philosophy_studio.domain.rules.values import (
    BadColourError,
    BadMergeError,
    ChosenMergeError,
    EmptyValueNameError,
    TooManyValuesError,
    can_be_merged,
    card_colour,
    check_merge,
    check_selection,
    cluster_name,
    has_merged,
    has_value_name,
    merge_targets,
    selection_fits,
    unmerged,
    value_name,
    value_texts,
)
from philosophy_studio.domain.rules.voting import (
    BadRoundSizeError,
    RoundAlreadyOpenError,
    check_opening,
    check_round_size,
)
from philosophy_studio.domain.rules.workshop import (
    EmptyTeamNameError,
    MinRespondentsTooHighError,
    MinRespondentsTooLowError,
    field_value,
    has_team_name,
    min_respondents,
    step_timer_seconds,
    team_name,
)
from philosophy_studio.domain.text import SHORT_TEXT_LIMIT, clean_text

# --- conflicts ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Edit(CheckedEdit):
    text: str
    expected: str = UNCHECKED


def test_an_unchecked_edit_overwrites_anything() -> None:
    check_expected(_Edit("yeni"), "başkasının metni", "yeni")


def test_an_edit_that_saw_what_is_stored_passes_once_cleaned() -> None:
    check_expected(_Edit("yeni", expected="Müşteri\r\nönce"), "Müşteri\nönce", "yeni", clean=clean_text)
    check_expected(_Edit("yeni", expected="  Sabır "), "Sabır", "yeni", clean=str.strip)


def test_an_edit_that_did_not_see_the_change_is_refused_with_both_versions() -> None:
    command = _Edit("benim", expected="eski")
    with pytest.raises(EditConflictError) as raised:
        check_expected(command, "onların", "benim")
    assert (raised.value.theirs, raised.value.mine, raised.value.command) == ("onların", "benim", command)


def test_the_stored_value_is_cleaned_only_when_asked() -> None:
    command = _Edit("yeni", expected="Işık")
    with pytest.raises(EditConflictError) as raised:
        check_expected(command, "  Işık  ", "yeni", clean=str.strip)
    check_expected(command, "  Işık  ", "yeni", clean=str.strip, clean_stored=True)
    # The stored value is reported as stored, not as cleaned.
    assert raised.value.theirs == "  Işık  "


# --- a value's texts ----------------------------------------------------------------------


def test_a_value_needs_a_name_and_it_is_stored_on_one_line() -> None:
    assert value_name("  Güler\tyüz\nve  İlgi ") == "Güler yüz ve İlgi"
    assert has_value_name("ı")
    for blank in ("", " \t\n ", "\x01\x02"):
        assert not has_value_name(blank)
        with pytest.raises(EmptyValueNameError, match="A value needs a name"):
            value_name(blank)
    assert len(value_name("Ş" * 500)) == SHORT_TEXT_LIMIT


def test_value_texts_clean_like_storing_but_accept_an_empty_name() -> None:
    assert value_texts((" Çözüm  odaklı ", "Satır\r\nsonu")) == ("Çözüm odaklı", "Satır\nsonu")
    assert value_texts(("", "")) == ("", "")


def test_colours_are_none_or_hex() -> None:
    for good in ("", "#4285f4", "#DB4437"):
        assert card_colour(good) == good
    for bad in ("red", "#12345", "#1234567", "<b>", "#ğğğğğğ"):
        with pytest.raises(BadColourError):
            card_colour(bad)


def test_cluster_names_are_one_line() -> None:
    assert cluster_name("  Hız\tve <takip>  ") == "Hız ve <takip>"
    assert cluster_name(" \n ") == ""


# --- merging ------------------------------------------------------------------------------

SABIR = ValueCard(id=1, name="Sabır")
EMPATI = ValueCard(id=2, name="Empati")
HIZ = ValueCard(id=3, name="Hızlı yanıt")
CABUK = ValueCard(id=4, name="Çabuk cevap verme", merged_into=3)
SECILEN = ValueCard(id=5, name="İlgi", selected_rank=1)
BOARD = (SABIR, EMPATI, HIZ, CABUK, SECILEN)


def test_unmerged_cards_are_those_that_count_on_their_own() -> None:
    assert unmerged(BOARD) == (SABIR, EMPATI, HIZ, SECILEN)
    assert unmerged(()) == ()


def test_has_merged() -> None:
    assert has_merged(HIZ, BOARD)
    assert not has_merged(SABIR, BOARD)
    assert not has_merged(CABUK, BOARD)


def test_merge_targets_are_the_other_unmerged_cards() -> None:
    assert merge_targets(SABIR, BOARD) == (EMPATI, HIZ, SECILEN)
    assert merge_targets(CABUK, BOARD) == (SABIR, EMPATI, HIZ, SECILEN)


def test_the_board_offers_merging_only_for_a_card_of_its_own() -> None:
    assert can_be_merged(SABIR, BOARD)
    assert can_be_merged(SECILEN, BOARD)  # the service explains why it refuses
    assert not can_be_merged(HIZ, BOARD)  # others are merged into it
    assert not can_be_merged(CABUK, BOARD)  # split it off first


def test_merges_that_keep_to_the_rules_pass() -> None:
    check_merge(SABIR, EMPATI, BOARD)
    check_merge(SABIR, HIZ, BOARD)  # a card may take more than one
    check_merge(CABUK, SABIR, BOARD)  # a merged card moves to another directly


def test_a_chosen_value_is_not_merged() -> None:
    with pytest.raises(ChosenMergeError, match="unchoose it"):
        check_merge(SECILEN, SABIR, BOARD)
    # Chosen comes first: it is what the facilitator can act on.
    with pytest.raises(ChosenMergeError):
        check_merge(SECILEN, SECILEN, BOARD)


@pytest.mark.parametrize(
    ("card", "into"),
    [(SABIR, SABIR), (SABIR, CABUK), (HIZ, SABIR)],
    ids=["into itself", "into a merged card", "a card others were merged into"],
)
def test_merges_never_make_chains(card: ValueCard, into: ValueCard) -> None:
    with pytest.raises(BadMergeError):
        check_merge(card, into, BOARD)


def test_every_merge_target_passes_the_merge_check() -> None:
    for card in BOARD:
        if can_be_merged(card, BOARD) and card.selected_rank is None:
            for into in merge_targets(card, BOARD):
                check_merge(card, into, BOARD)


# --- the final selection ------------------------------------------------------------------


def test_five_values_or_fewer() -> None:
    assert selection_fits(())
    assert selection_fits((1, 2, 3, 4, 5))
    assert not selection_fits((1, 2, 3, 4, 5, 6))
    check_selection((1, 2, 3, 4, 5))
    with pytest.raises(TooManyValuesError, match="five values or fewer"):
        check_selection((1, 2, 3, 4, 5, 6))


# --- voting -------------------------------------------------------------------------------


@pytest.mark.parametrize(("dots", "per_card"), [(1, 1), (3, 2), (MAX_DOTS, 1), (MAX_DOTS, MAX_DOTS)])
def test_round_sizes_within_the_limits_pass(dots: int, per_card: int) -> None:
    check_round_size(dots, per_card)


@pytest.mark.parametrize(("dots", "per_card"), [(0, 0), (0, 1), (MAX_DOTS + 1, 1), (3, 0), (3, 4), (-1, -1)])
def test_round_sizes_outside_the_limits_are_refused(dots: int, per_card: int) -> None:
    with pytest.raises(BadRoundSizeError, match=f"1 to {MAX_DOTS} dots"):
        check_round_size(dots, per_card)


def test_one_open_round_at_a_time() -> None:
    check_opening(None, [])
    check_opening(7, [7])  # opening the open round again changes nothing
    with pytest.raises(RoundAlreadyOpenError):
        check_opening(None, [7])
    with pytest.raises(RoundAlreadyOpenError):
        check_opening(8, [7])


# --- the workshop's details and settings --------------------------------------------------


def test_a_workshop_needs_a_team_name() -> None:
    assert team_name("  Çağrı\tMerkezi İstanbul ") == "Çağrı Merkezi İstanbul"
    assert has_team_name("Ş")
    for blank in (None, "", "  \n", "\x07"):
        with pytest.raises(EmptyTeamNameError):
            team_name(blank)
    assert not has_team_name(" \t ")


def test_results_need_enough_respondents_to_stay_anonymous() -> None:
    assert min_respondents(LOWEST_MIN_RESPONDENTS) == LOWEST_MIN_RESPONDENTS
    assert min_respondents(40) == 40
    for too_few in (LOWEST_MIN_RESPONDENTS - 1, 0, -5, True, "5", 5.0, None):
        with pytest.raises(MinRespondentsTooLowError, match=f"at least {LOWEST_MIN_RESPONDENTS}"):
            min_respondents(too_few)
    assert min_respondents(MAX_MIN_RESPONDENTS) == MAX_MIN_RESPONDENTS
    with pytest.raises(MinRespondentsTooHighError, match=f"at most {MAX_MIN_RESPONDENTS}"):
        min_respondents(MAX_MIN_RESPONDENTS + 1)


def test_each_field_is_stored_in_its_own_form() -> None:
    assert field_value(WorkshopField.TEAM_NAME, " Işıklı  ekip ") == "Işıklı ekip"
    assert field_value(WorkshopField.ORGANISATION, None) == ""
    assert field_value(WorkshopField.FACILITATOR, "Ayşe\nYılmaz") == "Ayşe Yılmaz"
    assert field_value(WorkshopField.DATE, dt.date(2025, 3, 1)) == dt.date(2025, 3, 1)
    assert field_value(WorkshopField.DATE, None) is None
    with pytest.raises(TypeError):
        field_value(WorkshopField.DATE, "2025-03-01")
    assert field_value(WorkshopField.LANGUAGE, "tr") == "tr"
    with pytest.raises(ValueError):
        field_value(WorkshopField.LANGUAGE, "xx")
    assert field_value(WorkshopField.APPROACH, "") is None
    assert field_value(WorkshopField.APPROACH, "customer_centred") == "customer_centred"
    assert field_value(WorkshopField.APPROACH_NOTES, "Bir\r\niki") == "Bir\niki"
    # A question may be longer than a name, but stays on one line.
    question = "Müşterilerimiz ne düşünsün? " * 20
    assert field_value(WorkshopField.SURVEY_QUESTION, question + "\n") == question.strip()
    assert field_value(WorkshopField.SURVEY_OPEN, 1) is True
    assert field_value(WorkshopField.KEEP_QUESTION_WORDS, "") is False
    assert field_value(WorkshopField.MIN_RESPONDENTS, 7) == 7
    assert field_value(WorkshopField.VALUE_SET_NAME, "Değerlerimiz") == "Değerlerimiz"


def test_a_step_timer_runs_from_zero_to_half_a_day() -> None:
    assert step_timer_seconds(-30) == 0
    assert step_timer_seconds(600) == 600
    assert step_timer_seconds(MAX_STEP_TIMER_SECONDS + 1) == MAX_STEP_TIMER_SECONDS


# --- metrics and the sharing plan ---------------------------------------------------------


def test_a_metric_needs_a_name() -> None:
    assert has_metric_name("Müşteri memnuniyeti")
    assert not has_metric_name("  \t")
    assert not has_metric_name("\x00")


def test_metric_texts_are_stored_cleaned_and_clean_to_themselves() -> None:
    metric = Metric(
        id=3, name=" İlk  yanıt\tsüresi ", method="Anket\r\nher ay", target="%90 ", frequency="Aylık\n"
    )
    stored = metric_texts(metric)
    assert stored == ("İlk yanıt süresi", "Anket\nher ay", "%90", "Aylık")
    assert metric_texts(Metric(3, *stored)) == stored


def test_sharing_item_fields_are_stored_cleaned() -> None:
    item = SharingItem(id=1, channel="website", what="Değerler\r\nsayfası", who=" Ayşe  Işık ", when="Mart\n")
    fields = sharing_item_fields(item)
    assert fields == (SharingChannel.WEBSITE, "Değerler\nsayfası", "Ayşe Işık", "Mart", "")
    assert isinstance(fields[0], SharingChannel)
    # A place of the team's own is kept under Other only.
    own = SharingItem(id=1, channel=SharingChannel.OTHER, place=" Fatura\n zarfı ")
    assert sharing_item_fields(own)[4] == "Fatura zarfı"
    assert sharing_item_fields(SharingItem(1, SharingChannel.WEBSITE, place="Vitrin"))[4] == ""
    with pytest.raises(ValueError):
        sharing_item_fields(SharingItem(id=1, channel="billboard"))  # type: ignore[arg-type]


# --- personas -----------------------------------------------------------------------------


def test_every_persona_field_has_a_rule() -> None:
    empty = {PersonaField.TONE: 0}
    for field in PersonaField:
        persona_field_value(field, empty.get(field))


def test_persona_texts_are_stored_cleaned() -> None:
    assert persona_field_value(PersonaField.NAME, "  Sabırsız\tİşletme  sahibi ") == "Sabırsız İşletme sahibi"
    assert persona_field_value(PersonaField.NAME, None) == ""
    assert persona_field_value(PersonaField.DESCRIPTION, "Öğle\r\narası arar") == "Öğle\narası arar"
    assert persona_field_value(PersonaField.CUSTOM_HOURS, "09:00 –\n18:00") == "09:00 – 18:00"


def test_persona_choices_are_stored_as_values_or_none() -> None:
    assert persona_field_value(PersonaField.SEGMENT, "b2b") == "b2b"
    assert persona_field_value(PersonaField.SEGMENT, "") is None
    assert persona_field_value(PersonaField.AVAILABILITY, None) is None
    with pytest.raises(ValueError):
        persona_field_value(PersonaField.CUSTOMER_TYPE, "müşteri")


def test_the_tone_stays_between_formal_and_informal() -> None:
    assert persona_field_value(PersonaField.TONE, -10) == 0
    assert persona_field_value(PersonaField.TONE, "70") == 70
    assert persona_field_value(PersonaField.TONE, 250) == 100


def test_channels_are_kept_once_in_preference_order() -> None:
    chosen = ("email", "phone", "email", "live_chat")
    assert persona_field_value(PersonaField.CHANNELS, chosen) == ["email", "phone", "live_chat"]
    assert persona_field_value(PersonaField.CHANNELS, None) == []
    with pytest.raises(ValueError):
        persona_field_value(PersonaField.CHANNELS, ("güvercin",))


def test_list_items_that_say_nothing_are_dropped() -> None:
    needs = ("  Hızlı\tçözüm ", "", " \n ", "İlgi")
    assert persona_field_value(PersonaField.NEEDS, needs) == ["Hızlı çözüm", "İlgi"]
    assert persona_field_value(PersonaField.PAINS, None) == []


# --- the word analysis's adjustments and a card's evidence --------------------------------


def test_an_adjustment_keeps_its_words_in_order_without_repeats() -> None:
    terms = (" müşteri ", "Işık", "müşteri", "", "ilgi\tve  özen")
    assert rule_terms(RuleKind.MERGE, terms) == ["müşteri", "Işık", "ilgi ve özen"]
    assert rule_terms(RuleKind.EXCLUDE, ("İstanbul",)) == ["İstanbul"]


@pytest.mark.parametrize("kind", [kind for kind in RuleKind if kind is not RuleKind.RENAME])
def test_an_adjustment_needs_a_word(kind: RuleKind) -> None:
    with pytest.raises(EmptyRuleError, match="at least one word"):
        rule_terms(kind, (" ", "\n", "\x02"))
    with pytest.raises(EmptyRuleError):
        rule_terms(kind, ())


def test_a_rename_keeps_a_form_and_its_new_name_even_when_equal() -> None:
    assert rule_terms(RuleKind.RENAME, ("hızlı", " Hızlı  yanıt ")) == ["hızlı", "Hızlı yanıt"]
    assert rule_terms(RuleKind.RENAME, ("ilgi", "ilgi")) == ["ilgi", "ilgi"]
    for bad in (("ilgi",), ("ilgi", " "), ("", "İlgi"), ("a", "b", "c")):
        with pytest.raises(EmptyRuleError):
            rule_terms(RuleKind.RENAME, bad)


def test_evidence_is_one_word_or_phrase() -> None:
    assert evidence_term("  güler\nyüz ") == "güler yüz"
    assert has_term("ı")
    assert not has_term(" \t")
    with pytest.raises(EmptyRuleError):
        evidence_term("  ")
