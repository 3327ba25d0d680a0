"""Placing people on the network map, as undoable commands."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from networkjournal.graph_layout import Point
from networkjournal.store import map_places


class ShowsPlaces(Protocol):
    """What the command asks of the map: show pins as the journal holds them, moving people."""

    def show_places(self, moves: dict[int, Point]) -> None: ...


class PlaceOnMap(QUndoCommand):
    """Pin people at places on the map (None: let the layout place them), undoably."""

    def __init__(
        self,
        panel: ShowsPlaces,
        after: dict[int, Point | None],
        text: str,
        moved_from: dict[int, Point] | None = None,
    ) -> None:
        super().__init__(text)
        self.panel = panel
        self.after = after
        self.moved_from = dict(moved_from or {})  # where dragged people were before
        self.before: dict[int, Point | None] = {}

    def redo(self) -> None:
        self.before = map_places.set_pinned(self.after)
        self.panel.show_places({pid: p for pid, p in self.after.items() if p is not None})

    def undo(self) -> None:
        map_places.set_pinned(self.before)
        back = {pid: self.before[pid] or self.moved_from.get(pid) for pid in self.after}
        self.panel.show_places({pid: p for pid, p in back.items() if p is not None})
