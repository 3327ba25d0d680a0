"""The main window: lays out the panels and wires them together (their logic lives in them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QSplitter, QToolBar, QWidget

from networkjournal import APP_NAME
from networkjournal.store.networks import list_networks
from networkjournal.store.people_list import PeopleFilter
from networkjournal.ui.actions import (
    MENUS,
    NETWORK_ACTIONS,
    PERSON_ROW_ACTIONS,
    TOOLBAR,
    build_actions,
)
from networkjournal.ui.dialogs.about import show_about
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.icons import app_icon, icon
from networkjournal.ui.models.sidebar_model import SidebarKey
from networkjournal.ui.network_controller import NetworkController
from networkjournal.ui.panels.network_sidebar import NetworkSidebar
from networkjournal.ui.panels.people_panel import PeoplePanel
from networkjournal.ui.people_controller import PeopleController

COMPACT_TOOLBAR_WIDTH = 1000  # below this the toolbar shows icons only
MINIMUM_WIDTH = 560


class MainWindow(QMainWindow):
    """The network sidebar beside the people table, under menus and a toolbar."""

    def __init__(self, journal: Path, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.journal = journal
        self.settings = settings
        self.events = JournalEvents(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undo_stack")
        self.actions = build_actions(self)
        for action in self.actions.values():
            self.addAction(action)  # shortcuts work even with the menu bar hidden

        pick = self._pick
        self.sidebar = NetworkSidebar(pick(NETWORK_ACTIONS))
        self.people_panel = PeoplePanel(pick(PERSON_ROW_ACTIONS))
        self.search_field = self._make_search_field()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.people_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 880])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_menus_and_toolbar()
        self.count_label = QLabel()
        self.count_label.setObjectName("people_count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)

        self.people = PeopleController(
            self, self.actions, self.undo_stack, self.events, self.people_panel
        )
        self.network_controller = NetworkController(
            self, self.actions, self.undo_stack, self.events, self.sidebar
        )
        self._wire_undo()
        self._wire()
        self._apply_filter()
        self._restore_state()

    def _pick(self, names: list[str | None]) -> list:  # list[QAction | None]
        return [self.actions[n] if n else None for n in names]

    def _make_search_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName("search_field")
        field.setAccessibleName(self.tr("Search people"))
        field.setPlaceholderText(self.tr("Search people  (Ctrl+F)"))
        field.setClearButtonEnabled(True)
        field.addAction(icon("search", "edit-find"), QLineEdit.ActionPosition.LeadingPosition)
        field.setMinimumWidth(160)
        field.setMaximumWidth(360)
        return field

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        for object_name, title, names in MENUS:
            menu = bar.addMenu(self.tr(title))
            menu.setObjectName(object_name)
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions[name])
        toolbar = self.toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in TOOLBAR:
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[name])
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.addToolBar(toolbar)

    def _wire_undo(self) -> None:
        undo, redo, stack = (
            self.actions["action_undo"],
            self.actions["action_redo"],
            self.undo_stack,
        )
        undo.triggered.connect(stack.undo)
        redo.triggered.connect(stack.redo)
        undo.setEnabled(False)
        redo.setEnabled(False)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: undo.setText(
                self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")
            )
        )
        stack.redoTextChanged.connect(
            lambda text: redo.setText(
                self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")
            )
        )

    def _wire(self) -> None:
        self.sidebar.keyChanged.connect(self._apply_filter)
        self.sidebar.sidebar_model.peopleDropped.connect(self.people.drop_people)
        # Coalesce keystrokes that arrive together into one query.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_field.textChanged.connect(self._search_timer.start)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self.search_field, self.search_field.clear
        ).setContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_field.returnPressed.connect(self._focus_first_result)
        self.actions["action_find"].triggered.connect(self._focus_search)
        self.actions["action_quit"].triggered.connect(self.close)
        self.actions["action_about"].triggered.connect(lambda: show_about(self, self.journal))
        self.actions["action_open_data_folder"].triggered.connect(self._open_data_folder)
        self.people_panel.clearSearchRequested.connect(self.search_field.clear)
        self.people_panel.model.modelReset.connect(self._update_count)
        self.events.peopleChanged.connect(self.people_panel.reload)
        self.events.peopleChanged.connect(self.sidebar.refresh)
        self.events.networksChanged.connect(self.sidebar.refresh)
        self.events.networksChanged.connect(self.people_panel.reload)

    @Slot()
    def _apply_filter(self, _key: SidebarKey | None = None) -> None:
        key = self.sidebar.current_key() or SidebarKey("view", "active")
        name = ""
        if key.network_id is not None:
            name = next((n.name for n in list_networks() if n.id == key.network_id), "")
        flt = PeopleFilter(view=key.view, network_id=key.network_id, text=self.search_field.text())
        self.people_panel.set_filter(flt, name)
        self.people.set_view(key.view)
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        shown = self.people_panel.model.rowCount()
        self.count_label.setText(self.tr("%n people", "", shown))

    @Slot()
    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot()
    def _focus_first_result(self) -> None:
        if self.people_panel.model.rowCount():
            self.people_panel.table.setFocus()
            self.people_panel.table.selectRow(0)

    @Slot()
    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.journal.parent)))

    # --- remembered between runs ---------------------------------------------

    def _restore_state(self) -> None:
        s = self.settings
        geometry = s.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1120, 700)
        state = s.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        splitter = s.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = s.value("people_table/header")
        table = self.people_panel.table
        if header is not None:
            table.horizontalHeader().restoreState(header)
        sort = table.horizontalHeader()
        table.sortByColumn(sort.sortIndicatorSection(), sort.sortIndicatorOrder())

    def save_state(self) -> None:
        """Remember geometry, splitter and column layout for the next run."""
        s = self.settings
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState())
        s.setValue("main_window/splitter", self.splitter.saveState())
        s.setValue("people_table/header", self.people_panel.table.horizontalHeader().saveState())
        s.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Drop the toolbar's words when the window is narrow, so the search field stays."""
        super().resizeEvent(event)
        narrow = event.size().width() < COMPACT_TOOLBAR_WIDTH
        style = Qt.ToolButtonStyle
        self.toolbar.setToolButtonStyle(
            style.ToolButtonIconOnly if narrow else style.ToolButtonTextBesideIcon
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
