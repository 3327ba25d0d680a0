"""Learning together (``topics_panel``): every topic, or the opportunities looking for help."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import topics
from networkjournal.ui import labels
from networkjournal.ui.models.topics_model import (
    PEOPLE_ROLE,
    OpportunitiesModel,
    TopicFilter,
    TopicsModel,
    TopicTableModel,
)
from networkjournal.ui.widgets.empty_state import EmptyState


class TopicsFilterBar(QWidget):
    """Words, kind and status, and the choice between all topics and the opportunities."""

    changed = Signal()  # once per burst of edits (a 0 ms timer coalesces them)
    viewChanged = Signal(bool)  # True: the opportunities

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topics_filter_bar")
        self.search = QLineEdit()
        self.search.setObjectName("topics_search_field")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search topics"))
        self.search.setAccessibleName(self.tr("Search topics"))
        self.kind = QComboBox()
        self.kind.setObjectName("topics_kind_combo")
        self.kind.setAccessibleName(self.tr("Kind of topic"))
        self.kind.addItem(self.tr("All kinds"), None)
        for key, label in labels.topic_kinds().items():
            self.kind.addItem(label, key)
        self.status = QComboBox()
        self.status.setObjectName("topics_status_combo")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        for key, label in labels.topic_statuses().items():
            self.status.addItem(label, key)
        self.toggle = QWidget()
        self.toggle.setObjectName("topics_opportunities_toggle")
        self.toggle.setAccessibleName(self.tr("Show"))
        self.all_button = self._segment("topics_all_button", self.tr("All topics"))
        self.opportunities_button = self._segment(
            "topics_opportunities_button", self.tr("Opportunities")
        )
        self.opportunities_button.setToolTip(
            self.tr("Research, audits, QIPs and publications to do, and who could supervise them")
        )
        self.all_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.all_button)
        group.addButton(self.opportunities_button)
        segments = QHBoxLayout(self.toggle)
        segments.setContentsMargins(0, 0, 0, 0)
        segments.setSpacing(0)
        segments.addWidget(self.all_button)
        segments.addWidget(self.opportunities_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.kind)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.toggle)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self._timer.start)
        self.status.currentIndexChanged.connect(self._timer.start)
        self.opportunities_button.toggled.connect(self.viewChanged)

    def _segment(self, name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(False)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def topic_filter(self) -> TopicFilter:
        """The filter the controls describe."""
        return TopicFilter(
            self.search.text().strip(), self.kind.currentData(), self.status.currentData()
        )

    def clear(self) -> None:
        """Any words, kind and status again."""
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self._timer.start()


class TopicsTable(QTableView):
    """A table of topics in the store's order (under way first); the header does not sort."""

    def __init__(
        self,
        name: str,
        model: TopicTableModel,
        widths: tuple[int, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)


class TopicsPanel(QWidget):
    """The topics (or the opportunities) with a filter bar and empty states."""

    openTopicRequested = Signal(int)  # topic id
    newTopicRequested = Signal()
    personRequested = Signal(int)  # person id
    selectionChanged = Signal(list)  # topic ids

    def __init__(
        self, row_actions: list[QAction | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topics_panel")
        self.filter_bar = TopicsFilterBar()
        self.model = TopicsModel(self)
        self.opportunities_model = OpportunitiesModel(self)
        self.table = TopicsTable("topics_table", self.model, (280, 150, 80, 220))
        self.table.setAccessibleName(self.tr("Topics"))
        self.opportunities_table = TopicsTable(
            "opportunities_table", self.opportunities_model, (280, 150, 80, 240)
        )
        self.opportunities_table.setAccessibleName(self.tr("Opportunities"))
        self.empty_state = EmptyState()
        self.empty_state.setObjectName("topics_empty_state")
        self.stack = QStackedWidget()
        for widget in (self.table, self.opportunities_table, self.empty_state):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack)
        self._row_actions = row_actions or []
        for table in (self.table, self.opportunities_table):
            for action in self._row_actions:
                if action is not None:
                    # Row shortcuts (Delete) work while a table has focus, not in the search field.
                    table.addAction(action)
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            table.customContextMenuRequested.connect(self._show_menu)
            table.activated.connect(self._on_activated)  # double-click, Return
            table.selectionModel().selectionChanged.connect(self._emit_selection)
            table.model().modelReset.connect(self._emit_selection)
        self.filter_bar.changed.connect(self._apply_filter)
        self.filter_bar.viewChanged.connect(self._view_changed)
        self.model.reload()
        self._update_page()

    # --- what is shown -----------------------------------------------------

    def showing_opportunities(self) -> bool:
        """Whether the opportunities are shown rather than every topic."""
        return self.filter_bar.opportunities_button.isChecked()

    def show_opportunities(self, show: bool) -> None:
        """Show the opportunities (True) or every topic (False)."""
        button = self.filter_bar.opportunities_button if show else self.filter_bar.all_button
        button.setChecked(True)

    def clear_filters(self) -> None:
        """Show every topic of the current view."""
        self.filter_bar.clear()
        self._apply_filter()

    def current_table(self) -> TopicsTable:
        """The table of the view chosen (shown unless it is empty)."""
        return self.opportunities_table if self.showing_opportunities() else self.table

    def current_model(self) -> TopicTableModel:
        """The model of the view chosen."""
        return self.opportunities_model if self.showing_opportunities() else self.model

    def reload(self) -> None:
        """Re-read the topics after an edit, keeping the selected ones selected."""
        selected, current = self.selected_ids(), self.current_id()
        self.current_model().reload()
        self.select_ids(selected, current)
        self._update_page()

    def selected_ids(self) -> list[int]:
        """The ids of the selected topics, in table order."""
        table, model = self.current_table(), self.current_model()
        rows = sorted(index.row() for index in table.selectionModel().selectedRows())
        return [model.topic_id(row) for row in rows]

    def current_id(self) -> int | None:
        """The id of the topic with the keyboard focus, if any."""
        index = self.current_table().currentIndex()
        return self.current_model().topic_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        """Select these topics (those the view shows) and scroll to the current one."""
        table, model = self.current_table(), self.current_model()
        selection = table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for topic_id in ids:
            row = model.row_of(topic_id)
            if row is not None:
                selection.select(model.index(row, 0), flags)
        focus = current if current is not None else (ids[0] if ids else None)
        row = model.row_of(focus) if focus is not None else None
        if row is not None:
            selection.setCurrentIndex(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            table.scrollTo(model.index(row, 0))

    @Slot()
    def _apply_filter(self) -> None:
        flt = self.filter_bar.topic_filter()
        model = self.current_model()
        if flt != model.topic_filter:
            selected, current = self.selected_ids(), self.current_id()
            model.set_filter(flt)
            self.select_ids(selected, current)
        self._update_page()

    @Slot(bool)
    def _view_changed(self, _opportunities: bool) -> None:
        # Each view is read when shown, so the one on screen is never stale.
        model, flt = self.current_model(), self.filter_bar.topic_filter()
        if flt != model.topic_filter:
            model.set_filter(flt)
        else:
            model.reload()
        self._update_page()
        self._emit_selection()

    def _update_page(self) -> None:
        model = self.current_model()
        if model.rowCount() > 0:
            self.stack.setCurrentWidget(self.current_table())
            return
        new = ("topics_new_button", self.tr("New Topic…"), self.newTopicRequested.emit)
        clear = ("topics_clear_filters_button", self.tr("Clear Filters"), self.clear_filters)
        unfiltered = model.topic_filter == TopicFilter()
        if not topics.list_topics():
            self.empty_state.show_message(
                self.tr("No topics yet"),
                self.tr(
                    "Start one with New Topic…: a module, a study group, research, an audit, "
                    "a QIP or a skill, and who is in it with you."
                ),
                [new],
            )
        elif self.showing_opportunities() and unfiltered:
            self.empty_state.show_message(
                self.tr("No ideas waiting for a supervisor"),
                self.tr(
                    "Research, audits, QIPs and publications that are ideas or under way are "
                    "listed here, with who supervises them and who else could."
                ),
                [new],
            )
        else:
            self.empty_state.show_message(
                self.tr("No topics match these filters"),
                self.tr("Try other words, another kind or status, or clear the filters."),
                [clear],
            )
        self.stack.setCurrentWidget(self.empty_state)

    # --- reacting to the user ---------------------------------------------------

    @Slot()
    def _emit_selection(self) -> None:
        self.selectionChanged.emit(self.selected_ids())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openTopicRequested.emit(self.current_model().topic_id(index.row()))

    @Slot(QPoint)
    def _show_menu(self, pos: QPoint) -> None:
        table = self.current_table()
        index = table.indexAt(pos)
        if index.isValid() and not table.selectionModel().isRowSelected(index.row()):
            table.selectRow(index.row())
        menu = QMenu(self)
        for action in self._row_actions:
            if action is None:
                menu.addSeparator()
            elif action.isEnabled() or action.isVisible():
                menu.addAction(action)
        self._add_people_actions(menu, index)
        if not menu.isEmpty():
            menu.exec(table.viewport().mapToGlobal(pos))

    def _add_people_actions(self, menu: QMenu, index: QModelIndex) -> None:
        """Add "Show Dr Brooks" for each person the row under the pointer names."""
        if not index.isValid() or len(self.selected_ids()) != 1:
            return
        people = index.siblingAtColumn(0).data(PEOPLE_ROLE) or []
        if people and not menu.isEmpty():
            menu.addSeparator()
        for person_id, name in people:
            action = menu.addAction(self.tr("Show %1").replace("%1", name.replace("&", "&&")))
            action.setObjectName(f"show_person_{person_id}")
            action.triggered.connect(lambda _c=False, pid=person_id: self.personRequested.emit(pid))
