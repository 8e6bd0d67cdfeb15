from qt_fixtures import (  # noqa: F401 - fixtures for this folder
    focus_ring_as_in_the_app,
    garbage_collected_on_the_gui_thread,
    make_window,
    no_active_timers,
    patient_waits,
)
from two_facilitators import two_facilitators  # noqa: F401 - the race tests' fixture
