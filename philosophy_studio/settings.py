"""The app's settings: one typed, versioned object, stored as JSON in the config folder.

Every option is declared once, here, with its default. ``PHILOSOPHY_STUDIO_CONFIG_DIR``
and ``PHILOSOPHY_STUDIO_DATA_DIR`` move the folders (tests, portable installs).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from philosophy_studio import APP_ID

SETTINGS_VERSION = 1
RECENT_LIMIT = 10
CONFIG_DIR_VARIABLE = "PHILOSOPHY_STUDIO_CONFIG_DIR"
DATA_DIR_VARIABLE = "PHILOSOPHY_STUDIO_DATA_DIR"


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path(APP_ID, appauthor=False)


def data_dir() -> Path:
    """Where the app keeps what it makes by itself: demo copies, backups."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False)


def default_workshop_dir() -> Path:
    """Where new workshops are suggested: Documents/Philosophy Studio, or the data
    folder when it is overridden (tests) or there is no Documents folder."""
    if os.environ.get(DATA_DIR_VARIABLE):
        return data_dir() / "workshops"
    from platformdirs import user_documents_path

    documents = user_documents_path()
    return documents / "Philosophy Studio" if documents.is_dir() else data_dir() / "workshops"


class Settings:
    """Every option, with its default; compared by value. A plain class: dataclasses
    would cost the start ~3 ms to import and apply."""

    def __init__(
        self,
        *,
        # "tr", "en", or "" to follow the system locale.
        ui_language: str = "",
        recent_files: list[str] | None = None,
        # Base64 of QMainWindow.saveGeometry(); opaque outside the GUI.
        window_geometry: str = "",
        last_folder: str = "",
        # Whether the first-start welcome (tour and demo) has been offered.
        welcomed: bool = False,
        # The last team database connected to, without its password.
        last_server: str = "",
        # The facilitator's guidance beside each step; hidden on a small screen.
        show_guidance: bool = True,
        # The step each recent workshop was last left at (its Step value), to reopen there.
        last_steps: dict[str, str] | None = None,
    ) -> None:
        self.ui_language = ui_language
        self.recent_files: list[str] = [] if recent_files is None else recent_files
        self.window_geometry = window_geometry
        self.last_folder = last_folder
        self.welcomed = welcomed
        self.last_server = last_server
        self.show_guidance = show_guidance
        self.last_steps: dict[str, str] = {} if last_steps is None else last_steps

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{name}={value!r}' for name, value in vars(self).items())})"

    def remember_recent(self, location: str) -> None:
        self.recent_files = [location] + [item for item in self.recent_files if item != location]
        del self.recent_files[RECENT_LIMIT:]
        self._forget_steps_of_others()

    def forget_recent(self, location: str) -> None:
        self.recent_files = [item for item in self.recent_files if item != location]
        self._forget_steps_of_others()

    def _forget_steps_of_others(self) -> None:
        kept = self.recent_files
        self.last_steps = {where: step for where, step in self.last_steps.items() if where in kept}


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    """Read the settings, upgrading older versions; a missing or damaged file gives the
    defaults rather than stopping the app."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    return _from_dict(_upgrade(data))


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    # Version 1 is the first; later versions add their steps here, oldest first.
    return data


def _from_dict(data: dict[str, Any]) -> Settings:
    values: dict[str, Any] = {}
    for name, default in vars(Settings()).items():
        value = data.get(name, default)
        if not isinstance(value, type(default)):
            value = default
        if name == "recent_files":
            value = [item for item in value if isinstance(item, str)][:RECENT_LIMIT]
        if name == "last_steps":
            value = {where: step for where, step in value.items() if isinstance(step, str)}
        values[name] = value
    if values["ui_language"] not in {"", "tr", "en"}:
        values["ui_language"] = ""
    return Settings(**values)


def save_settings(settings: Settings) -> None:
    from philosophy_studio.fileio import write_bytes_atomically

    payload = {"version": SETTINGS_VERSION, **vars(settings)}
    write_bytes_atomically(
        settings_path(), (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    )
