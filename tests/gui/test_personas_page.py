from PySide6.QtCore import Qt

from philosophy_studio.domain.model import Approach, Channel, Language, Segment
from philosophy_studio.domain.progress import progress
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.personas.personas_page import PersonasPage


def open_page(make_window, qtbot, tmp_path=None):
    window = make_window()
    if tmp_path is None:
        window.open_demo(Language.ENGLISH)
    else:
        from philosophy_studio.domain.model import WorkshopInfo
        from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

        path = tmp_path / "p.pstudio"
        WorkshopService.create(
            path, new_workshop(WorkshopInfo(team_name="P", language=Language.TURKISH))
        ).close()
        window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.PERSONAS)
    page = window.workshop_view.page_for[Step.PERSONAS]
    assert isinstance(page, PersonasPage)
    return window, page


def test_a_new_workshop_reaches_a_complete_personas_step(make_window, qtbot, tmp_path) -> None:
    window, page = open_page(make_window, qtbot, tmp_path)
    assert page.empty.isVisible()
    page.add.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.personas) == 1)
    page.form.name.setText("Öğretmen Ayla")
    page.form.name.commit()
    page.form.customer_type.setCurrentIndex(page.form.customer_type.findData("loyal"))
    page.form.segment.setCurrentIndex(page.form.segment.findData(Segment.EDUCATION.value))
    page.form.first_response.setText("bir iş günü")
    page.form.first_response.commit()
    page.form.channels.item(2).setCheckState(Qt.CheckState.Checked)  # e-mail
    page.customer_centred.click()
    qtbot.waitUntil(lambda: progress(window.session.workshop, Step.PERSONAS).complete)
    persona = window.session.workshop.personas[0]
    assert persona.name == "Öğretmen Ayla" and persona.segment is Segment.EDUCATION
    assert persona.channels == (Channel.EMAIL,)
    assert window.session.workshop.approach is Approach.CUSTOMER_CENTRED
    # The type's words are the workshop's (Turkish), whatever the interface's language.
    assert page.form.type_explanation.text().startswith("Tekrar gelir ve sizi önerir")


def test_channels_are_reordered_and_undone(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    before = window.session.workshop.personas[0].channels
    page.form.channels.setCurrentRow(1)
    page.form.channel_up.click()
    qtbot.waitUntil(
        lambda: window.session.workshop.personas[0].channels == (before[1], before[0], *before[2:])
    )
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.personas[0].channels == before)


def test_duplicate_delete_and_undo(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page.duplicate.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.personas) == 3)
    copy = window.session.workshop.personas[2]
    assert copy.name.endswith("(copy)") and copy.channels == window.session.workshop.personas[0].channels
    page.list.setCurrentRow(2)
    page.delete.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.personas) == 2)
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: len(window.session.workshop.personas) == 3)
    assert window.session.workshop.personas[2] == copy


def test_needs_are_one_per_line(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page.form.needs.setPlainText("Quick answers\n\n  A named contact  \n")
    page.form.needs.commit()
    qtbot.waitUntil(lambda: window.session.workshop.personas[0].needs == ("Quick answers", "A named contact"))


def test_templates_follow_the_workshop_language(make_window, qtbot, tmp_path) -> None:
    window, page = open_page(make_window, qtbot, tmp_path)  # a Turkish workshop, English interface
    page._fill_templates()
    # Grouped by sector, named in the interface's language; the people in the workshop's.
    sectors = {action.text(): action.menu() for action in page.template_menu.actions()}
    assert list(sectors) == [
        "Shops and online retail",
        "Utilities and public services",
        "Business customers",
        "Healthcare",
        "Education",
    ]
    business = [action.text() for action in sectors["Business customers"].actions()]
    assert business == ["Operasyon müdürü Kemal Bey", "Satın alma sorumlusu Selin Hanım"]
    assert [action.text() for action in sectors["Utilities and public services"].actions()] == [
        "Konut abonesi Ayla Hanım",
        "Öncelikli abone Rıza Bey",
    ]
    sectors["Business customers"].actions()[0].trigger()
    qtbot.waitUntil(lambda: len(window.session.workshop.personas) == 1)
    persona = window.session.workshop.personas[0]
    assert persona.custom_hours == "Pazartesi–Cumartesi 07.00–20.00"
    assert page.form.name.text() == "Operasyon müdürü Kemal Bey"


def test_the_card_and_everything_survive_a_reopen(make_window, qtbot, tmp_path) -> None:
    window, page = open_page(make_window, qtbot, tmp_path)
    page.add.click()
    qtbot.waitUntil(lambda: len(window.session.workshop.personas) == 1)
    page.form.name.setText("Esnaf <Hasan> & oğulları")
    page.form.name.commit()
    page.form.availability.setCurrentIndex(page.form.availability.findData("business_hours"))
    page.form.channels.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: window.session.workshop.personas[0].channels == (Channel.PHONE,))
    assert "Esnaf &lt;Hasan&gt; &amp; oğulları" in page.card.text()
    assert "Business hours" in page.card.text() and "Phone" in page.card.text()
    location = window.session.location
    window.close()
    again = make_window()
    again.open_location(location)
    qtbot.waitUntil(lambda: again.session.is_open)
    again.workshop_view.navigator.select_step(Step.PERSONAS)
    reopened = again.workshop_view.page_for[Step.PERSONAS]
    assert reopened.form.name.text() == "Esnaf <Hasan> & oğulları"
    assert reopened.form.channels.item(0).checkState() == Qt.CheckState.Checked


def test_the_page_switches_language_with_the_data_kept(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    name = page.form.name.text()
    window.actions.language["tr"].trigger()
    qtbot.waitUntil(lambda: page.title.text() == "Personalar")
    # The workshop's own customer type, as the team named it: not the interface's words.
    assert page.form.customer_type.currentText() == "New customer"
    assert page.form.channels.item(0).text() == "Canlı sohbet"
    assert "Canlı sohbet → " in page.card.text()
    assert page.form.name.text() == name
    window.actions.language["en"].trigger()
    qtbot.waitUntil(lambda: page.title.text() == "Personas")
    assert page.form.customer_type.currentText() == "New customer"
