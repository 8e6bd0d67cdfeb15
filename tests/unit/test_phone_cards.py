"""Value cards from phones over real HTTP on 127.0.0.1 and the real services (SQLite and
PostgreSQL): the brainstorm form, each card on the board once and only after the
commit, hostile text kept as text, a cap per phone, and nothing about who sent it."""

from __future__ import annotations

import threading

import pytest
from test_survey_server import HOSTILE, Phone

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.persistence.database import Store
from philosophy_studio.persistence.tables import ValueCardRow
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.phone_survey import start_phone_form
from philosophy_studio.services.workshop_service import WorkshopService
from philosophy_studio.survey_server.cards import CARD_PREFIX, MAX_CARDS_PER_CLIENT, MAX_NAME_LENGTH


@pytest.fixture
def service(workshop_location: str):
    created = WorkshopService.create(workshop_location, demo_workshop(Language.TURKISH))
    yield created
    created.close()


@pytest.fixture
def stored() -> list[int]:
    return []


@pytest.fixture
def server(service, stored):
    running = start_phone_form(PhoneForm.CARDS, service, host="127.0.0.1", on_stored=lambda: stored.append(1))
    yield running
    running.stop()


def names(service) -> list[str]:
    cards = sorted(service.load().value_cards, key=lambda card: card.id)
    return [card.name for card in cards]


def send(phone: Phone, name: str, meaning: str = ""):  # type: ignore[no-untyped-def]
    form = phone.get(phone.server.app.answer_path)
    assert form.status == 200, form.body
    return phone.post(phone.server.app.answer_path, {"nonce": form.nonce, "name": name, "meaning": meaning})


def test_a_card_from_a_phone_is_on_the_board_before_the_thanks(server, service, stored) -> None:
    before = names(service)
    phone = Phone(server)
    assert server.app.answer_path.startswith(CARD_PREFIX)
    form = phone.get(server.app.answer_path)
    assert '<html lang="tr">' in form.body and "Bir değer önerin" in form.body
    reply = phone.post(
        server.app.answer_path,
        {"nonce": form.nonce, "name": "  Sabır ", "meaning": "Acele ettirmeden dinleriz."},
    )
    assert reply.status == 200 and "Kartınız panoda" in reply.body
    assert "Bir değer daha önerin" in reply.body  # a link to a fresh form
    # A separate engine sees the card at once: it was committed before the reply.
    other = Store(service.store.url)
    try:
        with other.read() as session:
            added = session.query(ValueCardRow).order_by(ValueCardRow.id.desc()).first()
            assert (added.name, added.description) == ("Sabır", "Acele ettirmeden dinleriz.")
            # At the end of the board, like a card the facilitator adds.
            assert added.position == max(row.position for row in session.query(ValueCardRow))
    finally:
        other.dispose()
    assert names(service) == [*before, "Sabır"]
    assert stored == [1]
    # The same form again adds nothing.
    again = phone.post(server.app.answer_path, {"nonce": form.nonce, "name": "Sabır"})
    assert again.status == 409
    assert names(service) == [*before, "Sabır"]


def test_a_card_without_a_name_comes_back_with_what_was_typed(server, service) -> None:
    before = names(service)
    phone = Phone(server)
    form = phone.get(server.app.answer_path)
    reply = phone.post(server.app.answer_path, {"nonce": form.nonce, "name": " \t ", "meaning": "Anlamı"})
    assert reply.status == 422 and "değerin adını yazın" in reply.body
    assert reply.nonce == form.nonce and ">Anlamı</textarea>" in reply.body
    assert names(service) == before


def test_hostile_text_is_stored_and_shown_as_text_and_too_long_is_refused(server, service) -> None:
    phone = Phone(server)
    hostile_name = HOSTILE[:MAX_NAME_LENGTH]
    assert send(phone, hostile_name, "=SUM(A1) <b>x</b>").status == 200
    stored_card = service.load().value_cards[-1]
    assert stored_card.name.startswith('<script>alert("x")</script> & =SUM(A1)')
    assert stored_card.description == "=SUM(A1) <b>x</b>"
    again = phone.post(server.app.answer_path, {"nonce": phone.get(server.app.answer_path).nonce, "name": ""})
    assert "<script>" not in again.body
    before = names(service)
    assert send(phone, "x" * (MAX_NAME_LENGTH + 1)).status == 413
    assert send(phone, "ok", "y" * 5_000).status == 413
    assert names(service) == before


def test_one_phone_adds_at_most_its_share_of_cards(server, service) -> None:
    phone = Phone(server)
    before = len(names(service))
    for number in range(MAX_CARDS_PER_CLIENT):
        assert send(phone, f"Değer {number}").status == 200
    refused = send(phone, "Bir tane daha")
    assert refused.status == 422 and str(MAX_CARDS_PER_CLIENT) in refused.body
    assert len(names(service)) == before + MAX_CARDS_PER_CLIENT


def test_nothing_about_the_sender_is_stored(server, service) -> None:
    assert send(Phone(server), "Güler yüz").status == 200
    workshop = service.load()
    card = workshop.value_cards[-1]
    # A card is a name and a meaning: no address, device or time beside it.
    assert "127.0.0.1" not in repr(card)
    columns = {column.name for column in ValueCardRow.__table__.columns}
    assert not columns & {"created_at", "client", "address", "ip", "submitted_at", "device"}


def test_the_join_code_leads_to_the_card_form_and_the_other_forms_are_not_there(server) -> None:
    phone = Phone(server)
    join = phone.get("/")
    reply = phone.post("/join", {"nonce": join.nonce, "code": server.join_code})
    assert reply.status == 303 and reply.headers["location"] == server.app.answer_path
    token = server.app.token
    assert phone.get(f"/a/{token}").status == 404
    assert phone.get(f"/v/{token}").status == 404


def test_a_stopped_server_takes_no_card(server, service) -> None:
    phone = Phone(server)
    form = phone.get(server.app.answer_path)
    before = names(service)
    # What the server's stop does first; the socket then closes as well.
    server.app.stop()
    reply = phone.post(server.app.answer_path, {"nonce": form.nonce, "name": "Geç kalan"})
    assert reply.status == 410
    assert names(service) == before


def test_thirty_phones_adding_at_once_each_land_once(server, service) -> None:
    before = len(names(service))
    barrier = threading.Barrier(30)
    statuses: list[int] = []
    lock = threading.Lock()

    def add(index: int) -> None:
        # Each phone from its own address, as on the room's Wi-Fi.
        phone = Phone(server, timeout=60, source=f"127.0.0.{index + 2}")
        form = phone.get(server.app.answer_path)
        barrier.wait()
        reply = phone.post(server.app.answer_path, {"nonce": form.nonce, "name": f"Fikir {index}"})
        with lock:
            statuses.append(reply.status)

    threads = [threading.Thread(target=add, args=(i,)) for i in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert statuses == [200] * 30
    added = names(service)[before:]
    assert sorted(added) == sorted(f"Fikir {index}" for index in range(30))
