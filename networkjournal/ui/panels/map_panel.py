"""The network map (``map_panel``): everyone on one picture, and the lines between them.

Each person is a circle split into one segment per network colour, bigger the more
entries they were in this past year, faded when they are going cold. Lines stand for
relationships, introductions (both with an arrow head where they have a direction),
shared organisations and shared topics; each kind has its own toggle. The graph is
read from the journal on the GUI thread (a few aggregate queries) and laid out on a
worker thread (:mod:`networkjournal.ui.map_worker`), starting from where everyone sat
before so a rebuild moves little.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QProgressBar,
    QStyleOptionGraphicsItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.graph_layout import LayoutInput, Point
from networkjournal.store.graph import EdgeKind, GraphEdge, GraphFilter, GraphNode, network_graph
from networkjournal.store.networks import list_networks
from networkjournal.ui.formatting import plain_tooltip, relative_day
from networkjournal.ui.map_worker import MapLayoutJob

BASE_RADIUS = 7.0
GROWTH = 2.5  # radius added per square root of recent entries…
MOST_COUNTED = 49  # …up to this many, so a very busy person does not swallow their neighbours
COLD_OPACITY = 0.35
LABEL_SCALE = 0.8  # names show from this zoom up: below it they would only overlap
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 8.0
CLICK_SLOP = 4  # pixels the pointer may move between press and release and still click
ARROW = 7.0  # the arrow head's length, in scene units
NO_NETWORK = "#9e9e9e"

# How strongly each kind of line pulls two people together in the layout: all kinds take
# part whatever is shown, so toggling a kind never moves anyone.
_WEIGHTS = {
    EdgeKind.RELATIONSHIP: 1.0,
    EdgeKind.INTRODUCTION: 1.0,
    EdgeKind.ORGANISATION: 0.4,
    EdgeKind.TOPIC: 0.3,
}
_EDGE_COLOURS = {
    EdgeKind.RELATIONSHIP: "#5b6f8a",
    EdgeKind.INTRODUCTION: "#d9822b",
    EdgeKind.ORGANISATION: "#3f9b5a",
    EdgeKind.TOPIC: "#8e5cc2",
}


def node_radius(recent_entries: int) -> float:
    """A person's circle: bigger the more entries they were in this past year."""
    return BASE_RADIUS + GROWTH * math.sqrt(min(max(recent_entries, 0), MOST_COUNTED))


class PersonNode(QGraphicsItem):
    """One person: a circle with a segment per network colour and their name below it."""

    def __init__(self, node: GraphNode, tooltip: str) -> None:
        super().__init__()
        self.person_id = node.person_id
        self.radius = node_radius(node.recent_entries)
        self._colours = [QColor(colour) for _id, _name, colour in node.networks] or [
            QColor(NO_NETWORK)
        ]
        self._selected = False
        self.setToolTip(plain_tooltip(tooltip))
        self.setOpacity(COLD_OPACITY if node.going_cold else 1.0)
        self.label = QGraphicsSimpleTextItem(node.name, self)  # plain text, never HTML
        width = self.label.boundingRect().width()
        self.label.setPos(-width / 2, self.radius + 2)

    def set_marked(self, marked: bool) -> None:
        """Ring the circle (the selected person) or not."""
        if marked != self._selected:
            self._selected = marked
            self.update()

    def is_marked(self) -> bool:
        """Whether this is the selected person."""
        return self._selected

    def boundingRect(self) -> QRectF:
        r = self.radius + 3  # room for the selection ring
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius, self.radius)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self.radius
        circle = QRectF(-r, -r, 2 * r, 2 * r)
        painter.setPen(Qt.PenStyle.NoPen)
        span = 360 * 16 // len(self._colours)
        for index, colour in enumerate(self._colours):
            painter.setBrush(colour)
            if len(self._colours) == 1:
                painter.drawEllipse(circle)
            else:  # segments clockwise from twelve o'clock, in the user's network order
                painter.drawPie(circle, 90 * 16 - index * span, -span)
        pen = QPen(QColor("#202020") if self._selected else QColor(0, 0, 0, 90))
        pen.setCosmetic(True)
        pen.setWidthF(3.0 if self._selected else 1.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)


class MapView(QGraphicsView):
    """Zooms with Ctrl+wheel and +/-, pans by dragging, fits with F/Home; reports clicks."""

    clicked = Signal(QPoint)  # a press and release in one place, viewport coordinates
    doubleClicked = Signal(QPoint)
    scaleChanged = Signal(float)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pressed_at: QPoint | None = None

    def scale_factor(self) -> float:
        """How many pixels one scene unit takes."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, within sensible limits."""
        current = self.scale_factor()
        wanted = min(MAX_SCALE, max(MIN_SCALE, current * factor))
        if wanted != current:
            self.scale(wanted / current, wanted / current)
            self.scaleChanged.emit(self.scale_factor())

    def fit_all(self) -> None:
        """Show the whole map."""
        scene = self.scene()
        rect = scene.itemsBoundingRect() if scene is not None else QRectF()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor() > MAX_SCALE:  # one person alone would fill the screen
            self.resetTransform()
            self.scale(MAX_SCALE, MAX_SCALE)
        self.scaleChanged.emit(self.scale_factor())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_F, Qt.Key.Key_Home):
            self.fit_all()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        here = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and pressed is not None
            and (here - pressed).manhattanLength() <= CLICK_SLOP
        ):
            self.clicked.emit(here)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.doubleClicked.emit(event.position().toPoint())


class MapPanel(QWidget):
    """The network map: filter by network, toggle kinds of line, zoom, pan, pick a person."""

    personSelected = Signal(int)  # a single click on a person
    personOpened = Signal(int)  # a double click on a person
    laidOut = Signal()  # the map shows the latest layout

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        """``today`` fixes the day sizes and fading count up to (tests); None: the real today."""
        super().__init__(parent)
        self.setObjectName("map_panel")
        self._today = today
        self._network_id: int | None = None
        self._nodes: dict[int, PersonNode] = {}
        self._edges: dict[EdgeKind, QGraphicsPathItem] = {}
        self._positions: dict[int, Point] = {}  # kept between rebuilds, so a rebuild is stable
        self._pending: tuple[list[GraphNode], list[GraphEdge]] | None = None
        self._job: MapLayoutJob | None = None
        self._fit_when_laid_out = True
        self._selected: int | None = None
        # What the shown layout was computed from: (people, weighted lines).
        self._laid_out_shape: tuple[tuple[int, ...], tuple[tuple[int, int, float], ...]] | None = (
            None
        )

        self.network_combo = QComboBox()
        self.network_combo.setObjectName("map_network_combo")
        self.network_combo.setAccessibleName(self.tr("Network shown"))
        self.network_combo.currentIndexChanged.connect(self._network_chosen)
        self.edge_buttons: dict[EdgeKind, QToolButton] = {}
        titles = {
            EdgeKind.RELATIONSHIP: self.tr("Relationships"),
            EdgeKind.INTRODUCTION: self.tr("Introductions"),
            EdgeKind.ORGANISATION: self.tr("Organisations"),
            EdgeKind.TOPIC: self.tr("Topics"),
        }
        controls = QHBoxLayout()
        controls.setContentsMargins(6, 4, 6, 4)
        controls.addWidget(self.network_combo)
        for kind, title in titles.items():
            button = QToolButton()
            button.setObjectName(f"map_edges_{kind.value}")
            button.setText(title)
            button.setAccessibleName(self.tr("Show lines for %1").replace("%1", title))
            button.setCheckable(True)
            button.setChecked(True)
            button.toggled.connect(self._show_edges)
            self.edge_buttons[kind] = button
            controls.addWidget(button)
        controls.addStretch(1)
        self.fit_button = QToolButton()
        self.fit_button.setObjectName("map_fit_button")
        self.fit_button.setText(self.tr("Fit all"))
        self.fit_button.setToolTip(self.tr("Show the whole map (F)"))
        controls.addWidget(self.fit_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("map_progress")
        self.progress.setAccessibleName(self.tr("Laying out the map"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.hide()

        self.scene = QGraphicsScene(self)
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.view = MapView(self.scene)
        self.view.setObjectName("map_view")
        self.view.setAccessibleName(self.tr("Network map"))
        self.view.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        self.view.clicked.connect(self._clicked)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.scaleChanged.connect(self._show_labels)
        self.fit_button.clicked.connect(self.view.fit_all)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(controls)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        self.reload()

    # --- what is shown ----------------------------------------------------------

    def reload(self) -> None:
        """Re-read the networks and the graph (after an edit) and lay it out again."""
        self._fill_networks()
        self._rebuild()

    def set_network(self, network_id: int | None) -> None:
        """Show only the people in this network (None: everyone)."""
        index = self.network_combo.findData(network_id)
        if index < 0:
            return
        if index != self.network_combo.currentIndex():
            self.network_combo.setCurrentIndex(index)  # rebuilds through _network_chosen
        elif network_id != self._network_id:
            self._network_chosen(index)

    def network_id(self) -> int | None:
        """The network shown (None: everyone)."""
        return self._network_id

    def node_items(self) -> dict[int, QGraphicsItem]:
        """Each person on the map, by id, as the item drawing them."""
        return dict(self._nodes)

    def select_person(self, person_id: int) -> bool:
        """Mark this person and centre the map on them; False if they are not on it."""
        node = self._nodes.get(person_id)
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

    def export_png(self, path: Path | str) -> bool:
        """Save what the view shows as a PNG image; False if the file could not be written."""
        area = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        size = self.view.viewport().size().expandedTo(self.view.viewport().minimumSizeHint())
        image = QImage(max(size.width(), 1), max(size.height(), 1), QImage.Format.Format_ARGB32)
        image.fill(self.view.backgroundBrush().color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene.render(painter, QRectF(image.rect()), area)
        painter.end()
        return image.save(str(path), "PNG")

    def stop_layout(self) -> None:
        """Stop a running layout and wait for its thread (before the panel goes)."""
        job, self._job = self._job, None
        if job is not None:
            job.stop()
        self.progress.hide()

    # --- building ---------------------------------------------------------------

    def _fill_networks(self) -> None:
        combo = self.network_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All networks"), None)
        for network in list_networks():
            combo.addItem(network.name, network.id)
        index = combo.findData(self._network_id)
        if index < 0:  # the network shown was deleted: show everyone
            self._network_id = None
            index = 0
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _rebuild(self) -> None:
        """Read the graph and start laying it out; the old map stays until the new one is ready."""
        today = self._today or dt.date.today()
        nodes, edges = network_graph(GraphFilter(network_id=self._network_id), today)
        if self._job is not None:
            self._job.cancel()  # its result would be stale; it lets go of itself when done
            self._job = None
        self._pending = (nodes, edges)
        data = LayoutInput(
            nodes=[node.person_id for node in nodes],
            edges=[(edge.source, edge.target, _WEIGHTS[edge.kind]) for edge in edges],
            previous=dict(self._positions),
        )
        shape = (tuple(data.nodes), tuple(data.edges))
        if shape == self._laid_out_shape:
            # Nothing the layout looks at changed (a renamed person, a new entry): even a
            # settling layout would nudge everyone, so keep every place as it is.
            self.progress.hide()
            self._show_laid_out({pid: self._positions[pid] for pid in data.nodes})
            return
        self._laid_out_shape = None
        job = MapLayoutJob(data)
        job.progress.connect(self._layout_progress)
        job.finished.connect(self._layout_finished)
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        job.start()

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
        self._laid_out_shape = (
            tuple(node.person_id for node in nodes),
            tuple((edge.source, edge.target, _WEIGHTS[edge.kind]) for edge in edges),
        )
        self._pending = None
        self._build_scene(nodes, edges, positions)
        if self._fit_when_laid_out:
            self._fit_when_laid_out = False
            self.view.fit_all()
        self._show_labels(self.view.scale_factor())
        self.laidOut.emit()

    def _build_scene(
        self, nodes: list[GraphNode], edges: list[GraphEdge], positions: dict[int, Point]
    ) -> None:
        self.scene.clear()
        self._nodes = {}
        today = self._today or dt.date.today()
        for node in nodes:
            item = PersonNode(node, self._tooltip(node, today))
            x, y = positions[node.person_id]
            item.setPos(x, y)
            self.scene.addItem(item)
            self._nodes[node.person_id] = item
        if self._selected is not None and self._selected in self._nodes:
            self._nodes[self._selected].set_marked(True)
        paths = {kind: QPainterPath() for kind in EdgeKind}
        for edge in edges:
            self._add_line(paths[edge.kind], edge)
        self._edges = {}
        for kind, path in paths.items():
            colour = QColor(_EDGE_COLOURS[kind])
            colour.setAlpha(160)
            pen = QPen(colour)
            pen.setCosmetic(True)
            item = QGraphicsPathItem(path)
            item.setPen(pen)
            item.setBrush(QBrush(colour))  # fills the arrow heads; the lines have no area
            item.setZValue(-1)
            item.setVisible(self.edge_buttons[kind].isChecked())
            self.scene.addItem(item)
            self._edges[kind] = item
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-200, -200, 200, 200))

    def _add_line(self, path: QPainterPath, edge: GraphEdge) -> None:
        """A line between the two circles' rims, with an arrow head at the target if directed."""
        source, target = self._nodes.get(edge.source), self._nodes.get(edge.target)
        if source is None or target is None:
            return
        line = QLineF(source.pos(), target.pos())
        length = line.length()
        if length <= source.radius + target.radius:
            return  # overlapping circles: a line would not show anyway
        start = line.pointAt(source.radius / length)
        end = line.pointAt(1 - target.radius / length)
        path.moveTo(start)
        path.lineTo(end)
        if edge.directed:
            unit = QLineF(end, start).unitVector()
            back = QPointF(unit.dx(), unit.dy()) * ARROW
            side = QPointF(-unit.dy(), unit.dx()) * (ARROW / 2.5)
            path.moveTo(end)
            path.lineTo(end + back + side)
            path.lineTo(end + back - side)
            path.closeSubpath()

    def _tooltip(self, node: GraphNode, today: dt.date) -> str:
        """The hover text: name — role — last contact, leaving out a role they have not got."""
        if node.last_contact is None:
            contact = self.tr("no entries yet")
        else:
            contact = self.tr("last seen %1").replace("%1", relative_day(node.last_contact, today))
        return " — ".join(part for part in (node.name, node.headline, contact) if part)

    # --- reacting to the user -----------------------------------------------------

    @Slot(int)
    def _network_chosen(self, index: int) -> None:
        self._network_id = self.network_combo.itemData(index)
        self._fit_when_laid_out = True
        self._rebuild()

    @Slot(bool)
    def _show_edges(self, _shown: bool) -> None:
        for kind, item in self._edges.items():
            item.setVisible(self.edge_buttons[kind].isChecked())

    @Slot(float)
    def _show_labels(self, scale: float) -> None:
        """Names only when zoomed in enough to read them without a heap of overlapping text."""
        shown = scale >= LABEL_SCALE
        for node in self._nodes.values():
            node.label.setVisible(shown)

    def _person_at(self, pos: QPoint) -> int | None:
        for item in self.view.items(pos):
            while item is not None and not isinstance(item, PersonNode):
                item = item.parentItem()
            if isinstance(item, PersonNode):
                return item.person_id
        return None

    def _mark(self, person_id: int | None) -> None:
        if self._selected is not None and self._selected in self._nodes:
            self._nodes[self._selected].set_marked(False)
        self._selected = person_id
        if person_id is not None and person_id in self._nodes:
            self._nodes[person_id].set_marked(True)

    @Slot(QPoint)
    def _clicked(self, pos: QPoint) -> None:
        person_id = self._person_at(pos)
        if person_id is not None:
            self._mark(person_id)
            self.personSelected.emit(person_id)

    @Slot(QPoint)
    def _double_clicked(self, pos: QPoint) -> None:
        person_id = self._person_at(pos)
        if person_id is not None:
            self.personOpened.emit(person_id)
