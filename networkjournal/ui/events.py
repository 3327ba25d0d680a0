"""Signals that tell views the journal changed, so every list stays in step after an edit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JournalEvents(QObject):
    """One per window: commands emit, models and panels listen."""

    peopleChanged = Signal()
    networksChanged = Signal()
    journalChanged = Signal()  # entries or follow-ups

    def people_and_networks_changed(self) -> None:
        """Announce a change that affects both people and network counts."""
        self.peopleChanged.emit()
        self.networksChanged.emit()

    def everything_changed(self) -> None:
        """Announce a change to entries, which also moves people's last contact."""
        self.journalChanged.emit()
        self.people_and_networks_changed()
