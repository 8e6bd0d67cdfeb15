"""The one way to find shipped data (resources/, locales/) from a checkout, an
installed wheel or a PyInstaller bundle.

A wheel and the bundle both carry the data inside the package as ``_data/``; a checkout
has it at the top of the repository, next to the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    bundled = _PACKAGE_DIR / "_data"
    if (bundled / "resources").is_dir():
        return bundled
    return _PACKAGE_DIR.parent


def resource_path(*parts: str) -> Path:
    return data_root().joinpath("resources", *parts)


def locales_dir() -> Path:
    return data_root() / "locales"
