from philosophy_studio.domain.model import GuidelineQuestion, Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.guidelines_page import GuidelinesPage, is_speed_metric


def open_page(make_window, qtbot, language=Language.ENGLISH):
    window = make_window()
    window.open_demo(language)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    window.workshop_view.navigator.select_step(Step.GUIDELINES)
    page = window.workshop_view.page_for[Step.GUIDELINES]
    assert isinstance(page, GuidelinesPage)
    return window, page


def test_the_chosen_values_are_listed_with_their_progress(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    chosen = window.session.workshop.chosen_values
    assert page.values.count() == len(chosen) == 5
    assert page.values.item(0).text().startswith(chosen[0].name)
    assert page.values.item(0).text().endswith("5/5")
    assert (
        page.questions[GuidelineQuestion.MEANING].editor.toPlainText()
        == chosen[0].guidelines[GuidelineQuestion.MEANING]
    )


def test_a_value_picked_in_the_navigator_opens_its_questions(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    window.workshop_view.navigator.select_step(Step.PERSONAS)
    third = window.session.workshop.chosen_values[2]
    navigator = window.workshop_view.navigator
    row = next(r for r in range(navigator.count()) if navigator.item(r).text().strip().startswith(third.name))
    navigator.setCurrentRow(row)
    assert window.workshop_view.current_page() is page
    assert page.values.currentRow() == 2
    assert page.value_name.text() == third.name


def test_answering_is_stored_and_undoable(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(2)
    card_id = window.session.workshop.chosen_values[2].id
    editor = page.questions[GuidelineQuestion.MISREADINGS].editor
    original = editor.toPlainText()
    editor.setPlainText("Ownership is not doing everything alone.")
    page.commit_pending()

    def stored():
        card = next(c for c in window.session.workshop.value_cards if c.id == card_id)
        return card.guidelines.get(GuidelineQuestion.MISREADINGS, "")

    qtbot.waitUntil(lambda: stored() == "Ownership is not doing everything alone.")
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: stored() == original)
    assert editor.toPlainText() == original


def test_metrics_from_the_catalogue_and_the_speed_warning(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(0)
    card_id = window.session.workshop.chosen_values[0].id
    before = len(window.session.workshop.chosen_values[0].metrics)
    speed_action = next(a for a in page.metric_menu.actions() if a.text().startswith("First response time"))
    speed_action.trigger()
    qtbot.waitUntil(lambda: page.metrics.rowCount() == before + 1)
    assert page.speed_warning.isVisible()
    assert "First response time" in page.speed_warning.text()
    page.metrics.item(before, 2).setText("under 2 hours")
    qtbot.waitUntil(
        lambda: (
            next(c for c in window.session.workshop.value_cards if c.id == card_id).metrics[before].target
            == "under 2 hours"
        )
    )
    page.metrics.setCurrentCell(before, 0)
    page.remove_metric.click()
    qtbot.waitUntil(lambda: page.metrics.rowCount() == before)


def test_speed_metrics_are_recognised_in_both_languages() -> None:
    assert is_speed_metric("Average handle time")
    assert is_speed_metric("İlk yanıt süresi")
    assert not is_speed_metric("Customer satisfaction (CSAT)")
    assert not is_speed_metric("Müşteri memnuniyeti")


def test_do_and_dont_lists(make_window, qtbot) -> None:
    from philosophy_studio.domain.model import BehaviourKind

    window, page = open_page(make_window, qtbot)
    page.values.setCurrentRow(1)
    listing = page.behaviour_lists[BehaviourKind.DONT]
    count = listing.count()
    page.behaviour_add[BehaviourKind.DONT].click()
    qtbot.waitUntil(lambda: listing.count() == count + 1)
    listing.item(count).setText("Promise what we cannot keep")
    qtbot.waitUntil(
        lambda: any(
            b.text == "Promise what we cannot keep"
            for b in window.session.workshop.chosen_values[1].behaviours
        )
    )
    listing.setCurrentRow(count)
    page.behaviour_remove[BehaviourKind.DONT].click()
    qtbot.waitUntil(lambda: listing.count() == count)
