from pathlib import Path

from PySide6.QtCore import Qt

from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import STEP_ORDER, Step
from philosophy_studio.services.workshop_service import WorkshopService
from philosophy_studio.settings import load_settings


def test_creating_a_workshop_from_the_start_page(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    page = window.start_page
    assert not page.create_button.isEnabled()
    page.team_name.setText("Çağrı Merkezi İzmir")
    page.organisation.setText("Körfez A.Ş.")
    page.facilitator.setText("Elif")
    page.language.setCurrentIndex(page.language.findData(Language.TURKISH))
    target = tmp_path / "izmir.pstudio"
    page.location.setText(str(target))
    page._on_location_edited(str(target))
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.is_open)
    assert window.stack.currentWidget() is window.workshop_view
    assert window.windowTitle().startswith("Çağrı Merkezi İzmir")
    assert window.workshop_view.team.text() == "Çağrı Merkezi İzmir"
    assert load_settings().recent_files == [str(target)]
    window.close()
    stored = WorkshopService.open(target)
    workshop = stored.load()
    stored.close()
    assert workshop.info.organisation == "Körfez A.Ş."
    assert workshop.info.facilitator == "Elif"
    assert workshop.info.language is Language.TURKISH


def test_the_suggested_location_follows_the_team_name(make_window) -> None:
    page = make_window().start_page
    page.team_name.setText('Destek: "Ankara" / Gece')
    assert Path(page.location.text()).name == "Destek Ankara Gece.pstudio"
    page.location.setText("/somewhere/else.pstudio")
    page._on_location_edited("/somewhere/else.pstudio")
    page.team_name.setText("Another")
    assert page.location.text() == "/somewhere/else.pstudio"


def create_over_an_existing_file(make_window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window whose Start page was asked to create a workshop where a file already is."""
    target = tmp_path / "taken.pstudio"
    target.write_text("precious")
    window = make_window()
    page = window.start_page
    page.team_name.setText("Team")
    page.location.setText(str(target))
    page._on_location_edited(str(target))
    page.create_button.click()
    qtbot.waitUntil(window.message_bar.isVisible)
    return window, target


def test_an_existing_file_is_not_overwritten(make_window, qtbot, tmp_path: Path) -> None:
    window, target = create_over_an_existing_file(make_window, qtbot, tmp_path)
    assert "already exists" in window.message_bar.message.text()
    assert target.read_text() == "precious"
    assert not window.session.is_open


def test_demo_and_recent(make_window, qtbot) -> None:
    window = make_window()
    window.start_page.demo_buttons[Language.ENGLISH].click()
    qtbot.waitUntil(lambda: window.session.is_open)
    demo_location = window.session.location
    navigator = window.workshop_view.navigator
    assert all(
        navigator.item_for(step).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "complete"
        for step in STEP_ORDER
        if step is not Step.CUSTOMERS
    )
    assert navigator.item_for(Step.CUSTOMERS).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "optional"
    window.actions.close_workshop.trigger()
    qtbot.waitUntil(lambda: window.runner.busy is False)
    assert window.stack.currentWidget() is window.start_page
    assert window.start_page.recent.count() == 1
    item = window.start_page.recent.item(0)
    assert window.start_page.recent_locations[0] == demo_location
    window.start_page.recent.itemActivated.emit(item)
    qtbot.waitUntil(lambda: window.session.is_open)
    assert window.session.location == demo_location
    assert navigator.current_step() is Step.PERSONAS


def test_each_demo_click_gives_a_fresh_copy(make_window, qtbot) -> None:
    window = make_window()
    locations = []
    for _ in range(2):
        window.open_demo(Language.TURKISH)
        qtbot.waitUntil(lambda: window.session.is_open and window.session.location not in locations)
        locations.append(window.session.location)
    assert locations[0] != locations[1]
    assert window.workshop_view.team.text() == "Abone Destek Ekibi"


def test_a_workshop_open_in_another_window_is_refused_clearly(make_window, qtbot) -> None:
    first = make_window()
    first.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: first.session.is_open)
    second = make_window()
    second.open_location(first.session.location)
    qtbot.waitUntil(second.message_bar.isVisible)
    assert "already open in another Philosophy Studio window" in second.message_bar.message.text()
    assert not second.session.is_open
    assert second.stack.currentWidget() is second.start_page


def test_a_broken_file_gives_a_message_not_a_crash(make_window, qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pstudio"
    broken.write_bytes(b"\x00\x01binary junk")
    window = make_window()
    window.open_location(str(broken))
    qtbot.waitUntil(window.message_bar.isVisible)
    assert "is not a Philosophy Studio workshop" in window.message_bar.message.text()
    assert "Traceback" not in window.message_bar.message.text()


def test_a_message_on_screen_follows_a_language_switch(make_window, qtbot, tmp_path: Path) -> None:
    window, target = create_over_an_existing_file(make_window, qtbot, tmp_path)
    english = window.message_bar.message.text()
    window.switch_language("tr")
    qtbot.waitUntil(lambda: window.message_bar.message.text() != english)
    turkish = window.message_bar.message.text()
    assert str(target) in turkish
    assert window.message_bar.accessibleDescription() == turkish


def test_the_start_page_continues_the_last_workshop_at_its_last_step(make_window, qtbot) -> None:
    first = make_window()
    assert not first.start_page.continue_button.isVisibleTo(first.start_page)
    first.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: first.session.is_open)
    first.workshop_view.navigator.select_step(Step.VISION)
    location = first.session.location
    first.close()

    again = make_window(load_settings())
    button = again.start_page.continue_button
    assert button.isVisibleTo(again.start_page)
    assert "Vision" in button.text()
    button.click()
    qtbot.waitUntil(lambda: again.session.is_open)
    assert again.session.location == location
    assert again.workshop_view.navigator.current_step() is Step.VISION
    # The button names the step in the interface language.
    again.switch_language("tr")
    qtbot.waitUntil(lambda: "Vizyon" in again.start_page.continue_button.text())


def test_a_step_is_remembered_only_for_recent_workshops() -> None:
    from philosophy_studio.settings import RECENT_LIMIT, Settings

    settings = Settings()
    for number in range(RECENT_LIMIT):
        settings.remember_recent(f"/w/{number}.pstudio")
        settings.last_steps[f"/w/{number}.pstudio"] = "vision"
    settings.remember_recent("/w/new.pstudio")
    assert "/w/0.pstudio" not in settings.last_steps
    settings.forget_recent("/w/5.pstudio")
    assert "/w/5.pstudio" not in settings.last_steps
    assert settings.last_steps["/w/9.pstudio"] == "vision"


def test_the_analysis_loads_while_the_start_page_is_read_not_over_an_open_workshop(
    make_window, qtbot, monkeypatch
) -> None:
    """The app calls this once its first window is painted: both languages' tables and
    the libraries load in the background, unless a workshop is open already (it loaded
    what its own language needs)."""
    from philosophy_studio.analysis import warm_up
    from philosophy_studio.domain.model import Language

    prepared: list[Language] = []
    monkeypatch.setattr(warm_up, "prepare_analysis", prepared.append)
    window = make_window(language="tr")
    window.prepare_analysis_on_start()
    qtbot.waitUntil(lambda: len(prepared) == 2 and not window.runner.busy)
    assert prepared == [Language.TURKISH, Language.ENGLISH]

    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    qtbot.waitUntil(lambda: len(prepared) == 3 and not window.runner.busy)
    window.prepare_analysis_on_start()
    qtbot.wait(100)
    assert prepared == [Language.TURKISH, Language.ENGLISH, Language.ENGLISH]
