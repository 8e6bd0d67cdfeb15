from philosophy_studio.domain.model import Language, SharingChannel
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.share_page import SharePage


def open_page(make_window, qtbot):
    window = make_window()
    window.open_demo(Language.TURKISH)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10_000)
    window.workshop_view.navigator.select_step(Step.SHARE)
    page = window.workshop_view.page_for[Step.SHARE]
    assert isinstance(page, SharePage)
    return window, page


def test_commitments_per_chosen_value(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    chosen = window.session.workshop.chosen_values
    assert list(page._commitments) == [card.id for card in chosen]
    editor = page._commitments[chosen[0].id]
    assert editor.toPlainText() == chosen[0].leader_commitment
    editor.setPlainText("Liderler her pazartesi rakamları açıkça paylaşır.")
    page.commit_pending()
    qtbot.waitUntil(
        lambda: (
            window.session.workshop.chosen_values[0].leader_commitment
            == "Liderler her pazartesi rakamları açıkça paylaşır."
        )
    )
    window.actions.undo.trigger()
    qtbot.waitUntil(
        lambda: window.session.workshop.chosen_values[0].leader_commitment == chosen[0].leader_commitment
    )


def test_the_sharing_plan_is_edited_in_its_table(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    count = page.plan.rowCount()
    assert count == len(window.session.workshop.sharing_plan)
    word_of_mouth = next(a for a in page.channel_menu.actions() if a.text() == "Word of mouth")
    word_of_mouth.trigger()
    qtbot.waitUntil(lambda: page.plan.rowCount() == count + 1)
    page.plan.item(count, 2).setText("Müşteri ilişkileri ekibi")
    qtbot.waitUntil(lambda: window.session.workshop.sharing_plan[-1].who == "Müşteri ilişkileri ekibi")
    combo = page.plan.cellWidget(count, 0)
    combo.setCurrentIndex(combo.findData(SharingChannel.ADVERTISING.value))
    qtbot.waitUntil(lambda: window.session.workshop.sharing_plan[-1].channel is SharingChannel.ADVERTISING)
    page.plan.setCurrentCell(count, 1)
    page.remove_item.click()
    qtbot.waitUntil(lambda: page.plan.rowCount() == count)
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: page.plan.rowCount() == count + 1)
    assert window.session.workshop.sharing_plan[-1].who == "Müşteri ilişkileri ekibi"
