"""The About box: version, where the journal is kept, and the licence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from networkjournal import APP_NAME, __version__
from networkjournal.ui.icons import app_icon


def show_about(parent: QWidget | None, journal: Path) -> None:
    """Show version, data location and licence."""
    dialog = QDialog(parent)
    dialog.setObjectName("about_dialog")
    dialog.setWindowTitle(dialog.tr("About %1").replace("%1", APP_NAME))
    layout = QVBoxLayout(dialog)
    logo = QLabel()
    logo.setPixmap(app_icon().pixmap(72, 72))
    logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(logo)
    lines = [
        f"{APP_NAME} {__version__}",
        dialog.tr("An offline relationship journal."),
        "",
        dialog.tr("Your journal: %1").replace("%1", str(journal)),
        dialog.tr("Nothing leaves this computer unless you export it."),
        "",
        dialog.tr("Licence: GNU General Public License, version 3 or later."),
        dialog.tr("Built with Qt %1, Peewee and SQLite.").replace("%1", qVersion()),
    ]
    for line in lines:
        label = QLabel(line)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        layout.addWidget(label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.exec()
