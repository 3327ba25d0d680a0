"""The introductions tree's rows: you, then each person under whoever introduced you.

The model keeps only the ids of the tree (from
:func:`networkjournal.store.graph.introduction_tree`) and what
:func:`~networkjournal.store.graph.introduction_people` read for everyone in one query,
and makes a row's text when the view shows it, so 20,000 people build in a fraction
of a second (60,000 QStandardItems took half a second, and as long again to delete).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from networkjournal.store.graph import IntroducedPerson
from networkjournal.store.partial_dates import PartialDate
from networkjournal.ui.formatting import plain_tooltip

NAME, MET, INTRODUCED = range(3)
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole  # the row's person; None on the "You" row
EXPANDED_LEVELS = 2  # people this many introductions from you start expanded
YOU = 0  # the "You" row's internal id (person ids start at 1)

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def short_date(value: PartialDate) -> str:
    """A partial date as lists show dates, as far as known: "23 Sep 2019", "Oct 2021", "2019"."""
    words = [str(value.day)] if value.day is not None else []
    if value.month is not None:
        words.append(QLocale().monthName(value.month, QLocale.FormatType.ShortFormat))
    if value.year is not None:
        words.append(str(value.year))
    return " ".join(words)


def met_text(met_on: str, met_at: str) -> str:
    """When and where you met, from what is known: "Oct 2021 · Freshers' fair", "2019", ""."""
    return " · ".join(part for part in (met_on, met_at) if part)


class IntroductionsModel(QAbstractItemModel):
    """You, then everyone under whoever introduced you to them; each index's id is its person."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: dict[int, IntroducedPerson] = {}
        self._parent: dict[int, int | None] = {}  # who introduced you to each person
        self._children: dict[int, list[int]] = {YOU: []}  # by name; YOU: the people you met
        self._row: dict[int, int] = {}  # each person's row under their introducer
        self._dates: dict[str, str] = {}  # stored partial date → how it reads
        self._headers = (self.tr("Name"), self.tr("Met"), self.tr("Introduced"))
        self._you = self.tr("You")

    def set_tree(
        self, tree: list[tuple[int, int | None]], people: dict[int, IntroducedPerson]
    ) -> None:
        """Show ``tree`` (introducers first, as the store gives it) with what ``people`` says."""
        self.beginResetModel()
        self._people = people
        self._parent = dict(tree)
        self._children = {YOU: []}
        self._row = {}
        for pid, parent in tree:
            siblings = self._children.setdefault(YOU if parent is None else parent, [])
            self._row[pid] = len(siblings)
            siblings.append(pid)
        stored = {person.met_on for person in people.values() if person.met_on}
        self._dates = {iso: short_date(PartialDate.from_iso(iso)) for iso in stored}
        self.endResetModel()

    # --- what the view asks --------------------------------------------------------

    def index_of(self, person_id: int) -> QModelIndex:
        """The Name cell of this person's row (YOU: the "You" row); invalid if not shown."""
        if person_id == YOU:
            return self.createIndex(0, NAME, YOU)
        row = self._row.get(person_id)
        return NO_PARENT if row is None else self.createIndex(row, NAME, person_id)

    def introducer(self, person_id: int) -> int | None:
        """Who introduced you to this person; None for someone you met yourself."""
        return self._parent.get(person_id)

    def introduced(self, person_id: int) -> list[int]:
        """The people this person introduced you to, by name (YOU: those you met yourself)."""
        return self._children.get(person_id, [])

    def contains(self, person_id: int) -> bool:
        """Whether this person is in the tree."""
        return person_id in self._parent

    def name(self, person_id: int) -> str:
        """The person's name as the tree shows it."""
        return self._people[person_id].name

    def folded_name(self, person_id: int) -> str:
        """The person's name without case or accents, for matching."""
        return self._people[person_id].folded

    def introduction_count(self) -> int:
        """How many people in the tree someone introduced you to."""
        return sum(1 for parent in self._parent.values() if parent is not None)

    # --- Qt's model interface ----------------------------------------------------

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        # Called for every row the tree lays out: plain checks, not hasIndex's round trip.
        if not 0 <= column < len(self._headers) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, YOU) if row == 0 else QModelIndex()
        siblings = self._children.get(parent.internalId(), [])
        if parent.column() != NAME or row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(  # type: ignore[override]
        self, index: Index | None = None
    ) -> QModelIndex | QObject | None:
        if index is None:  # QObject.parent(): the object that owns the model
            return super().parent()
        if not index.isValid() or index.internalId() == YOU:
            return QModelIndex()
        introducer = self._parent[index.internalId()]
        return self.index_of(YOU if introducer is None else introducer)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if not parent.isValid():
            return 1
        if parent.column() != NAME:
            return 0
        return len(self._children.get(parent.internalId(), ()))

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        pid, column = index.internalId(), index.column()
        if pid == YOU:
            return self._you_data(column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            person = self._people[pid]
            if column == NAME:
                return person.name
            if column == MET:
                return met_text(self._dates.get(person.met_on or "", ""), person.met_at)
            count = len(self._children.get(pid, ()))
            return str(count) if count else ""
        if role == PERSON_ID_ROLE:
            return pid
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            person = self._people[pid]
            tip = "\n".join(part for part in (person.headline, person.how_met) if part)
            return plain_tooltip(tip) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == INTRODUCED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _you_data(self, column: int, role: int) -> object:
        if column != NAME:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._you
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
