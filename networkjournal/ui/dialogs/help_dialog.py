"""Who can help with …: type a subject and see who knows about it, and why they came up."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store.help import HelpHit, who_can_help
from networkjournal.ui.widgets.card_delegate import ID_ROLE, Card, CardDelegate, card_item


class WhoCanHelpDialog(QDialog):
    """Type "cardiology" or "audit" to find who could help; Return shows the chosen person."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("who_can_help_dialog")
        self.setWindowTitle(self.tr("Who Can Help?"))
        self.chosen_person_id: int | None = None
        self._hits: list[HelpHit] = []
        intro = QLabel(
            self.tr(
                "Looks through what you know about people, their roles, the topics you "
                "share and the organisations they are in."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.field = QLineEdit(text)
        self.field.setObjectName("who_can_help_field")
        self.field.setAccessibleName(self.tr("Who can help with"))
        self.field.setPlaceholderText(self.tr("Help with… e.g. cardiology, audit, anatomy, rowing"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("who_can_help_results")
        self.results.setAccessibleName(self.tr("People who could help"))
        self.results.setItemDelegate(CardDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._choose)
        self.status = QLabel()
        self.status.setObjectName("who_can_help_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("close_button")
        self.show_button = buttons.addButton(
            self.tr("&Show Person"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.show_button.setObjectName("who_can_help_show_button")
        self.show_button.setAutoDefault(False)
        buttons.accepted.connect(self._choose_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        # Typing a word runs one search when the keystrokes stop arriving, not one per key.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._search)
        self.field.textChanged.connect(self._timer.start)
        self.field.installEventFilter(self)
        self.field.returnPressed.connect(self._choose_current)
        self.resize(600, 520)
        self._search()

    def hits(self) -> list[HelpHit]:
        """The people listed, best first."""
        return list(self._hits)

    @Slot()
    def _search(self) -> None:
        text = self.field.text().strip()
        self._hits = who_can_help(text) if text else []
        self.results.clear()
        for hit in self._hits:
            aside = self.tr("archived") if hit.archived else ""
            card = Card(hit.name, hit.headline, aside, tuple(hit.reasons))
            self.results.addItem(card_item(card, hit.person_id))
        if self._hits:
            self.results.setCurrentRow(0)
            self.status.setText(
                self.tr("%n could help — Return shows them, ↑↓ choose", "", len(self._hits))
            )
        elif text:
            self.status.setText(
                self.tr("Nobody in the journal seems to know about “%1” yet.").replace("%1", text)
            )
        else:
            self.status.setText(self.tr("Type a subject, a speciality, a skill or a place."))
        self.show_button.setEnabled(bool(self._hits))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the field move through the people found."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step and self.results.count():
                row = self.results.currentRow() + step
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _choose_current(self) -> None:
        if self._timer.isActive():  # Return straight after typing: search what was typed
            self._timer.stop()
            self._search()
        self._choose(self.results.currentIndex())

    @Slot(QModelIndex)
    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen_person_id = int(index.data(ID_ROLE))
            self.accept()
