"""The network map's view: zoom and pan with mouse, trackpad and keyboard; report clicks.

- mouse: drag the background to pan, Ctrl+wheel to zoom, drag a person to move them;
- trackpad: two fingers scroll (pan), pinch to zoom;
- keyboard: arrows and Page Up/Down pan, + and - (or Ctrl++ / Ctrl+-) zoom, F, Home or
  Ctrl+0 shows everything, Return opens the marked person, the Menu key offers the
  marked person's menu.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 8.0
CLICK_SLOP = 4  # pixels the pointer may move between press and release and still click


class MapView(QGraphicsView):
    """A QGraphicsView that zooms within limits and says where it was clicked."""

    clicked = Signal(QPoint)  # a press and release in one place, viewport coordinates
    doubleClicked = Signal(QPoint)
    menuRequested = Signal(QPoint)  # viewport coordinates; (-1, -1): from the keyboard
    openRequested = Signal()  # Return: open the marked person
    scaleChanged = Signal(float)
    dragFinished = Signal()  # a drag (of the background or of a person) ended

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)
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

    def zoom_at_least(self, scale: float) -> None:
        """Zoom in to ``scale`` if further out (so a found person can be read)."""
        if self.scale_factor() < scale:
            self.zoom_by(scale / self.scale_factor())

    def zoom_in(self) -> None:
        """One step closer, about the middle of the view."""
        self._zoom_about_centre(ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further, about the middle of the view."""
        self._zoom_about_centre(1 / ZOOM_STEP)

    def _zoom_about_centre(self, factor: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(factor)
        self.setTransformationAnchor(anchor)

    def visible_area(self) -> tuple[QRectF, QSize]:
        """The part of the scene in view, and the view's size in pixels."""
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        return area, self.viewport().size().expandedTo(QSize(1, 1))

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

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture:
            gesture: QNativeGestureEvent = event  # type: ignore[assignment]
            if gesture.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + gesture.value())
                return True
            if gesture.gestureType() == Qt.NativeGestureType.SmartZoomNativeGesture:
                self.fit_all()
                return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.ZoomIn) or key in (
            Qt.Key.Key_Plus,
            Qt.Key.Key_Equal,
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key in (Qt.Key.Key_F, Qt.Key.Key_Home) or (
            key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.fit_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.menuRequested.emit(QPoint(-1, -1))
        else:
            self.menuRequested.emit(event.pos())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, None
        here = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        if (here - pressed).manhattanLength() <= CLICK_SLOP:
            self.clicked.emit(here)
        else:
            self.dragFinished.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.doubleClicked.emit(event.position().toPoint())
