"""The network map's search box: type part of a name, Return finds the next person holding it.

Names are compared without case or accents (``store.text.fold``); an exact name is
found first, then Return goes through every match in name order and round again. A
line beside the box says "2 of 5", or that no one on the map has that name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from networkjournal.store.text import fold


class MapSearch(QObject):
    """A line edit with name completion, and the message label beside it."""

    found = Signal(int)  # the person found, by id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: list[tuple[str, int, str]] = []  # (folded name, id, name), in order
        self._next = 0
        self.edit = QLineEdit()
        self.edit.setObjectName("map_search")
        self.edit.setAccessibleName(self.tr("Find a person on the map"))
        self.edit.setPlaceholderText(self.tr("Find a person…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(160)
        self.edit.setMaximumWidth(260)
        self.edit.returnPressed.connect(self._find_next)
        self.edit.textEdited.connect(self._edited)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self.edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._completion_chosen)
        self.edit.setCompleter(completer)
        self.message = QLabel()
        self.message.setObjectName("map_search_message")
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def set_people(self, people: dict[int, str]) -> None:
        """Who can be found: the people on the map, by id."""
        self._names = sorted((fold(name), pid, name) for pid, name in people.items())
        self._completions.setStringList(sorted({name for name in people.values()}, key=fold))

    def find(self, text: str) -> int | None:
        """The next person whose name holds ``text`` (emitting ``found``), or None."""
        wanted = fold(text.strip())
        if not wanted:
            self.message.clear()
            return None
        matches = [(pid, folded) for folded, pid, _name in self._names if wanted in folded]
        if not matches:
            self.message.setText(
                self.tr("No one on the map is called “%1”.").replace("%1", text.strip())
            )
            return None
        exact = [pid for pid, folded in matches if folded == wanted]
        # An exact name first; then every match in turn, round and round.
        found = exact[0] if exact and self._next == 0 else matches[self._next % len(matches)][0]
        self._next += 1
        position = [pid for pid, _folded in matches].index(found) + 1
        self.message.setText(
            ""
            if len(matches) == 1
            else self.tr("%1 of %2").replace("%1", str(position)).replace("%2", str(len(matches)))
        )
        self.found.emit(found)
        return found

    def setEnabled(self, enabled: bool) -> None:
        """Enable or disable the box and its message."""
        self.edit.setEnabled(enabled)
        self.message.setEnabled(enabled)

    @Slot(str)
    def _edited(self, _text: str) -> None:
        self._next = 0
        self.message.clear()

    @Slot()
    def _find_next(self) -> None:
        self.find(self.edit.text())

    @Slot(str)
    def _completion_chosen(self, name: str) -> None:
        self._next = 0
        self.find(name)
