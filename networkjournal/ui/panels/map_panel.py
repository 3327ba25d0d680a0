"""The network map (``map_panel``): you in the middle, everyone around you, who knows whom.

Each person is a circle (:mod:`networkjournal.ui.widgets.map_items`) coloured by their
networks, sized by this past year's entries and faded when going cold. Lines stand for
relationships, introductions, shared organisations and shared topics, each kind with its
own toggle. Filters choose who is shown; the search box finds and centres a person; a
right click offers to log a meeting or add a relationship. The graph is read from the
journal on the GUI thread (a few aggregate queries) and laid out on a worker thread
(:mod:`networkjournal.ui.map_worker`), starting from where everyone sat before so a
rebuild moves little. People the user drags stay where they are put (kept in the
journal, undoable). A second page shows the tree of introductions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from networkjournal.graph_layout import LayoutInput, Point
from networkjournal.store import map_places
from networkjournal.store.graph import EdgeKind, GraphEdge, GraphNode, network_graph
from networkjournal.ui.dialogs.export_file import choose_export_path, write_export_bytes
from networkjournal.ui.formatting import relative_day
from networkjournal.ui.map_commands import PlaceOnMap
from networkjournal.ui.map_worker import MapLayoutJob
from networkjournal.ui.panels.introductions_view import IntroductionsView
from networkjournal.ui.widgets.map_filters import MapFilters
from networkjournal.ui.widgets.map_items import PersonNode, YouNode
from networkjournal.ui.widgets.map_scene import YOU, MapScene
from networkjournal.ui.widgets.map_search import MapSearch
from networkjournal.ui.widgets.map_toolbar import MAP_PAGE, TREE_PAGE, MapToolBar, tool_bar
from networkjournal.ui.widgets.map_view import MapView

LABEL_SCALE = 0.8  # names show from this zoom up: below it they would only overlap
FOUND_SCALE = 1.5  # a person found by the search is shown at least this close

# How strongly each kind of line pulls two people together in the layout: all kinds take
# part whatever is shown, so toggling a kind never moves anyone.
_WEIGHTS = {
    EdgeKind.RELATIONSHIP: 1.0,
    EdgeKind.INTRODUCTION: 1.0,
    EdgeKind.ORGANISATION: 0.4,
    EdgeKind.TOPIC: 0.3,
}

Shape = tuple[tuple[int, ...], tuple[tuple[int, int, float], ...], tuple[tuple[int, Point], ...]]


def you_weight(recent_entries: int) -> float:
    """How strongly you pull someone towards the middle: the more you see them, the closer.

    In three steps rather than in proportion, so one more entry seldom changes the
    layout's input (and so seldom moves anyone).
    """
    if recent_entries >= 10:
        return 0.3
    if recent_entries >= 3:
        return 0.12
    return 0.0


class MapPanel(QWidget):
    """The network map and the tree of introductions, with their filters and tools."""

    personSelected = Signal(int)  # a single click on a person
    personOpened = Signal(int)  # a double click on a person
    logMeetingRequested = Signal(int)
    addRelationshipRequested = Signal(int)
    laidOut = Signal()  # the map shows the latest layout

    def __init__(
        self,
        today: dt.date | None = None,
        stack: QUndoStack | None = None,
        parent: QWidget | None = None,
        *,
        load: bool = True,
    ) -> None:
        """``today`` fixes the day sizes and fading count up to (tests); None: the real today.

        ``load=False`` leaves the map empty until :meth:`reload`.
        """
        super().__init__(parent)
        self.setObjectName("map_panel")
        self._today = today
        self._stack = stack
        self._positions: dict[int, Point] = {}  # kept between rebuilds, so a rebuild is stable
        self._pinned: dict[int, Point] = {}
        self._pending: tuple[list[GraphNode], list[GraphEdge]] | None = None
        self._job: MapLayoutJob | None = None
        self._fit_when_laid_out = True
        self._selected: int | None = None
        self._laid_out_shape: Shape | None = None  # what the shown layout was computed from

        self.filters = MapFilters(self)
        self.filters.changed.connect(self._filters_changed)
        self.searcher = MapSearch(self)
        self.searcher.found.connect(self._found)
        self.search = self.searcher.edit
        self.search_message = self.searcher.message

        top = tool_bar("map_filter_bar")
        top.addWidget(self.search)
        for combo in self.filters.combos:
            top.addWidget(combo)
        top.addWidget(self.search_message)
        self.tools = tools = MapToolBar()
        tools.pageChosen.connect(self._show_page)
        tools.kindsChanged.connect(self._show_edges)
        tools.exportRequested.connect(self.export_with_dialog)
        self.map_button, self.tree_button = tools.map_button, tools.tree_button
        self.edge_buttons = tools.edge_buttons

        self.progress = QProgressBar()
        self.progress.setObjectName("map_progress")
        self.progress.setAccessibleName(self.tr("Laying out the map"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        # Keep its room when hidden: showing it must not resize (and so repaint) the map.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()

        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.view.setObjectName("map_view")
        self.view.setAccessibleName(self.tr("Network map"))
        self.view.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        self.view.clicked.connect(self._clicked)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.menuRequested.connect(self._menu_requested)
        self.view.openRequested.connect(self._open_marked)
        self.view.dragFinished.connect(self._drag_finished)
        self.view.scaleChanged.connect(self._show_labels)
        tools.fit_button.clicked.connect(self.view.fit_all)
        tools.zoom_in_button.clicked.connect(self.view.zoom_in)
        tools.zoom_out_button.clicked.connect(self.view.zoom_out)

        self.empty = QLabel()
        self.empty.setObjectName("map_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.introductions: IntroductionsView | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(tools)
        layout.addWidget(self.progress)
        layout.addWidget(self.pages, 1)
        self.setFocusProxy(self.view)
        if load:
            self.reload()

    # --- what is shown ----------------------------------------------------------

    def reload(self) -> None:
        """Re-read the lists and the graph (after an edit) and lay it out again."""
        self.filters.refill()
        self._rebuild()
        if self.introductions is not None:
            self.introductions.reload()

    def set_network(self, network_id: int | None) -> None:
        """Show only the people in this network (None: everyone)."""
        self.filters.choose(self.filters.network, network_id)

    def network_id(self) -> int | None:
        """The network shown (None: everyone)."""
        return self.filters.network.currentData()

    def node_items(self) -> dict[int, PersonNode]:
        """Each person on the map, by id, as the item drawing them."""
        return dict(self.scene.nodes)

    def you_item(self) -> YouNode | None:
        """You, in the middle (None while the map is empty)."""
        return self.scene.you

    def select_person(self, person_id: int) -> bool:
        """Mark this person and centre the map on them; False if they are not on it."""
        if self.introductions is not None:
            self.introductions.select_person(person_id)
        node = self.scene.nodes.get(person_id)
        if node is None:
            return False
        self._mark(person_id)
        self.view.centerOn(node)
        return True

    def selected_person_id(self) -> int | None:
        """The person marked on the map, if any."""
        return self._selected

    def is_laying_out(self) -> bool:
        """Whether a layout is running."""
        return self._job is not None

    def find(self, text: str) -> bool:
        """Find the next person on the map whose name holds ``text``; mark, centre and zoom."""
        return self.searcher.find(text) is not None

    def person_menu(self, person_id: int | None) -> QMenu:
        """The right-click menu for a person on the map (None: for the map itself)."""
        menu = QMenu(self)
        menu.setObjectName("map_context_menu")
        node = self.scene.nodes.get(person_id) if person_id is not None else None
        if node is not None:
            pid = node.person_id
            self._add(
                menu,
                "map_log_meeting",
                self.tr("Log Meeting with %1…").replace("%1", node.name),
                lambda: self.logMeetingRequested.emit(pid),
            )
            self._add(
                menu,
                "map_add_relationship",
                self.tr("Add Relationship…"),
                lambda: self.addRelationshipRequested.emit(pid),
            )
            self._add(
                menu,
                "map_open_profile",
                self.tr("Open Profile"),
                lambda: self.personOpened.emit(pid),
            )
            if node.is_pinned():
                menu.addSeparator()
                self._add(
                    menu, "map_unpin", self.tr("Let the Map Place Them"), lambda: self.unpin([pid])
                )
            menu.addSeparator()
        self._add(menu, "map_menu_fit", self.tr("Fit All"), self.view.fit_all)
        self._add(menu, "map_lay_out_again", self.tr("Lay Out Again"), self.lay_out_again)
        if self._pinned:
            self._add(
                menu,
                "map_unpin_all",
                self.tr("Let the Map Place Everyone"),
                lambda: self.unpin(list(self._pinned)),
            )
        return menu

    @staticmethod
    def _add(menu: QMenu, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    # --- placing people ---------------------------------------------------------

    def pin(self, person_id: int, place: Point) -> None:
        """Put a person at ``place`` and keep them there (undoable)."""
        name = self.scene.nodes[person_id].name if person_id in self.scene.nodes else ""
        self._place({person_id: place}, self.tr("Move %1 on the Map").replace("%1", name))

    def unpin(self, person_ids: list[int]) -> None:
        """Let the layout place these people again (they stay put until it next runs)."""
        self._place(dict.fromkeys(person_ids), self.tr("Let the Map Place People"))

    def lay_out_again(self) -> None:
        """Forget where everyone sat (except those the user placed) and lay the map out afresh."""
        self._positions = {pid: p for pid, p in self._positions.items() if pid in self._pinned}
        self._laid_out_shape = None
        self._fit_when_laid_out = True
        self._rebuild()

    def pinned_ids(self) -> set[int]:
        """The people the user put where they are."""
        return set(self._pinned)

    def _place(
        self,
        after: dict[int, Point | None],
        text: str,
        moved_from: dict[int, Point] | None = None,
    ) -> None:
        command = PlaceOnMap(self, after, text, moved_from)
        if self._stack is not None:
            self._stack.push(command)  # push runs redo
        else:
            command.redo()

    def show_places(self, moves: dict[int, Point]) -> None:
        """Show pins as the journal now holds them, moving people to ``moves``."""
        self._pinned = map_places.pinned_places()
        self._positions.update(moves)
        self.scene.move_people(moves, set(self._pinned))
        self._laid_out_shape = self._current_shape()

    @Slot()
    def _drag_finished(self) -> None:
        moved = self.scene.end_drag()
        if moved:
            name = self.scene.nodes[next(iter(moved))].name
            self._place(
                {pid: end for pid, (_start, end) in moved.items()},
                self.tr("Move %1 on the Map").replace("%1", name),
                {pid: start for pid, (start, _end) in moved.items()},
            )

    # --- export ---------------------------------------------------------------------

    def export_png(self, path: Path | str) -> bool:
        """Save what the view shows as a PNG image; False if the file could not be written."""
        data = self.scene.render_png(*self.view.visible_area(), self.view.backgroundBrush())
        return data is not None and write_export_bytes(self, Path(path), data)

    def export_svg(self, path: Path | str) -> bool:
        """Save what the view shows as an SVG drawing; False if the file could not be written."""
        data = self.scene.render_svg(
            *self.view.visible_area(),
            self.view.backgroundBrush(),
            self.tr("Network map"),
            self.tr("Exported from Network Journal"),
        )
        return write_export_bytes(self, Path(path), data)

    def export_with_dialog(self, kind: str) -> Path | None:
        """Ask where, then save the view as ``kind`` ("png" or "svg")."""
        title = self.tr("Export Map as PNG") if kind == "png" else self.tr("Export Map as SVG")
        pattern = (
            self.tr("PNG images (*.png)") if kind == "png" else self.tr("SVG drawings (*.svg)")
        )
        path = choose_export_path(self, title, f"network-map.{kind}", pattern)
        if path is None:
            return None
        saved = self.export_png(path) if kind == "png" else self.export_svg(path)
        return path if saved else None

    def stop_layout(self) -> None:
        """Stop a running layout and wait for its thread (before the panel goes)."""
        job, self._job = self._job, None
        if job is not None:
            job.stop()
        self.progress.hide()

    # --- building ---------------------------------------------------------------

    def _kinds(self) -> list[EdgeKind]:
        return list(EdgeKind)  # all kinds are read: the layout uses them all

    def _rebuild(self) -> None:
        """Read the graph and start laying it out; the old map stays until the new one is ready."""
        today = self._today or dt.date.today()
        nodes, edges = network_graph(self.filters.graph_filter(self._kinds(), today), today)
        self._pinned = map_places.pinned_places()
        if self._job is not None:
            self._job.cancel()  # its result would be stale; it lets go of itself when done
            self._job = None
        self._pending = (nodes, edges)
        data = self._layout_input(nodes, edges)
        shape = self._shape_of(data)
        placed = all(pid in self._positions for pid in data.nodes if pid != YOU)
        if shape == self._laid_out_shape or (placed and data.nodes):
            # Everyone shown has a place already (a filter changed, a person was renamed,
            # a line was added): even a settling layout would nudge everyone, and a map
            # that rearranges itself is a map nobody learns. Only newcomers start a
            # layout; "Lay Out Again" starts afresh.
            self.progress.hide()
            self._show_laid_out({pid: self._positions.get(pid, (0.0, 0.0)) for pid in data.nodes})
            return
        self._laid_out_shape = None
        job = MapLayoutJob(data)
        job.progress.connect(self._layout_progress)
        job.finished.connect(self._layout_finished)
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        job.start()

    def _layout_input(self, nodes: list[GraphNode], edges: list[GraphEdge]) -> LayoutInput:
        ids = [node.person_id for node in nodes]
        lines = [(edge.source, edge.target, _WEIGHTS[edge.kind]) for edge in edges]
        for node in nodes:
            weight = you_weight(node.recent_entries)
            if weight > 0.0:
                lines.append((YOU, node.person_id, weight))
        shown = set(ids)
        return LayoutInput(
            nodes=[YOU, *ids] if ids else [],
            edges=lines,
            pinned={pid: place for pid, place in self._pinned.items() if pid in shown},
            previous=dict(self._positions),
            centre=YOU,
        )

    @staticmethod
    def _shape_of(data: LayoutInput) -> Shape:
        return (tuple(data.nodes), tuple(data.edges), tuple(sorted(data.pinned.items())))

    def _current_shape(self) -> Shape | None:
        if self._laid_out_shape is None:
            return None
        nodes, edges, _pinned = self._laid_out_shape
        shown = set(nodes)
        pinned = {pid: p for pid, p in self._pinned.items() if pid in shown}
        return (nodes, edges, tuple(sorted(pinned.items())))

    @Slot(int, int)
    def _layout_progress(self, done: int, total: int) -> None:
        if self.sender() is self._job:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    @Slot(object)
    def _layout_finished(self, positions: dict[int, Point]) -> None:
        if self.sender() is not self._job or self._pending is None:
            return  # a layout that a newer one replaced
        self._job = None
        self.progress.hide()
        self._positions.update(positions)
        self._show_laid_out(positions)

    def _show_laid_out(self, positions: dict[int, Point]) -> None:
        """Put the pending graph on the map at ``positions``."""
        assert self._pending is not None
        nodes, edges = self._pending
        self._laid_out_shape = self._shape_of(self._layout_input(nodes, edges))
        self._pending = None
        self._build_scene(nodes, edges, positions)
        self._show_empty_state(bool(nodes))
        self.searcher.set_people({node.person_id: node.name for node in nodes})
        if self._fit_when_laid_out:
            self._fit_when_laid_out = False
            self.view.fit_all()
        self._show_labels(self.view.scale_factor())
        self.laidOut.emit()

    def _show_empty_state(self, anyone: bool) -> None:
        if anyone:
            self.empty.clear()
            if self.pages.currentWidget() is self.empty:
                self.pages.setCurrentWidget(self.view)
            return
        if self.filters.is_narrowed():
            text = self.tr(
                "No one matches these choices. Choose “All networks”, “Any …” "
                "and “Any time” above to see everyone."
            )
        else:
            text = self.tr(
                "No one is on the map yet. Add people (Ctrl+N) or import your "
                "contacts, and they appear here around you."
            )
        self.empty.setText(text)
        if self.pages.currentWidget() is self.view:
            self.pages.setCurrentWidget(self.empty)

    def _build_scene(
        self, nodes: list[GraphNode], edges: list[GraphEdge], positions: dict[int, Point]
    ) -> None:
        today = self._today or dt.date.today()
        self.scene.tooltip = lambda node: self._tooltip(node, today)
        self.scene.build(
            nodes,
            edges,
            positions,
            set(self._pinned),
            (self.tr("You"), self.tr("You: everyone on the map is placed around you")),
        )
        if self._selected is not None and self._selected in self.scene.nodes:
            self.scene.nodes[self._selected].set_marked(True)

    def _tooltip(self, node: GraphNode, today: dt.date) -> str:
        """The hover text: name — role — last contact, leaving out a role they have not got."""
        if node.last_contact is None:
            contact = self.tr("no entries yet")
        else:
            contact = self.tr("last seen %1").replace("%1", relative_day(node.last_contact, today))
        return " — ".join(part for part in (node.name, node.headline, contact) if part)

    # --- reacting to the user -----------------------------------------------------

    @Slot()
    def _filters_changed(self) -> None:
        self._fit_when_laid_out = True
        self._rebuild()

    @Slot(int)
    def _show_page(self, page: int) -> None:
        if page == TREE_PAGE:
            if self.introductions is None:
                self.introductions = IntroductionsView()
                self.introductions.personSelected.connect(self.personSelected)
                self.introductions.personOpened.connect(self.personOpened)
                self.pages.addWidget(self.introductions)
            if self._selected is not None:
                self.introductions.select_person(self._selected)
            self.pages.setCurrentWidget(self.introductions)
        else:
            self.pages.setCurrentWidget(self.view if self.scene.nodes else self.empty)
        on_map = page == MAP_PAGE
        for widget in (*self.filters.combos, self.searcher):
            widget.setEnabled(on_map)
        self.tools.set_map_tools_enabled(on_map)

    @Slot()
    def _show_edges(self) -> None:
        for kind, shown in self.tools.shown_kinds().items():
            self.scene.show_kind(kind, shown)

    @Slot(float)
    def _show_labels(self, scale: float) -> None:
        """Names only when zoomed in enough to read them without a heap of overlapping text."""
        self.scene.show_labels(scale >= LABEL_SCALE)

    @Slot(int)
    def _found(self, person_id: int) -> None:
        self.view.zoom_at_least(FOUND_SCALE)
        self.select_person(person_id)
        self.personSelected.emit(person_id)

    def _person_at(self, pos: QPoint) -> int | None:
        return self.scene.person_at(self.view, pos)

    def _mark(self, person_id: int | None) -> None:
        if self._selected is not None and self._selected in self.scene.nodes:
            self.scene.nodes[self._selected].set_marked(False)
        self._selected = person_id
        if person_id is not None and person_id in self.scene.nodes:
            self.scene.nodes[person_id].set_marked(True)

    @Slot(QPoint)
    def _clicked(self, pos: QPoint) -> None:
        self._drag_finished()  # a click may have nudged the circle a pixel: put it back
        person_id = self._person_at(pos)
        if person_id is not None:
            self._mark(person_id)
            self.personSelected.emit(person_id)

    @Slot(QPoint)
    def _double_clicked(self, pos: QPoint) -> None:
        person_id = self._person_at(pos)
        if person_id is not None:
            self.personOpened.emit(person_id)

    @Slot()
    def _open_marked(self) -> None:
        if self._selected is not None and self._selected in self.scene.nodes:
            self.personOpened.emit(self._selected)

    @Slot(QPoint)
    def _menu_requested(self, pos: QPoint) -> None:
        if pos.x() < 0:  # from the keyboard: the marked person, at their circle
            person_id = self._selected if self._selected in self.scene.nodes else None
            if person_id is not None:
                pos = self.view.mapFromScene(self.scene.nodes[person_id].scenePos())
            else:
                pos = self.view.viewport().rect().center()
        else:
            person_id = self._person_at(pos)
            if person_id is not None:
                self._mark(person_id)
                self.personSelected.emit(person_id)
        menu = self.person_menu(person_id)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        menu.aboutToHide.connect(menu.deleteLater)
