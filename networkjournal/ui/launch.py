"""Checks made before Qt is loaded, so a missing display is one clear sentence, not a crash.

Qt aborts the whole process when it cannot open a display, printing a trace a
person cannot act on; these checks catch the common cases first.
"""

from __future__ import annotations

import ctypes.util
import os
import sys


def display_problem() -> str | None:
    """Return a sentence saying why the window cannot open here, or None if it can."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    has_x11 = bool(os.environ.get("DISPLAY"))
    has_wayland = bool(os.environ.get("WAYLAND_DISPLAY"))
    if not has_x11 and not has_wayland:
        return (
            "no graphical display was found (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "start Network Journal from a desktop session, or use its commands "
            "(networkjournal --help) without a window."
        )
    if has_x11 and not has_wayland and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "the window needs the system library libxcb-cursor0, which is not installed "
            "(on Debian or Ubuntu: sudo apt install libxcb-cursor0)."
        )
    return qt_import_problem()


def qt_import_problem() -> str | None:
    """Return a sentence if Qt's libraries cannot load (a missing system library), else None."""
    try:
        import PySide6.QtGui
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        return (
            f"the Qt libraries could not load ({exc}); install your system's OpenGL/EGL libraries."
        )
    return None
