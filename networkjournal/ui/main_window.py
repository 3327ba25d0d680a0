"""The main window: lays out the panels and wires them together (their logic lives in them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from networkjournal import APP_NAME
from networkjournal.store.people_list import Criterion, CriterionKind, PeopleFilter
from networkjournal.ui import settings as app_settings
from networkjournal.ui import window_state
from networkjournal.ui.actions import (
    DATE_ROW_ACTIONS,
    ENTRY_ROW_ACTIONS,
    KEEP_IN_TOUCH_ACTIONS,
    NETWORK_ACTIONS,
    ORGANISATION_ACTIONS,
    PERSON_ROW_ACTIONS,
    TOPIC_ROW_ACTIONS,
    build_actions,
    build_menus,
    pick,
)
from networkjournal.ui.day_lists import DayLists
from networkjournal.ui.dialogs.about import show_about
from networkjournal.ui.dialogs.settings_dialog import SettingsDialog
from networkjournal.ui.entry_controller import EntryController
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.icons import app_icon, icon
from networkjournal.ui.interop_controller import InteropController, dropped_files
from networkjournal.ui.keep_in_touch_controller import KeepInTouchController
from networkjournal.ui.learning_controller import LearningController
from networkjournal.ui.map_host import MapHost
from networkjournal.ui.models.sidebar_model import ALL_PEOPLE, RECONNECT, UPCOMING, SidebarKey
from networkjournal.ui.network_controller import NetworkController
from networkjournal.ui.panels.dashboard_panel import DashboardPanel
from networkjournal.ui.panels.follow_ups_panel import FollowUpsPanel
from networkjournal.ui.panels.journal_panel import JournalPanel
from networkjournal.ui.panels.keep_in_touch_panel import KeepInTouchPanel
from networkjournal.ui.panels.network_sidebar import NetworkSidebar
from networkjournal.ui.panels.people_panel import PeoplePanel
from networkjournal.ui.panels.person_panel import PersonPanel
from networkjournal.ui.panels.topics_panel import TopicsPanel
from networkjournal.ui.people_controller import PeopleController
from networkjournal.ui.reminders import DesktopReminders
from networkjournal.ui.safety_controller import SafetyController
from networkjournal.ui.search_controller import SearchController
from networkjournal.ui.theme import apply_theme
from networkjournal.ui.toolbar import make_search_field, make_toolbar

COMPACT_TOOLBAR_WIDTH = 1000  # below this the toolbar shows icons only
MINIMUM_WIDTH = 560
OVERVIEW_TAB, PEOPLE_TAB, JOURNAL_TAB, FOLLOW_UPS_TAB, KEEP_IN_TOUCH_TAB, TOPICS_TAB, MAP_TAB = (
    range(7)
)


class MainWindow(QMainWindow):
    """The network sidebar beside tabs for people (with a profile), the journal and follow-ups."""

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
            # Shortcuts work with the menu bar hidden; those that act on a list's
            # selection (Delete) belong to that list alone.
            if action.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut:
                self.addAction(action)

        self.sidebar = NetworkSidebar(
            pick(self.actions, NETWORK_ACTIONS),
            {"organisation": pick(self.actions, ORGANISATION_ACTIONS)},
        )
        self.people_panel = PeoplePanel(pick(self.actions, PERSON_ROW_ACTIONS))
        self.person_panel = PersonPanel(
            pick(self.actions, ENTRY_ROW_ACTIONS), self.undo_stack, self.events
        )
        self.journal_panel = JournalPanel(pick(self.actions, ENTRY_ROW_ACTIONS), load=False)
        self.follow_ups_panel = FollowUpsPanel()
        self.dashboard_panel = DashboardPanel()
        self.keep_in_touch_panel = KeepInTouchPanel(
            pick(self.actions, KEEP_IN_TOUCH_ACTIONS),
            pick(self.actions, DATE_ROW_ACTIONS),
            load=False,
        )
        # Choices that come from the overview (going cold, active lately …) rather than
        # from the sidebar; a new choice in the sidebar clears them.
        self._extra_criteria: tuple[Criterion, ...] = ()
        self._extra_label = ""
        self.topics_panel = TopicsPanel(pick(self.actions, TOPIC_ROW_ACTIONS))
        self.search_field = make_search_field()
        self.people_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.people_splitter.setObjectName("people_splitter")
        self.people_splitter.addWidget(self.people_panel)
        self.people_splitter.addWidget(self.person_panel)
        self.people_splitter.setStretchFactor(0, 3)
        self.people_splitter.setStretchFactor(1, 2)
        self.people_splitter.setSizes([640, 360])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard_panel, icon("overview"), self.tr("Overview"))
        self.tabs.addTab(self.people_splitter, icon("people"), self.tr("People"))
        self.tabs.addTab(self.journal_panel, icon("journal"), self.tr("Journal"))
        self.tabs.addTab(self.follow_ups_panel, icon("follow-up"), self.tr("Follow-ups"))
        self.tabs.addTab(self.keep_in_touch_panel, icon("reconnect"), self.tr("Keep in Touch"))
        self.tabs.addTab(self.topics_panel, icon("topic"), self.tr("Learning Together"))
        self.map_host = MapHost(self.undo_stack)
        self.tabs.addTab(self.map_host, icon("network"), self.tr("Map"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        build_menus(self.menuBar(), self.actions)
        self.toolbar = make_toolbar(self.actions, self.search_field)
        self.addToolBar(self.toolbar)
        self.count_label = QLabel()
        self.count_label.setObjectName("people_count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)

        args = (self, self.actions, self.undo_stack, self.events)
        self.people = PeopleController(*args, self.people_panel)
        self.network_controller = NetworkController(*args, self.sidebar)
        self.entries = EntryController(*args)
        self.search = SearchController(self, self.actions)
        self.learning = LearningController(*args)
        self.keep_in_touch = KeepInTouchController(
            *args, self.entries, self._selected_people, self._selected_dates
        )
        self.interop = InteropController(*args, self._people_in_view, self.sidebar.current_network)
        self.interop.importedPeople.connect(self._show_people)
        self._wire_safety()
        self.setAcceptDrops(True)  # contact files dropped on the window are imported
        self._wire_undo()
        self._wire()
        self._apply_filter()
        self._restore_state()
        self.day_lists.reload_visible()

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
        undo_verb = QT_TRANSLATE_NOOP("MainWindow", "&Undo")
        redo_verb = QT_TRANSLATE_NOOP("MainWindow", "&Redo")
        stack.undoTextChanged.connect(lambda text: self._name_step(undo, undo_verb, text))
        stack.redoTextChanged.connect(lambda text: self._name_step(redo, redo_verb, text))

    @Slot()
    def _show_settings(self) -> None:
        """Edit the preferences; what is applied takes effect at once."""
        dialog = SettingsDialog(self.settings, self.journal, self.undo_stack, self.events, self)
        dialog.applied.connect(self._settings_applied)
        dialog.exec()

    @Slot()
    def _settings_applied(self) -> None:
        overview = self.actions["action_toggle_daily_overview"]
        overview.setChecked(app_settings.DAILY_OVERVIEW.read(self.settings))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, app_settings.theme(self.settings))

    def _name_step(self, action: QAction, verb: str, step: str) -> None:
        action.setText(self.tr(verb) + (" " + step if step else ""))

    def _wire(self) -> None:
        a, events = self.actions, self.events
        self.sidebar.choiceChanged.connect(self._sidebar_chosen)
        # Clicking the item already chosen (All people) still drops the overview's filter.
        self.sidebar.clicked.connect(self._sidebar_clicked)
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
        a["action_find"].triggered.connect(self._focus_search)
        a["action_quit"].triggered.connect(self.close)
        a["action_preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        a["action_preferences"].triggered.connect(self._show_settings)
        a["action_about"].triggered.connect(lambda: show_about(self, self.journal))
        a["action_open_data_folder"].triggered.connect(self._open_data_folder)
        for name, tab in (
            ("action_show_dashboard", OVERVIEW_TAB),
            ("action_show_people", PEOPLE_TAB),
            ("action_show_journal", JOURNAL_TAB),
            ("action_show_follow_ups", FOLLOW_UPS_TAB),
            ("action_show_keep_in_touch", KEEP_IN_TOUCH_TAB),
            ("action_show_topics", TOPICS_TAB),
            ("action_show_map", MAP_TAB),
        ):
            a[name].triggered.connect(lambda _=False, tab=tab: self.tabs.setCurrentIndex(tab))
        # Ctrl+L logs with the person in view, when there is one.
        a["action_log_interaction"].triggered.connect(self._log_entry)
        a["action_edit_entry"].triggered.connect(self._open_selected_entry)
        a["action_trash_entry"].triggered.connect(
            lambda: self.entries.trash_entries(self._selected_entries())
        )
        self.people_panel.clearSearchRequested.connect(self.search_field.clear)
        for model in (
            self.people_panel.model,
            self.journal_panel.model,
            self.follow_ups_panel.model,
            self.topics_panel.model,
            self.topics_panel.opportunities_model,
        ):
            model.modelReset.connect(self._update_count)
        self.people_panel.selectionChanged.connect(self._show_selected_person)
        self.person_panel.openEntryRequested.connect(self.entries.edit_entry)
        self.person_panel.logEntryRequested.connect(lambda pid: self.entries.log_entry([pid]))
        self.person_panel.editPersonRequested.connect(self.people.edit_person)
        self.journal_panel.openRequested.connect(self.entries.edit_entry)
        self.journal_panel.logRequested.connect(self._log_entry)
        self.journal_panel.selectionChanged.connect(self._update_entry_actions)
        self.person_panel.timelineSelectionChanged.connect(self._update_entry_actions)
        self.follow_ups_panel.doneToggled.connect(self.entries.tick_follow_up)
        self.follow_ups_panel.openEntryRequested.connect(self.entries.edit_entry)
        self.search.personChosen.connect(self.show_person)
        self._wire_learning()
        self._wire_keep_in_touch()
        self.search.entryChosen.connect(self.entries.edit_entry)
        self.tabs.currentChanged.connect(self._tab_changed)
        events.peopleChanged.connect(self.people_panel.reload)
        events.peopleChanged.connect(self.sidebar.refresh)
        events.peopleChanged.connect(self.journal_panel.refresh_people)
        events.networksChanged.connect(self.sidebar.refresh)
        events.networksChanged.connect(self.people_panel.reload)
        events.networksChanged.connect(self.journal_panel.refresh_networks)
        events.journalChanged.connect(self.follow_ups_panel.reload)
        self._update_entry_actions()

    def _wire_learning(self) -> None:
        a, learning, topics = self.actions, self.learning, self.topics_panel
        learning.personChosen.connect(self.show_person)
        learning.topicSaved.connect(lambda tid: topics.select_ids([tid]))
        self.person_panel.personRequested.connect(self.show_person)
        self.person_panel.topicRequested.connect(learning.edit_topic)
        topics.openTopicRequested.connect(learning.edit_topic)
        topics.newTopicRequested.connect(learning.new_topic)
        topics.personRequested.connect(self.show_person)
        topics.selectionChanged.connect(self._update_topic_actions)
        a["action_edit_topic"].triggered.connect(
            lambda: [learning.edit_topic(t) for t in topics.selected_ids()[:1]]
        )
        a["action_delete_topic"].triggered.connect(
            lambda: learning.delete_topics(topics.selected_ids())
        )
        a["action_edit_organisation"].triggered.connect(
            lambda: self._with_organisation(learning.edit_organisation)
        )
        a["action_delete_organisation"].triggered.connect(
            lambda: self._with_organisation(learning.delete_organisation)
        )
        self.sidebar.keyChanged.connect(self._update_organisation_actions)
        self.events.journalChanged.connect(topics.reload)
        self.events.peopleChanged.connect(topics.reload)
        self._update_topic_actions()
        self._update_organisation_actions()

    def _wire_keep_in_touch(self) -> None:
        a, events, panel, board = (
            self.actions,
            self.events,
            self.keep_in_touch_panel,
            self.dashboard_panel,
        )
        controller = self.keep_in_touch
        a["action_toggle_daily_overview"].setChecked(
            self.settings.value(window_state.DAILY_OVERVIEW, True, type=bool)
        )
        a["action_toggle_daily_overview"].toggled.connect(
            lambda on: self.settings.setValue(window_state.DAILY_OVERVIEW, on)
        )
        panel.personRequested.connect(self.show_person)
        panel.dateOpenRequested.connect(controller.edit_date)
        panel.reconnectSelectionChanged.connect(self._update_keep_in_touch_actions)
        panel.upcomingSelectionChanged.connect(self._update_keep_in_touch_actions)
        self.people_panel.selectionChanged.connect(self._update_keep_in_touch_actions)
        board.peopleRequested.connect(self.show_people_matching)
        board.entriesRequested.connect(self._show_entries)
        board.followUpsRequested.connect(lambda: self.tabs.setCurrentIndex(FOLLOW_UPS_TAB))
        board.reconnectRequested.connect(lambda: self.sidebar.select_key(RECONNECT))
        board.upcomingRequested.connect(lambda: self.sidebar.select_key(UPCOMING))
        board.personRequested.connect(self.show_person)
        self.person_panel.keepInTouchRequested.connect(controller.request)
        self.person_panel.dateRequested.connect(controller.edit_date)
        self.day_lists = DayLists(
            self.tabs,
            {
                board: board.reload,
                panel: self._reload_keep_in_touch,
                self.journal_panel: self.journal_panel.reload,
                self.map_host: self.map_host.reload,
            },
        )
        # A click on the map selects the person in the table; a double click shows them.
        self.map_host.personSelected.connect(lambda pid: self.people_panel.select_ids([pid]))
        self.map_host.personOpened.connect(self.show_person)
        self.map_host.logMeetingRequested.connect(lambda pid: self.entries.log_entry([pid]))
        self.map_host.addRelationshipRequested.connect(self.people.add_relationship)
        self.day_lists.dayChanged.connect(self.sidebar.refresh)
        for signal in (events.peopleChanged, events.journalChanged, events.networksChanged):
            signal.connect(self.day_lists.mark_stale)
        self._update_keep_in_touch_actions()
        # Due follow-ups: a tray notification once a day (or a status bar line without a tray).
        self.reminders = DesktopReminders(self, self.settings)
        self.reminders.activated.connect(self._show_follow_ups_from_tray)

    def _wire_safety(self) -> None:
        """Backups, restore and the read-only mode (a journal from a newer version)."""
        self.safety = SafetyController(
            self, self.journal, self.actions, self.undo_stack, self.events, busy=self._importing
        )

    def _importing(self) -> bool:
        job = self.interop.job
        return job is not None and job.is_running()

    @Slot()
    def _show_follow_ups_from_tray(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.tabs.setCurrentIndex(FOLLOW_UPS_TAB)

    def _selected_people(self) -> list[int]:
        """Whom the keep-in-touch actions act on: the Reconnect list's or the table's selection."""
        tab = self.tabs.currentIndex()
        if tab == KEEP_IN_TOUCH_TAB:
            return self.keep_in_touch_panel.selected_person_ids()
        if tab == PEOPLE_TAB:
            return self.people_panel.selected_ids()
        return []

    def _people_in_view(self) -> list[int]:
        """The people selected in the people table, when it is in view."""
        if self.tabs.currentIndex() == PEOPLE_TAB:
            return self.people_panel.selected_ids()
        return []

    @Slot(list)
    def _show_people(self, person_ids: list[int]) -> None:
        """Show ``person_ids`` selected in the people table (after an import)."""
        if not person_ids:
            return
        self.show_person(person_ids[0])
        self.people_panel.select_ids(person_ids)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept contact files (vCard, CSV, an archive) dragged from a file manager."""
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the contact files dropped on the window."""
        paths = dropped_files(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        # After the drop returns: the file manager should not wait on our dialogs.
        QTimer.singleShot(0, lambda: self.interop.import_paths(paths))

    def _selected_dates(self) -> list[int]:
        if self.tabs.currentIndex() == KEEP_IN_TOUCH_TAB:
            return self.keep_in_touch_panel.selected_date_ids()
        return []

    @Slot()
    def _update_keep_in_touch_actions(self, _ids: object = None) -> None:
        people = bool(self._selected_people())
        for name in KEEP_IN_TOUCH_ACTIONS:
            if name is not None:
                self.actions[name].setEnabled(people)
        dates = bool(self._selected_dates())
        self.actions["action_edit_date"].setEnabled(dates)
        self.actions["action_delete_date"].setEnabled(dates)

    def _reload_keep_in_touch(self) -> None:
        self.keep_in_touch_panel.reload()
        self._update_keep_in_touch_actions()

    @Slot(object, str)
    def show_people_matching(self, criteria: tuple[Criterion, ...], label: str) -> None:
        """Show the people table filtered by ``criteria`` (from the overview), titled ``label``."""
        self.search_field.clear()
        self.sidebar.select_key(ALL_PEOPLE)
        self._extra_criteria, self._extra_label = tuple(criteria), label
        self.tabs.setCurrentIndex(PEOPLE_TAB)
        self._apply_filter()

    @Slot(object, object, object)
    def _show_entries(self, network_id: int | None, start: dt.date, end: dt.date) -> None:
        self.tabs.setCurrentIndex(JOURNAL_TAB)
        self.journal_panel.show_range(network_id, start, end)

    @Slot()
    def _sidebar_clicked(self) -> None:
        if self._extra_criteria:
            self._sidebar_chosen()

    @Slot()
    def _sidebar_chosen(self) -> None:
        self._extra_criteria, self._extra_label = (), ""
        self._apply_filter()
        keys = self.sidebar.chosen_keys()
        if keys and keys[0] in (RECONNECT, UPCOMING):
            self.tabs.setCurrentIndex(KEEP_IN_TOUCH_TAB)
            if keys[0] == RECONNECT:
                self.keep_in_touch_panel.focus_reconnect()
            else:
                self.keep_in_touch_panel.focus_upcoming()
            self.sidebar.setFocus()
        else:
            self.tabs.setCurrentIndex(PEOPLE_TAB)

    def _with_organisation(self, act: Callable[[int], None]) -> None:
        key = self.sidebar.current_key()
        if key is not None and key.kind == CriterionKind.ORGANISATION:
            act(int(key.value))

    @Slot()
    def _update_topic_actions(self, _ids: list[int] | None = None) -> None:
        selected = self.tabs.currentIndex() == TOPICS_TAB and bool(self.topics_panel.selected_ids())
        self.actions["action_edit_topic"].setEnabled(selected)
        self.actions["action_delete_topic"].setEnabled(selected)

    @Slot()
    def _update_organisation_actions(self, _key: object = None) -> None:
        key = self.sidebar.current_key()
        chosen = key is not None and key.kind == CriterionKind.ORGANISATION
        self.actions["action_edit_organisation"].setEnabled(chosen)
        self.actions["action_delete_organisation"].setEnabled(chosen)

    # --- reacting ------------------------------------------------------------------

    @Slot()
    def _apply_filter(self) -> None:
        view = self.sidebar.chosen_view()
        flt = PeopleFilter(
            view=view,
            text=self.search_field.text(),
            criteria=self.sidebar.chosen_criteria() + self._extra_criteria,
        )
        chosen = [
            index.data()
            for key in self.sidebar.chosen_keys()
            if not key.alone
            for index in [self.sidebar.sidebar_model.index_of(key)]
        ]
        if self._extra_label:
            chosen.append(self._extra_label)
        self.people_panel.set_filter(flt, " + ".join(chosen))
        self.people.set_view(view)
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        """Say how many rows the tab in view shows."""
        tab = self.tabs.currentIndex()
        if tab == JOURNAL_TAB:
            text = self.tr("%n entries", "", self.journal_panel.model.rowCount())
        elif tab == FOLLOW_UPS_TAB:
            text = self.tr("%n follow-ups", "", self.follow_ups_panel.model.rowCount())
        elif tab == TOPICS_TAB:
            text = self.tr("%n topics", "", self.topics_panel.current_model().rowCount())
        elif tab == KEEP_IN_TOUCH_TAB:
            text = self.tr("%n due", "", self.keep_in_touch_panel.reconnect_model.rowCount())
        elif tab == OVERVIEW_TAB:
            text = ""
        else:
            text = self.tr("%n people", "", self.people_panel.model.rowCount())
        self.count_label.setText(text)

    @Slot(list)
    def _show_selected_person(self, ids: list[int]) -> None:
        current = self.people_panel.current_id()
        self.person_panel.show_person(current if current in ids else (ids[0] if ids else None))

    def show_person(self, person_id: int) -> None:
        """Bring ``person_id`` into view in the people table and show their profile."""
        self.tabs.setCurrentIndex(PEOPLE_TAB)
        if self.people_panel.model.row_of(person_id) is None:
            self.search_field.clear()
            self.sidebar.select_key(SidebarKey("view", "active"))
            self._apply_filter()
        if self.people_panel.model.row_of(person_id) is None:
            self.sidebar.select_key(SidebarKey("view", "archived"))
        self.people_panel.select_ids([person_id])
        self.people_panel.table.setFocus()

    @Slot()
    def _log_entry(self) -> None:
        person = self.person_panel.person_id if self.tabs.currentIndex() == PEOPLE_TAB else None
        self.entries.log_entry([person] if person is not None else None)

    def _selected_entries(self) -> list[int]:
        """The entries selected in the list in view: the journal, or a person's timeline."""
        tab = self.tabs.currentIndex()
        if tab == JOURNAL_TAB:
            return self.journal_panel.selected_ids()
        if tab == PEOPLE_TAB:
            return self.person_panel.selected_entry_ids()
        return []

    @Slot()
    def _open_selected_entry(self) -> None:
        selected = self._selected_entries()
        if selected:
            self.entries.edit_entry(selected[0])

    @Slot()
    def _update_entry_actions(self, _ids: list[int] | None = None) -> None:
        selected = bool(self._selected_entries())
        self.actions["action_edit_entry"].setEnabled(selected)
        self.actions["action_trash_entry"].setEnabled(selected)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        self.people.set_active(index == PEOPLE_TAB)
        self._update_keep_in_touch_actions()
        self._update_entry_actions()
        self._update_topic_actions()
        self._update_count()

    @Slot()
    def _focus_search(self) -> None:
        field = self.search_field
        if self.tabs.currentIndex() == JOURNAL_TAB:
            field = self.journal_panel.filter_bar.search
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

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
        window_state.restore(self, self.settings)
        self.tabs.setCurrentIndex(app_settings.start_tab(self.settings, OVERVIEW_TAB, PEOPLE_TAB))

    def save_state(self) -> None:
        """Remember geometry, splitters, column layout and the open tab for the next run."""
        window_state.save(self, self.settings)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Drop the toolbar's words when the window is narrow, so the search field stays."""
        super().resizeEvent(event)
        narrow = event.size().width() < COMPACT_TOOLBAR_WIDTH
        style = Qt.ToolButtonStyle
        self.toolbar.setToolButtonStyle(
            style.ToolButtonIconOnly if narrow else style.ToolButtonTextBesideIcon
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.map_host.stop()
        if self.interop.job is not None and self.interop.job.is_running():
            self.interop.job.stop()  # cancelled: the journal stays as it was
        self.interop.wait_for_export()
        self.safety.stop()
        self.save_state()
        super().closeEvent(event)
