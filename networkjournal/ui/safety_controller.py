"""Keeping the journal safe from the window: backups, restore, and the read-only mode.

Backups run on a worker thread: on a large journal the online backup and its
integrity check take seconds, which the window must not freeze for.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QVBoxLayout, QWidget

from networkjournal import APP_NAME
from networkjournal.store import backups
from networkjournal.store.backups import Backup
from networkjournal.store.db import (
    JournalError,
    open_journal,
    read_only,
    read_only_reason,
)
from networkjournal.store.schema import db
from networkjournal.ui import settings as app_settings
from networkjournal.ui.actions import READ_ONLY_ACTIONS
from networkjournal.ui.controller import Controller
from networkjournal.ui.dialogs.backups_dialog import BackupsDialog
from networkjournal.ui.dialogs.messages import show_error
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.formatting import plain_tooltip

AUTOMATIC_BACKUP_DELAY_MS = 10_000  # after the window shows: let it settle first
AUTOMATIC_BACKUP_INTERVAL_MS = 3 * 60 * 60 * 1000  # every three hours
STATUS_MESSAGE_MS = 8000


class BackupWorker(QObject):
    """Takes one backup at a time on a thread of its own; reports back on the GUI thread."""

    finished = Signal(object)  # the Backup taken, or None when none was due
    failed = Signal(str)
    _done = Signal(object)
    _error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        # Emitted from the worker thread; queued to this object's (the GUI) thread.
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._error.connect(self._fail, Qt.ConnectionType.QueuedConnection)

    def is_running(self) -> bool:
        """Whether a backup is being taken."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, take: Callable[[], Backup | None]) -> bool:
        """Run ``take`` on the worker thread; False (nothing started) if one already runs."""
        if self.is_running():
            return False
        self._thread = threading.Thread(target=self._run, args=(take,), name="backup", daemon=False)
        self._thread.start()
        return True

    def wait(self) -> None:
        """Wait for the backup being taken, if any (before a restore, or on quit)."""
        if self._thread is not None:
            self._thread.join()

    def _run(self, take: Callable[[], Backup | None]) -> None:
        # The store backs up through connections of its own, opened and closed here.
        try:
            backup = take()
        except (OSError, JournalError, sqlite3.Error) as exc:
            self._error.emit(str(exc))
        else:
            self._done.emit(backup)

    @Slot(object)
    def _finish(self, backup: Backup | None) -> None:
        self.wait()
        self.finished.emit(backup)

    @Slot(str)
    def _fail(self, message: str) -> None:
        self.wait()
        self.failed.emit(message)


class SafetyController(Controller):
    """Back Up Now, Restore From Backup, automatic backups, and the read-only journal."""

    # The journal file was replaced by a backup: whoever owns the window builds a new one
    # (the window also reloads in place, for when nobody does).
    journalReplaced = Signal()

    def __init__(
        self,
        window: QMainWindow,
        journal: Path,
        actions: dict[str, QAction],
        stack: QUndoStack,
        events: JournalEvents,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(window, actions, stack, events)
        self.main_window = window
        self.journal = journal
        self._busy = busy
        self._manual = False
        self._automatic = False
        self.read_only = read_only()
        self._passphrase: str | None = None  # an encrypted journal's, kept for a restore
        self.banner: QLabel | None = None
        self.worker = BackupWorker(self)
        self.worker.finished.connect(self._backed_up)
        self.worker.failed.connect(self._backup_failed)
        self.timer = QTimer(self)
        self.timer.setObjectName("automatic_backup_timer")
        self.timer.setInterval(AUTOMATIC_BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self._first_timer = QTimer(self)
        self._first_timer.setSingleShot(True)
        self._first_timer.timeout.connect(self.back_up_if_due)
        self.connect_actions(
            {
                "action_backup_now": self.back_up_now,
                "action_restore_backup": self.restore_from_backup,
            }
        )
        if self.read_only:
            self._make_read_only()

    # --- backups -------------------------------------------------------------------

    def start_automatic_backups(self, delay_ms: int = AUTOMATIC_BACKUP_DELAY_MS) -> None:
        """Take a backup when one is due, soon after start and then every few hours."""
        if self.read_only:
            return
        self._automatic = True
        self._first_timer.start(delay_ms)
        self.timer.start()

    @Slot()
    def _backup_options(self) -> app_settings.BackupOptions:
        """Where backups go and how many are kept, as the Settings dialog says now."""
        return app_settings.backup_options(self.main_window.settings)  # type: ignore[attr-defined]

    def back_up_if_due(self) -> None:
        """Start a backup if the journal changed since the last one and a day has passed."""
        if not self.read_only:
            journal = self.journal
            chosen = self._backup_options()
            self.worker.start(lambda: chosen.backup_if_due(journal))

    @Slot()
    def back_up_now(self) -> None:
        """Take a backup now, whatever the schedule says."""
        if self.worker.is_running():
            self.worker.wait()  # an automatic one was under way: this one comes after it
        self._manual = True
        self.actions["action_backup_now"].setEnabled(False)
        self.main_window.statusBar().showMessage(self.tr("Backing up the journal…"))
        journal = self.journal
        chosen = self._backup_options()
        self.worker.start(lambda: chosen.backup_now(journal))

    @Slot(object)
    def _backed_up(self, backup: Backup | None) -> None:
        if self._manual and backup is not None:
            self._manual = False
            self.actions["action_backup_now"].setEnabled(not self.read_only)
            self.main_window.statusBar().showMessage(
                self.tr("Backed up to %1").replace("%1", str(backup.path)), STATUS_MESSAGE_MS
            )

    @Slot(str)
    def _backup_failed(self, message: str) -> None:
        manual, self._manual = self._manual, False
        self.actions["action_backup_now"].setEnabled(not self.read_only)
        if manual:
            show_error(
                self.window, self.tr("Not backed up"), self.tr("The backup failed."), message
            )
        else:
            self.main_window.statusBar().showMessage(
                self.tr("The automatic backup failed: %1").replace("%1", message)
            )

    def stop(self) -> None:
        """Stop the schedule and wait for a backup under way (before the window goes)."""
        self._first_timer.stop()
        self.timer.stop()
        self.worker.wait()

    # --- restore ---------------------------------------------------------------------

    @Slot()
    def restore_from_backup(self) -> None:
        """Let the user pick a backup and, once confirmed, put it in place of the journal."""
        if self._busy():
            show_error(
                self.window,
                self.tr("Not now"),
                self.tr("Wait for the import or export to finish, then restore."),
            )
            return
        dialog = BackupsDialog(self._backup_options().list_backups(self.journal), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        self.restore(dialog.chosen)

    def restore(self, backup: Path) -> bool:
        """Put ``backup`` in place of the journal (the store keeps the current one first)."""
        self.stop()
        # Seconds on a large journal (2.5 s for 157 MB), during which nothing may touch it:
        # the window waits, and says so.
        self.main_window.statusBar().showMessage(self.tr("Restoring the backup…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        # An encrypted journal is reopened with the passphrase it was opened with.
        self._passphrase = db.passphrase
        try:
            backups.restore(
                backup,
                self.journal,
                passphrase=self._passphrase,
                folder=self._backup_options().folder,
            )
        except (OSError, JournalError, sqlite3.Error) as exc:
            QApplication.restoreOverrideCursor()
            self.main_window.statusBar().clearMessage()
            self._reopen()
            if self._automatic:
                self.timer.start()
            show_error(
                self.window,
                self.tr("Not restored"),
                self.tr("The backup could not be restored; the journal is as it was."),
                str(exc),
            )
            return False
        QApplication.restoreOverrideCursor()
        self.main_window.statusBar().clearMessage()
        if not self._reopen():
            return False
        # Nothing done before the restore can be undone after it.
        self.stack.clear()
        self.events.everything_changed()
        self.journalReplaced.emit()
        return True

    def _reopen(self) -> bool:
        """Open the journal again after a restore (the store closed it to replace the file)."""
        try:
            open_journal(self.journal, passphrase=self._passphrase)
        except JournalError as exc:
            show_error(
                self.window,
                self.tr("Journal not open"),
                self.tr("The journal could not be opened again after the restore."),
                str(exc),
            )
            return False
        return True

    # --- a journal written by a newer version -----------------------------------------

    def _make_read_only(self) -> None:
        window = self.main_window
        window.setWindowTitle(self.tr("%1 (read-only)").replace("%1", APP_NAME))
        window.setAcceptDrops(False)
        self.banner = QLabel(
            self.tr(
                "This journal was written by a newer version of Network Journal, so it is "
                "open read-only: you can read, search and export it, but not change it. "
                "Install the newer version to edit it."
            )
        )
        self.banner.setToolTip(plain_tooltip(read_only_reason() or ""))
        self.banner.setObjectName("read_only_banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setMargin(8)
        self.banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; }")
        central = window.takeCentralWidget()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        if central is not None:
            layout.addWidget(central, 1)
        window.setCentralWidget(holder)
        for name, action in self.actions.items():
            if name not in READ_ONLY_ACTIONS:
                action.setEnabled(False)
                # Panels enable their actions as the selection changes: keep these off.
                action.enabledChanged.connect(self._keep_disabled)

    @Slot(bool)
    def _keep_disabled(self, enabled: bool) -> None:
        action = self.sender()
        if enabled and isinstance(action, QAction):
            action.setEnabled(False)
