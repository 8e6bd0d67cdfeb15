"""The Qt interface: the only package that imports PySide6."""

import sys

if sys.version_info < (3, 12):
    import ctypes

    # shiboken6 6.12.0 drops references it does not own: one to None on every call of a
    # C++ function that returns void (setText, setEnabled, processEvents, ...) and to
    # True on every emit of a Python-defined Signal(bool). Python 3.12+ makes these
    # objects immortal, so there it is harmless; on 3.11 their counts (a few thousand,
    # a few hundred) run out within one workshop and the interpreter aborts with "Fatal
    # Python error: none_dealloc" or "bool_dealloc". A reserve of 2**40 references each,
    # added before any Qt call, outlasts any session. ob_refcnt is the first field of
    # every object in a release build of CPython.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
