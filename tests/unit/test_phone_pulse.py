"""A check-in's staff pulse from phones over real HTTP on 127.0.0.1 and the real
services (SQLite and PostgreSQL): the form per chosen value, the answers stored once and
only in the shape the form offers, the thank-you only after the commit, the survey's
Host, Origin and size checks, and nothing that reads answers or results back."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from test_survey_server import HOSTILE, Phone

from philosophy_studio.domain.model import MAX_ANSWER_LENGTH, Language, PulseRating
from philosophy_studio.domain.phone_forms import PhoneForm
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.phone_survey import start_phone_form
from philosophy_studio.services.workshop_service import WorkshopService
from philosophy_studio.survey_server.pulse import PULSE_PREFIX

DAY = dt.date(2026, 12, 17)


@pytest.fixture
def service(workshop_location: str):
    demo = dataclasses.replace(demo_workshop(Language.TURKISH), pulse_responses=())
    created = WorkshopService.create(workshop_location, demo)
    yield created
    created.close()


@pytest.fixture
def stored() -> list[int]:
    return []


@pytest.fixture
def server(service, stored):
    running = start_phone_form(
        PhoneForm.PULSE, service, host="127.0.0.1", on_stored=lambda: stored.append(1), day=DAY
    )
    yield running
    running.stop()


def test_a_phone_s_pulse_is_stored_before_the_thanks_and_only_once(server, service, stored) -> None:
    phone = Phone(server)
    path = server.app.answer_path
    assert path.startswith(PULSE_PREFIX)
    form = phone.get(path)
    assert form.status == 200 and '<html lang="tr">' in form.body
    assert "Bu değeri geçen ay ne kadar yaşadık?" in form.body
    assert "Liderlerimiz bu değere ne kadar örnek oluyor?" in form.body
    chosen = service.load().chosen_values
    assert all(f'name="l{card.id}"' in form.body and f'name="m{card.id}"' in form.body for card in chosen)
    first, second = chosen[0].id, chosen[1].id
    fields = {
        "nonce": form.nonce,
        f"l{first}": "4",
        f"m{second}": "2",
        f"e{first}": HOSTILE[:MAX_ANSWER_LENGTH],
    }
    reply = phone.post(path, fields)
    assert reply.status == 200 and "Yanıtlarınız kaydedildi" in reply.body
    (response,) = service.load().pulse_responses
    assert response.day == DAY
    assert response.ratings == (
        PulseRating(first, 4, None, HOSTILE[:MAX_ANSWER_LENGTH].strip()),
        PulseRating(second, None, 2, ""),
    )
    assert stored == [1]
    # The same form again (a retry, or a replay): nothing more is stored.
    again = phone.post(path, fields)
    assert again.status == 409
    assert len(service.load().pulse_responses) == 1
    # Nothing of the answers is ever served back: not the example, not a figure.
    assert "<script>" not in reply.body + again.body + phone.get(path).body


@pytest.mark.parametrize(
    ("sent", "status"),
    [
        ({"l{id}": "6"}, 400),
        ({"l{id}": "4 "}, 400),
        ({"m{id}": "0"}, 400),
        ({"l{id}": "", "m{id}": "", "e{id}": "   "}, 422),
        ({"e{id}": "x" * (MAX_ANSWER_LENGTH + 1)}, 413),
    ],
)
def test_what_the_form_does_not_offer_is_refused_and_nothing_stored(
    server, service, sent: dict[str, str], status: int
) -> None:
    phone = Phone(server)
    path = server.app.answer_path
    card = service.load().chosen_values[0].id
    fields = {name.replace("{id}", str(card)): value for name, value in sent.items()}
    reply = phone.post(path, {"nonce": phone.get(path).nonce, **fields})
    assert reply.status == status
    assert service.load().pulse_responses == ()


def test_a_foreign_host_or_origin_is_refused(server, service) -> None:
    phone = Phone(server)
    path = server.app.answer_path
    card = service.load().chosen_values[0].id
    evil_host = {"Host": f"evil.example:{server.endpoint.port}"}
    assert phone.get(path, evil_host).status == 400
    nonce = phone.get(path).nonce
    reply = phone.post(path, {"nonce": nonce, f"l{card}": "3"}, {"Origin": "http://evil.example"})
    assert reply.status == 403
    assert service.load().pulse_responses == ()


def test_a_stopped_pulse_takes_nothing(server, service) -> None:
    phone = Phone(server)
    path = server.app.answer_path
    nonce = phone.get(path).nonce
    server.stop()
    card = service.load().chosen_values[0].id
    # The link is dead: nothing listens any more, and a request that got in is refused.
    with pytest.raises(ConnectionRefusedError):
        phone.post(path, {"nonce": nonce, f"l{card}": "3"})
    assert server.app.handle({"HTTP_HOST": server.endpoint.authority, "PATH_INFO": path}).status == 410
    assert service.load().pulse_responses == ()
