"""The journal table's model: holds the ids of the current filter, fetches rows on demand.

The same design as the people table (after Anki's browser): the model never
holds all entries.  It keeps the ordered ids of the current
:class:`EntryFilter`, fetches the columns of a block of rows around the one the
view asks for, and keeps a bounded LRU cache, so a journal of 200,000 entries
opens and scrolls as fast as one of twenty.  The journal is chronological:
rows are always newest first, and there is no sorting by column.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from networkjournal.store import journal
from networkjournal.store.journal import EntryFilter, EntryRow
from networkjournal.ui import labels
from networkjournal.ui.formatting import format_datetime, plain_tooltip, relative_day

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

WHEN, KIND, TITLE, PEOPLE, NOTES = range(5)
# Marked for lupdate in the context JournalTableModel's self.tr() looks them up in.
HEADERS = (
    QT_TRANSLATE_NOOP("JournalTableModel", "When"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Kind"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Title"),
    QT_TRANSLATE_NOOP("JournalTableModel", "People"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Notes"),
)

BLOCK = 100  # rows fetched together when the view asks for one that is not cached
CACHE_LIMIT = 2000  # rows kept; the least recently used go first

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class JournalTableModel(QAbstractTableModel):
    """Rows are the entries an :class:`EntryFilter` selects, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = EntryFilter()
        self._ids: list[int] = []
        self._positions: dict[int, int] = {}
        self._cache: OrderedDict[int, EntryRow] = OrderedDict()
        self._today = dt.date.today()

    # --- the query -------------------------------------------------------

    @property
    def entry_filter(self) -> EntryFilter:
        """The filter the rows come from."""
        return self._filter

    def set_filter(self, flt: EntryFilter) -> None:
        """Show the entries ``flt`` selects."""
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Run the query again (after an edit) and forget cached rows."""
        self.beginResetModel()
        self._ids = journal.entry_ids(self._filter)
        self._positions = {eid: row for row, eid in enumerate(self._ids)}
        self._cache.clear()
        # Read once per reload, so "today" and "yesterday" move on at the next one.
        self._today = dt.date.today()
        self.endResetModel()

    def entry_id(self, row: int) -> int:
        """Return the id of the entry in ``row``."""
        return self._ids[row]

    def row_of(self, entry_id: int) -> int | None:
        """Return the row showing ``entry_id``, or None if the filter hides it."""
        return self._positions.get(entry_id)

    def cached_rows(self) -> int:
        """How many rows' columns are held in memory (bounded by CACHE_LIMIT)."""
        return len(self._cache)

    def _row(self, row: int) -> EntryRow | None:
        eid = self._ids[row]
        cached = self._cache.get(eid)
        if cached is not None:
            self._cache.move_to_end(eid)
            return cached
        # Most scrolling goes down: fetch a little above the row and more below it.
        start = max(0, row - BLOCK // 4)
        block = self._ids[start : start + BLOCK]
        fetched = journal.entry_rows([i for i in block if i not in self._cache])
        for fetched_id in block:
            if fetched_id in fetched:
                self._cache[fetched_id] = fetched[fetched_id]
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(eid)

    # --- Qt's model interface ---------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ENTRY_ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._row(index.row())
        if entry is None:  # deleted since the ids were read; the next reload drops the row
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(entry, index.column()) or "")
        return self._text(entry, index.column())

    def _text(self, entry: EntryRow, column: int) -> str | None:
        if column == WHEN:
            return relative_day(entry.occurred_at, self._today)
        if column == KIND:
            return labels.entry_kind(entry.kind)
        if column == TITLE:
            return entry.title
        if column == PEOPLE:
            return ", ".join(entry.people)
        if column == NOTES:
            return entry.snippet
        return None

    def _tooltip(self, entry: EntryRow, column: int) -> str | None:
        if column == WHEN:
            return format_datetime(entry.occurred_at)
        if column == TITLE and entry.location:
            # str.format never reads the user's text as a placeholder; chained replace() would.
            return self.tr("{title}\nat {place}").format(title=entry.title, place=entry.location)
        if column == TITLE:
            return entry.title or None
        if column == PEOPLE:
            return "\n".join(entry.people) or None
        if column == NOTES:
            return entry.snippet or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
