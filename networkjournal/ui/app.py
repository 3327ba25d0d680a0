"""Start the window: QApplication, the journal, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from networkjournal import APP_ID, APP_NAME, __version__, paths
from networkjournal.store.db import JournalError, close_journal, open_journal
from networkjournal.ui.icons import app_icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, created once, with the program's identity."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("networkjournal")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("networkjournal")
    app.setOrganizationDomain("networkjournal.org")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def make_settings() -> QSettings:
    """Return the user's settings, kept as an INI file in the platform's config folder."""
    folder = paths.ensure_private_dir(paths.config_dir())
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def run(journal: Path) -> int:
    """Open ``journal`` in the main window and run until it closes; return the exit status."""
    from networkjournal.ui.dialogs.messages import show_error
    from networkjournal.ui.main_window import MainWindow

    app = make_application()
    try:
        open_journal(journal)
    except JournalError as exc:
        show_error(None, APP_NAME, app.tr("The journal could not be opened."), str(exc))
        print(f"networkjournal: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(journal, make_settings())
    window.show()
    # Once the window is up: offer back any entry a crash interrupted.
    QTimer.singleShot(0, window.entries.offer_drafts)
    try:
        return app.exec()
    finally:
        close_journal()
