"""Message boxes that show user text as plain text (Qt's default guesses at HTML)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("message_box")
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    # The informative text is a separate label that setTextFormat does not reach.
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def confirm(parent: QWidget | None, title: str, text: str, detail: str, accept_text: str) -> bool:
    """Ask before something that cannot be undone; True when the user agrees."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """Tell the user something went wrong, in their words."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
