"""The network map's choices of who is shown: network, organisation, tag, topic, time.

Each is a combo box whose first item means "any"; together they make the
:class:`~networkjournal.store.graph.GraphFilter` the map reads with. The lists are
re-read on :meth:`MapFilters.refill` (after an edit); a choice whose record was
deleted falls back to "any".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QComboBox

from networkjournal.store.graph import EdgeKind, GraphFilter
from networkjournal.store.networks import list_networks
from networkjournal.store.organisations import list_organisations
from networkjournal.store.tags import list_tags
from networkjournal.store.topics import list_topics

# The time windows offered: a key and how far back it reaches (None: this calendar year).
WINDOWS: tuple[tuple[str, int | None], ...] = (
    ("month", 30),
    ("quarter", 91),
    ("year", None),
    ("twelve_months", 365),
)


def window_start(window: str, today: dt.date) -> dt.date:
    """The first day a time window counts."""
    days = dict(WINDOWS)[window]
    if days is None:
        return today.replace(month=1, day=1)
    return today - dt.timedelta(days=days - 1)


class MapFilters(QObject):
    """Five combo boxes choosing who the map shows; ``changed`` after any choice.

    The boxes are laid out by the owner (:attr:`combos`), so a tool bar can move
    those that do not fit behind its overflow button one by one.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_filters")
        self.network = self._combo("map_network_combo", self.tr("Network shown"))
        self.organisation = self._combo("map_organisation_combo", self.tr("Organisation shown"))
        self.tag = self._combo("map_tag_combo", self.tr("Tag shown"))
        self.topic = self._combo("map_topic_combo", self.tr("Topic shown"))
        self.window = self._combo("map_time_combo", self.tr("Time window"))
        self.window.addItem(self.tr("Any time"), None)
        titles = {
            "month": self.tr("Seen in the last month"),
            "quarter": self.tr("Seen in the last 3 months"),
            "year": self.tr("Seen this year"),
            "twelve_months": self.tr("Seen in the last 12 months"),
        }
        for key, _days in WINDOWS:
            self.window.addItem(titles[key], key)
        self.combos = (self.network, self.organisation, self.tag, self.topic, self.window)
        self.refill()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self._chosen)
        return combo

    def refill(self) -> None:
        """Re-read the lists, keeping each choice that still exists."""
        self._fill(
            self.network,
            self.tr("All networks"),
            ((n.id, n.name) for n in list_networks()),
        )
        self._fill(
            self.organisation,
            self.tr("Any organisation"),
            ((o.id, o.name) for o in list_organisations()),
        )
        self._fill(self.tag, self.tr("Any tag"), ((t.id, t.name) for t in list_tags()))
        self._fill(self.topic, self.tr("Any topic"), ((t.id, t.title) for t in list_topics()))

    @staticmethod
    def _fill(combo: QComboBox, anything: str, rows: Iterable[tuple[int, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for row_id, name in rows:
            combo.addItem(name, row_id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def graph_filter(self, kinds: Iterable[EdgeKind], today: dt.date) -> GraphFilter:
        """The map's filter for these choices, drawing lines of ``kinds``."""
        window = self.window.currentData()
        return GraphFilter(
            network_id=self.network.currentData(),
            organisation_id=self.organisation.currentData(),
            tag_id=self.tag.currentData(),
            topic_id=self.topic.currentData(),
            seen_since=None if window is None else window_start(window, today),
            kinds=frozenset(kinds),
        )

    def is_narrowed(self) -> bool:
        """Whether any choice leaves people out."""
        return any(combo.currentIndex() > 0 for combo in self.combos)

    def choose(self, combo: QComboBox, data: object) -> bool:
        """Choose the item holding ``data`` (None: "any"); False if there is none."""
        index = combo.findData(data)
        if index < 0:
            return False
        combo.setCurrentIndex(index)
        return True

    def clear(self) -> None:
        """Show everyone again."""
        changed = False
        for combo in self.combos:
            combo.blockSignals(True)
            changed = changed or combo.currentIndex() != 0
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if changed:
            self.changed.emit()

    @Slot(int)
    def _chosen(self, _index: int) -> None:
        self.changed.emit()
