"""The people table's model: holds the ids of the current query, fetches rows on demand.

After Anki's browser: the model never holds all people.  It keeps the ordered
ids of the current filter, fetches the columns of a block of rows around the
one the view asks for, and keeps a bounded cache, so memory does not grow with
rows scrolled.  Sorting re-runs the query with another ORDER BY.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from networkjournal.store import people_list
from networkjournal.store.people_list import PeopleFilter, PersonRow, SortKey
from networkjournal.ui.formatting import (
    format_date,
    format_datetime,
    plain_tooltip,
    relative_day,
    utc_to_local,
)

PERSON_IDS_MIME = "application/x-networkjournal-person-ids"
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NETWORKS_ROLE = Qt.ItemDataRole.UserRole + 2  # list of (name, colour) for the chips delegate

# Headings marked for lupdate in the context PeopleTableModel's self.tr() looks them up in.
COLUMNS = [
    (SortKey.NAME, QT_TRANSLATE_NOOP("PeopleTableModel", "Name")),
    (SortKey.NETWORKS, QT_TRANSLATE_NOOP("PeopleTableModel", "Networks")),
    (SortKey.HEADLINE, QT_TRANSLATE_NOOP("PeopleTableModel", "Role")),
    (SortKey.LAST_CONTACT, QT_TRANSLATE_NOOP("PeopleTableModel", "Last contact")),
    (SortKey.ADDED, QT_TRANSLATE_NOOP("PeopleTableModel", "Added")),
]

BLOCK = 100  # rows fetched together when the view asks for one that is not cached
CACHE_LIMIT = 2000  # rows kept; the least recently used go first

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def encode_person_ids(ids: list[int]) -> QByteArray:
    """Pack person ids for a drag (ASCII, comma-separated)."""
    return QByteArray(",".join(str(pid) for pid in ids).encode("ascii"))


def decode_person_ids(mime: QMimeData) -> list[int]:
    """Unpack person ids from a drop; empty if the drop carries none (or garbage)."""
    if not mime.hasFormat(PERSON_IDS_MIME):
        return []
    text = bytes(mime.data(PERSON_IDS_MIME).data()).decode("ascii", errors="replace")
    try:
        return [int(part) for part in text.split(",") if part]
    except ValueError:
        return []


class PeopleTableModel(QAbstractTableModel):
    """Rows are people selected by a :class:`PeopleFilter`, sorted in SQL."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = PeopleFilter()
        self._sort = SortKey.NAME
        self._descending = False
        self._ids: list[int] = []
        self._positions: dict[int, int] = {}
        self._cache: OrderedDict[int, PersonRow] = OrderedDict()
        self._loaded = False  # until the first reload, a sort only remembers its order

    # --- the query -------------------------------------------------------

    @property
    def people_filter(self) -> PeopleFilter:
        """The filter the rows come from."""
        return self._filter

    def set_filter(self, flt: PeopleFilter) -> None:
        """Show the people ``flt`` selects."""
        if flt != self._filter or not self._loaded:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Run the query again (after an edit) and forget cached rows."""
        self.beginResetModel()
        self._loaded = True
        self._ids = people_list.person_ids(self._filter, self._sort, self._descending)
        self._positions = {pid: row for row, pid in enumerate(self._ids)}
        self._cache.clear()
        self.endResetModel()

    def person_id(self, row: int) -> int:
        """Return the id of the person in ``row``."""
        return self._ids[row]

    def row_of(self, person_id: int) -> int | None:
        """Return the row showing ``person_id``, or None if the filter hides them."""
        return self._positions.get(person_id)

    def cached_rows(self) -> int:
        """How many rows' columns are held in memory (bounded by CACHE_LIMIT)."""
        return len(self._cache)

    def _row(self, row: int) -> PersonRow | None:
        pid = self._ids[row]
        cached = self._cache.get(pid)
        if cached is not None:
            self._cache.move_to_end(pid)
            return cached
        start = max(0, row - BLOCK // 4)
        block = self._ids[start : start + BLOCK]
        fetched = people_list.person_rows([i for i in block if i not in self._cache])
        for fetched_id in block:
            if fetched_id in fetched:
                self._cache[fetched_id] = fetched[fetched_id]
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(pid)

    # --- Qt's model interface ---------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == PERSON_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            NETWORKS_ROLE,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        person = self._row(index.row())
        if person is None:  # deleted since the ids were read; the next reload drops the row
            return None
        key = COLUMNS[index.column()][0]
        if role == NETWORKS_ROLE:
            return list(person.networks) if key == SortKey.NETWORKS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in (SortKey.LAST_CONTACT, SortKey.ADDED):
                return QColor(Qt.GlobalColor.darkGray)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._text(person, key, tooltip=True) or "")
        return self._text(person, key, tooltip=False)

    def _text(self, person: PersonRow, key: SortKey, tooltip: bool) -> str | None:
        match key:
            case SortKey.NAME:
                return person.name
            case SortKey.NETWORKS:
                return ", ".join(name for name, _colour in person.networks)
            case SortKey.HEADLINE:
                return person.headline
            case SortKey.LAST_CONTACT:
                if person.last_contact is None:
                    return self.tr("No entries yet") if tooltip else ""
                if tooltip:
                    return format_datetime(person.last_contact)
                return relative_day(person.last_contact)
            case SortKey.ADDED:
                added = utc_to_local(person.added)
                if tooltip:
                    return format_datetime(added)
                return format_date(added.date())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # QTableView asks twice when the header's indicator moves; rows are current
        self._sort, self._descending = key, descending
        if not self._loaded:
            return  # the window restoring its sort order before the first query
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._ids[i.row()], i.column()) for i in old]
        self._ids = people_list.person_ids(self._filter, self._sort, self._descending)
        self._positions = {pid: row for row, pid in enumerate(self._ids)}
        new = [
            self.index(self._positions[pid], col) if pid in self._positions else QModelIndex()
            for pid, col in old_ids
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [PERSON_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(self._ids[i.row()] for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(PERSON_IDS_MIME, encode_person_ids(ids))
        names = [self._row(self._positions[pid]) for pid in ids[:50]]
        mime.setText("\n".join(p.name for p in names if p is not None))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
