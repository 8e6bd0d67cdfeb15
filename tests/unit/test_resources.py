"""Shipped data is found, complete in both languages, and the GUI starts light."""

import subprocess
import sys

import pytest

from philosophy_studio.domain.steps import Step
from philosophy_studio.resources import locales_dir, resource_path


@pytest.mark.parametrize("language", ["tr", "en"])
@pytest.mark.parametrize("step", list(Step))
def test_every_step_has_guidance_in_both_languages(step: Step, language: str) -> None:
    text = resource_path("guidance", language, f"{step.value}.md").read_text(encoding="utf-8")
    assert text.startswith("## ")
    assert 150 <= len(text.split()) <= 450


def test_turkish_guidance_uses_turkish_letters() -> None:
    text = resource_path("guidance", "tr", "values.md").read_text(encoding="utf-8")
    assert set("çğıİöşü") & set(text)


@pytest.mark.parametrize("language", ["tr", "en"])
def test_compiled_catalogues_exist(language: str) -> None:
    assert (locales_dir() / f"philosophy_studio_{language}.qm").is_file()


def test_starting_the_gui_imports_nothing_heavy() -> None:
    code = (
        "import sys\n"
        "from philosophy_studio.gui.application import build_window\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'numpy', 'scipy', 'simplemma', 'reportlab')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
