"""Helpers for the topic, organisation and relationship forms and the list dialogs."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)
D = TypeVar("D", bound=QDialog)


def shown(qtbot: QtBot, dialog: D) -> D:
    """Show ``dialog`` active, as a window manager would, so its shortcuts work."""
    # Closing an edited form asks first; a test left mid-edit must not wait for an answer.
    qtbot.addWidget(dialog, before_close_func=lambda d: QDialog.done(d, 0))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def child(parent: QWidget, kind: type[W], name: str) -> W:
    """The child of ``parent`` called ``name``; fails the test when there is none."""
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Put the cursor in ``widget`` and type ``text`` as a person would."""
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def pick(qtbot: QtBot, combo: QComboBox, typed: str, expected: str) -> None:
    """Type part of a name into a person picker and take the first suggestion."""
    type_into(qtbot, combo.lineEdit(), typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == expected)


def save_with_keys(qtbot: QtBot, dialog: QDialog) -> None:
    """Press Ctrl+Return wherever the focus is."""
    focus = QApplication.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def answer_message_box_later(button: str, seen: list[str]) -> None:
    """Press ``button`` in the message box about to open, noting its text in ``seen``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        child(box, QAbstractButton, button).click()

    QTimer.singleShot(0, press)
