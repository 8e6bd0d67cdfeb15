"""Refresh locales/*.ts from the source code.

    .venv/bin/python tools/update_translations.py

Runs pyside6-lupdate over every module of the package (lupdate finds nothing when given
a folder, so each file is named). English is the source language: its catalogue gets
each source text as its translation, with the plural forms English needs, so that
`pyside6-lrelease -fail-on-unfinished` can gate both catalogues. Turkish entries are
left for a translator; new ones show up as unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
LANGUAGES = {"tr": "tr_TR", "en": "en_GB"}


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "philosophy_studio").rglob("*.py"))


def lupdate(language: str) -> Path:
    target = LOCALES / f"philosophy_studio_{language}.ts"
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    subprocess.run(
        [
            tool,
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            LANGUAGES[language],
            *sources(),
            "-ts",
            str(target),
        ],
        check=True,
        cwd=ROOT,
    )
    return target


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            singular = source.replace("(s)", "")
            plural = source.replace("(s)", "s")
            for child in list(translation):
                translation.remove(child)
            for form in (singular, plural):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main() -> None:
    LOCALES.mkdir(exist_ok=True)
    for language in LANGUAGES:
        path = lupdate(language)
        if language == "en":
            fill_english(path)
    print("Updated", ", ".join(sorted(p.name for p in LOCALES.glob("*.ts"))))


if __name__ == "__main__":
    main()
