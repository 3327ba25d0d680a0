"""Keeping in touch (``keep_in_touch_panel``): who to reconnect with, and what is coming up.

Two lists one above the other: the people due for a catch-up, most overdue
first, and the birthdays and dates of the next thirty days.  The actions the
window provides (catch up, snooze, change period; add or edit a date) sit in a
small tool bar above each list and in its context menu; the panel itself only
says what is selected and what was opened.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import reminders
from networkjournal.ui.formatting import due_text
from networkjournal.ui.models.people_table_model import PERSON_ID_ROLE
from networkjournal.ui.models.reconnect_model import NETWORKS, ReconnectModel
from networkjournal.ui.models.upcoming_model import DATE_ID_ROLE, WEEK_DAYS, UpcomingModel
from networkjournal.ui.widgets.empty_state import EmptyState
from networkjournal.ui.widgets.field_message import style_field_message
from networkjournal.ui.widgets.network_chips_delegate import NetworkChipsDelegate

Actions = list[QAction | None]
NARROW = 0.75  # below this share of the columns' full widths, the optional one goes


class KeepInTouchTable(QTableView):
    """A read-only list in the store's order (the order is the point), rows selected whole."""

    def __init__(
        self,
        name: str,
        accessible_name: str,
        columns: tuple[tuple[int, int], ...],
        last_width: int,
        optional_column: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``columns`` gives each column but the last (which stretches) its width and the
        least it may be narrowed to; ``last_width`` is what the last one needs, and
        ``optional_column`` is hidden in a narrow window."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self._columns = columns
        self._optional = optional_column
        self._last_width = last_width

    def fit_columns(self) -> None:
        """Give the columns their widths, narrowed in proportion when the list is narrow.

        The last column stretches; narrowing the others (and, when very narrow,
        hiding the optional one) keeps it in sight instead of beyond a scroll bar.
        """
        available = self.viewport().width() - self._last_width
        full = sum(width for width, _least in self._columns)
        hide = self._optional is not None and available < full * NARROW
        if self._optional is not None:
            self.setColumnHidden(self._optional, hide)
        shown = [
            (column, width, least)
            for column, (width, least) in enumerate(self._columns)
            if not (hide and column == self._optional)
        ]
        # Narrow in proportion; a column that reaches its least stays there and the
        # others share what is left.
        widths: dict[int, int] = {}
        flexible = shown
        room = max(0, available)
        while flexible:
            wanted = sum(width for _column, width, _least in flexible)
            scale = min(1.0, room / wanted)
            pinned = [item for item in flexible if item[1] * scale < item[2]]
            if not pinned:
                widths.update({column: int(width * scale) for column, width, _ in flexible})
                break
            for column, _width, least in pinned:
                widths[column] = least
                room = max(0, room - least)
            flexible = [item for item in flexible if item not in pinned]
        for column, width in widths.items():
            self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()


class ListSection(QWidget):
    """A titled list: heading, a one-line summary, a tool bar, and the table or its empty state."""

    def __init__(
        self, name: str, title: str, table: KeepInTouchTable, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.table = table
        self.title = QLabel(title)
        self.title.setObjectName(f"{name}_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        style_field_message(self.summary, error=False)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName(f"{name}_toolbar")
        self.toolbar.setAccessibleName(self.tr("{title} actions").format(title=title))
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.empty_state = EmptyState()
        self.empty_state.setObjectName(f"{name}_empty_state")
        self.stack = QStackedWidget()
        self.stack.addWidget(table)
        self.stack.addWidget(self.empty_state)
        heading = QHBoxLayout()
        heading.setContentsMargins(8, 6, 4, 2)
        heading.setSpacing(10)
        heading.addWidget(self.title)
        heading.addWidget(self.summary, 1)
        heading.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(heading)
        layout.addWidget(self.stack)

    def set_actions(self, actions: Actions) -> None:
        """Offer ``actions`` in the tool bar, and their shortcuts while the table has focus."""
        for action in actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
                self.table.addAction(action)

    def show_table(self, shown: bool) -> None:
        """Show the table (True) or the empty state."""
        self.stack.setCurrentWidget(self.table if shown else self.empty_state)


class KeepInTouchPanel(QWidget):
    """Who is due for a catch-up (most overdue first) above the birthdays and dates coming up."""

    reconnectSelectionChanged = Signal(list)  # person ids
    upcomingSelectionChanged = Signal(list)  # important date ids (birthdays have none)
    personRequested = Signal(int)  # person id
    dateOpenRequested = Signal(int)  # important date id

    def __init__(
        self,
        reconnect_actions: Actions,
        upcoming_actions: Actions,
        parent: QWidget | None = None,
        *,
        load: bool = True,
    ) -> None:
        """``load=False`` leaves both lists empty until :meth:`reload` (the window reads
        them when the tab is shown: who is due among 20,000 takes a quarter of a second)."""
        super().__init__(parent)
        self.setObjectName("keep_in_touch_panel")
        self.reconnect_model = ReconnectModel(self)
        self.upcoming_model = UpcomingModel(self)
        self.reconnect_table = KeepInTouchTable(
            "reconnect_table",
            self.tr("Reconnect"),
            ((200, 110), (200, 90), (120, 90), (220, 110)),
            last_width=140,  # "over a year overdue"
            optional_column=NETWORKS,  # the period's column names the network it comes from
        )
        self.reconnect_table.setModel(self.reconnect_model)
        self.reconnect_table.setItemDelegateForColumn(
            NETWORKS, NetworkChipsDelegate(self.reconnect_table)
        )
        self.reconnect_table.fit_columns()
        self.upcoming_table = KeepInTouchTable(
            "upcoming_table",
            self.tr("Coming up"),
            ((180, 165), (300, 100), (200, 90)),
            last_width=70,  # "turns 25"
        )
        self.upcoming_table.setModel(self.upcoming_model)
        self.upcoming_table.fit_columns()
        self.reconnect = ListSection(
            "reconnect_section", self.tr("Reconnect"), self.reconnect_table
        )
        self.upcoming = ListSection(
            "upcoming_section",
            self.tr("Coming up — next %n days", "", self.upcoming_model.days),
            self.upcoming_table,
        )
        self.reconnect.set_actions(reconnect_actions)
        self.upcoming.set_actions(upcoming_actions)
        self._actions = {
            self.reconnect_table: reconnect_actions,
            self.upcoming_table: upcoming_actions,
        }
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("keep_in_touch_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.reconnect)
        self.splitter.addWidget(self.upcoming)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        for table in (self.reconnect_table, self.upcoming_table):
            table.customContextMenuRequested.connect(self._show_menu)
        # activated: double-click, or Return/Enter on the keyboard
        self.reconnect_table.activated.connect(self._reconnect_activated)
        self.upcoming_table.activated.connect(self._upcoming_activated)
        self.reconnect_table.selectionModel().selectionChanged.connect(self._emit_reconnect)
        self.upcoming_table.selectionModel().selectionChanged.connect(self._emit_upcoming)
        self.reconnect_model.modelReset.connect(self._emit_reconnect)
        self.upcoming_model.modelReset.connect(self._emit_upcoming)
        if load:
            self.reload()

    # --- what is shown -----------------------------------------------------

    def reload(self, today: dt.date | None = None) -> None:
        """Re-read both lists (after an edit, or on a new day), keeping what was selected."""
        people = self.selected_person_ids()
        current = self._current_person_id()
        upcoming = self._selected_upcoming_keys()
        self.reconnect_model.reload(today)
        self.upcoming_model.reload(today)
        self._select_people(people, current)
        self._select_upcoming(upcoming)
        self._update_reconnect_page()
        self._update_upcoming_page()

    def selected_person_ids(self) -> list[int]:
        """The people selected in the reconnect list, in list order."""
        rows = self._selected_rows(self.reconnect_table)
        return [self.reconnect_model.person_id(row) for row in rows]

    def selected_date_ids(self) -> list[int]:
        """The important dates selected in the coming-up list (birthdays have no id)."""
        found = (
            self.upcoming_model.item(row).date_id
            for row in self._selected_rows(self.upcoming_table)
        )
        return list(dict.fromkeys(date_id for date_id in found if date_id is not None))

    def selected_upcoming_person_ids(self) -> list[int]:
        """The people whose birthdays or dates are selected in the coming-up list."""
        found = (
            self.upcoming_model.item(row).person_id
            for row in self._selected_rows(self.upcoming_table)
        )
        return list(dict.fromkeys(pid for pid in found if pid is not None))

    def select_people(self, person_ids: list[int]) -> None:
        """Select these people in the reconnect list (those that are due)."""
        self._select_people(person_ids, None)

    def focus_reconnect(self) -> None:
        """Put the keyboard in the reconnect list, on its first row if none is current."""
        self._focus(self.reconnect_table)

    def focus_upcoming(self) -> None:
        """Put the keyboard in the coming-up list, on its first row if none is current."""
        self._focus(self.upcoming_table)

    def _focus(self, table: KeepInTouchTable) -> None:
        model = table.model()
        if model.rowCount() and not table.currentIndex().isValid():
            table.selectionModel().setCurrentIndex(
                model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _selected_rows(table: QTableView) -> list[int]:
        return sorted(index.row() for index in table.selectionModel().selectedRows())

    def _current_person_id(self) -> int | None:
        index = self.reconnect_table.currentIndex()
        return self.reconnect_model.person_id(index.row()) if index.isValid() else None

    def _select_people(self, ids: list[int], current: int | None) -> None:
        selection = self.reconnect_table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for pid in ids:
            row = self.reconnect_model.row_of(pid)
            if row is not None:
                selection.select(self.reconnect_model.index(row, 0), flags)
        focus = current if current is not None else (ids[0] if ids else None)
        row = self.reconnect_model.row_of(focus) if focus is not None else None
        if row is not None:
            index = self.reconnect_model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.reconnect_table.scrollTo(index)

    def _selected_upcoming_keys(self) -> list[tuple[object, ...]]:
        """What identifies each selected occasion across a reload (kind, date or person, day)."""
        keys: list[tuple[object, ...]] = []
        for row in self._selected_rows(self.upcoming_table):
            item = self.upcoming_model.item(row)
            keys.append((item.kind, item.date_id, item.person_id, item.on))
        return keys

    def _select_upcoming(self, keys: list[tuple[object, ...]]) -> None:
        selection = self.upcoming_table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        wanted = set(keys)
        for row in range(self.upcoming_model.rowCount()):
            item = self.upcoming_model.item(row)
            if (item.kind, item.date_id, item.person_id, item.on) in wanted:
                selection.select(self.upcoming_model.index(row, 0), flags)

    def _update_reconnect_page(self) -> None:
        model = self.reconnect_model
        count = model.rowCount()
        overdue = sum(model.due_row(row).days_overdue(model.today) > 0 for row in range(count))
        if count == 0:
            self.reconnect.summary.setText("")
        elif overdue == count:
            self.reconnect.summary.setText(self.tr("%n overdue", "", overdue))
        elif overdue:
            self.reconnect.summary.setText(
                self.tr("%n due", "", count) + " · " + self.tr("%n overdue", "", overdue)
            )
        else:
            self.reconnect.summary.setText(self.tr("%n due today", "", count))
        self.reconnect.show_table(count > 0)
        if count:
            return
        upcoming = reminders.keep_in_touch_rows(model.today)
        if not upcoming:
            self.reconnect.empty_state.show_message(
                self.tr("No one to reconnect with"),
                self.tr(
                    "Say how often you mean to be in touch — for someone in their profile, or "
                    "for a whole network — and whoever you lose touch with appears here."
                ),
            )
            return
        following = upcoming[0]
        self.reconnect.empty_state.show_message(
            self.tr("You're in touch with everyone"),
            self.tr("No one is due for a catch-up today. Next: {name}, {due}.").format(
                name=following.name,
                due=due_text(following.days_overdue(model.today)),
            ),
        )

    def _update_upcoming_page(self) -> None:
        model = self.upcoming_model
        count = model.rowCount()
        this_week = sum(model.item(row).days_away(model.today) < WEEK_DAYS for row in range(count))
        if count == 0:
            self.upcoming.summary.setText("")
        elif this_week:
            self.upcoming.summary.setText(self.tr("%n this week", "", this_week))
        else:
            self.upcoming.summary.setText(self.tr("nothing this week"))
        self.upcoming.show_table(count > 0)
        if count == 0:
            self.upcoming.empty_state.show_message(
                self.tr("Nothing coming up in the next %n days", "", model.days),
                self.tr(
                    "Birthdays, and dates to remember — finals, an anniversary, a rotation "
                    "starting — appear here a month ahead. Add them in someone's profile."
                ),
            )

    # --- reacting to the user ---------------------------------------------------

    @Slot()
    def _emit_reconnect(self) -> None:
        self.reconnectSelectionChanged.emit(self.selected_person_ids())

    @Slot()
    def _emit_upcoming(self) -> None:
        self.upcomingSelectionChanged.emit(self.selected_date_ids())

    @Slot(QModelIndex)
    def _reconnect_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.personRequested.emit(self.reconnect_model.person_id(index.row()))

    @Slot(QModelIndex)
    def _upcoming_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        date_id = index.siblingAtColumn(0).data(DATE_ID_ROLE)
        person_id = index.siblingAtColumn(0).data(PERSON_ID_ROLE)
        if date_id is not None:
            self.dateOpenRequested.emit(date_id)
        elif person_id is not None:
            self.personRequested.emit(person_id)

    @Slot(QPoint)
    def _show_menu(self, pos: QPoint) -> None:
        table = self.sender()
        if not isinstance(table, KeepInTouchTable):
            return
        index = table.indexAt(pos)
        if index.isValid() and not table.selectionModel().isRowSelected(index.row()):
            table.selectRow(index.row())
        menu = QMenu(self)
        for action in self._actions[table]:
            if action is None:
                menu.addSeparator()
            elif action.isEnabled() or action.isVisible():
                menu.addAction(action)
        self._add_person_action(menu, table, index)
        if not menu.isEmpty():
            menu.exec(table.viewport().mapToGlobal(pos))

    def _add_person_action(self, menu: QMenu, table: KeepInTouchTable, index: QModelIndex) -> None:
        """Add "Show Ana Silva" for the person in the row under the pointer."""
        if not index.isValid():
            return
        person_id = index.siblingAtColumn(0).data(PERSON_ID_ROLE)
        if person_id is None:
            return
        if table is self.reconnect_table:
            name = self.reconnect_model.due_row(index.row()).name
        else:
            name = self.upcoming_model.item(index.row()).person_name
        if not menu.isEmpty():
            menu.addSeparator()
        action = menu.addAction(self.tr("Show %1").replace("%1", name.replace("&", "&&")))
        action.setObjectName(f"show_person_{person_id}")
        action.triggered.connect(lambda _c=False, pid=person_id: self.personRequested.emit(pid))
