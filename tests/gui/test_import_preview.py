"""The import preview gives the chosen answers column the room it needs: most of the
width wherever the column stands, and rows as tall as its answers."""

from test_survey_page import import_dialog, open_page

LONG = (
    "Müşterinin sorununu ilk aramada çözen, ne zaman geri döneceğini söyleyip o saatte gerçekten "
    "arayan, abonenin zamanına saygı gösteren bir ekip olduğumuzu düşünmelerini isterim."
)


def test_the_answers_column_gets_the_width_and_its_rows_the_height(make_window, qtbot, tmp_path) -> None:
    window, page, _path = open_page(make_window, qtbot, tmp_path)
    source = tmp_path / "form.csv"
    rows = ["Konu,Cevap,Puan"] + [f'fatura,"{LONG} ({number})",{number}' for number in range(5)]
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dialog = import_dialog(window, page)
    dialog.resize(900, 600)
    dialog.load_file(source)
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_planning)
    assert dialog.chosen_column() == 1
    preview = dialog.preview
    headers = [preview.horizontalHeaderItem(column).text() for column in range(preview.columnCount())]
    assert headers == ["Konu", "Cevap", "Puan"]
    answers = 1  # in the middle, not the last column that used to stretch
    assert preview.columnWidth(answers) >= preview.viewport().width() // 2
    for row in range(preview.rowCount()):
        assert preview.rowHeight(row) >= preview.sizeHintForRow(row), "every line of the answer shows"
    # Choosing another column gives that one the room.
    dialog.set_column(0)
    assert preview.columnWidth(0) >= preview.viewport().width() // 2
    dialog.close()
