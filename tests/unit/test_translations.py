"""The catalogues match the code: every string the sources mark is in both .ts files
(and nothing stale), and every Turkish translation keeps its placeholders, its plural
marker and exactly one accelerator where the source has one."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "locales"


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def from_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    target = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "philosophy_studio").rglob("*.py"))
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(tool), "-silent", "-locations", "none", *sources, "-ts", str(target)], check=True, cwd=ROOT
    )
    return set(messages(target))


@pytest.mark.parametrize("language", ["tr", "en"])
def test_catalogue_matches_the_sources(from_sources, language: str) -> None:
    catalogue = set(messages(LOCALES / f"philosophy_studio_{language}.ts"))
    missing = sorted(from_sources - catalogue)
    stale = sorted(catalogue - from_sources)
    assert not missing, f"run tools/update_translations.py and translate: {missing[:5]}"
    assert not stale, f"run tools/update_translations.py: {stale[:5]}"


PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


def accelerators(text: str) -> int:
    """Qt accelerators: '&' before a letter; '&&' is a literal ampersand."""
    return len(re.findall(r"&(?=\w)", text.replace("&&", "")))


def test_turkish_keeps_placeholders_and_accelerators() -> None:
    problems = []
    for (context, source, _comment), message in messages(LOCALES / "philosophy_studio_tr.ts").items():
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if not text.strip():
                problems.append((context, source, "empty"))
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append((context, source, text))
            if accelerators(source) and accelerators(text) != accelerators(source):
                problems.append((context, source, text))
    assert not problems, problems[:5]


def test_every_literal_string_goes_through_a_call_lupdate_sees() -> None:
    """lupdate finds tr("…"), translate("Context", "…") and QT_TRANSLATE_NOOP("Context",
    "…") with literals only; a helper like _tr("…") or a context held in a variable
    would leave its strings out of the catalogues without any error."""
    # A literal text behind a helper, or behind a context held in a variable. (A variable
    # text is fine: it was marked where it was written.)
    hidden = re.compile(r"""\b_tr\(\s*["']|(translate|QT_TRANSLATE_NOOP)\(\s*[A-Za-z_][\w.]*\s*,\s*["']""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "philosophy_studio").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert offenders == []
