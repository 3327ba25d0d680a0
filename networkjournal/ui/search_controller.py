"""Search everything (Ctrl+K): opens the search dialog and says what was chosen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from networkjournal.ui.dialogs.global_search import GlobalSearchDialog


class SearchController(QObject):
    """Turns a chosen search hit into "show this person" or "open this entry"."""

    personChosen = Signal(int)
    entryChosen = Signal(int)

    def __init__(self, window: QWidget, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self.window = window
        actions["action_search_all"].triggered.connect(self.search_everything)

    @Slot()
    def search_everything(self) -> None:
        """Open the search dialog; show or open what the user picks."""
        dialog = GlobalSearchDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if dialog.chosen.kind == "person":
            self.personChosen.emit(dialog.chosen.id)
        else:
            self.entryChosen.emit(dialog.chosen.id)
