"""Two app windows on one workshop of a real PostgreSQL server: each sees the other's
edits within a few seconds, and the password never reaches the settings file."""

import pytest

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.dialogs.team_database_dialog import TeamDatabaseDialog
from philosophy_studio.gui.models import workshop_session
from philosophy_studio.gui.phones.join_card import JoinCard
from philosophy_studio.services.interchange import demo_workshop
from philosophy_studio.services.workshop_service import WorkshopService
from philosophy_studio.settings import settings_path


@pytest.fixture
def server_workshop(postgres_admin_url: str):
    from postgres_server import ADMIN_PASSWORD, create_database, drop_database

    url = create_database(postgres_admin_url)
    service = WorkshopService.create(url, demo_workshop(Language.ENGLISH))
    address, workshop_id = service.location, service.workshop_id
    service.close()
    yield address, ADMIN_PASSWORD, workshop_id
    drop_database(postgres_admin_url, url)


def test_two_facilitators_see_each_others_edits(make_window, qtbot, monkeypatch, server_workshop) -> None:
    monkeypatch.setattr(workshop_session, "POLL_INTERVAL_MS", 200)
    address, password, _workshop_id = server_workshop
    first, second = make_window(), make_window()
    for window in (first, second):
        window.open_location(address, password)
        qtbot.waitUntil(lambda window=window: window.session.is_open)
        window.workshop_view.navigator.select_step(Step.VISION)
    assert first.session.path is None and not first.actions.backups.isEnabled()

    editor = first.workshop_view.page_for[Step.VISION].editor
    editor.setPlainText("Written by the first facilitator.")
    first.workshop_view.page_for[Step.VISION].commit_pending()
    other = second.workshop_view.page_for[Step.VISION].editor
    qtbot.waitUntil(lambda: other.toPlainText() == "Written by the first facilitator.")

    first.close()
    assert password not in settings_path().read_text(encoding="utf-8")
    assert address in settings_path().read_text(encoding="utf-8")


def test_a_colleagues_change_is_shown_with_ones_own_edit_or_after_it(
    make_window, qtbot, monkeypatch, server_workshop
) -> None:
    from philosophy_studio.domain.changes import Aspect
    from philosophy_studio.domain.commands import SetVisionText
    from philosophy_studio.domain.persona_commands import PersonaField, SetPersonaField

    monkeypatch.setattr(workshop_session, "POLL_INTERVAL_MS", 60_000)
    address, password, _workshop_id = server_workshop
    window = make_window()
    window.open_location(address, password)
    qtbot.waitUntil(lambda: window.session.is_open)
    session = window.session
    persona = session.workshop.personas[0]

    def colleague_renames(name: str) -> None:
        with WorkshopService.open(address, password=password) as colleague:
            colleague.execute(SetPersonaField(persona.id, PersonaField.NAME, name))

    # Stored by a colleague before this window's own edit, which reads it too.
    colleague_renames("Renamed by a colleague")
    with qtbot.waitSignal(session.changed, timeout=10_000) as told:
        session.execute(SetVisionText(session.workshop.chosen_vision.id, "Ours."))
    assert told.args[1].touches(Aspect.VISION) and told.args[1].touches(Aspect.PERSONAS)
    assert session.workshop.personas[0].name == "Renamed by a colleague"

    # A poll that lands while an edit of ours is on its way waits for it; when that edit
    # does not come back, the next poll shows what the first one found.
    colleague_renames("Renamed again")
    session._check_for_others()
    session._set_pending(+1)
    qtbot.waitUntil(lambda: not session._polling)
    assert session.workshop.personas[0].name == "Renamed by a colleague"
    session._set_pending(-1)
    with qtbot.waitSignal(session.changed, timeout=10_000) as told:
        session._check_for_others()
    assert told.args[1].touches(Aspect.PERSONAS)
    assert session.workshop.personas[0].name == "Renamed again"


def test_the_connect_dialog_lists_the_workshops(make_window, qtbot, server_workshop) -> None:
    address, password, workshop_id = server_workshop
    window = make_window()
    dialog = TeamDatabaseDialog(window.runner, address.split("#")[0], window)
    qtbot.addWidget(dialog)
    dialog.password_field.setText("wrong")
    dialog.list_workshops()
    qtbot.waitUntil(lambda: "refused the user name or password" in dialog.status.text())
    dialog.password_field.setText(password)
    dialog.list_workshops()
    qtbot.waitUntil(lambda: dialog.workshops.count() == 1)
    assert dialog.workshops.item(0).text().startswith("Larkspur Rider Care")
    dialog.open_button.click()
    assert dialog.address == address and dialog.password == password
    assert str(workshop_id) in dialog.address


def test_a_new_workshop_can_be_created_on_a_server(make_window, qtbot, postgres_admin_url: str) -> None:
    from postgres_server import create_database, drop_database

    url = create_database(postgres_admin_url)
    try:
        window = make_window()
        page = window.start_page
        page.team_name.setText("Sunucudaki Ekip")
        page.location.setText(url)
        page._on_location_edited(url)
        page.create_button.click()
        qtbot.waitUntil(lambda: window.session.is_open)
        assert window.session.path is None
        assert "#workshop=" in window.session.location and "throwaway-secret" not in window.session.location
    finally:
        window.close()
        drop_database(postgres_admin_url, url)


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_simultaneous_edits_are_never_silently_overwritten(
    make_window, qtbot, monkeypatch, server_workshop, choice: str
) -> None:
    # Slow polling: the second window must not have seen the first one's save yet.
    monkeypatch.setattr(workshop_session, "POLL_INTERVAL_MS", 60_000)
    address, password, _workshop_id = server_workshop
    first, second = make_window(), make_window()
    for window in (first, second):
        window.open_location(address, password)
        qtbot.waitUntil(lambda window=window: window.session.is_open)
        window.workshop_view.navigator.select_step(Step.VISION)
    first_page = first.workshop_view.page_for[Step.VISION]
    second_page = second.workshop_view.page_for[Step.VISION]

    first_page.editor.setPlainText("Version A, saved first.")
    first_page.commit_pending()
    qtbot.waitUntil(lambda: not first.runner.busy)
    second_page.editor.setPlainText("Version B, typed meanwhile.")
    second_page.commit_pending()
    qtbot.waitUntil(lambda: second_page.conflict is not None and second_page.conflict.isVisible())
    dialog = second_page.conflict
    assert dialog.theirs.toPlainText() == "Version A, saved first."
    assert dialog.mine.toPlainText() == "Version B, typed meanwhile."

    def stored() -> str:
        service = WorkshopService.open(address, password=password)
        try:
            return service.load().chosen_vision.text
        finally:
            service.close()

    assert stored() == "Version A, saved first."
    if choice == "mine":
        dialog.keep_mine.click()
        qtbot.waitUntil(lambda: stored() == "Version B, typed meanwhile.")
        assert second_page.editor.toPlainText() == "Version B, typed meanwhile."
    else:
        dialog.take_theirs.click()
        assert second_page.editor.toPlainText() == "Version A, saved first."
        qtbot.waitUntil(lambda: not second.runner.busy)
        assert stored() == "Version A, saved first."


def test_answers_through_a_survey_service_show_in_the_app_as_they_arrive(
    make_window, qtbot, monkeypatch, server_workshop, tmp_path
) -> None:
    """The survey served for days by `serve-survey` on the team database, the
    facilitator's app open elsewhere on it: the Survey step counts the answers as they
    are stored, with no phone server of its own."""
    from phone_crowd import ServiceProcess, answer_like_a_person, free_port

    from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField

    monkeypatch.setattr(workshop_session, "POLL_INTERVAL_MS", 200)
    address, password, workshop_id = server_workshop
    window = make_window()
    window.open_location(address, password)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.SURVEY)
    before = len(window.session.workshop.answers)
    count = window.workshop_view.page_for[Step.SURVEY].answers.count
    window.session.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
    qtbot.waitUntil(lambda: window.session.workshop.survey.is_open)

    port = free_port()
    from sqlalchemy.engine import make_url

    # The app's location names the workshop after '#'; the service is given it apart.
    server = address.split("#", 1)[0]
    database = make_url(server).set(password=password).render_as_string(hide_password=False)
    service = ServiceProcess(
        database, workshop_id, port, f"http://127.0.0.1:{port}", tmp_path / "service.log"
    )
    try:
        link, _join = service.wait_started()
        path = link.removeprefix(f"http://127.0.0.1:{port}")
        for number in range(3):
            outcome = answer_like_a_person(port, path, f"Answer from the night shift {number}")
            assert outcome.status == 200
        qtbot.waitUntil(lambda: len(window.session.workshop.answers) == before + 3)
        qtbot.waitUntil(lambda: count.text().startswith(f"{before + 3} answers so far"))
        # No phone server in the app: the count comes from the database.
        page = window.workshop_view.page_for[Step.SURVEY]
        assert not page.phones.is_running
        # Nor its link: the service's, kept in the database, with its QR code to show.
        row = page.service_link
        qtbot.waitUntil(lambda: row.isVisibleTo(page))
        assert link in row.note.text()
        row.show_card.click()
        card = row.card.findChild(JoinCard)
        assert card.qr.accessibleDescription() == link
        assert card.code.text().replace(" ", "").isdigit()
        row.card.close()
    finally:
        service.stop()
