"""What the network map draws: a circle per person, "you" in the middle, and the lines.

A person's circle is split into one segment per network colour, bigger the more
entries they were in this past year, and faded when they are going cold. People can
be dragged (the scene follows the drag, so no item needs a Python ``itemChange``: at
2,000 people that override alone costs a tenth of a second per build).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from networkjournal.graph_layout import Point
from networkjournal.store.graph import GraphNode
from networkjournal.ui.formatting import plain_tooltip

BASE_RADIUS = 7.0
GROWTH = 2.5  # radius added per square root of recent entries…
MOST_COUNTED = 49  # …up to this many, so a very busy person does not swallow their neighbours
COLD_OPACITY = 0.35
ARROW = 7.0  # the arrow head's length, in scene units
NO_NETWORK = "#9e9e9e"
YOU_RADIUS = 14.0
YOU_COLOUR = "#37474f"


def node_radius(recent_entries: int) -> float:
    """A person's circle: bigger the more entries they were in this past year."""
    return BASE_RADIUS + GROWTH * math.sqrt(min(max(recent_entries, 0), MOST_COUNTED))


class _Circle(QGraphicsEllipseItem):
    """A round item with its name centred below it.

    Everything on a person is a stock Qt item drawn in C++: a Python ``paint`` called for
    each of 2,000 people made every repaint of a big map take a quarter of a second.
    """

    def __init__(self, radius: float, name: str) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.radius = radius
        self.label = QGraphicsSimpleTextItem(name, self)  # plain text, never HTML
        width = self.label.boundingRect().width()
        self.label.setPos(-width / 2, radius + 2)


_OUTLINE = QColor(0, 0, 0, 90)
_MARKED = QColor("#202020")


def _outline(marked: bool) -> QPen:
    pen = QPen(_MARKED if marked else _OUTLINE)
    pen.setCosmetic(True)
    pen.setWidthF(3.0 if marked else 1.0)
    return pen


_PENS = {False: _outline(False), True: _outline(True)}


class PersonNode(_Circle):
    """One person: a circle with a segment per network colour and their name below it."""

    def __init__(self, node: GraphNode) -> None:
        super().__init__(node_radius(node.recent_entries), node.name)
        self.node = node  # what the hover text is made from, when it is asked for
        self.person_id = node.person_id
        self.name = node.name
        colours = [colour for _id, _name, colour in node.networks] or [NO_NETWORK]
        self.setPen(_PENS[False])
        if len(colours) == 1:
            self.setBrush(QColor(colours[0]))
        else:  # segments clockwise from twelve o'clock, in the user's network order
            span = 360 * 16 // len(colours)
            for index, colour in enumerate(colours):
                segment = QGraphicsEllipseItem(self.rect(), self)
                segment.setStartAngle(90 * 16 - index * span)
                segment.setSpanAngle(-span)
                segment.setPen(Qt.PenStyle.NoPen)
                segment.setBrush(QColor(colour))
                segment.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self._selected = False
        self._pin: QGraphicsEllipseItem | None = None
        if node.going_cold:
            self.setOpacity(COLD_OPACITY)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    def set_marked(self, marked: bool) -> None:
        """Ring the circle (the selected person) or not."""
        if marked != self._selected:
            self._selected = marked
            self.setPen(_PENS[marked])

    def is_marked(self) -> bool:
        """Whether this is the selected person."""
        return self._selected

    def set_pinned(self, pinned: bool) -> None:
        """Show a pin: the user put this person where they are, and the layout leaves them."""
        if pinned and self._pin is None:  # a small dark dot at one o'clock: "placed by you"
            r = self.radius * 0.7
            self._pin = QGraphicsEllipseItem(r - 2.5, -r - 2.5, 5.0, 5.0, self)
            self._pin.setPen(Qt.PenStyle.NoPen)
            self._pin.setBrush(_MARKED)
        if self._pin is not None:
            self._pin.setVisible(pinned)

    def is_pinned(self) -> bool:
        """Whether the user put this person where they are."""
        return self._pin is not None and self._pin.isVisible()

    def place(self) -> Point:
        """Where the circle's centre is, in scene units."""
        return (self.pos().x(), self.pos().y())


class YouNode(_Circle):
    """You, in the middle of the map: everyone else is placed around you."""

    def __init__(self, name: str, tooltip: str) -> None:
        super().__init__(YOU_RADIUS, name)
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        width = self.label.boundingRect().width()
        self.label.setPos(-width / 2, self.radius + 2)
        self.setToolTip(plain_tooltip(tooltip))
        self.setZValue(1)
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(QColor(YOU_COLOUR))
        inner = self.radius * 0.55
        ring = QGraphicsEllipseItem(-inner, -inner, 2 * inner, 2 * inner, self)
        pen = QPen(QColor("#ffffff"))
        pen.setCosmetic(True)
        pen.setWidthF(2.0)
        ring.setPen(pen)


class LinesItem(QGraphicsItem):
    """Many straight lines in one pen, drawn with one ``drawLines`` call.

    A QPainterPath of thousands of separate lines is stroked as one shape, which took
    a fifth of a second per repaint at 2,000 people; a list of lines takes a few ms.
    """

    def __init__(self, pen: QPen) -> None:
        super().__init__()
        self._pen = pen
        self._lines: list[QLineF] = []
        self._bounds = QRectF()
        # Thousands of antialiased lines take a fifth of a second to draw at 2,000 people:
        # kept as a picture of the visible part, panning redraws only the strip uncovered.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_lines(self, lines: list[QLineF]) -> None:
        """Draw these lines instead."""
        self.prepareGeometryChange()
        self._lines = lines
        if not lines:
            self._bounds = QRectF()
            return
        xs = [x for line in lines for x in (line.x1(), line.x2())]
        ys = [y for line in lines for y in (line.y1(), line.y2())]
        self._bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def lines(self) -> list[QLineF]:
        """The lines drawn."""
        return list(self._lines)

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._lines:
            painter.setPen(self._pen)
            painter.drawLines(self._lines)


def add_line(
    lines: list[QLineF], arrows: QPainterPath, source: _Circle, target: _Circle, directed: bool
) -> None:
    """A line between two circles' rims into ``lines``; if directed, a head into ``arrows``."""
    line = QLineF(source.pos(), target.pos())
    length = line.length()
    if length <= source.radius + target.radius:
        return  # overlapping circles: a line would not show anyway
    start = line.pointAt(source.radius / length)
    end = line.pointAt(1 - target.radius / length)
    lines.append(QLineF(start, end))
    if directed:
        unit = QLineF(end, start).unitVector()
        back = QPointF(unit.dx(), unit.dy()) * ARROW
        side = QPointF(-unit.dy(), unit.dx()) * (ARROW / 2.5)
        arrows.moveTo(end)
        arrows.lineTo(end + back + side)
        arrows.lineTo(end + back - side)
        arrows.closeSubpath()
