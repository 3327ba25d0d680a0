"""A person's timeline: the journal entries they were in, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from networkjournal.store import journal
from networkjournal.store.journal import EntryRow
from networkjournal.ui import labels
from networkjournal.ui.formatting import format_datetime, plain_tooltip, relative_day

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the EntryRow, for the delegate

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class TimelineModel(QAbstractListModel):
    """Rows are the entries of one person (a few hundred at most, so all are held)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._person_id: int | None = None
        self._rows: list[EntryRow] = []

    def set_person(self, person_id: int | None) -> None:
        """Show the timeline of ``person_id`` (None: nobody)."""
        self._person_id = person_id
        self.reload()

    def reload(self) -> None:
        """Read the timeline again (after an edit)."""
        self.beginResetModel()
        self._rows = journal.timeline(self._person_id) if self._person_id is not None else []
        self.endResetModel()

    def entry_id(self, row: int) -> int:
        """The id of the entry in ``row``."""
        return self._rows[row].id

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = relative_day(row.occurred_at)
            return f"{when} · {labels.entry_kind(row.kind)} · {row.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [format_datetime(row.occurred_at), row.title]
            if row.people:
                lines.append(", ".join(row.people))
            if row.snippet:
                lines.append(row.snippet)
            return plain_tooltip("\n".join(lines))
        if role == ENTRY_ID_ROLE:
            return row.id
        if role == ENTRY_ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
