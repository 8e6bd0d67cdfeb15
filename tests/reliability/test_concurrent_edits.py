"""200 survey answers arriving at the same moment while two facilitators keep editing,
on SQLite and PostgreSQL, through the paths the app uses: the phone server's sink
(``WorkshopSurveySink``: the page's reads, then ``submit``, one thread per phone) and
``WorkshopService.execute`` (a window's storage thread). One facilitator works in the
window that serves the phones (the same service); the other in a second window on the
team server, or another program on the same file (a second service).

Nothing may be refused as "database is locked" (or anything else), no answer lost or
stored twice (every tenth phone posts its form twice), and every edit the service
acknowledged must be stored: each edit expects the value the previous one stored, so
an edit lost in between would be refused as a conflict, and a third connection reads
each one back as soon as it is acknowledged.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable

import pytest

from philosophy_studio.domain.commands import SetVisionText, SetWorkshopField, WorkshopField
from philosophy_studio.domain.model import AnswerSource, Language, ValueCard, Workshop, WorkshopInfo
from philosophy_studio.domain.value_commands import AddValueCard, UpdateValueCard
from philosophy_studio.persistence import snapshots
from philosophy_studio.persistence.database import Store
from philosophy_studio.services.phone_survey import WorkshopSurveySink
from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

PHONES = 200
RETRY_EVERY = 10
# Each facilitator makes at least this many edits, and goes on until every phone is done.
MIN_EDITS = 30


@pytest.fixture
def service(workshop_location: str):
    info = WorkshopInfo(team_name="Eşzamanlı", language=Language.TURKISH)
    created = WorkshopService.create(workshop_location, new_workshop(info))
    created.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    for position, name in enumerate(("Sabır", "Dürüstlük")):
        created.execute(AddValueCard(ValueCard(id=0, name=name, description="Dinleriz."), position))
    yield created
    created.close()


def test_answers_and_edits_at_the_same_moment_lose_nothing(service, workshop_location, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    other_window = WorkshopService.open(workshop_location, workshop_id=service.workshop_id)
    observer = Store(service.store.url)
    sink = WorkshopSurveySink(service)
    workshop = service.load()
    first_card, second_card = workshop.value_cards
    draft = workshop.chosen_vision
    assert draft is not None

    start = threading.Barrier(PHONES + 2)
    phones_done = threading.Event()
    failures: list[BaseException] = []
    submitted: dict[int, str] = {}
    # (what was edited, the value acknowledged), per facilitator, in order.
    acknowledged: dict[str, list[tuple[str, str]]] = {"here": [], "there": []}
    overlapping = {"here": 0, "there": 0}

    def phone(number: int) -> None:
        text = f"Yanıt {number}: sabır & <hız> İı"
        token = uuid.uuid4().hex
        try:
            start.wait(timeout=60)
            # What the answer page reads before it offers the form and stores the answer.
            assert sink.is_open() and sink.question() and sink.language() is Language.TURKISH
            sink.submit(text, token)
            submitted[number] = text
            if number % RETRY_EVERY == 0:
                sink.submit(text, token)  # the same form posted again: stored once
        except BaseException as error:  # noqa: BLE001 - reported by the assertions
            failures.append(error)

    def stored(what: str) -> str:
        with observer.read() as session:
            now = snapshots.load_workshop(session, service.workshop_id, with_answers=False)
        return read(now, what)

    def read(now: Workshop, what: str) -> str:
        if what == "organisation":
            return now.info.organisation
        if what == "vision":
            return now.chosen_vision.text  # type: ignore[union-attr]
        return next(card.name for card in now.value_cards if card.id == int(what))

    def facilitator(
        who: str, window: WorkshopService, edits: tuple[Callable[[int, str], object], ...]
    ) -> None:
        seen = {
            "vision": draft.text,
            "organisation": workshop.info.organisation,
            str(first_card.id): first_card.name,
            str(second_card.id): second_card.name,
        }
        try:
            start.wait(timeout=60)
            number = 0
            while number < MIN_EDITS or not phones_done.is_set():
                during = not phones_done.is_set()
                what, command = edits[number % len(edits)](number, seen)  # type: ignore[misc]
                window.execute(command)
                value = read_value(command)
                seen[what] = value
                # Acknowledged: from now on every connection must see it.
                acknowledged[who].append((what, value))
                if stored(what) != value:
                    failures.append(AssertionError(f"{who}: edit {number} acknowledged but not stored"))
                overlapping[who] += during
                number += 1
        except BaseException as error:  # noqa: BLE001 - reported by the assertions
            failures.append(error)

    def read_value(command: object) -> str:
        if isinstance(command, UpdateValueCard):
            return command.name
        if isinstance(command, SetVisionText):
            return command.text
        assert isinstance(command, SetWorkshopField)
        return str(command.value)

    def rename(card: ValueCard) -> Callable[[int, dict[str, str]], tuple[str, object]]:
        def edit(number: int, seen: dict[str, str]) -> tuple[str, object]:
            key = str(card.id)
            expected = (seen[key], card.description)
            return key, UpdateValueCard(card.id, f"{card.name} {number}", card.description, expected=expected)

        return edit

    def write_vision(number: int, seen: dict[str, str]) -> tuple[str, object]:
        return "vision", SetVisionText(
            draft.id, f"Müşteriyi dinleriz, sürüm {number}.", expected=seen["vision"]
        )

    def name_organisation(number: int, seen: dict[str, str]) -> tuple[str, object]:
        value = f"Kuruluş {number}"
        expected = seen["organisation"]
        return "organisation", SetWorkshopField(WorkshopField.ORGANISATION, value, expected=expected)

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(PHONES)]
    editors = [
        threading.Thread(target=facilitator, args=("here", service, (rename(first_card), write_vision))),
        threading.Thread(
            target=facilitator, args=("there", other_window, (rename(second_card), name_organisation))
        ),
    ]
    began = time.perf_counter()
    try:
        for thread in (*editors, *threads):
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        phones_done.set()
        for thread in editors:
            thread.join(timeout=300)
    finally:
        phones_done.set()
        observer.dispose()
        other_window.close()
    elapsed = time.perf_counter() - began

    messages = [str(error) for error in failures] + [record.getMessage() for record in caplog.records]
    assert not [m for m in messages if "locked" in m.lower() or "busy" in m.lower()]
    assert failures == []
    assert len(submitted) == PHONES
    answers = service.load().answers
    texts = [answer.text for answer in answers]
    assert len(answers) == PHONES and len(set(texts)) == PHONES
    assert sorted(texts) == sorted(submitted.values())
    assert len({answer.id for answer in answers}) == PHONES
    assert {answer.source for answer in answers} == {AnswerSource.LAN}
    # Both went on editing while the answers arrived; the last edit of each is stored.
    final = service.load()
    for who, edits in acknowledged.items():
        assert len(edits) >= MIN_EDITS and overlapping[who] > 0, who
        for what, value in dict(edits).items():
            assert read(final, what) == value
    total = sum(len(edits) for edits in acknowledged.values())
    print(
        f"\n{PHONES} answers and {total} edits ({sum(overlapping.values())} while answers "
        f"arrived: {overlapping}) in {elapsed:.2f} s"
    )
