"""The network map's drawing: you, a circle per person, the lines, and images of them.

Lines are drawn as one path per kind (a few items rather than thousands), so
showing, hiding and redrawing them stays cheap at 2,000 people. While people are
dragged, their lines go into a second path per kind that alone is redrawn on each
move; the rest are redrawn once when the drag ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QPoint, QRectF, QSize
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QToolTip,
)

from networkjournal.graph_layout import Point
from networkjournal.store.graph import EdgeKind, GraphEdge, GraphNode
from networkjournal.ui.formatting import plain_tooltip
from networkjournal.ui.widgets.map_items import LinesItem, PersonNode, YouNode, add_line

YOU = 0  # the map's id for you: no person has it (SQLite ids start at 1)
PIN_DISTANCE = 3.0  # a drag shorter than this (scene units) was a shaky click, not a move

EDGE_COLOURS = {
    EdgeKind.RELATIONSHIP: "#5b6f8a",
    EdgeKind.INTRODUCTION: "#d9822b",
    EdgeKind.ORGANISATION: "#3f9b5a",
    EdgeKind.TOPIC: "#8e5cc2",
}


class MapScene(QGraphicsScene):
    """Holds the map's items; the panel decides what goes on it."""

    def __init__(self, parent: QGraphicsView | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.nodes: dict[int, PersonNode] = {}
        self.you: YouNode | None = None
        self.edges: list[GraphEdge] = []
        # Per kind: the lines, their arrow heads, and both again for people being dragged.
        self.lines: dict[EdgeKind, LinesItem] = {}
        self.arrows: dict[EdgeKind, QGraphicsPathItem] = {}
        self.moving_lines: dict[EdgeKind, LinesItem] = {}
        self.moving_arrows: dict[EdgeKind, QGraphicsPathItem] = {}
        self.tooltip: Callable[[GraphNode], str] = lambda node: node.name
        self._pressed: PersonNode | None = None  # the person under a held mouse button
        self._pressed_at: Point = (0.0, 0.0)
        self.hidden_kinds: set[EdgeKind] = set()
        self.dragging: dict[int, Point] = {}  # people being dragged, and where they started

    def build(
        self,
        nodes: list[GraphNode],
        edges: list[GraphEdge],
        positions: dict[int, Point],
        pinned: set[int],
        you: tuple[str, str],
    ) -> None:
        """Draw these people and lines afresh; ``you`` is (name, tooltip) for the middle."""
        self.clear()
        self.nodes = {}
        self.you = None
        self.dragging = {}
        self._pressed = None
        self.edges = edges
        self.lines, self.arrows, self.moving_lines, self.moving_arrows = {}, {}, {}, {}
        if not nodes:
            return
        middle = YouNode(*you)
        middle.setPos(*positions.get(YOU, (0.0, 0.0)))
        self.addItem(middle)
        self.you = middle
        for node in nodes:
            item = PersonNode(node)
            item.setPos(*positions.get(node.person_id, (0.0, 0.0)))
            if node.person_id in pinned:
                item.set_pinned(True)
            self.addItem(item)
            self.nodes[node.person_id] = item
        for kind in EdgeKind:
            self.lines[kind] = self._lines_item(kind)
            self.moving_lines[kind] = self._lines_item(kind)
            self.arrows[kind] = self._arrows_item(kind)
            self.moving_arrows[kind] = self._arrows_item(kind)
        self.draw_lines()
        self.setSceneRect(self.itemsBoundingRect().adjusted(-200, -200, 200, 200))

    def _pen(self, kind: EdgeKind) -> QPen:
        colour = QColor(EDGE_COLOURS[kind])
        colour.setAlpha(160)
        pen = QPen(colour)
        pen.setCosmetic(True)
        return pen

    def _lines_item(self, kind: EdgeKind) -> LinesItem:
        item = LinesItem(self._pen(kind))
        self._add_below(item, kind)
        return item

    def _arrows_item(self, kind: EdgeKind) -> QGraphicsPathItem:
        item = QGraphicsPathItem()
        pen = self._pen(kind)
        item.setPen(pen)
        item.setBrush(QBrush(pen.color()))
        self._add_below(item, kind)
        return item

    def _add_below(self, item: QGraphicsItem, kind: EdgeKind) -> None:
        item.setZValue(-1)
        item.setVisible(kind not in self.hidden_kinds)
        self.addItem(item)

    def show_kind(self, kind: EdgeKind, shown: bool) -> None:
        """Show or hide the lines of one kind."""
        if shown:
            self.hidden_kinds.discard(kind)
        else:
            self.hidden_kinds.add(kind)
        for items in (self.lines, self.arrows, self.moving_lines, self.moving_arrows):
            if kind in items:
                items[kind].setVisible(shown)

    def show_labels(self, shown: bool) -> None:
        """Show or hide everyone's name (you keep yours)."""
        for node in self.nodes.values():
            node.label.setVisible(shown)

    def move_people(self, places: dict[int, Point], pinned: set[int]) -> None:
        """Put people at places (the program moving them) and redraw the lines."""
        for pid, place in places.items():
            node = self.nodes.get(pid)
            if node is not None:
                node.setPos(place[0], place[1])
        for pid, node in self.nodes.items():
            node.set_pinned(pid in pinned)
        self.draw_lines()

    def person_at(self, view: QGraphicsView, pos: QPoint) -> int | None:
        """The person under ``pos`` (viewport coordinates), if any."""
        for item in view.items(pos):
            while item is not None and not isinstance(item, PersonNode):
                item = item.parentItem()
            if isinstance(item, PersonNode):
                return item.person_id
        return None

    # --- lines ------------------------------------------------------------------

    def draw_lines(self, moving: set[int] | None = None) -> None:
        """Draw every line, leaving out those touching ``moving`` people (drawn while dragged)."""
        lines: dict[EdgeKind, list[QLineF]] = {kind: [] for kind in EdgeKind}
        arrows = {kind: QPainterPath() for kind in EdgeKind}
        for edge in self.edges:
            if not moving or (edge.source not in moving and edge.target not in moving):
                self._add(lines, arrows, edge)
        self._set(self.lines, self.arrows, lines, arrows)
        if not moving:
            self._set(self.moving_lines, self.moving_arrows, {}, {})

    def _draw_moving_lines(self) -> None:
        lines: dict[EdgeKind, list[QLineF]] = {kind: [] for kind in EdgeKind}
        arrows = {kind: QPainterPath() for kind in EdgeKind}
        for edge in self.edges:
            if edge.source in self.dragging or edge.target in self.dragging:
                self._add(lines, arrows, edge)
        self._set(self.moving_lines, self.moving_arrows, lines, arrows)

    @staticmethod
    def _set(
        line_items: dict[EdgeKind, LinesItem],
        arrow_items: dict[EdgeKind, QGraphicsPathItem],
        lines: dict[EdgeKind, list[QLineF]],
        arrows: dict[EdgeKind, QPainterPath],
    ) -> None:
        for kind, item in line_items.items():
            item.set_lines(lines.get(kind, []))
        for kind, item in arrow_items.items():
            item.setPath(arrows.get(kind, QPainterPath()))

    def _add(
        self,
        lines: dict[EdgeKind, list[QLineF]],
        arrows: dict[EdgeKind, QPainterPath],
        edge: GraphEdge,
    ) -> None:
        source, target = self.nodes.get(edge.source), self.nodes.get(edge.target)
        if source is not None and target is not None:
            add_line(lines[edge.kind], arrows[edge.kind], source, target, edge.directed)

    # --- dragging and hovering --------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        grabber = self.mouseGrabberItem()
        self._pressed = grabber if isinstance(grabber, PersonNode) else None
        if self._pressed is not None:
            self._pressed_at = self._pressed.place()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        node = self._pressed
        if node is None:
            return
        if node.person_id not in self.dragging:
            if node.place() == self._pressed_at:
                return
            self.dragging[node.person_id] = self._pressed_at  # its lines follow from now on
            self.draw_lines(moving=set(self.dragging))
        self._draw_moving_lines()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._pressed = None

    def end_drag(self) -> dict[int, tuple[Point, Point]]:
        """Finish a drag: (start, end) of each person really moved; shaky clicks are undone."""
        dragged, self.dragging = self.dragging, {}
        moved: dict[int, tuple[Point, Point]] = {}
        for pid, start in dragged.items():
            node = self.nodes.get(pid)
            if node is None:
                continue
            end = node.place()
            if abs(end[0] - start[0]) + abs(end[1] - start[1]) >= PIN_DISTANCE:
                moved[pid] = (start, end)
            else:
                node.setPos(start[0], start[1])
        if dragged:
            self.draw_lines()
        return moved

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Hover text for a person, made only when asked for (not for every circle built)."""
        view = event.widget().parentWidget() if event.widget() is not None else None
        transform = view.transform() if isinstance(view, QGraphicsView) else QTransform()
        item = self.itemAt(event.scenePos(), transform)
        while item is not None and not isinstance(item, PersonNode):
            item = item.parentItem()
        if isinstance(item, PersonNode):
            QToolTip.showText(event.screenPos(), plain_tooltip(self.tooltip(item.node)))
            event.accept()
            return
        super().helpEvent(event)

    # --- images -----------------------------------------------------------------

    def render_png(self, area: QRectF, size: QSize, background: QBrush) -> bytes | None:
        """``area`` of the map as a PNG of ``size`` pixels; None if Qt could not encode it."""
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(background.color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render(painter, QRectF(image.rect()), area)
        painter.end()
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        saved = image.save(buffer, "PNG")
        buffer.close()
        return bytes(array.data()) if saved else None

    def render_svg(
        self, area: QRectF, size: QSize, background: QBrush, title: str, description: str
    ) -> bytes:
        """``area`` of the map as an SVG drawing ``size`` pixels wide and high."""
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        target = QRectF(0, 0, size.width(), size.height())
        generator.setViewBox(target)
        generator.setTitle(title)
        generator.setDescription(description)
        painter = QPainter(generator)
        painter.fillRect(target, background)
        self.render(painter, target, area)
        painter.end()
        buffer.close()
        return bytes(array.data())
