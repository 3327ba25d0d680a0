"""The journal (``journal_panel``): a filter bar over the entries, newest first, or a message."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import journal, networks, people
from networkjournal.store.journal import KINDS, EntryFilter
from networkjournal.ui import labels
from networkjournal.ui.formatting import DATE_FORMAT
from networkjournal.ui.models.journal_table_model import JournalTableModel
from networkjournal.ui.widgets.empty_state import EmptyState
from networkjournal.ui.widgets.person_picker import PersonPicker

LOG_SHORTCUT = "Ctrl+L"  # action_log_interaction's shortcut, named in the empty journal's message

# Date presets: (key, label); the key chooses the range in JournalFilterBar._dates.
# The labels are translated by JournalFilterBar's self.tr(), so marked in its context.
DATE_PRESETS = (
    ("any", QT_TRANSLATE_NOOP("JournalFilterBar", "Any time")),
    ("week", QT_TRANSLATE_NOOP("JournalFilterBar", "Last 7 days")),
    ("month", QT_TRANSLATE_NOOP("JournalFilterBar", "Last 30 days")),
    ("year", QT_TRANSLATE_NOOP("JournalFilterBar", "This year")),
    ("custom", QT_TRANSLATE_NOOP("JournalFilterBar", "Custom…")),
)


def colour_swatch(colour: str, size: int = 12) -> QIcon:
    """A small round swatch of a network's colour, for the network combo."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class JournalFilterBar(QWidget):
    """Search text, kind, network, person and dates; says when any of them changed."""

    changed = Signal()  # once per burst of edits (a 0 ms timer coalesces them)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal_filter_bar")
        self.search = QLineEdit()
        self.search.setObjectName("journal_search_field")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the journal"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.kind = QComboBox()
        self.kind.setObjectName("journal_kind_combo")
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind.addItem(labels.entry_kind(kind), kind)
        self.network = QComboBox()
        self.network.setObjectName("journal_network_combo")
        self.network.setAccessibleName(self.tr("Network"))
        # Filled when the bar is first shown: a picker over 20,000 people takes a
        # quarter of a second to build, which start-up should not pay for a hidden tab.
        self.person: PersonPicker = self._make_person_picker(None, {})
        self._people_stale = True
        self.dates = QComboBox()
        self.dates.setObjectName("journal_date_combo")
        self.dates.setAccessibleName(self.tr("When"))
        for key, label in DATE_PRESETS:
            self.dates.addItem(self.tr(label), key)
        today = QDate.currentDate()
        self.from_date = self._make_date_edit(
            "journal_from_date", self.tr("From"), today.addDays(-29)
        )
        self.to_date = self._make_date_edit("journal_to_date", self.tr("To"), today)
        self.dash = QLabel("\u2013")  # an en dash between the dates
        self.dash.setTextFormat(Qt.TextFormat.PlainText)

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addWidget(self.search, 3)
        for widget in (self.kind, self.network):
            self._layout.addWidget(widget)
        self._layout.addWidget(self.person, 2)
        for widget in (self.dates, self.from_date, self.dash, self.to_date):
            self._layout.addWidget(widget)
        self._show_custom_dates(False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._schedule)
        self.kind.currentIndexChanged.connect(self._schedule)
        self.network.currentIndexChanged.connect(self._schedule)
        self.dates.currentIndexChanged.connect(self._on_preset)
        self.from_date.dateChanged.connect(self._on_from_date)
        self.to_date.dateChanged.connect(self._on_to_date)
        self.refresh_networks()

    def _make_date_edit(self, name: str, accessible: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def _make_person_picker(self, person_id: int | None, names: dict[int, str]) -> PersonPicker:
        picker = PersonPicker(names, None)
        picker.setObjectName("journal_person_picker")
        picker.setAccessibleName(self.tr("Person"))
        picker.setMinimumContentsLength(12)
        # The picker's empty choice means "anyone" here, not "nobody".
        picker.setItemText(0, self.tr("Anyone"))
        picker.lineEdit().setPlaceholderText(self.tr("Anyone"))
        picker.set_person(person_id)
        picker.currentIndexChanged.connect(self._schedule)
        picker.lineEdit().textEdited.connect(self._schedule)
        return picker

    # --- reading and setting the filter --------------------------------------

    def entry_filter(self, today: dt.date | None = None) -> EntryFilter:
        """The filter the controls describe."""
        start, end = self._dates(today or dt.date.today())
        person_id, _names_someone = self.person.person()
        return EntryFilter(
            text=self.search.text().strip(),
            kind=self.kind.currentData(),
            network_id=self.network.currentData(),
            person_id=person_id,
            start=start,
            end=end,
        )

    def _dates(self, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
        match self.dates.currentData():
            case "week":
                return today - dt.timedelta(days=6), today
            case "month":
                return today - dt.timedelta(days=29), today
            case "year":
                return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
            case "custom":
                return self.from_date.date().toPython(), self.to_date.date().toPython()
        return None, None

    def set_person(self, person_id: int | None) -> None:
        """Show only entries with ``person_id`` (None: anyone's)."""
        self.person.set_person(person_id)
        self._schedule()

    def set_range(self, network_id: int | None, start: dt.date, end: dt.date) -> None:
        """Show every entry of ``network_id`` (None: any) from ``start`` to ``end``."""
        self.clear()
        self.network.setCurrentIndex(max(0, self.network.findData(network_id)))
        self.from_date.setDate(QDate(start.year, start.month, start.day))
        self.to_date.setDate(QDate(end.year, end.month, end.day))
        self.dates.setCurrentIndex(self.dates.findData("custom"))
        self._schedule()

    def clear(self) -> None:
        """Show every entry again: no text, any kind, network, person and time."""
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.network.setCurrentIndex(0)
        self.person.set_person(None)
        self.dates.setCurrentIndex(0)
        self._schedule()

    def refresh_networks(self) -> None:
        """Re-read the networks (after one is added, renamed or deleted); keep the choice."""
        chosen = self.network.currentData()
        self.network.blockSignals(True)
        self.network.clear()
        self.network.addItem(self.tr("All networks"), None)
        for network in networks.list_networks():
            self.network.addItem(colour_swatch(network.colour), network.name, network.id)
        index = self.network.findData(chosen) if chosen is not None else 0
        self.network.setCurrentIndex(max(index, 0))
        self.network.blockSignals(False)
        if index < 0:  # the chosen network is gone: the filter widened
            self._schedule()

    def refresh_people(self) -> None:
        """Re-read the people the person filter offers (now if shown, else when next shown)."""
        if not self.isVisible():
            self._people_stale = True
            return
        self._people_stale = False
        chosen, _names_someone = self.person.person()
        names = {choice.id: choice.name for choice in people.person_choices()}
        old = self.person
        had_focus = old.hasFocus() or old.lineEdit().hasFocus()
        self.person = self._make_person_picker(chosen, names)
        self._layout.replaceWidget(old, self.person)
        old.hide()
        old.deleteLater()
        if had_focus:
            self.person.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        if self._people_stale:
            self._people_stale = False
            # Shown now: isVisible() is already true, so this builds the picker.
            self.refresh_people()
        super().showEvent(event)

    # --- reacting to the user -------------------------------------------------

    @Slot()
    def _schedule(self) -> None:
        self._timer.start()

    @Slot(int)
    def _on_preset(self, _index: int) -> None:
        self._show_custom_dates(self.dates.currentData() == "custom")
        self._schedule()

    def _show_custom_dates(self, show: bool) -> None:
        for widget in (self.from_date, self.dash, self.to_date):
            widget.setVisible(show)

    @Slot(QDate)
    def _on_from_date(self, day: QDate) -> None:
        if day > self.to_date.date():
            self.to_date.setDate(day)  # a range never runs backwards
        self._schedule()

    @Slot(QDate)
    def _on_to_date(self, day: QDate) -> None:
        if day < self.from_date.date():
            self.from_date.setDate(day)
        self._schedule()


class JournalTable(QTableView):
    """The entries, newest first; chronological, so the header does not sort."""

    def __init__(self, model: JournalTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal_table")
        self.setAccessibleName(self.tr("Journal entries"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights let the view skip measuring 200,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)  # Notes takes what is left
        header.setSectionsMovable(True)
        for column, width in enumerate((110, 120, 260, 200)):
            self.setColumnWidth(column, width)


class JournalPanel(QWidget):
    """The journal's filter bar and entries, with empty states; says which entries are selected."""

    openRequested = Signal(int)  # entry id
    selectionChanged = Signal(list)  # entry ids
    logRequested = Signal()

    def __init__(
        self,
        row_actions: list[QAction | None] | None = None,
        parent: QWidget | None = None,
        *,
        load: bool = True,
    ) -> None:
        """``load=False`` leaves the list empty until :meth:`reload` (the window reads it
        when the tab is first shown: 200,000 entries cost a quarter of a second)."""
        super().__init__(parent)
        self.setObjectName("journal_panel")
        self.filter_bar = JournalFilterBar()
        self.model = JournalTableModel(self)
        self.table = JournalTable(self.model)
        self.empty_state = EmptyState()
        self.empty_state.setObjectName("journal_empty_state")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack)
        self._row_actions = row_actions or []
        for action in self._row_actions:
            if action is not None:
                # Row shortcuts (Delete) work while the table has focus, not in the search field.
                self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        # activated: double-click, or Return/Enter on the keyboard
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._emit_selection)
        self.model.modelReset.connect(self._emit_selection)
        self.filter_bar.changed.connect(self._apply_filter)
        if load:
            self.model.reload()
        self._update_page()

    # --- what is shown -----------------------------------------------------

    def set_person_filter(self, person_id: int | None) -> None:
        """Show only the entries ``person_id`` was in (None: everyone's), at once."""
        self.filter_bar.set_person(person_id)
        self._apply_filter()

    def show_range(self, network_id: int | None, start: dt.date, end: dt.date) -> None:
        """Show the entries of ``network_id`` (None: every network) between two days, at once."""
        self.filter_bar.set_range(network_id, start, end)
        self._apply_filter()

    def clear_filters(self) -> None:
        """Show every entry."""
        self.filter_bar.clear()
        self._apply_filter()

    def refresh_networks(self) -> None:
        """Re-read the networks the network filter offers."""
        self.filter_bar.refresh_networks()

    def refresh_people(self) -> None:
        """Re-read the people the person filter offers."""
        self.filter_bar.refresh_people()

    def reload(self) -> None:
        """Re-read the journal after an edit, keeping the selected entries selected."""
        selected, current = self.selected_ids(), self.current_id()
        self.model.reload()
        self.select_ids(selected, current)
        self._update_page()

    def selected_ids(self) -> list[int]:
        """The ids of the selected entries, in table order (newest first)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.entry_id(row) for row in rows]

    def current_id(self) -> int | None:
        """The id of the entry with the keyboard focus, if any."""
        index = self.table.currentIndex()
        return self.model.entry_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        """Select these entries (those the filter shows) and scroll to the current one."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for eid in ids:
            row = self.model.row_of(eid)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
        focus = current if current is not None else (ids[0] if ids else None)
        row = self.model.row_of(focus) if focus is not None else None
        if row is not None:
            selection.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(row, 0))

    @Slot()
    def _apply_filter(self) -> None:
        flt = self.filter_bar.entry_filter()
        if flt != self.model.entry_filter:
            selected, current = self.selected_ids(), self.current_id()
            self.model.set_filter(flt)
            self.select_ids(selected, current)
        self._update_page()

    def _update_page(self) -> None:
        self.filter_bar.setEnabled(True)
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        flt = self.model.entry_filter
        log = ("journal_log_button", self.tr("Log a Meeting…"), self.logRequested.emit)
        clear = ("journal_clear_filters_button", self.tr("Clear Filters"), self.clear_filters)
        if flt == EntryFilter() or journal.entry_count() == 0:
            self.filter_bar.setEnabled(False)  # nothing to filter yet
            shortcut = QKeySequence(LOG_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            self.empty_state.show_message(
                self.tr("Your journal is empty"),
                self.tr(
                    "Log a meeting, a call or a coffee with {shortcut}: who was there, what "
                    "you talked about, and what you agreed to do next."
                ).format(shortcut=shortcut),
                [log],
            )
        elif flt == EntryFilter(person_id=flt.person_id):
            self.empty_state.show_message(
                self.tr("No entries with {name} yet").format(
                    name=people.person_names([flt.person_id]).get(flt.person_id, "")
                ),
                self.tr("Meetings, calls and messages you log with them will be listed here."),
                [log, clear],
            )
        elif flt.text:
            self.empty_state.show_message(
                self.tr("No entries match “{text}”").format(text=flt.text),
                self.tr(
                    "Search looks at titles, places and notes. Try fewer words, or clear "
                    "the filters."
                ),
                [clear],
            )
        else:
            self.empty_state.show_message(
                self.tr("No entries match these filters"),
                self.tr("Try another kind, network, person or time, or clear the filters."),
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
            self.openRequested.emit(self.model.entry_id(index.row()))

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
