"""Numbers in counts follow the interface language: 1.234 in Turkish, 1,234 in English."""

from PySide6.QtCore import QCoreApplication


def test_counts_group_thousands_by_language(make_window) -> None:
    window = make_window()
    english = QCoreApplication.translate("AnswersPanel", "%Ln answer(s) so far", "", 1234)
    assert english == "1,234 answers so far"
    window.languages.apply("tr")
    turkish = QCoreApplication.translate("AnswersPanel", "%Ln answer(s) so far", "", 1234)
    assert turkish == "Şu ana kadar 1.234 yanıt"
    # Small numbers are unchanged, and the singular still reads right in English.
    window.languages.apply("en")
    assert QCoreApplication.translate("AnswersPanel", "%Ln answer(s) so far", "", 1) == "1 answer so far"
