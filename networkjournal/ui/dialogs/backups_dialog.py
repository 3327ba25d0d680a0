"""Choose a backup to restore: every backup, newest first, with its date, size and check."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.backups import Backup
from networkjournal.ui.dialogs.messages import confirm
from networkjournal.ui.formatting import format_datetime, plain_tooltip

PATH_ROLE = Qt.ItemDataRole.UserRole


def taken_at(backup: Backup) -> str:
    """When ``backup`` was taken, in local time, as the program shows times."""
    return format_datetime(backup.taken_at.astimezone().replace(tzinfo=None))


class BackupsDialog(QDialog):
    """Lists the journal's backups; Restore asks once more, then the dialog returns the choice."""

    def __init__(self, backups: Sequence[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Restore From Backup"))
        self.chosen: Path | None = None
        self._backups = list(backups)
        intro = QLabel(
            self.tr(
                "Restoring replaces the journal with the backup you choose. The journal as it "
                "is now is kept as a backup first, so nothing is lost."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backups_list")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Check")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for backup in self._backups:
            self.list.addTopLevelItem(self._item(backup))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._restore)
        self.empty_label = QLabel(self.tr("There are no backups yet."))
        self.empty_label.setObjectName("backups_empty_label")
        self.empty_label.setVisible(not self._backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button: QPushButton = buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(560, 360)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def _item(self, backup: Backup) -> QTreeWidgetItem:
        # Each backup passed integrity_check when it was written; ``ok`` says it is still
        # whole now. The one chosen is checked in full again before it is restored.
        check = self.tr("checked ok") if backup.ok else self.tr("damaged")
        item = QTreeWidgetItem([taken_at(backup), QLocale().formattedDataSize(backup.size), check])
        item.setData(0, PATH_ROLE, str(backup.path))
        item.setToolTip(0, plain_tooltip(str(backup.path)))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def selected_backup(self) -> Backup | None:
        """The backup chosen in the list, if any."""
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self._backups[row] if 0 <= row < len(self._backups) else None

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    @Slot()
    def _restore(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        when = taken_at(backup)
        if confirm(
            self,
            self.tr("Restore Backup"),
            self.tr("Replace the journal with the backup from %1?").replace("%1", when),
            self.tr(
                "Everything written since then will be gone from the journal, but the "
                "journal as it is now is kept as a backup first, so you can come back to it."
            ),
            self.tr("Restore"),
        ):
            self.chosen = backup.path
            self.accept()
