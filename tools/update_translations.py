"""Refresh locales/*.ts from the source code.

    .venv/bin/python tools/update_translations.py

Runs pyside6-lupdate over every module of the package (lupdate finds nothing when given
a folder, so each file is named). English is the source language: its catalogue gets
each source text as its translation, with the plural forms English needs, so that
`pyside6-lrelease -fail-on-unfinished` can gate both catalogues. Turkish entries are
left for a translator; new ones show up as unfinished, except that a text moved to
another class (another translation context) keeps the translation it had.
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


def known_translations(path: Path) -> dict[str, ET.Element]:
    """Finished translations by source text, from any context. A text that two contexts
    translate differently is left out: which one a moved text meant is not known."""
    if not path.exists():
        return {}
    found: dict[str, ET.Element] = {}
    ambiguous: set[str] = set()
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            continue
        key = (message.get("numerus") or "") + (message.findtext("source") or "")
        earlier = found.get(key)
        if earlier is not None and ET.tostring(earlier) != ET.tostring(translation):
            ambiguous.add(key)
        found[key] = translation
    return {key: value for key, value in found.items() if key not in ambiguous}


def carry_over(path: Path, known: dict[str, ET.Element]) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        earlier = known.get((message.get("numerus") or "") + (message.findtext("source") or ""))
        if earlier is None:
            continue
        message.remove(translation)
        copy = ET.fromstring(ET.tostring(earlier))
        copy.tail = translation.tail
        message.append(copy)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main() -> None:
    LOCALES.mkdir(exist_ok=True)
    for language in LANGUAGES:
        known = known_translations(LOCALES / f"philosophy_studio_{language}.ts")
        path = lupdate(language)
        if language == "en":
            fill_english(path)
        else:
            carry_over(path, known)
    print("Updated", ", ".join(sorted(p.name for p in LOCALES.glob("*.ts"))))


if __name__ == "__main__":
    main()
