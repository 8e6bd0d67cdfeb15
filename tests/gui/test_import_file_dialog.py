"""The answers and feedback import dialogs share their base's texts (the file line, the
encoding list, the preview's name, the notes on columns that identify people), which are
translated under the base's name: in Turkish both dialogs show them in Turkish."""

from pathlib import Path

import pytest
from tests_support import workshop_with_answers

from philosophy_studio.domain.model import Language
from philosophy_studio.gui.dialogs.import_answers_dialog import ImportAnswersDialog
from philosophy_studio.gui.dialogs.import_feedback_dialog import ImportFeedbackDialog

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "survey"


@pytest.mark.parametrize("dialog_class", [ImportAnswersDialog, ImportFeedbackDialog])
def test_the_shared_texts_are_turkish_in_both_dialogs(make_window, qtbot, tmp_path, dialog_class) -> None:
    path = workshop_with_answers(tmp_path / "survey.pstudio", Language.TURKISH)
    window = make_window(language="tr")
    window.open_location(str(path))
    qtbot.waitUntil(lambda: window.session.is_open)
    dialog = dialog_class(window.session, window)
    dialog.load_file(FIXTURES / "google_forms.csv")
    qtbot.waitUntil(lambda: not dialog.is_parsing and bool(dialog.identifying_note.text()))
    assert dialog.source.text() == f"Dosya: {FIXTURES / 'google_forms.csv'}"
    assert dialog.encoding_label.text() == "&Kodlama:"
    assert dialog.encoding.accessibleName() == "Dosyanın metin kodlaması"
    assert dialog.preview.accessibleName() == "İlk satırların önizlemesi"
    assert dialog.identifying_note.text().startswith(
        "Kişileri tanıttıkları için dışarıda bırakıldı (asla içe aktarılmaz, içerikleri gösterilmez): "
        "Timestamp, Email Address."
    )
    dialog.reject()
