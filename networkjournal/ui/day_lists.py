"""Lists that depend on the day (the overview, who is due, what is coming up) kept fresh.

They are read again after any edit, but only when in view: a list out of view is
marked stale and read when its tab is shown. When the day turns at midnight,
everything is read again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget


class DayLists(QObject):
    """Reloads the day's lists lazily, and says when the day has changed."""

    dayChanged = Signal()

    def __init__(
        self,
        tabs: QTabWidget,
        reloaders: dict[QWidget, Callable[[], None]],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.reloaders = reloaders
        self.today = today
        self._stale: set[QWidget] = set(reloaders)
        self._day = today()
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.check_day)
        self._timer.start()
        tabs.currentChanged.connect(self.reload_visible)

    @Slot()
    def mark_stale(self) -> None:
        """Something changed: read every list again, now if in view, else when shown."""
        self._stale = set(self.reloaders)
        self.reload_visible()

    @Slot()
    def reload_visible(self, _index: int = -1) -> None:
        """Read the list in view again if it is stale."""
        current = self.tabs.currentWidget()
        if current in self._stale:
            self._stale.discard(current)
            self.reloaders[current]()

    @Slot()
    def check_day(self) -> None:
        """If the day has turned since the last look, read everything again."""
        if self.today() != self._day:
            self._day = self.today()
            self.dayChanged.emit()
            self.mark_stale()
