"""The sidebar's model: views, networks (with roles), organisations, tags, topics, supervisors.

Every choosable item carries a :class:`SidebarKey`; choices made together
combine (Academic support AND tag "cardiology").  Counts are live: the model
is refreshed in place after every edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QStandardItem, QStandardItemModel

from networkjournal.store.browse import BrowseItem, BrowseTree
from networkjournal.store.people_list import Criterion, CriterionKind, View
from networkjournal.ui import labels
from networkjournal.ui.icons import icon
from networkjournal.ui.models.people_table_model import PERSON_IDS_MIME, decode_person_ids

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "view", "smart", a CriterionKind, or "group"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the View value, or the criterion's value
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 4
ROLE_ROLE = Qt.ItemDataRole.UserRole + 5  # a role within a network

Index = QModelIndex | QPersistentModelIndex

# Kinds of item that are a choice on their own: views of the journal, and smart lists
# (Reconnect, Coming up) that open their own list rather than filter the people table.
ALONE_KINDS = {"view", "smart"}
# Items people can be dropped on, and what the drop does.
DROP_KINDS = {"view", CriterionKind.NETWORK, CriterionKind.TAG, CriterionKind.ORGANISATION}


@dataclass(frozen=True)
class SidebarKey:
    """What a sidebar item stands for: a view of the journal, or a browsing choice."""

    kind: str
    value: str | int
    role: str | None = None

    @property
    def view(self) -> View:
        """The view of the journal this item shows (All people unless it is a view)."""
        return View(self.value) if self.kind == "view" else View.ACTIVE

    @property
    def network_id(self) -> int | None:
        """The network this item is, if it is a whole network."""
        if self.kind == CriterionKind.NETWORK and self.role is None:
            return int(self.value)
        return None

    @property
    def alone(self) -> bool:
        """Whether choosing this item stands alone (a view or a smart list)."""
        return self.kind in ALONE_KINDS

    def criterion(self) -> Criterion | None:
        """The browsing choice this item stands for (None for a view or a smart list)."""
        if self.alone:
            return None
        return Criterion(CriterionKind(self.kind), self.value, self.role)

    @classmethod
    def of(cls, criterion: Criterion) -> SidebarKey:
        """The key of the item standing for ``criterion``."""
        return cls(criterion.kind.value, criterion.value, criterion.role)


# Icons of items that have no colour of their own.
_KIND_ICONS = {
    CriterionKind.TAG: "tag",
    CriterionKind.ORGANISATION: "organisation",
    CriterionKind.TOPIC_KIND: "topic",
    CriterionKind.SUPERVISES: "person-edit",
}

ALL_PEOPLE = SidebarKey("view", View.ACTIVE.value)
REFEREES = SidebarKey(CriterionKind.REFEREE.value, 0)
RECONNECT = SidebarKey("smart", "reconnect")
UPCOMING = SidebarKey("smart", "upcoming")


def colour_icon(colour: str, size: int = 16) -> QIcon:
    """Return a round swatch of ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


def _text(browse: BrowseItem) -> str:
    """How an item reads: a kind of topic (the store's label) in the reader's language."""
    if browse.criterion.kind in (CriterionKind.TOPIC_KIND, CriterionKind.SUPERVISES):
        return labels.topic_kind(str(browse.criterion.value))
    return browse.label


class SidebarModel(QStandardItemModel):
    """Items the user picks to choose which people the table shows."""

    peopleDropped = Signal(list, object)  # person ids, SidebarKey dropped on
    networkRenamed = Signal(int, str)  # network id, new name typed in place

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._refreshing = False
        self._shape: list[object] = []
        root = self.invisibleRootItem()
        self._all = self._view_item(self.tr("All people"), View.ACTIVE, icon("people"))
        self._referees = self._item(REFEREES, self.tr("Referees"), icon("person-edit"))
        self._smart = {
            RECONNECT: self._item(RECONNECT, self.tr("Reconnect"), icon("reconnect")),
            UPCOMING: self._item(UPCOMING, self.tr("Coming up"), icon("date")),
        }
        self._groups = {
            "networks": self._group(self.tr("Networks")),
            "organisations": self._group(self.tr("Organisations")),
            "tags": self._group(self.tr("Tags")),
            "topics": self._group(self.tr("Learning together")),
            "supervises": self._group(self.tr("Could supervise")),
        }
        self._archived = self._view_item(self.tr("Archived"), View.ARCHIVED, icon("archive"))
        self._trash = self._view_item(self.tr("Trash"), View.TRASH, icon("trash", "user-trash"))
        for item in (self._all, self._referees, *self._smart.values(), *self._groups.values()):
            root.appendRow(item)
        root.appendRow(self._archived)
        root.appendRow(self._trash)
        self.itemChanged.connect(self._on_item_changed)

    # --- building ----------------------------------------------------------------

    def _group(self, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData("group", KIND_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _item(self, key: SidebarKey, text: str, item_icon: QIcon | None = None) -> QStandardItem:
        item = QStandardItem(text)
        if item_icon is not None:
            item.setIcon(item_icon)
        item.setData(key.kind, KIND_ROLE)
        item.setData(key.value, VALUE_ROLE)
        item.setData(key.role, ROLE_ROLE)
        item.setData(0, COUNT_ROLE)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if key.kind in DROP_KINDS and key != ALL_PEOPLE:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        if key.kind == CriterionKind.NETWORK and key.role is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        return item

    def _view_item(self, text: str, view: View, item_icon: QIcon) -> QStandardItem:
        return self._item(SidebarKey("view", view.value), text, item_icon)

    def refresh(
        self,
        tree: BrowseTree,
        counts: dict[View, int],
        smart_counts: dict[SidebarKey, int] | None = None,
    ) -> None:
        """Show the current groups and counts, changing items in place where the shape holds."""
        groups: dict[str, list[BrowseItem]] = {
            "networks": tree.networks,
            "organisations": tree.organisations,
            "tags": tree.tags,
            "topics": tree.topics,
            "supervises": tree.supervises,
        }
        shape = [
            (name, [(i.criterion, [c.criterion for c in i.children]) for i in items])
            for name, items in groups.items()
        ]
        self._refreshing = True  # itemChanged would read every update as a rename
        try:
            self._all.setData(counts.get(View.ACTIVE, 0), COUNT_ROLE)
            self._archived.setData(counts.get(View.ARCHIVED, 0), COUNT_ROLE)
            self._trash.setData(counts.get(View.TRASH, 0), COUNT_ROLE)
            self._referees.setData(tree.referees, COUNT_ROLE)
            for key, count in (smart_counts or {}).items():
                self._smart[key].setData(count, COUNT_ROLE)
            if shape != self._shape:
                for name, items in groups.items():
                    group = self._groups[name]
                    group.removeRows(0, group.rowCount())
                    for browse_item in items:
                        group.appendRow(self._browse_item(browse_item))
                self._shape = shape
            else:
                for name, items in groups.items():
                    group = self._groups[name]
                    for row, browse_item in enumerate(items):
                        self._update(group.child(row), browse_item)
        finally:
            self._refreshing = False

    def _browse_item(self, browse: BrowseItem) -> QStandardItem:
        kind_icon = _KIND_ICONS.get(browse.criterion.kind)
        item = self._item(
            SidebarKey.of(browse.criterion), _text(browse), kind_icon and icon(kind_icon)
        )
        self._show(item, browse)
        for child in browse.children:
            item.appendRow(self._browse_item(child))
        return item

    def _update(self, item: QStandardItem, browse: BrowseItem) -> None:
        self._show(item, browse)
        for row, child in enumerate(browse.children):
            self._update(item.child(row), child)

    def _show(self, item: QStandardItem, browse: BrowseItem) -> None:
        text = _text(browse)
        if item.text() != text:
            item.setText(text)
        if browse.colour and item.data(COLOUR_ROLE) != browse.colour:
            item.setData(browse.colour, COLOUR_ROLE)
            item.setIcon(colour_icon(browse.colour))
        if item.data(COUNT_ROLE) != browse.count:
            item.setData(browse.count, COUNT_ROLE)

    # --- reading ---------------------------------------------------------------------

    def group_index(self, name: str) -> QModelIndex:
        """Return the index of a group heading ("networks", "tags" …)."""
        return self._groups[name].index()

    def networks_group(self) -> QModelIndex:
        """Return the index of the "Networks" heading."""
        return self.group_index("networks")

    def key(self, index: Index) -> SidebarKey | None:
        """Return what the item at ``index`` stands for (None for a heading)."""
        if not index.isValid():
            return None
        kind = index.data(KIND_ROLE)
        if kind in (None, "group"):
            return None
        return SidebarKey(kind, index.data(VALUE_ROLE), index.data(ROLE_ROLE))

    def index_of(self, key: SidebarKey) -> QModelIndex:
        """Return the index of the item for ``key`` (invalid if it is gone)."""
        matches = self.match(
            self.index(0, 0),
            VALUE_ROLE,
            key.value,
            -1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        for index in matches:
            if self.key(index) == key:
                return index
        return QModelIndex()

    def _on_item_changed(self, item: QStandardItem) -> None:
        key = self.key(item.index())
        if not self._refreshing and key is not None and key.network_id is not None:
            self.networkRenamed.emit(key.network_id, item.text())

    # --- dropping people on an item ---------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [PERSON_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        key = self.key(parent)
        return (
            data.hasFormat(PERSON_IDS_MIME)
            and row == -1
            and key is not None
            and key.kind in DROP_KINDS
            and key != ALL_PEOPLE
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
