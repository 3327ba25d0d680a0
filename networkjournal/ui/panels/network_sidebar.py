"""The sidebar (``network_tree``): choose whom the table shows; drop people on a network.

Choices combine: Ctrl-click a network and a tag to see the people in both.
A view (All people, Archived, Trash) is one choice on its own, and so is a smart
list (Reconnect, Coming up), which opens its own list.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from networkjournal.store import dates, people_list, reminders
from networkjournal.store.browse import browse_tree
from networkjournal.store.people_list import Criterion, View
from networkjournal.ui.models.sidebar_model import (
    ALL_PEOPLE,
    RECONNECT,
    UPCOMING,
    SidebarKey,
    SidebarModel,
)
from networkjournal.ui.widgets.sidebar_delegate import SidebarDelegate

UPCOMING_DAYS = 30  # what "Coming up" counts


class NetworkSidebar(QTreeView):
    """Views, networks with roles, organisations, tags, topics and supervisors, with counts."""

    keyChanged = Signal(object)  # the current SidebarKey
    choiceChanged = Signal()  # the set of chosen items changed

    def __init__(
        self,
        context_actions: list[QAction | None],
        menus: dict[str, list[QAction | None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("network_tree")
        self.setMinimumWidth(150)
        self.setAccessibleName(self.tr("Networks and other ways to browse people"))
        self.sidebar_model = SidebarModel(self)
        self.setModel(self.sidebar_model)
        self.setItemDelegate(SidebarDelegate(self))
        self.setHeaderHidden(True)
        self.setIndentation(12)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self._context_actions = context_actions
        # Right-click menus for other kinds of item (organisations …), by kind.
        self._menus = menus or {}
        self._adjusting = False
        self.refresh()
        self._expand_groups()
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.select_key(ALL_PEOPLE)

    # --- what is shown ---------------------------------------------------------

    def refresh(self) -> None:
        """Read groups and counts from the journal again, keeping what is chosen."""
        chosen = self.chosen_keys()
        current = self.current_key()
        self._adjusting = True
        try:
            today = dt.date.today()
            self.sidebar_model.refresh(
                browse_tree(),
                people_list.view_counts(),
                {
                    RECONNECT: reminders.due_count(today),
                    UPCOMING: len(dates.upcoming(today, UPCOMING_DAYS)),
                },
            )
            for name in ("networks", "organisations", "tags", "topics", "supervises"):
                group = self.sidebar_model.group_index(name)
                self.setRowHidden(
                    group.row(), QModelIndex(), not self.sidebar_model.hasChildren(group)
                )
            still = [k for k in chosen if self.sidebar_model.index_of(k).isValid()]
            self._select_keys(still or [ALL_PEOPLE], current if current in still else None)
        finally:
            self._adjusting = False
        if still != chosen:
            self.choiceChanged.emit()

    def _expand_groups(self) -> None:
        # Long lists (organisations, tags) start folded; the user opens what they browse.
        for name in ("networks", "topics", "supervises"):
            self.expand(self.sidebar_model.group_index(name))

    # --- what is chosen -----------------------------------------------------------

    def current_key(self) -> SidebarKey | None:
        """What the item with the keyboard focus stands for."""
        return self.sidebar_model.key(self.currentIndex())

    def chosen_keys(self) -> list[SidebarKey]:
        """Every chosen item, top to bottom."""
        if self.selectionModel() is None:
            return []
        indexes = sorted(
            self.selectionModel().selectedIndexes(), key=lambda i: self.visualRect(i).top()
        )
        keys = [self.sidebar_model.key(i) for i in indexes]
        return [k for k in keys if k is not None]

    def chosen_view(self) -> View:
        """The view of the journal chosen (All people when only browsing choices are)."""
        views = [k.view for k in self.chosen_keys() if k.kind == "view"]
        return views[0] if views else View.ACTIVE

    def chosen_criteria(self) -> tuple[Criterion, ...]:
        """The browsing choices that must all hold."""
        criteria = (k.criterion() for k in self.chosen_keys())
        return tuple(c for c in criteria if c is not None)

    def select_key(self, key: SidebarKey) -> None:
        """Choose the item for ``key`` alone."""
        self._select_keys([key], key)

    def _select_keys(self, keys: list[SidebarKey], current: SidebarKey | None) -> None:
        selection = QItemSelection()
        for key in keys:
            index = self.sidebar_model.index_of(key)
            if index.isValid():
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().select(selection, flags.ClearAndSelect)
        focus = self.sidebar_model.index_of(current or keys[0]) if keys else QModelIndex()
        if focus.isValid():
            self.selectionModel().setCurrentIndex(focus, flags.NoUpdate)

    def current_network_id(self) -> int | None:
        """The network with the keyboard focus, if it is a whole network."""
        key = self.current_key()
        return key.network_id if key else None

    def current_network(self) -> tuple[int, str] | None:
        """The network with the keyboard focus and its name, if it is a whole network."""
        key = self.current_key()
        if key is None or key.network_id is None:
            return None
        return key.network_id, str(self.sidebar_model.index_of(key).data())

    def rename_current(self) -> None:
        """Start editing the focused network's name in place."""
        index = self.currentIndex()
        key = self.sidebar_model.key(index)
        if key is not None and key.network_id is not None:
            self.edit(index)

    # --- reacting ------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.sidebar_model.key(current)
        if key is not None:
            self.keyChanged.emit(key)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._adjusting:
            return
        self._adjusting = True
        try:
            self._keep_choices_combinable(selected)
        finally:
            self._adjusting = False
        self.choiceChanged.emit()

    def _keep_choices_combinable(self, selected: QItemSelection) -> None:
        """Views and smart lists stand alone; headings are never chosen; nothing: All people."""
        model, selection = self.sidebar_model, self.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        new_keys = [model.key(i) for i in selected.indexes()]
        alone = [k for k in new_keys if k is not None and k.alone]
        if alone:
            self._select_keys([alone[0]], alone[0])
            return
        for index in selection.selectedIndexes():
            key = model.key(index)
            if key is None or (key.alone and new_keys):
                selection.select(index, flags.Deselect)
        if not selection.selectedIndexes():
            self._select_keys([ALL_PEOPLE], ALL_PEOPLE)

    @Slot(QPoint)
    def _show_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        choosable = index.isValid() and self.sidebar_model.key(index) is not None
        if choosable and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = QMenu(self)
        key = self.current_key()
        actions = self._menus.get(key.kind, self._context_actions) if key else self._context_actions
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.viewport().mapToGlobal(pos))
