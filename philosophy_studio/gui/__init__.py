"""The Qt interface: the only package that imports PySide6."""

import sys

if sys.version_info < (3, 12):
    import ctypes

    # shiboken6 6.12.0 drops one reference to None on every call of a C++ function that
    # returns void (setText, setEnabled, processEvents, ...). Python 3.12+ makes None
    # immortal, so there it is harmless; on 3.11 None's count (a few thousand) runs out
    # after that many calls and the interpreter aborts with "Fatal Python error:
    # none_dealloc" in the middle of a workshop. A reserve of 2**40 references, added
    # before any Qt call, outlasts any session. ob_refcnt is the first field of every
    # object in a release build of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
