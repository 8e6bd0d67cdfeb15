"""Qt's own dialogs speak the interface language: qtbase's Turkish catalogue misses a
few labels of the file and print dialogs, which the app's supplement translates."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from philosophy_studio.gui.i18n import LanguageManager


@pytest.fixture
def languages(qapp) -> Iterator[LanguageManager]:  # type: ignore[no-untyped-def]
    manager = LanguageManager()
    yield manager
    manager.apply("en")


def file_dialog() -> QFileDialog:
    # Qt's own dialog, as on a desktop without a native one (and under Xvfb).
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def print_dialog() -> QPrintDialog:
    return QPrintDialog(QPrinter())


def shown_texts(dialog: QWidget) -> dict[str, str]:
    """Every visible label, button text and tooltip, keyed by where it sits."""
    texts = {"title": dialog.windowTitle()}
    for index, child in enumerate(dialog.findChildren(QWidget)):
        for kind in ("text", "toolTip"):
            read = getattr(child, kind, None)
            try:
                value = read() if callable(read) else None
            except TypeError:
                continue
            if isinstance(value, str) and any(letter.isalpha() for letter in value):
                texts[f"{child.objectName() or type(child).__name__}#{index}.{kind}"] = value
        if isinstance(child, QComboBox) and child.objectName() != "lookInCombo":
            for item in range(child.count()):
                texts[f"{type(child).__name__}#{index}.item{item}"] = child.itemText(item)
    return texts


@pytest.mark.parametrize("make", [file_dialog, print_dialog], ids=["file", "print"])
def test_no_english_label_is_left_in_turkish(languages: LanguageManager, make) -> None:  # type: ignore[no-untyped-def]
    languages.apply("en")
    english_dialog = make()
    english = shown_texts(english_dialog)
    languages.apply("tr")
    turkish_dialog = make()
    turkish = shown_texts(turkish_dialog)
    # Texts that are the same in both languages by nature: the name filter, a path.
    same_anyway = {"PDF (*.pdf)"}
    untranslated = sorted(
        text
        for where, text in english.items()
        if turkish.get(where) == text and text not in same_anyway and "/" not in text
    )
    assert untranslated == []
    english_dialog.deleteLater()
    turkish_dialog.deleteLater()
