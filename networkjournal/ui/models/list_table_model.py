"""A table model over a Python list of rows with fixed column headers.

The short lists of the window (follow-ups, who to reconnect with, what is
coming up) hold their rows in ``self._rows``; this base answers Qt's row and
column counts and the headers, so each model writes only what its cells say.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ListTableModel(QAbstractTableModel):
    """Rows in ``self._rows``, columns named by ``HEADERS`` (translated when shown)."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    _rows: list

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None
