"""The people browser (``people_panel``): the people table, or a message when it would be empty."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import people_list
from networkjournal.store.people_list import PeopleFilter, View
from networkjournal.ui.models.people_table_model import COLUMNS, PeopleTableModel
from networkjournal.ui.widgets.empty_state import EmptyState
from networkjournal.ui.widgets.network_chips_delegate import NetworkChipsDelegate

NETWORKS_COLUMN = next(i for i, (key, _) in enumerate(COLUMNS) if key == "networks")


class PeopleTable(QTableView):
    """The table of people: sortable in SQL, multi-select, rows draggable onto the sidebar."""

    def __init__(self, model: PeopleTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_table")
        self.setAccessibleName(self.tr("People"))
        self.setModel(model)
        self.setItemDelegateForColumn(NETWORKS_COLUMN, NetworkChipsDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights let the view skip measuring 20,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((200, 250, 250, 100, 100)):
            self.setColumnWidth(column, width)


class PeoplePanel(QWidget):
    """The people table with its empty states; says which people are selected."""

    selectionChanged = Signal(list)  # person ids
    editRequested = Signal(int)  # person id
    newPersonRequested = Signal()
    demoRequested = Signal()
    clearSearchRequested = Signal()

    def __init__(self, row_actions: list[QAction | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_panel")
        self.model = PeopleTableModel(self)
        self.table = PeopleTable(self.model)
        self.empty_state = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._chosen = ""
        self._row_actions = row_actions
        for action in row_actions:
            if action is not None:
                # Row shortcuts (Delete) work while the table has focus, not in text fields.
                self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        # activated: double-click, or Return/Enter on the keyboard
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._emit_selection)
        self.model.modelReset.connect(self._emit_selection)
        self.model.layoutChanged.connect(self._emit_selection)

    # --- what is shown -----------------------------------------------------

    def set_filter(self, flt: PeopleFilter, chosen: str = "") -> None:
        """Show the people ``flt`` selects; ``chosen`` names the sidebar choices behind it."""
        self._chosen = chosen
        self.model.set_filter(flt)
        self._update_page()

    def reload(self) -> None:
        """Re-read the journal after an edit, keeping the selected people selected."""
        selected = self.selected_ids()
        current = self.current_id()
        self.model.reload()
        self.select_ids(selected, current)
        self._update_page()

    def selected_ids(self) -> list[int]:
        """The ids of the selected people, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.person_id(row) for row in rows]

    def current_id(self) -> int | None:
        """The id of the person with the keyboard focus, if any."""
        index = self.table.currentIndex()
        return self.model.person_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        """Select these people (those the filter shows) and scroll to the current one."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for pid in ids:
            row = self.model.row_of(pid)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
        focus = current if current is not None else (ids[0] if ids else None)
        row = self.model.row_of(focus) if focus is not None else None
        if row is not None:
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(row, 0))

    def _update_page(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        flt = self.model.people_filter
        if flt.text.strip():
            self.empty_state.show_message(
                self.tr("No one matches “%1”").replace("%1", flt.text.strip()),
                self.tr("Search looks at names, nicknames, roles and notes."),
                [("clear_search_button", self.tr("Clear Search"), self.clearSearchRequested.emit)],
            )
        elif flt.criteria:
            self.empty_state.show_message(
                self.tr("No one in %1 yet").replace("%1", self._chosen),
                self.tr(
                    "Drag people here from All people, or choose fewer things at once "
                    "in the sidebar (Ctrl-click a choice to drop it)."
                )
                if " + " in self._chosen
                else self.tr(
                    "Drag people here from All people, or add someone new and tick this "
                    "in their details."
                ),
                [
                    (
                        "empty_new_person_button",
                        self.tr("Add a Person…"),
                        self.newPersonRequested.emit,
                    )
                ],
            )
        elif flt.view == View.ARCHIVED:
            self.empty_state.show_message(
                self.tr("The archive is empty"),
                self.tr(
                    "Archive people you no longer keep up with: they leave your everyday "
                    "lists but stay in the journal, and you can bring them back at any time."
                ),
            )
        elif flt.view == View.TRASH:
            self.empty_state.show_message(
                self.tr("The trash is empty"),
                self.tr("People you delete wait here until you empty the trash."),
            )
        elif sum(people_list.view_counts().values()) == 0:
            self.empty_state.show_message(
                self.tr("Your journal is empty"),
                self.tr(
                    "Start with someone you know: who they are, how you met, and which of your "
                    "networks — social, personal support, academic support — they belong to. "
                    "Or fill the journal with an example network to see how it works."
                ),
                [
                    (
                        "empty_new_person_button",
                        self.tr("Add a Person…"),
                        self.newPersonRequested.emit,
                    ),
                    (
                        "empty_demo_button",
                        self.tr("Explore a Demo Network"),
                        self.demoRequested.emit,
                    ),
                ],
            )
        else:
            self.empty_state.show_message(
                self.tr("Everyone is archived or in the trash"),
                self.tr("Add someone new, or bring people back from Archived or Trash."),
                [
                    (
                        "empty_new_person_button",
                        self.tr("Add a Person…"),
                        self.newPersonRequested.emit,
                    )
                ],
            )
        self.stack.setCurrentWidget(self.empty_state)

    # --- reacting to the user ---------------------------------------------------

    @Slot()
    def _emit_selection(self) -> None:
        self.selectionChanged.emit(self.selected_ids())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.editRequested.emit(self.model.person_id(index.row()))

    @Slot(QPoint)
    def _show_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        menu = QMenu(self)
        for action in self._row_actions:
            if action is None:
                menu.addSeparator()
            elif action.isEnabled() or action.isVisible():
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
