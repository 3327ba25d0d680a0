"""The sidebar's model: All people, each network (colour, live count), Archived, Trash."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel

from networkjournal.store.networks import NetworkInfo
from networkjournal.store.people_list import View
from networkjournal.ui.icons import icon
from networkjournal.ui.models.people_table_model import PERSON_IDS_MIME, decode_person_ids

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "view", "network" or "group"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the View, or the network id
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SidebarKey:
    """What a sidebar item stands for: a view, or one network."""

    kind: str
    value: str | int

    @property
    def view(self) -> View:
        """The view of the journal this item shows."""
        return View(self.value) if self.kind == "view" else View.ACTIVE

    @property
    def network_id(self) -> int | None:
        """The network this item shows, if it is one."""
        return int(self.value) if self.kind == "network" else None


ALL_PEOPLE = SidebarKey("view", View.ACTIVE.value)


def colour_icon(colour: str, size: int = 16) -> QIcon:
    """Return a round swatch of ``colour`` for a network's item."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class SidebarModel(QStandardItemModel):
    """Items the user picks to choose which people the table shows."""

    peopleDropped = Signal(list, object)  # person ids, SidebarKey dropped on
    networkRenamed = Signal(int, str)  # network id, new name typed in place

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._network_ids: list[int] = []
        self._refreshing = False
        root = self.invisibleRootItem()
        self._all = self._view_item(self.tr("All people"), View.ACTIVE, icon("people"))
        self._group = QStandardItem(self.tr("Networks"))
        self._group.setData("group", KIND_ROLE)
        self._group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._archived = self._view_item(self.tr("Archived"), View.ARCHIVED, icon("archive"))
        self._trash = self._view_item(self.tr("Trash"), View.TRASH, icon("trash", "user-trash"))
        for item in (self._all, self._group, self._archived, self._trash):
            root.appendRow(item)
        self.itemChanged.connect(self._on_item_changed)

    def _view_item(self, text: str, view: View, item_icon: QIcon) -> QStandardItem:
        item = QStandardItem(item_icon, text)
        item.setData("view", KIND_ROLE)
        item.setData(view.value, VALUE_ROLE)
        item.setData(0, COUNT_ROLE)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if view != View.ACTIVE:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        item.setFlags(flags)
        return item

    def networks_group(self) -> QModelIndex:
        """Return the index of the "Networks" heading."""
        return self._group.index()

    def refresh(self, network_infos: list[NetworkInfo], counts: dict[View, int]) -> None:
        """Show the current networks and counts, changing items in place where possible."""
        self._refreshing = True  # itemChanged would read every update as a rename
        try:
            self._all.setData(counts.get(View.ACTIVE, 0), COUNT_ROLE)
            self._archived.setData(counts.get(View.ARCHIVED, 0), COUNT_ROLE)
            self._trash.setData(counts.get(View.TRASH, 0), COUNT_ROLE)
            ids = [n.id for n in network_infos]
            if ids != self._network_ids:
                self._group.removeRows(0, self._group.rowCount())
                for info in network_infos:
                    self._group.appendRow(self._network_item(info))
                self._network_ids = ids
            else:
                for row, info in enumerate(network_infos):
                    self._update_network_item(self._group.child(row), info)
        finally:
            self._refreshing = False

    def _network_item(self, info: NetworkInfo) -> QStandardItem:
        item = QStandardItem()
        item.setData("network", KIND_ROLE)
        item.setData(info.id, VALUE_ROLE)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDropEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        self._update_network_item(item, info)
        return item

    def _update_network_item(self, item: QStandardItem, info: NetworkInfo) -> None:
        if item.text() != info.name:
            item.setText(info.name)
        if item.data(COLOUR_ROLE) != info.colour:
            item.setData(info.colour, COLOUR_ROLE)
            item.setIcon(colour_icon(info.colour))
        item.setData(info.people, COUNT_ROLE)
        tip = info.description or info.name
        if info.keep_in_touch_days:
            tip += "\n" + self.tr("Keep in touch every %n days", "", info.keep_in_touch_days)
        item.setToolTip(tip)

    def key(self, index: Index) -> SidebarKey | None:
        """Return what the item at ``index`` stands for (None for the heading)."""
        if not index.isValid():
            return None
        kind = index.data(KIND_ROLE)
        if kind not in ("view", "network"):
            return None
        return SidebarKey(kind, index.data(VALUE_ROLE))

    def index_of(self, key: SidebarKey) -> QModelIndex:
        """Return the index of the item for ``key`` (invalid if it is gone)."""
        if key.kind == "network":
            for row in range(self._group.rowCount()):
                child = self._group.child(row)
                if child.data(VALUE_ROLE) == key.value:
                    return child.index()
            return QModelIndex()
        for item in (self._all, self._archived, self._trash):
            if item.data(VALUE_ROLE) == key.value:
                return item.index()
        return QModelIndex()

    def _on_item_changed(self, item: QStandardItem) -> None:
        if not self._refreshing and item.data(KIND_ROLE) == "network":
            self.networkRenamed.emit(int(item.data(VALUE_ROLE)), item.text())

    # --- dropping people on a network, the archive or the trash ---------------

    def mimeTypes(self) -> list[str]:
        return [PERSON_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        key = self.key(parent)
        return (
            data.hasFormat(PERSON_IDS_MIME) and row == -1 and key is not None and key != ALL_PEOPLE
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = decode_person_ids(data)
        key = self.key(parent)
        if ids and key is not None:
            self.peopleDropped.emit(ids, key)
        # Nothing is inserted into this model; the journal changes and the model refreshes.
        return False
