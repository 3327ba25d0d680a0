"""The referees: who could write you a reference, what they have seen you do, when you spoke."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from networkjournal.interop.markdown import referees_markdown
from networkjournal.store.referees import RefereeRow, referees
from networkjournal.ui.formatting import format_date, relative_day
from networkjournal.ui.widgets.card_delegate import ID_ROLE, Card, CardDelegate, card_item
from networkjournal.ui.widgets.empty_state import EmptyState


class RefereesDialog(QDialog):
    """Everyone marked as a possible referee; copy the list as Markdown for an application."""

    personRequested = Signal(int)  # person id: show them (the dialog closes)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referees_dialog")
        self.setWindowTitle(self.tr("Referees"))
        self.chosen_person_id: int | None = None
        self._today = today or dt.date.today()
        self._rows: list[RefereeRow] = []
        intro = QLabel(
            self.tr(
                "People who could give you a reference: what they have seen you do, what a "
                "reference from them could speak to, and when you last spoke."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("referees_list")
        self.list.setAccessibleName(self.tr("Referees"))
        self.list.setItemDelegate(CardDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.activated.connect(self._show_person)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.empty_state = EmptyState()
        self.empty_state.setObjectName("referees_empty_state")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty_state)
        self.status = QLabel()
        self.status.setObjectName("referees_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("close_button")
        role = QDialogButtonBox.ButtonRole
        self.copy_button = buttons.addButton(self.tr("&Copy as Markdown"), role.ActionRole)
        self.copy_button.setObjectName("referees_copy_button")
        self.copy_button.setToolTip(self.tr("Put the list on the clipboard, to paste anywhere"))
        self.show_button = buttons.addButton(self.tr("&Show Person"), role.ActionRole)
        self.show_button.setObjectName("referees_show_button")
        for button in (self.copy_button, self.show_button):
            button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_markdown)
        self.show_button.clicked.connect(lambda: self._show_person(self.list.currentIndex()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.reload()

    def reload(self) -> None:
        """Read the referees again (after an edit)."""
        self._rows = referees()
        self.list.clear()
        for row in self._rows:
            self.list.addItem(card_item(self._card(row), row.person_id))
        if self._rows:
            self.list.setCurrentRow(0)
            self.stack.setCurrentWidget(self.list)
            self.status.setText(self._count_text(self.tr("1 referee"), self.tr("%1 referees")))
        else:
            self.empty_state.show_message(
                self.tr("Nobody is marked as a referee yet"),
                self.tr(
                    "Tick “Could give me a reference” in a person's notes, and note what they "
                    "have seen you do: it all gathers here."
                ),
            )
            self.stack.setCurrentWidget(self.empty_state)
            self.status.setText("")
        self.copy_button.setEnabled(bool(self._rows))
        self._update_buttons()

    def rows(self) -> list[RefereeRow]:
        """The referees listed, by name."""
        return list(self._rows)

    @Slot()
    def copy_markdown(self) -> None:
        """Put the referees on the clipboard as a Markdown document."""
        QGuiApplication.clipboard().setText(referees_markdown(self._rows, self._today))
        self.status.setText(
            self._count_text(
                self.tr("Copied 1 referee as Markdown."), self.tr("Copied %1 referees as Markdown.")
            )
        )

    def _count_text(self, one: str, many: str) -> str:
        """The sentence for one referee, or for as many as are listed."""
        count = len(self._rows)
        return one if count == 1 else many.replace("%1", str(count))

    def _card(self, row: RefereeRow) -> Card:
        if row.last_contact is None:
            last = self.tr("No entries yet")
        else:
            last = self.tr("Last spoke %1").replace(
                "%1", relative_day(row.last_contact, self._today)
            )
        lines: list[str] = []
        note = " ".join(row.referee_note.split())
        if note:
            lines.append(self.tr("Could speak to: %1").replace("%1", note))
        for seen in row.witnessed:
            text = " ".join(seen.text.split())
            if seen.shared_on is not None:
                text = f"{text} ({format_date(seen.shared_on)})"
            lines.append(self.tr("Has seen: %1").replace("%1", text))
        if not note and not row.witnessed:
            lines.append(self.tr("Nothing noted yet about what they have seen you do."))
        return Card(row.name, row.headline, last, tuple(lines))

    @Slot()
    def _update_buttons(self) -> None:
        self.show_button.setEnabled(self.list.currentRow() >= 0 and bool(self._rows))

    @Slot(QModelIndex)
    def _show_person(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen_person_id = int(index.data(ID_ROLE))
            self.personRequested.emit(self.chosen_person_id)
            self.accept()
