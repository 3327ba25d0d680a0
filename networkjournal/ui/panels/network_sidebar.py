"""The network sidebar (``network_tree``): choose whom the table shows; drop people on a network."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from networkjournal.store import networks, people_list
from networkjournal.ui.models.sidebar_model import ALL_PEOPLE, SidebarKey, SidebarModel
from networkjournal.ui.widgets.sidebar_delegate import SidebarDelegate


class NetworkSidebar(QTreeView):
    """All people, each network with its colour and count, Archived and Trash."""

    keyChanged = Signal(object)  # SidebarKey

    def __init__(
        self, context_actions: list[QAction | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("network_tree")
        self.setMinimumWidth(150)
        self.setAccessibleName(self.tr("Networks"))
        self.sidebar_model = SidebarModel(self)
        self.setModel(self.sidebar_model)
        self.setItemDelegate(SidebarDelegate(self))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self._context_actions = context_actions
        self.refresh()
        self.expandAll()
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.select_key(ALL_PEOPLE)

    def refresh(self) -> None:
        """Read networks and counts from the journal again, keeping the selection."""
        key = self.current_key()
        self.sidebar_model.refresh(networks.list_networks(), people_list.view_counts())
        self.expandAll()
        if key is not None and self.current_key() != key:
            self.select_key(key if self.sidebar_model.index_of(key).isValid() else ALL_PEOPLE)

    def current_key(self) -> SidebarKey | None:
        """What the selected item stands for."""
        return self.sidebar_model.key(self.currentIndex())

    def select_key(self, key: SidebarKey) -> None:
        """Select the item for ``key`` (a view or a network)."""
        index = self.sidebar_model.index_of(key)
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def current_network_id(self) -> int | None:
        """The selected network's id, if a network is selected."""
        key = self.current_key()
        return key.network_id if key else None

    def rename_current(self) -> None:
        """Start editing the selected network's name in place."""
        index = self.currentIndex()
        key = self.sidebar_model.key(index)
        if key is not None and key.kind == "network":
            self.edit(index)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.sidebar_model.key(current)
        if key is not None:
            self.keyChanged.emit(key)

    @Slot(QPoint)
    def _show_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid() and self.sidebar_model.key(index) is not None:
            self.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.viewport().mapToGlobal(pos))
