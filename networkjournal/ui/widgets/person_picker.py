"""A combo box for choosing someone from the journal by typing part of their name."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from networkjournal.store.text import fold

_FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


class PersonPicker(QComboBox):
    """Pick a person, or "Nobody", by typing part of a name; accents and case are ignored."""

    def __init__(
        self, people: dict[int, str], exclude_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.lineEdit().setPlaceholderText(self.tr("Nobody: type part of a name to choose"))
        keyed = sorted((fold(name), pid, name) for pid, name in people.items() if pid != exclude_id)
        namesakes = Counter(key for key, _pid, _name in keyed)
        self.addItem(self.tr("Nobody"), None)
        self.setItemData(0, fold(self.itemText(0)), _FOLDED_ROLE)
        for key, pid, name in keyed:
            if namesakes[key] > 1:
                # People of the same name are told apart by their number.
                name = f"{name} (#{pid})"
                key = fold(name)
            self.addItem(name, pid)
            self.setItemData(self.count() - 1, key, _FOLDED_ROLE)
        self.setCompleter(_FoldingCompleter(self.model(), self))
        self.currentIndexChanged.connect(self._picked)
        self.set_person(None)

    def set_person(self, person_id: int | None) -> None:
        """Choose ``person_id``, or "Nobody" for None; an unlisted id is kept as "Person #id"."""
        index = self.findData(person_id) if person_id is not None else 0
        if index < 0:
            # Someone the caller did not list (in the trash, say): keep them, by number.
            self.addItem(self.tr("Person #%1").replace("%1", str(person_id)), person_id)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self._picked(index)

    def person(self) -> tuple[int | None, bool]:
        """Return the chosen person's id, and whether the text names anyone at all."""
        text = self.currentText().strip()
        if not text:
            return None, True
        if self.itemText(self.currentIndex()) == text:
            return self.currentData(), True
        index = self.findData(fold(text), _FOLDED_ROLE)
        return (self.itemData(index), True) if index >= 0 else (None, False)

    @Slot(int)
    def _picked(self, index: int) -> None:
        # "Nobody" shows as an empty field, so a name typed there does not follow the word.
        if index == 0:
            self.lineEdit().clear()


class _FoldingCompleter(QCompleter):
    """Completes names matching anywhere, ignoring case and accents ("ines" finds "Inês")."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(_FOLDED_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))
