"""The profile of the selected person (``person_panel``): who they are and their timeline."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from networkjournal.store import people
from networkjournal.store.networks import list_networks
from networkjournal.ui.models.timeline_model import TimelineModel
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


class PersonPanel(QWidget):
    """Name, role and networks of one person, with every journal entry they were in."""

    openEntryRequested = Signal(int)  # entry id
    logEntryRequested = Signal(int)  # person id
    editPersonRequested = Signal(int)  # person id
    timelineSelectionChanged = Signal()

    def __init__(
        self, entry_actions: list[QAction | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_panel")
        self.person_id: int | None = None
        self.name = _label("person_name_label", 1.5, bold=True)
        self.headline = _label("person_headline_label")
        self.networks = _label("person_networks_label")
        self.log_button = QPushButton(self.tr("Log Entry…"))
        self.log_button.setObjectName("person_log_button")
        self.log_button.setToolTip(self.tr("Log a meeting with this person (Ctrl+L)"))
        self.log_button.clicked.connect(self._log)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("person_edit_button")
        self.edit_button.clicked.connect(self._edit)
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
        self._entry_actions = entry_actions or []
        for action in self._entry_actions:
            if action is not None:
                self.timeline_view.addAction(action)  # Delete acts on the timeline's selection
        self.timeline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline_view.customContextMenuRequested.connect(self._show_menu)
        self.timeline_empty = _label("person_timeline_empty")
        self.timeline_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(self.timeline_view)
        self.timeline_stack.addWidget(self.timeline_empty)

        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        timeline_title = _label("person_timeline_title", bold=True)
        timeline_title.setText(self.tr("Timeline"))
        details = QWidget()
        layout = QVBoxLayout(details)
        layout.addWidget(self.name)
        layout.addWidget(self.headline)
        layout.addWidget(self.networks)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(timeline_title)
        layout.addWidget(self.timeline_stack, 1)
        self.nobody = _label("person_panel_placeholder")
        self.nobody.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nobody.setText(self.tr("Select someone to see who they are and your time together."))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.nobody)
        self.pages.addWidget(details)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.show_person(None)

    def show_person(self, person_id: int | None) -> None:
        """Show ``person_id``'s profile (None: a hint to select someone)."""
        if person_id is not None and person_id not in people.person_names([person_id]):
            person_id = None
        self.person_id = person_id
        self.timeline.set_person(person_id)
        if person_id is None:
            self.pages.setCurrentIndex(0)
            return
        data = people.get_person(person_id)
        self.name.setText(data.name_for_display())
        self.headline.setText(data.headline)
        self.headline.setVisible(bool(data.headline))
        names = {n.id: n.name for n in list_networks()}
        roles = [
            f"{names[link.network_id]} ({link.role})" if link.role else names[link.network_id]
            for link in data.networks
            if link.network_id in names
        ]
        self.networks.setText(" · ".join(roles))
        self.networks.setVisible(bool(roles))
        self._update_timeline_page(data.name_for_display())
        self.pages.setCurrentIndex(1)

    def reload(self) -> None:
        """Read the shown person again (after an edit anywhere)."""
        self.show_person(self.person_id)

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
