"""The follow-ups list (``follow_ups_panel``): what is left to do, with a tick box for done."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import follow_ups
from networkjournal.store.follow_ups import FollowUpStatus
from networkjournal.ui.models.follow_ups_model import DONE, FollowUpsModel
from networkjournal.ui.widgets.empty_state import EmptyState

Index = QModelIndex | QPersistentModelIndex


class CentredCheckDelegate(QStyledItemDelegate):
    """Draws the Done column's tick box in the middle of its cell, and takes clicks there."""

    def _check_rect(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, int]:
        """Where the style would put the box, and how far right to move it to centre it."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        return rect, option.rect.center().x() - rect.center().x()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        checked = opt.checkState == Qt.CheckState.Checked
        # The cell's background, selection and focus, without the box …
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        # … then the box, centred.
        rect, offset = self._check_rect(option, index)
        box = QStyleOptionViewItem(opt)
        box.rect = rect.translated(offset, 0)
        box.state &= ~QStyle.StateFlag.State_HasFocus
        box.state |= QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box, painter, widget
        )

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        # Qt hit-tests the box where it would draw it; shift the cell so that is the centre.
        _rect, offset = self._check_rect(option, index)
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.translated(offset, 0)
        return super().editorEvent(event, model, shifted, index)


class FollowUpsTable(QTableView):
    """The follow-ups; Space ticks the selected ones off (or on again) from any column."""

    toggleRequested = Signal()

    def __init__(self, model: FollowUpsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_ups_table")
        self.setAccessibleName(self.tr("Follow-ups"))
        self.setModel(model)
        self.setItemDelegateForColumn(DONE, CentredCheckDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(False)  # the order is the point: overdue first
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in enumerate((56, 320, 140, 180)):
            self.setColumnWidth(column, width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        space = event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if space and plain and self.selectionModel().hasSelection():
            # Handled here, not by the tick box's delegate, so it works whichever
            # column has the focus and for every selected row at once.
            self.toggleRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FollowUpsPanel(QWidget):
    """The follow-ups with a "Show done" switch and an empty state; ticking asks, never writes."""

    doneToggled = Signal(int, bool)  # follow-up id, done
    openEntryRequested = Signal(int)  # entry id
    selectionChanged = Signal(list)  # follow-up ids

    def __init__(
        self, row_actions: list[QAction | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("follow_ups_panel")
        self.model = FollowUpsModel(self)
        self.table = FollowUpsTable(self.model)
        self.summary = QLabel()
        self.summary.setObjectName("follow_ups_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.show_done = QCheckBox(self.tr("Show done"))
        self.show_done.setObjectName("follow_ups_show_done")
        self.empty_state = EmptyState()
        self.empty_state.setObjectName("follow_ups_empty_state")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(self.summary)
        bar.addStretch()
        bar.addWidget(self.show_done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.stack)
        self._row_actions = row_actions or []
        for action in self._row_actions:
            if action is not None:
                self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.activated.connect(self._on_activated)
        self.table.toggleRequested.connect(self._toggle_selected)
        self.table.selectionModel().selectionChanged.connect(self._emit_selection)
        self.model.modelReset.connect(self._emit_selection)
        self.model.doneToggled.connect(self.doneToggled)
        self.show_done.toggled.connect(self._on_show_done)
        self.model.reload()
        self._update_page()

    # --- what is shown -----------------------------------------------------

    def set_person_filter(self, person_id: int | None) -> None:
        """List only the follow-ups concerning ``person_id`` (None: everyone's)."""
        self.model.set_person(person_id)
        self._update_page()

    def reload(self) -> None:
        """Re-read the follow-ups after an edit, keeping the selected ones selected."""
        selected = self.selected_ids()
        current = self.table.currentIndex()
        current_id = self.model.follow_up_id(current.row()) if current.isValid() else None
        self.model.reload()
        self.select_ids(selected, current_id)
        self._update_page()

    def selected_ids(self) -> list[int]:
        """The ids of the selected follow-ups, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.follow_up_id(row) for row in rows]

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        """Select these follow-ups (those listed) and scroll to the current one."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for fid in ids:
            row = self.model.row_of(fid)
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
        self._update_summary()
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        if not self.model.show_done and follow_ups.list_follow_ups(True, self.model.person_id):
            self.empty_state.show_message(
                self.tr("Nothing to follow up"),
                self.tr("Everything is done. Tick Show done to see what you have finished."),
            )
        else:
            self.empty_state.show_message(
                self.tr("Nothing to follow up"),
                self.tr(
                    "When you log a meeting, add what you agreed to do next — send the "
                    "draft, book the next supervision. It waits here until it is done."
                ),
            )
        self.stack.setCurrentWidget(self.empty_state)

    def _update_summary(self) -> None:
        statuses = [self.model.status(row) for row in range(self.model.rowCount())]
        open_count = sum(status != FollowUpStatus.DONE for status in statuses)
        overdue = statuses.count(FollowUpStatus.OVERDUE)
        if open_count == 0:
            text = ""
        elif overdue:
            text = self.tr("%n to do", "", open_count) + " · " + self.tr("%n overdue", "", overdue)
        else:
            text = self.tr("%n to do", "", open_count)
        self.summary.setText(text)

    # --- reacting to the user ---------------------------------------------------

    @Slot(bool)
    def _on_show_done(self, show: bool) -> None:
        selected = self.selected_ids()
        self.model.set_show_done(show)
        self.select_ids(selected)
        self._update_page()

    @Slot()
    def _toggle_selected(self) -> None:
        """Tick the selected follow-ups off; if all of them are done, tick them on again."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        done = {row: self.model.follow_up(row).done_at is not None for row in rows}
        target = not all(done.values())
        for row in rows:
            if done[row] != target:
                self.doneToggled.emit(self.model.follow_up_id(row), target)

    @Slot()
    def _emit_selection(self) -> None:
        self.selectionChanged.emit(self.selected_ids())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry_id = self.model.follow_up(index.row()).entry_id
        if entry_id is not None:
            self.openEntryRequested.emit(entry_id)

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
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(pos))
