from qt_fixtures import make_window, no_active_timers  # noqa: F401 - fixtures for this folder
