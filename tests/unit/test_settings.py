import json
from pathlib import Path

from philosophy_studio.settings import (
    RECENT_LIMIT,
    Settings,
    config_dir,
    data_dir,
    load_settings,
    save_settings,
    settings_path,
)


def test_folders_follow_the_environment(isolated_folders: Path) -> None:
    assert config_dir() == isolated_folders / "config"
    assert data_dir() == isolated_folders / "data"


def test_defaults_when_there_is_no_file() -> None:
    assert load_settings() == Settings()


def test_round_trip() -> None:
    settings = Settings(ui_language="tr", window_geometry="AAAA", last_folder="/x")
    settings.remember_recent("/a.pstudio")
    save_settings(settings)
    assert load_settings() == settings
    assert json.loads(settings_path().read_text(encoding="utf-8"))["version"] == 1


def test_damaged_or_odd_files_give_defaults_for_the_odd_parts() -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text("{ broken", encoding="utf-8")
    assert load_settings() == Settings()
    settings_path().write_text(
        json.dumps({"ui_language": "de", "recent_files": ["/a", 3], "window_geometry": 5})
    )
    loaded = load_settings()
    assert loaded.ui_language == "" and loaded.recent_files == ["/a"] and loaded.window_geometry == ""


def test_recent_files_are_unique_newest_first_and_capped() -> None:
    settings = Settings()
    for number in range(RECENT_LIMIT + 3):
        settings.remember_recent(f"/w{number}.pstudio")
    settings.remember_recent("/w5.pstudio")
    assert settings.recent_files[0] == "/w5.pstudio"
    assert len(settings.recent_files) == RECENT_LIMIT
    assert len(set(settings.recent_files)) == RECENT_LIMIT
    settings.forget_recent("/w5.pstudio")
    assert "/w5.pstudio" not in settings.recent_files
