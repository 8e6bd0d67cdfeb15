"""Dot voting from phones over real HTTP on 127.0.0.1 and the real services (SQLite and
PostgreSQL): the ballot form, dots counted once and only by the round's rules, the
thank-you only after the commit, and nothing that links a phone to its dots."""

from __future__ import annotations

import re
import threading

import pytest
from test_survey_server import HOSTILE, Phone

from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import Language, ValueCard, VotingRound
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.domain.value_commands import (
    AddValueCard,
    MergeValueCard,
    MoveValueCard,
    SetCardCluster,
)
from philosophy_studio.domain.voting_commands import AddVotingRound, SetRoundOpen
from philosophy_studio.persistence.database import Store
from philosophy_studio.persistence.tables import BallotRow
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.phone_survey import start_phone_form
from philosophy_studio.services.workshop_service import WorkshopService
from philosophy_studio.survey_server.ballots import VOTE_PREFIX

ROUND = re.compile(r'name="round" value="(\d+)"')


@pytest.fixture
def service(workshop_location: str):
    created = WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH))
    yield created
    created.close()


@pytest.fixture
def round_id(service) -> int:
    outcome = service.execute(AddVotingRound(VotingRound(id=0, dots_per_person=3, max_per_card=2)))
    return outcome.inverse.round_id


@pytest.fixture
def counted() -> list[int]:
    return []


@pytest.fixture
def server(service, round_id, counted):
    running = start_phone_form(
        PhoneForm.VOTES, service, host="127.0.0.1", on_stored=lambda: counted.append(1)
    )
    yield running
    running.stop()


def votable(service) -> list[ValueCard]:
    return [card for card in service.load().value_cards if card.merged_into is None]


def tallies(service, round_id: int) -> tuple[dict[int, int], int]:
    found = next(r for r in service.load().voting_rounds if r.id == round_id)
    return found.tallies, found.voters


def ballot(phone: Phone) -> tuple[str, str]:
    form = phone.get(phone.server.app.answer_path)
    assert form.status == 200, form.body
    return form.nonce, ROUND.search(form.body).group(1)


def test_a_ballot_from_a_phone_is_counted_before_the_thanks(server, service, round_id, counted) -> None:
    phone = Phone(server)
    assert server.app.answer_path.startswith(VOTE_PREFIX)
    form = phone.get(server.app.answer_path)
    assert '<html lang="tr">' in form.body and "3 noktanız var" in form.body
    cards = votable(service)
    for card in cards:
        assert f'name="c{card.id}"' in form.body
    merged = next(card for card in service.load().value_cards if card.merged_into is not None)
    assert f'name="c{merged.id}"' not in form.body  # a merged card is voted for through its host
    first, second = cards[0].id, cards[1].id
    nonce, round_field = ballot(phone)
    reply = phone.post(
        server.app.answer_path, {"nonce": nonce, "round": round_field, f"c{first}": "2", f"c{second}": "1"}
    )
    assert reply.status == 200 and "Noktalarınız sayıldı" in reply.body
    # A separate engine sees the dots at once: they were committed before the reply.
    other = Store(service.store.url)
    try:
        with other.read() as session:
            assert [row.token for row in session.query(BallotRow)] == [nonce]
    finally:
        other.dispose()
    assert tallies(service, round_id) == ({first: 2, second: 1}, 1)
    assert counted == [1]
    # The same form again counts nothing.
    again = phone.post(server.app.answer_path, {"nonce": nonce, "round": round_field, f"c{first}": "2"})
    assert again.status == 409
    assert tallies(service, round_id) == ({first: 2, second: 1}, 1)


@pytest.mark.parametrize(
    "case",
    [
        ({}, 422, "en az bir nokta"),
        ({0: "2", 1: "2"}, 422, "sahip olduğunuzdan fazla"),
        ({0: "3"}, 400, "reddedildi"),
        ({0: "-1"}, 400, "reddedildi"),
        ({0: "١"}, 400, "reddedildi"),  # an Arabic-Indic one is a digit, but not ours
    ],
)
def test_a_ballot_that_breaks_the_rules_counts_nothing(server, service, round_id, case) -> None:
    choices, status, fragment = case
    phone = Phone(server)
    cards = votable(service)
    nonce, round_field = ballot(phone)
    fields = {"nonce": nonce, "round": round_field}
    fields.update({f"c{cards[index].id}": value for index, value in choices.items()})
    reply = phone.post(server.app.answer_path, fields)
    assert reply.status == status, reply.body
    assert fragment in reply.body
    assert tallies(service, round_id) == ({}, 0)
    if status == 422:
        # The form comes back with the same nonce and what was chosen, to fix and send.
        assert reply.nonce == nonce
        if choices:
            assert f'name="c{cards[0].id}" value="2" checked' in reply.body
        fields = {"nonce": nonce, "round": round_field, f"c{cards[0].id}": "1"}
        assert phone.post(server.app.answer_path, fields).status == 200
        assert tallies(service, round_id) == ({cards[0].id: 1}, 1)


def test_a_ballot_of_an_earlier_round_or_a_closed_round_is_not_counted(server, service, round_id) -> None:
    phone = Phone(server)
    card = votable(service)[0]
    nonce, round_field = ballot(phone)
    service.execute(SetRoundOpen(round_id, False))
    assert phone.get(server.app.answer_path).status == 403
    closed = phone.post(server.app.answer_path, {"nonce": nonce, "round": round_field, f"c{card.id}": "1"})
    assert closed.status == 403 and "Oylama kapalı" in closed.body
    newer = service.execute(AddVotingRound(VotingRound(id=0))).inverse.round_id
    stale = phone.post(server.app.answer_path, {"nonce": nonce, "round": round_field, f"c{card.id}": "1"})
    assert stale.status == 409 and "Yeni bir tur başladı" in stale.body
    assert tallies(service, round_id) == ({}, 0) and tallies(service, newer) == ({}, 0)


def test_card_texts_are_escaped_and_a_card_merged_meanwhile_is_refused(server, service, round_id) -> None:
    added = service.execute(AddValueCard(ValueCard(id=0, name=HOSTILE[:200], description=HOSTILE), 0))
    hostile_id = added.inverse.card_id
    phone = Phone(server)
    form = phone.get(server.app.answer_path)
    assert "<script>" not in form.body and "&lt;script&gt;" in form.body
    nonce, round_field = ballot(phone)
    host = votable(service)[1].id
    service.execute(MergeValueCard(hostile_id, host))
    reply = phone.post(server.app.answer_path, {"nonce": nonce, "round": round_field, f"c{hostile_id}": "1"})
    # The card is no longer on the ballot: its field is ignored, so nothing was placed.
    assert reply.status == 422
    assert tallies(service, round_id) == ({}, 0)


def shown_in_order(body: str) -> list[str]:
    """The group headings (as "# name") and card names of a ballot, top to bottom."""
    found = re.findall(r"<h2[^>]*>([^<]*)</h2>|<legend>([^<]*)</legend>", body)
    return [f"# {heading}" if heading else card for heading, card in found]


def test_the_ballot_shows_the_cards_in_the_boards_groups_and_order(server, service) -> None:
    # The demo board interleaves its groups: Şeffaflık sits after the others but
    # belongs to the first group, Kolay Erişim is in no group.
    assert shown_in_order(Phone(server).get(server.app.answer_path).body) == [
        "# Güven ve dürüstlük",
        "Güven",
        "Şeffaflık",
        "# Sıcak iletişim",
        "Samimiyet",
        "Empati",
        "Sabır",
        "Saygı",
        "# Hız ve takip",
        "Zamanında Dönüş",
        "Hızlı Yanıt",
        "Proaktif Bilgilendirme",
        "# Kalıcı çözüm",
        "İlk Seferde Çözüm",
        "Sahiplenme",
        "Teknik Yetkinlik",
        "# Henüz kümelenmemiş",
        "Kolay Erişim",
    ]
    # Moving a card on the board moves it on the next ballot: first among the cards, it
    # brings its group to the top; a card taken out of its group joins the ungrouped,
    # last, under the workshop's language.
    by_name = {card.name: card.id for card in votable(service)}
    service.execute(MoveValueCard(by_name["Hızlı Yanıt"], 0))
    service.execute(MoveValueCard(by_name["Saygı"], 0, cluster=""))
    service.execute(SetWorkshopField(WorkshopField.LANGUAGE, "en"))
    order = shown_in_order(Phone(server).get(server.app.answer_path).body)
    assert order[:4] == ["# Hız ve takip", "Hızlı Yanıt", "Zamanında Dönüş", "Proaktif Bilgilendirme"]
    assert order[-3:] == ["# Not grouped yet", "Saygı", "Kolay Erişim"]
    # With no group on the board, the cards stand in its order with no heading at all.
    for card in votable(service):
        if card.cluster:
            service.execute(SetCardCluster(card.id, ""))
    order = shown_in_order(Phone(server).get(server.app.answer_path).body)
    assert order[:3] == ["Saygı", "Hızlı Yanıt", "Güven"] and not [name for name in order if name[0] == "#"]


def test_a_number_no_form_offers_is_refused_clearly(server, service, round_id) -> None:
    phone = Phone(server)
    card = votable(service)[0].id
    for absurd in ("9" * 5_000, "0" * 4_999 + "1", "-1", "１"):
        nonce, round_field = ballot(phone)
        reply = phone.post(server.app.answer_path, {"nonce": nonce, "round": round_field, f"c{card}": absurd})
        assert reply.status in (400, 422), absurd
    assert tallies(service, round_id) == ({}, 0)


def test_the_join_code_leads_to_the_ballot_and_the_answer_form_is_not_there(server) -> None:
    phone = Phone(server)
    join = phone.get("/")
    reply = phone.post("/join", {"nonce": join.nonce, "code": server.join_code})
    assert reply.status == 303 and reply.headers["location"] == server.app.answer_path
    token = server.app.token
    assert phone.get(f"/a/{token}").status == 404


def test_forty_phones_voting_at_once_are_each_counted_once(server, service, round_id) -> None:
    cards = votable(service)
    barrier = threading.Barrier(40)
    statuses: list[int] = []
    lock = threading.Lock()

    def vote(index: int) -> None:
        phone = Phone(server, timeout=60)
        nonce, round_field = ballot(phone)
        card = cards[index % len(cards)].id
        barrier.wait()
        reply = phone.post(server.app.answer_path, {"nonce": nonce, "round": round_field, f"c{card}": "1"})
        with lock:
            statuses.append(reply.status)

    threads = [threading.Thread(target=vote, args=(i,)) for i in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert statuses == [200] * 40
    dots, voters = tallies(service, round_id)
    assert voters == 40 and sum(dots.values()) == 40
    expected = {}
    for index in range(40):
        expected[cards[index % len(cards)].id] = expected.get(cards[index % len(cards)].id, 0) + 1
    assert dots == expected


def test_the_sink_applies_the_rounds_rules_again_when_counting(service, round_id) -> None:
    from philosophy_studio.services.phone_survey import WorkshopBallotSink
    from philosophy_studio.services.voting import TooManyDotsError

    sink = WorkshopBallotSink(service)
    shown = sink.ballot()
    assert shown is not None and shown.round_id == round_id
    card = shown.cards[0].id
    with pytest.raises(TooManyDotsError):
        sink.submit(round_id, {card: 3}, "token-a")
    assert tallies(service, round_id) == ({}, 0)


# SQLite serialises writers, so the close cannot interleave with a ballot there.
@pytest.mark.parametrize("workshop_location", ["postgresql"], indirect=True)
def test_closing_the_round_while_a_phone_ballot_lands_is_retried_not_lost(service, round_id) -> None:
    """On a server with concurrent writers, a ballot committed between the close's read
    and its write makes the round's version stale: the close runs again and both stay."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from philosophy_studio.services.voting import cast_ballot

    other = WorkshopService.open(
        service.store.url.render_as_string(hide_password=False), workshop_id=service.workshop_id
    )
    card = votable(service)[0].id
    landed = []

    def ballot_lands(session: Session, _context: object, _instances: object) -> None:
        if not landed and session.bind is service.store.engine:
            landed.append(cast_ballot(other, round_id, {card: 1}, "phone-1")[0])

    event.listen(Session, "before_flush", ballot_lands)
    try:
        service.execute(SetRoundOpen(round_id, False))
    finally:
        event.remove(Session, "before_flush", ballot_lands)
        other.close()
    assert landed == [True]
    found = next(r for r in service.load().voting_rounds if r.id == round_id)
    assert (found.status.value, found.tallies, found.voters) == ("closed", {card: 1}, 1)
