"""The small note under a form field: what is wrong with it, or how it was read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget


def as_sentence(message: str) -> str:
    """Return a store message ("a day needs a month") as a sentence to show."""
    return message[:1].upper() + message[1:] if message[:1].isalpha() else message


def style_field_message(label: QLabel, error: bool = True) -> None:
    """Make ``label`` a small note under a field: red for a problem, muted for a reading."""
    palette = label.palette()
    fore = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    if error:
        colour = QColor("#ff7b72" if back.lightness() < 128 else "#c62828")
    else:
        # Three fifths of the way from background to text: quieter, still easy to read.
        colour = QColor(
            (fore.red() * 3 + back.red() * 2) // 5,
            (fore.green() * 3 + back.green() * 2) // 5,
            (fore.blue() * 3 + back.blue() * 2) // 5,
        )
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(QApplication.font(label).pointSizeF() * 0.9)
    label.setFont(font)


def message_label(name: str) -> QLabel:
    """Return a hidden, plain-text problem note named ``name``, to put under a field."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    style_field_message(label)
    label.hide()
    return label


def show_message(label: QLabel, field: QWidget, message: str, show: bool) -> None:
    """Show ``message`` under ``field`` and tell assistive tools, or hide and clear it."""
    label.setText(message if show else "")
    label.setVisible(show)
    field.setAccessibleDescription(message if show else "")
