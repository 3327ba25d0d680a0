"""How far an import has got, with Cancel; a cancelled import changes nothing, and it says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from networkjournal.ui.widgets.field_message import style_field_message

if TYPE_CHECKING:
    from networkjournal.ui.import_worker import ImportJob


class ImportProgressDialog(QDialog):
    """A bar, what is being done, and Cancel; it stays open to say how a cancel or failure ended.

    Cancel asks nothing: the import is one transaction, so cancelling leaves the
    journal exactly as it was. Closing the window while the import runs cancels it.
    """

    cancelRequested = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_progress_dialog")
        self.setWindowTitle(title or self.tr("Importing"))
        self.setModal(True)
        self._running = True
        self.heading = QLabel()
        self.heading.setObjectName("import_progress_heading_label")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.hide()
        self.what = QLabel(self.tr("Starting…"))
        self.what.setObjectName("import_progress_what_label")
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.what.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("import_progress_bar")
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.count = QLabel()
        self.count.setObjectName("import_progress_count_label")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        style_field_message(self.count, error=False)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("close_button")
        self.close_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.what)
        layout.addWidget(self.bar)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.resize(460, self.sizeHint().height())

    def follow(self, job: ImportJob) -> None:
        """Show ``job``'s progress and ending; Cancel cancels it."""
        job.progress.connect(self.set_progress)
        job.cancelled.connect(self.show_cancelled)
        job.failed.connect(self.show_failed)
        self.cancelRequested.connect(job.cancel)

    def is_running(self) -> bool:
        """Whether the import is still going (not cancelled, failed or finished)."""
        return self._running

    @Slot(int, int, str)
    def set_progress(self, done: int, total: int, what: str) -> None:
        """Show ``done`` of ``total`` (a busy bar while the total is unknown: 0) and what."""
        if not self._running:
            return
        if not self.cancel_button.isEnabled():
            return  # cancelling: the last steps before the stop would only confuse
        self.what.setText(what)
        if total <= 0:
            self.bar.setRange(0, 0)
            self.count.setText("")
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
        locale = QLocale()
        self.count.setText(
            self.tr("%1 of %2")
            .replace("%1", locale.toString(done))
            .replace("%2", locale.toString(total))
        )

    @Slot()
    def cancel(self) -> None:
        """Ask the import to stop; it undoes what it did, then :meth:`show_cancelled` says so."""
        if not self._running or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.what.setText(self.tr("Cancelling… putting the journal back as it was."))
        self.bar.setRange(0, 0)
        self.count.setText("")
        self.cancelRequested.emit()

    @Slot()
    def show_cancelled(self) -> None:
        """Say that the import stopped and nothing changed; Close takes the dialog away."""
        self._end(
            self.tr("Import cancelled"),
            self.tr("Nothing was imported: your journal is exactly as it was."),
        )

    @Slot(str)
    def show_failed(self, message: str) -> None:
        """Say why the import could not go on; nothing changed."""
        self._end(
            self.tr("Import failed"),
            self.tr("%1\nNothing was imported: your journal is exactly as it was.").replace(
                "%1", message
            ),
        )

    @Slot()
    def finish(self) -> None:
        """The import ended well (its summary shows elsewhere): close."""
        self._running = False
        self.accept()

    def _end(self, title: str, text: str) -> None:
        self._running = False
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.heading.show()
        self.what.setText(text)
        self.bar.hide()
        self.count.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()

    def reject(self) -> None:
        """Esc or the window's close: cancel a running import, else close."""
        if self._running:
            self.cancel()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window while importing cancels instead (the dialog says when it stopped)."""
        if self._running:
            event.ignore()
            self.cancel()
        else:
            super().closeEvent(event)
