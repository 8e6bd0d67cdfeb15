"""Hatch build hook: compile locales/*.ts into .qm catalogues for the wheel.

For an editable install the catalogues are written next to their sources in
locales/, where the resource locator finds them in a checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # build.spec imports compile_catalogues outside any hatch build
    BuildHookInterface = object  # type: ignore[assignment,misc]


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    import PySide6

    return [str(Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease"))]


def compile_catalogues(locales: Path, output: Path) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sorted(locales.glob("*.ts")):
        target = output / source.with_suffix(".qm").name
        subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(target)], check=True)
        compiled.append(target)
    return compiled


class CataloguesHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        locales = root / "locales"
        if version == "editable":
            compile_catalogues(locales, locales)
            return
        staging = Path(self.directory) / "_catalogues"
        for catalogue in compile_catalogues(locales, staging):
            build_data["force_include"][str(catalogue)] = f"philosophy_studio/_data/locales/{catalogue.name}"
