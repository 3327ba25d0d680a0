"""The Map tab: builds the map only when it is first shown, so start-up does not pay for it."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from networkjournal.ui.panels.map_panel import MapPanel


class MapHost(QWidget):
    """Holds the :class:`MapPanel`, made on the first :meth:`reload` (when the tab shows)."""

    personSelected = Signal(int)
    personOpened = Signal(int)
    logMeetingRequested = Signal(int)
    addRelationshipRequested = Signal(int)

    def __init__(self, stack: QUndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_host")
        self._stack = stack
        self.panel: MapPanel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def reload(self) -> None:
        """Show the map as the journal is now (making it the first time)."""
        if self.panel is None:
            # The panel shows at once; the graph is read once the window has painted, so
            # a start that reopens on the Map tab is not held up by it.
            self.panel = MapPanel(stack=self._stack, parent=self, load=False)
            self.panel.personSelected.connect(self.personSelected)
            self.panel.personOpened.connect(self.personOpened)
            self.panel.logMeetingRequested.connect(self.logMeetingRequested)
            self.panel.addRelationshipRequested.connect(self.addRelationshipRequested)
            self._layout.addWidget(self.panel)
            QTimer.singleShot(0, self.panel.reload)
        else:
            self.panel.reload()

    def stop(self) -> None:
        """Cancel a layout still running (the window is closing)."""
        if self.panel is not None:
            self.panel.stop_layout()
