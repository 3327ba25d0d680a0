"""Start the window: QApplication, the journal's lock, the journal, the main window."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QLineEdit, QWidget

from networkjournal import APP_ID, APP_NAME, __version__, paths
from networkjournal.store.db import (
    JournalDamaged,
    JournalError,
    PassphraseNeeded,
    WrongPassphrase,
    close_journal,
    open_journal,
)
from networkjournal.ui import settings as app_settings
from networkjournal.ui.icons import app_icon
from networkjournal.ui.single_instance import LockUnavailable, SingleInstance
from networkjournal.ui.theme import apply_theme

if TYPE_CHECKING:
    from networkjournal.ui.main_window import MainWindow

EXIT_ALREADY_OPEN = 1


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
    install_translations(app)
    app.setWindowIcon(app_icon())
    return app


def install_translations(app: QApplication) -> None:
    """Load Qt's and our translations for the user's language, where there are any."""
    from networkjournal.ui.icons import resources_dir

    folders = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("networkjournal", str(resources_dir() / "translations")),
    )
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(QLocale(), name, "_", folder):
            app.installTranslator(translator)


def make_settings() -> QSettings:
    """Return the user's settings, kept as an INI file in the platform's config folder."""
    folder = paths.ensure_private_dir(paths.config_dir())
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def open_journal_or_recover(journal: Path, parent: QWidget | None = None) -> bool:
    """Open ``journal``; if it is damaged, let the user restore a backup or start afresh.

    Returns False when the journal stays closed (the user chose Quit, or it
    cannot be opened at all); the reason has been shown and printed.
    """
    from networkjournal.ui.dialogs.damaged_journal_dialog import Choice, DamagedJournalDialog
    from networkjournal.ui.dialogs.messages import show_error

    passphrase: str | None = None
    wrong = False
    while True:
        try:
            open_journal(
                journal,
                passphrase=passphrase,
                defer_check=True,
                backup_folder=app_settings.backup_options(make_settings()).folder,
            )
            return True
        except (PassphraseNeeded, WrongPassphrase) as locked:
            wrong = isinstance(locked, WrongPassphrase) or wrong
            passphrase = ask_passphrase(journal, wrong, parent)
            if passphrase is None:
                return False
        except JournalDamaged as damage:
            choice = DamagedJournalDialog(damage, parent).ask()
            if choice is Choice.QUIT:
                return False
            if not _recover(journal, damage, choice, parent):
                return False
        except JournalError as exc:
            show_error(
                parent,
                APP_NAME,
                QCoreApplication.translate("App", "The journal could not be opened."),
                str(exc),
            )
            print(f"networkjournal: {exc}", file=sys.stderr)
            return False


def ask_passphrase(journal: Path, wrong: bool, parent: QWidget | None = None) -> str | None:
    """Ask for the passphrase of an encrypted journal (None: the user gave up)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("passphrase_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("App", "Encrypted Journal"))
    text = QCoreApplication.translate(
        "App", "The journal at %1 is encrypted. Its passphrase:"
    ).replace("%1", str(journal))
    if wrong:
        text = (
            QCoreApplication.translate(
                "App", "That passphrase did not open it; nothing was changed."
            )
            + "\n"
            + text
        )
    dialog.setLabelText(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("App", "&Open"))
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def _recover(journal: Path, damage: JournalDamaged, choice: object, parent: QWidget | None) -> bool:
    """Carry out the user's choice after damage; False if it could not be done."""
    from networkjournal.store import backups
    from networkjournal.ui.dialogs.damaged_journal_dialog import Choice
    from networkjournal.ui.dialogs.messages import show_error

    if journal.exists():
        # The damaged file could not be moved aside: never write over it.
        show_error(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "App", "The damaged journal could not be moved aside, so nothing was changed."
            ),
            str(damage),
        )
        return False
    if choice is Choice.RESTORE and damage.backup is not None:
        try:
            backups.restore(damage.backup.path, journal)
        except (OSError, JournalError) as exc:
            show_error(
                parent,
                APP_NAME,
                QCoreApplication.translate("App", "The backup could not be restored."),
                str(exc),
            )
            return False
    return True


class WindowHost(QObject):
    """Owns the main window; after a restore it replaces it with one built afresh."""

    def __init__(
        self,
        journal: Path,
        settings: QSettings,
        *,
        automatic_backups: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.settings = settings
        self.automatic_backups = automatic_backups
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        """Build the main window over the open journal and show it."""
        from networkjournal.ui.main_window import MainWindow

        window = MainWindow(self.journal, self.settings)
        window.safety.journalReplaced.connect(self._replace_window)
        window.show()
        if self.automatic_backups:
            window.safety.start_automatic_backups()
        self.window = window
        return window

    @Slot()
    def bring_to_front(self) -> None:
        """Show the window above the others (a second launch asked for it)."""
        if self.window is None:
            return
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    @Slot()
    def _replace_window(self) -> None:
        # Every panel, cache and undo step belonged to the journal before the restore:
        # a new window is the one way to be sure nothing stale is shown or undone.
        # Later, so the old window's slot that asked for it has returned first.
        QTimer.singleShot(0, self._rebuild)

    @Slot()
    def _rebuild(self) -> None:
        old = self.window
        new = self.show()  # shown before the old one closes, so the program does not quit
        if old is not None:
            old.close()
            old.deleteLater()
        new.activateWindow()


class DeferredCheck(QObject):
    """Checks the journal file on a thread after the window shows; warns if it is damaged.

    Only runs when :func:`open_journal` left the check out (the file was closed
    cleanly and is unchanged since). A problem found is shown, and the journal is
    not marked as checked, so the next start checks it in full and sets it aside.
    """

    finished = Signal(list)

    def __init__(self, journal: Path, window: QWidget) -> None:
        super().__init__(window)
        self.journal = journal
        self.window = window
        self.finished.connect(self._report)

    def start(self) -> None:
        """Check in the background if the open left the check to us."""
        from networkjournal.store.db import check_pending

        if check_pending():
            threading.Thread(target=self._run, name="journal-check", daemon=True).start()

    def _run(self) -> None:
        from networkjournal.store.db import deferred_check

        try:
            problems = deferred_check(self.journal)
        except Exception as exc:  # any failure to read the file is damage to report
            problems = [str(exc)]
        self.finished.emit(problems)  # queued to the GUI thread

    @Slot(list)
    def _report(self, problems: list[str]) -> None:
        from networkjournal.store.db import mark_verified
        from networkjournal.ui.dialogs.messages import show_error

        if not problems:
            mark_verified()
            return
        shown = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
        show_error(
            self.window,
            APP_NAME,
            self.tr("The journal file is damaged."),
            self.tr(
                "The check of %1 found: %2. Restore the newest backup (File ▸ Restore From "
                "Backup…), or quit: the next start checks the file again and sets it aside."
            )
            .replace("%1", str(self.journal))
            .replace("%2", shown),
        )


def run(journal: Path) -> int:
    """Open ``journal`` in the main window and run until it closes; return the exit status."""
    from networkjournal.ui.dialogs.messages import show_error

    app = make_application()
    instance = SingleInstance(journal)
    try:
        paths.ensure_private_dir(journal.parent)
        if not instance.acquire():
            if instance.activate_running():
                line = f"{APP_NAME} is already open on {journal}; showing that window."
            else:
                line = f"{APP_NAME} is already open on {journal}, but its window did not answer."
            print(line, file=sys.stderr)
            return EXIT_ALREADY_OPEN
    except (LockUnavailable, OSError) as exc:
        show_error(
            None,
            APP_NAME,
            QCoreApplication.translate("App", "The journal could not be opened."),
            str(exc),
        )
        print(f"networkjournal: {exc}", file=sys.stderr)
        return 1
    try:
        if not open_journal_or_recover(journal):
            return 1
        settings = make_settings()
        apply_theme(app, app_settings.theme(settings))
        host = WindowHost(journal, settings)
        window = host.show()
        instance.activationRequested.connect(host.bring_to_front)
        # Once the window is up: offer back any entry a crash interrupted, and finish the
        # check of the journal file that a clean last close let us leave until now.
        QTimer.singleShot(0, window.entries.offer_drafts)
        checker = DeferredCheck(journal, window)
        checker.start()
        return app.exec()
    finally:
        close_journal()
        instance.release()
