"""The Charter step's cover: a logo from a file (hostile ones refused with a translated
reason, nothing stored), the accent colour, undo, and a preview that never moves."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog
from tests_support import ROOT

from philosophy_studio.domain.cover import check_logo
from philosophy_studio.domain.cover_commands import SetLogo
from philosophy_studio.domain.model import Language
from philosophy_studio.domain.steps import Step
from philosophy_studio.gui.steps.charter_page import CharterPage

LOGO = ROOT / "tests" / "fixtures" / "cover" / "logo.png"


def open_page(make_window, qtbot, language: str = "en"):
    window = make_window(language=language)
    window.open_demo(Language.ENGLISH)
    qtbot.waitUntil(lambda: window.session.is_open)
    window.workshop_view.navigator.select_step(Step.CHARTER)
    page = window.workshop_view.page_for[Step.CHARTER]
    assert isinstance(page, CharterPage)
    qtbot.waitUntil(lambda: page.cover._workshop is not None)
    return window, page


def test_a_logo_and_an_accent_go_on_the_cover_and_come_off_with_undo(make_window, qtbot, monkeypatch) -> None:
    window, page = open_page(make_window, qtbot)
    box = page.cover
    size = box.preview.size()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(LOGO), ""))
    box.logo_button.click()
    qtbot.waitUntil(lambda: window.session.workshop.logo is not None)
    assert window.session.workshop.logo.data == LOGO.read_bytes()
    qtbot.waitUntil(box.remove_logo.isEnabled)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *_args, **_kw: QColor("#1F6FEB"))
    box.accent_button.click()
    qtbot.waitUntil(lambda: window.session.workshop.accent_colour == "#1f6feb")
    # The band's picture shows the colour and keeps its size.
    assert box.preview.pixmap().toImage().pixelColor(2, 2).name() == "#1f6feb"
    assert box.preview.size() == size
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.accent_colour == "")
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.logo is None)
    window.actions.redo.trigger()
    qtbot.waitUntil(lambda: window.session.workshop.logo is not None)
    box.remove_logo.click()
    qtbot.waitUntil(lambda: window.session.workshop.logo is None)


def _bomb(tmp_path: Path) -> Path:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 20_000, 20_000, 8, 6, 0, 0, 0)
    path = tmp_path / "bomb.png"
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(1 << 20)))
    )
    return path


def test_a_hostile_file_is_refused_with_its_reason_in_the_interface_language(
    make_window, qtbot, tmp_path: Path
) -> None:
    window, page = open_page(make_window, qtbot, language="tr")
    box = page.cover
    renamed = tmp_path / "logo.png"
    renamed.write_text("Bu bir metin dosyası", encoding="utf-8")
    truncated = tmp_path / "cut.png"
    truncated.write_bytes(LOGO.read_bytes()[:400])
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as handle:
        handle.truncate(5 * 1024 * 1024)
    for path, words in (
        (renamed, "resim değil"),
        (truncated, "bozuk ya da yarım"),
        (_bomb(tmp_path), "20000 × 20000"),
        (huge, "en çok 2 MB"),
        (tmp_path / "missing.png", "kullanılamadı"),
    ):
        box.message.clear()
        box.use_logo_file(path)
        qtbot.waitUntil(lambda: bool(box.message.text()))
        assert words in box.message.text(), box.message.text()
        assert box.logo_button.isEnabled()
    assert window.session.workshop.logo is None
    assert not window.session.has_unsaved_edits


def test_someone_elses_cover_is_offered_in_words(make_window, qtbot) -> None:
    window, page = open_page(make_window, qtbot)
    window.session.execute(SetLogo(check_logo(LOGO.read_bytes())))  # another facilitator's
    qtbot.waitUntil(lambda: window.session.workshop.logo is not None)
    window.session.execute(SetLogo(None, expected=None))
    qtbot.waitUntil(lambda: getattr(page.cover, "conflict", None) is not None)
    dialog = page.cover.conflict
    assert dialog.theirs.toPlainText() == "A PNG logo, 160 × 160 pixels"
    assert dialog.mine.toPlainText() == "No logo"
    dialog.keep_mine.click()
    qtbot.waitUntil(lambda: window.session.workshop.logo is None)
