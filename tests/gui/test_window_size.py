"""The window never grows by itself: a row of chips (the chosen values and the survey
words on the Vision step) wraps instead of asking for the width of all its chips, which
made a 1200-pixel window 1265 pixels wide in English."""

from __future__ import annotations

from philosophy_studio.gui.steps.vision.chip_row import ChipRow


def test_a_row_of_chips_wraps_rather_than_widen_the_window(qtbot) -> None:
    row = ChipRow()
    qtbot.addWidget(row)
    row.label.setText("Insert a chosen value:")
    words = ["Patient Listening", "Straight Talk", "Extra Mile", "Ownership", "Kindness", "Reliability"]
    row.show_words(words, lambda word: f"Insert {word}")
    chips = row.chips()
    assert [chip.text() for chip in chips] == words
    widest = max(widget.sizeHint().width() for widget in (row.label, *chips))
    all_in_one_line = sum(widget.sizeHint().width() for widget in (row.label, *chips))
    assert row.minimumSizeHint().width() <= widest < all_in_one_line
    # Narrower, it takes more lines rather than more width.
    assert row.layout().heightForWidth(widest) > row.layout().heightForWidth(all_in_one_line + 60)
    row.resize(widest, row.layout().heightForWidth(widest))
    row.show()
    qtbot.waitExposed(row)
    for chip in chips:
        assert row.rect().contains(chip.geometry())
