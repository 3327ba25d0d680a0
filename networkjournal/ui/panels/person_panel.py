"""The profile of the selected person (``person_panel``): the five questions and the timeline.

Who they are, what I know about them, how well they know me, what they know
about me and what we are learning together: one section per question, each
editable in place through undo.  Below them, in a splitter, every journal entry
the person was in.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import people
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.models.timeline_model import TimelineModel
from networkjournal.ui.panels.profile_sections.base import ProfileContext, Section
from networkjournal.ui.panels.profile_sections.disclosures import DisclosuresSection
from networkjournal.ui.panels.profile_sections.facts import FactsSection
from networkjournal.ui.panels.profile_sections.keep_in_touch import KeepInTouchSection
from networkjournal.ui.panels.profile_sections.knows_me import KnowsMeSection
from networkjournal.ui.panels.profile_sections.relationships import RelationshipsSection
from networkjournal.ui.panels.profile_sections.topics import TopicsSection
from networkjournal.ui.panels.profile_sections.who import WhoSection
from networkjournal.ui.widgets.entry_row_delegate import EntryRowDelegate


def _label(name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != 1.0 or bold:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class PersonPanel(QWidget):
    """Who someone is and what you share, section by section, with their journal entries.

    Built without ``stack`` and ``events`` it only shows: every control that
    edits is hidden or disabled.
    """

    openEntryRequested = Signal(int)  # entry id
    logEntryRequested = Signal(int)  # person id
    editPersonRequested = Signal(int)  # person id
    timelineSelectionChanged = Signal()
    personRequested = Signal(int)  # another person, to select (an introducer, a relation)
    topicRequested = Signal(int)  # topic id
    # Keeping in touch with the shown person: "catch_up", "snooze_week", "snooze_month",
    # "unsnooze", "period", "add_date" (see KeepInTouchSection), and a date to edit.
    keepInTouchRequested = Signal(str, int)
    dateRequested = Signal(int)

    def __init__(
        self,
        entry_actions: list[QAction | None] | None = None,
        stack: QUndoStack | None = None,
        events: JournalEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_panel")
        self.person_id: int | None = None
        self.context = ProfileContext(stack, events, self)
        self.context.personRequested.connect(self.personRequested)
        self.context.topicRequested.connect(self.topicRequested)
        self.context.entryRequested.connect(self.openEntryRequested)
        self.context.urlRequested.connect(self._url_requested)
        self.name = _label("person_name_label", 1.5, bold=True)
        self.headline = _label("person_headline_label")
        self.log_button = QPushButton(self.tr("Log Entry…"))
        self.log_button.setObjectName("person_log_button")
        self.log_button.setToolTip(self.tr("Log a meeting with this person (Ctrl+L)"))
        self.log_button.clicked.connect(self._log)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("person_edit_button")
        self.edit_button.setToolTip(self.tr("Edit every detail of this person"))
        self.edit_button.clicked.connect(self._edit)

        self.who = WhoSection(self.context)
        self.keep_in_touch = KeepInTouchSection(self.context)
        self.keep_in_touch.actionRequested.connect(self.keepInTouchRequested)
        self.keep_in_touch.dateRequested.connect(self.dateRequested)
        self.relationships = RelationshipsSection(self.context)
        self.facts = FactsSection(self.context)
        self.knows_me = KnowsMeSection(self.context)
        self.disclosures = DisclosuresSection(self.context)
        self.topics = TopicsSection(self.context)
        self.sections: list[Section] = [
            self.who,
            self.keep_in_touch,
            self.relationships,
            self.facts,
            self.knows_me,
            self.disclosures,
            self.topics,
        ]
        self.profile_scroll = self._make_profile()
        self._make_timeline(entry_actions or [])

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        header = QVBoxLayout()
        header.setContentsMargins(9, 9, 9, 4)
        header.setSpacing(4)
        header.addWidget(self.name)
        header.addWidget(self.headline)
        header.addLayout(buttons)
        timeline_title = _label("person_timeline_title", bold=True)
        timeline_title.setText(self.tr("Timeline"))
        timeline_pane = QWidget()
        timeline_layout = QVBoxLayout(timeline_pane)
        timeline_layout.setContentsMargins(9, 6, 9, 9)
        timeline_layout.addWidget(timeline_title)
        timeline_layout.addWidget(self.timeline_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("person_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.profile_scroll)
        self.splitter.addWidget(timeline_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 300])
        details = QWidget()
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        self.nobody = _label("person_panel_placeholder")
        self.nobody.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nobody.setText(self.tr("Select someone to see who they are and your time together."))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.nobody)
        self.pages.addWidget(details)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        if events is not None:
            events.peopleChanged.connect(self.reload)
        self.show_person(None)

    def _make_profile(self) -> QScrollArea:
        content = QWidget()
        content.setObjectName("profile_sections")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(9, 4, 9, 9)
        layout.setSpacing(6)
        for index, section in enumerate(self.sections):
            if index:
                layout.addWidget(_rule())
            layout.addWidget(section)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("profile_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        return scroll

    def _make_timeline(self, entry_actions: list[QAction | None]) -> None:
        self.timeline = TimelineModel(self)
        self.timeline_view = QListView()
        self.timeline_view.setObjectName("person_timeline")
        self.timeline_view.setAccessibleName(self.tr("Timeline"))
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setItemDelegate(EntryRowDelegate(self.timeline_view))
        self.timeline_view.setUniformItemSizes(True)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.timeline_view.activated.connect(self._open_entry)
        self.timeline_view.selectionModel().selectionChanged.connect(
            lambda *_: self.timelineSelectionChanged.emit()
        )
        self.timeline.modelReset.connect(self.timelineSelectionChanged.emit)
        self._entry_actions = entry_actions
        for action in self._entry_actions:
            if action is not None:
                self.timeline_view.addAction(action)  # Delete acts on the timeline's selection
        self.timeline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline_view.customContextMenuRequested.connect(self._show_menu)
        self.timeline_empty = _label("person_timeline_empty")
        self.timeline_empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.timeline_empty.setContentsMargins(0, 24, 0, 0)
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(self.timeline_view)
        self.timeline_stack.addWidget(self.timeline_empty)

    def show_person(self, person_id: int | None) -> None:
        """Show ``person_id``'s profile (None: a hint to select someone)."""
        if person_id is not None and person_id not in people.person_names([person_id]):
            person_id = None
        someone_else = person_id != self.person_id
        self.person_id = person_id
        self.timeline.set_person(person_id)
        if person_id is None:
            self.pages.setCurrentIndex(0)
            return
        data = people.get_person(person_id)
        self.name.setText(data.name_for_display())
        self.headline.setText(data.headline)
        self.headline.setVisible(bool(data.headline))
        for section in self.sections:
            section.load(person_id, data)
        self._update_timeline_page(data.name_for_display())
        self.pages.setCurrentIndex(1)
        if someone_else:
            self.profile_scroll.verticalScrollBar().setValue(0)

    @Slot()
    def reload(self) -> None:
        """Read the shown person again (after an edit anywhere)."""
        self.show_person(self.person_id)

    def open_url(self, url: str) -> None:
        """Open a contact's address (mailto:, tel:, a profile); tests replace this."""
        QDesktopServices.openUrl(QUrl(url))

    def _update_timeline_page(self, name: str) -> None:
        if self.timeline.rowCount():
            self.timeline_stack.setCurrentWidget(self.timeline_view)
        else:
            self.timeline_empty.setText(
                self.tr("No entries with %1 yet. Log one with Ctrl+L.").replace("%1", name)
            )
            self.timeline_stack.setCurrentWidget(self.timeline_empty)

    def selected_entry_ids(self) -> list[int]:
        """The entries selected in the timeline, newest first."""
        rows = sorted(i.row() for i in self.timeline_view.selectionModel().selectedRows())
        return [self.timeline.entry_id(row) for row in rows]

    @Slot(str)
    def _url_requested(self, url: str) -> None:
        self.open_url(url)

    @Slot(QPoint)
    def _show_menu(self, pos: QPoint) -> None:
        index = self.timeline_view.indexAt(pos)
        selection = self.timeline_view.selectionModel()
        if index.isValid() and not selection.isSelected(index):
            self.timeline_view.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self._entry_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.timeline_view.viewport().mapToGlobal(pos))

    @Slot(QModelIndex)
    def _open_entry(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openEntryRequested.emit(self.timeline.entry_id(index.row()))

    @Slot()
    def _log(self) -> None:
        if self.person_id is not None:
            self.logEntryRequested.emit(self.person_id)

    @Slot()
    def _edit(self) -> None:
        if self.person_id is not None:
            self.editPersonRequested.emit(self.person_id)
