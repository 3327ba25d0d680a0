"""A friendly message in place of an empty list, with the next step as buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A friendly message in place of an empty table, with the next step as buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_empty_state")
        self.title = QLabel()
        self.title.setObjectName("empty_state_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setObjectName("empty_state_body")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        self.buttons.addStretch()
        # A column of fixed width keeps wrapped text measurable (a wrapped QLabel in a
        # centring layout otherwise gets the height of one line).
        column = QWidget()
        column.setFixedWidth(480)
        inner = QVBoxLayout(column)
        inner.addWidget(self.title)
        inner.addSpacing(6)
        inner.addWidget(self.body)
        inner.addSpacing(14)
        inner.addLayout(self.buttons)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(column)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self._buttons: list[QPushButton] = []

    def show_message(
        self, title: str, body: str, buttons: list[tuple[str, str, object]] | None = None
    ) -> None:
        """Show ``title`` and ``body`` with buttons given as (object name, text, slot)."""
        self.title.setText(title)
        self.body.setText(body)
        for button in self._buttons:
            self.buttons.removeWidget(button)
            button.hide()  # deleted later; hidden now so it never shows beside its successor
            button.deleteLater()
        self._buttons = []
        for position, (name, text, slot) in enumerate(buttons or []):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            if position == 0:
                button.setDefault(True)
            self.buttons.insertWidget(1 + position, button)
            self._buttons.append(button)
