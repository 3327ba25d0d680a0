"""What to do when the journal file turns out damaged on start: restore, start afresh, or quit."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.db import JournalDamaged
from networkjournal.ui.dialogs.backups_dialog import taken_at


class Choice(enum.Enum):
    """What the user chose to do about the damaged journal."""

    RESTORE = "restore"
    NEW = "new"
    QUIT = "quit"


class DamagedJournalDialog(QDialog):
    """Says the journal was damaged and moved aside (nothing deleted), and what can be done."""

    def __init__(self, damage: JournalDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damaged_journal_dialog")
        self.setWindowTitle(self.tr("The journal is damaged"))
        self.choice = Choice.QUIT
        layout = QVBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        layout.addWidget(icon)
        self.message = self._label(self._message(damage))
        self.message.setObjectName("damaged_journal_message")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        newest = damage.backup
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_backup_button")
        if newest is not None:
            when = taken_at(newest)
            self.restore_button.setText(
                self.tr("Restore the Newest Backup (%1)").replace("%1", when)
            )
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button = buttons.addButton(
            self.tr("Start a New Empty Journal"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.new_button.setObjectName("new_journal_button")
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("quit_button")
        self.restore_button.clicked.connect(lambda: self._choose(Choice.RESTORE))
        self.new_button.clicked.connect(lambda: self._choose(Choice.NEW))
        self.quit_button.clicked.connect(self.reject)
        (self.restore_button if newest is not None else self.quit_button).setDefault(True)
        layout.addWidget(buttons)

    def _message(self, damage: JournalDamaged) -> str:
        lines = [self.tr("Your journal could not be read: the file is damaged.")]
        if damage.moved_to is not None:
            lines += [
                "",
                self.tr("It was moved aside, untouched, to:"),
                str(damage.moved_to),
                self.tr("Nothing has been deleted."),
            ]
        if damage.backup is not None:
            lines += [
                "",
                self.tr("The newest backup that checked out sound is from %1.").replace(
                    "%1", taken_at(damage.backup)
                ),
            ]
        else:
            lines += ["", self.tr("There is no backup to restore.")]
        return "\n".join(lines)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @Slot()
    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def ask(self) -> Choice:
        """Show the dialog and return what the user chose (Quit if they closed it)."""
        self.choice = Choice.QUIT
        self.exec()
        return self.choice
