"""A choice of the meeting something was learnt at: one of this person's recent entries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from networkjournal.store import journal
from networkjournal.ui.formatting import format_date
from networkjournal.ui.panels.profile_sections.widgets import guard_wheel

RECENT_ENTRIES = 15


class EntryChoice(QComboBox):
    """ "Not from a meeting" (the default) or one of the person's latest entries."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(self.tr("From which meeting"))
        self.setToolTip(self.tr("The meeting you learnt it at, if any"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        guard_wheel(self)
        self._person_id: int | None = None
        self._dates: dict[int, dt.date] = {}

    def set_person(self, person_id: int) -> None:
        """List ``person_id``'s recent entries (keeping the choice if it is the same person)."""
        keep = self.currentData() if person_id == self._person_id else None
        self._person_id = person_id
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Not from a meeting"), None)
        self._dates = {}
        for row in journal.timeline(person_id, RECENT_ENTRIES):
            self.addItem(f"{format_date(row.occurred_at.date())} · {row.title}", row.id)
            self._dates[row.id] = row.occurred_at.date()
        self.setCurrentIndex(max(0, self.findData(keep)) if keep is not None else 0)
        self.blockSignals(False)
        self.setVisible(self.count() > 1)

    def entry(self) -> tuple[int | None, dt.date | None]:
        """Return the chosen entry and its day, or (None, None)."""
        entry_id = self.currentData()
        return (entry_id, self._dates.get(entry_id)) if entry_id is not None else (None, None)
