"""The bundle's entry point: the same ``networkjournal`` command the pip install makes.

PyInstaller freezes this file (see networkjournal.spec); it calls
``networkjournal.cli:main``, exactly like the console script in pyproject.toml.

Smoke testing: when ``NETWORKJOURNAL_QUIT_AFTER_MS`` is set, the window opens as
usual and, that many milliseconds after the event loop starts, the visible
windows are described on standard output (one ``smoke:`` line each, plus the
platform plugin, the resources folder and whether the application icon and SVG
support loaded) and the program quits with status 0. build_bundle.sh uses it to
prove the frozen window opens. Until networkjournal/ui/app.py reads this variable
itself, the hook lives here, in the bundle's entry only.
"""

from __future__ import annotations

import os
import sys

QUIT_AFTER_ENV = "NETWORKJOURNAL_QUIT_AFTER_MS"


def _install_quit_timer(after_ms: int) -> None:
    """Make QApplication.exec() report the windows and quit ``after_ms`` after it starts."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication, QImageReader
    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec

    def report_and_quit() -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        from networkjournal.ui.icons import app_icon, resources_dir

        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        icon = app_icon()
        print(f"smoke: platform={QGuiApplication.platformName()}", flush=True)
        print(f"smoke: frozen={getattr(sys, 'frozen', False)} resources={resources_dir()}")
        print(f"smoke: svg-imageformat={'svg' in formats} app-icon-null={icon.isNull()}")
        print(f"smoke: app-icon-pixmap-null={icon.pixmap(64, 64).isNull()}")
        windows = [w for w in app.topLevelWidgets() if w.isVisible()]
        for w in windows:
            label = w.objectName() or type(w).__name__
            print(f"smoke: window {label} title={w.windowTitle()!r}")
        print(f"smoke: {len(windows)} visible window(s); quitting", flush=True)
        for w in app.topLevelWidgets():
            w.close()
        app.quit()

    def exec_then_quit(*_args: object, **_kwargs: object) -> int:
        QTimer.singleShot(after_ms, report_and_quit)
        return original_exec()

    QApplication.exec = exec_then_quit  # type: ignore[method-assign]


def main() -> int:
    after = os.environ.get(QUIT_AFTER_ENV)
    if after:
        _install_quit_timer(int(after))
    from networkjournal.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
