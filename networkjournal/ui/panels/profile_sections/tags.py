"""A person's tags as chips (each with a remove button) and a field to add more, with completion."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Slot
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import tags
from networkjournal.store.text import fold
from networkjournal.ui.panels.profile_sections.base import ProfileContext
from networkjournal.ui.panels.profile_sections.flow_layout import FlowLayout
from networkjournal.ui.panels.profile_sections.widgets import plain_label, remove_button
from networkjournal.ui.profile_commands import SetPersonTags

CHIP_STYLE = (
    "QFrame#tag_chip { border: 1px solid palette(mid); border-radius: 9px;"
    " background: palette(alternate-base); }"
)


class Tags(QWidget):
    """Chips for the tags a person has, and ``tags_edit`` to add one (Return) or several (a, b)."""

    def __init__(self, context: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id: int | None = None
        self._names: list[str] = []
        self._chips: list[QFrame] = []
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips, spacing=4)
        self.edit = QLineEdit()
        self.edit.setObjectName("tags_edit")
        self.edit.setAccessibleName(self.tr("Add a tag"))
        self.edit.setPlaceholderText(self.tr("Add a tag and press Enter"))
        self.edit.returnPressed.connect(self._add)
        self.known_tags = QStringListModel(self)
        self.completer = QCompleter(self.known_tags, self.edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(self.completer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chips)
        layout.addWidget(self.edit)

    def load(self, person_id: int) -> bool:
        """Show ``person_id``'s tags; return whether they have any."""
        if person_id != self.person_id:
            self.edit.clear()
        self.person_id = person_id
        self._names = tags.person_tags(person_id)
        for chip in self._chips:
            chip.hide()
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = [self._chip(index, name) for index, name in enumerate(self._names)]
        for chip in self._chips:
            self.flow.addWidget(chip)
        self.chips.setVisible(bool(self._chips))
        self.edit.setVisible(self.context.editable)
        if self.context.editable:
            self.known_tags.setStringList([row.name for row in tags.list_tags()])
        return bool(self._names)

    def names(self) -> list[str]:
        """Return the tags shown, in order."""
        return list(self._names)

    def _chip(self, index: int, name: str) -> QFrame:
        chip = QFrame()
        chip.setObjectName("tag_chip")
        chip.setStyleSheet(CHIP_STYLE)
        row = QHBoxLayout(chip)
        row.setContentsMargins(8, 0, 2 if self.context.editable else 8, 0)
        row.setSpacing(0)
        label = plain_label(f"tag_chip_label_{index}", name, wrap=False)
        row.addWidget(label)
        if self.context.editable:
            remove = remove_button(
                self.tr("Remove tag %1").replace("%1", name),
                self.tr("Take this tag off (undo puts it back)"),
            )
            remove.setObjectName(f"tag_remove_{index}")
            remove.clicked.connect(lambda _=False, name=name: self._remove(name))
            row.addWidget(remove)
        return chip

    @Slot()
    def _add(self) -> None:
        typed = [" ".join(part.split()) for part in self.edit.text().split(",")]
        names = list(self._names)
        known = {fold(name) for name in names}
        for name in typed:
            if name and fold(name) not in known:
                names.append(name)
                known.add(fold(name))
        if names == self._names:
            self.edit.clear()
            return
        if self._set(names):
            self.edit.clear()

    def _remove(self, name: str) -> None:
        self._set([n for n in self._names if n != name])

    def _set(self, names: list[str]) -> bool:
        assert self.person_id is not None
        return self.context.run(SetPersonTags(self.context.journal_events(), self.person_id, names))
