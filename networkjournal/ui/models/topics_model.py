"""The "Learning together" tables: every topic, and the opportunities still looking for help.

Topics number in the tens or hundreds, not thousands, so both models hold
their rows whole (unlike the people and journal tables, which fetch on demand).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from networkjournal.store import topics
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.text import fold
from networkjournal.store.topics import Opportunity, TopicRow
from networkjournal.ui import labels
from networkjournal.ui.formatting import plain_tooltip
from networkjournal.ui.models.follow_ups_model import muted_colour

TOPIC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PEOPLE_ROLE = Qt.ItemDataRole.UserRole + 2  # [(person id, name)] a row names, for "Show …"

TITLE, KIND, STATUS, DATES, PEOPLE = range(5)
SUPERVISORS, SUGGESTED = 3, 4
# Marked for lupdate in the context each model's self.tr() looks them up in first
# (the class of the object: TopicsModel or OpportunitiesModel).
TOPIC_HEADERS = (
    QT_TRANSLATE_NOOP("TopicsModel", "Title"),
    QT_TRANSLATE_NOOP("TopicsModel", "Kind"),
    QT_TRANSLATE_NOOP("TopicsModel", "Status"),
    QT_TRANSLATE_NOOP("TopicsModel", "Dates"),
    QT_TRANSLATE_NOOP("TopicsModel", "People"),
)
OPPORTUNITY_HEADERS = (
    QT_TRANSLATE_NOOP("OpportunitiesModel", "Title"),
    QT_TRANSLATE_NOOP("OpportunitiesModel", "Kind"),
    QT_TRANSLATE_NOOP("OpportunitiesModel", "Status"),
    QT_TRANSLATE_NOOP("OpportunitiesModel", "Supervisors"),
    QT_TRANSLATE_NOOP("OpportunitiesModel", "Could also supervise"),
)

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class TopicFilter:
    """What the filter bar asks for: words in the title or notes, a kind, a status."""

    text: str = ""
    kind: str | None = None
    status: str | None = None


def kind_label(kind: str) -> str:
    """The kind as people read it ("Quality improvement project"); unknown kinds as stored."""
    return labels.topic_kind(kind)


def status_label(status: str) -> str:
    """The status as people read it; unknown ones as stored."""
    return labels.topic_status(status)


def date_range(started: PartialDate | None, ended: PartialDate | None) -> str:
    """Return "September 2024 to June 2025" with an en dash; one side may be missing."""
    if started is None and ended is None:
        return ""
    first = started.display() if started is not None else ""
    last = ended.display() if ended is not None else ""
    return f"{first}\u2013{last}"


def with_role(name: str, role: str) -> str:
    """Return "Dr Alex Brooks (supervisor)", or only the name when there is no role."""
    return f"{name} ({role})" if role else name


class TopicTableModel(QAbstractTableModel):
    """Rows of topics (or opportunities) held whole, with their ids for the view."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = TopicFilter()
        self._rows: list[Opportunity] = []  # the topic models wrap topics with no help listed
        self._positions: dict[int, int] = {}

    @property
    def topic_filter(self) -> TopicFilter:
        """The filter the rows come from."""
        return self._filter

    def set_filter(self, flt: TopicFilter) -> None:
        """Show the rows ``flt`` selects."""
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Read the rows again (after an edit)."""
        self.beginResetModel()
        self._rows = self._fetch(self._filter)
        self._positions = {item.topic.id: row for row, item in enumerate(self._rows)}
        self.endResetModel()

    def _fetch(self, flt: TopicFilter) -> list[Opportunity]:
        raise NotImplementedError

    def topic_id(self, row: int) -> int:
        """Return the id of the topic in ``row``."""
        return self._rows[row].topic.id

    def topic(self, row: int) -> TopicRow:
        """Return the topic in ``row``."""
        return self._rows[row].topic

    def row_of(self, topic_id: int) -> int | None:
        """Return the row showing ``topic_id``, or None if the filter hides it."""
        return self._positions.get(topic_id)

    # --- Qt's model interface ---------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.tr(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == TOPIC_ID_ROLE:
            return item.topic.id
        if role == PEOPLE_ROLE:
            return self._people(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(item, index.column()) or "")
        if role == Qt.ItemDataRole.ForegroundRole and self._muted(item, index.column()):
            return muted_colour(QGuiApplication.palette())
        return None

    def _muted(self, item: Opportunity, column: int) -> bool:
        """Whether a cell reads quietly: finished topics, and "Nobody yet"."""
        return item.topic.status in ("done", "dropped")

    def _text(self, item: Opportunity, column: int) -> str | None:
        topic = item.topic
        if column == TITLE:
            return topic.title
        if column == KIND:
            return kind_label(topic.kind)
        if column == STATUS:
            return status_label(topic.status)
        return None

    def _tooltip(self, item: Opportunity, column: int) -> str | None:
        if column == TITLE:
            notes = item.topic.notes.strip()
            return f"{item.topic.title}\n\n{notes}" if notes else item.topic.title or None
        return None

    def _people(self, item: Opportunity) -> list[tuple[int, str]]:
        named = [(pid, name) for pid, name, _role in (*item.topic.people, *item.suggested)]
        return list(dict.fromkeys(named))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class TopicsModel(TopicTableModel):
    """Every topic the filter selects: under way first, then ideas, done and dropped."""

    headers = TOPIC_HEADERS

    def _fetch(self, flt: TopicFilter) -> list[Opportunity]:
        rows = topics.list_topics(kind=flt.kind, status=flt.status, text=flt.text)
        return [Opportunity(row, (), ()) for row in rows]

    def _text(self, item: Opportunity, column: int) -> str | None:
        topic = item.topic
        if column == DATES:
            return date_range(topic.started_on, topic.ended_on)
        if column == PEOPLE:
            return ", ".join(with_role(name, role) for _pid, name, role in topic.people)
        return super()._text(item, column)

    def _tooltip(self, item: Opportunity, column: int) -> str | None:
        if column == PEOPLE:
            people = item.topic.people
            return "\n".join(with_role(name, role) for _pid, name, role in people) or None
        return super()._tooltip(item, column)


class OpportunitiesModel(TopicTableModel):
    """Research, audit, QIP and publication ideas and work under way, with who could supervise."""

    headers = OPPORTUNITY_HEADERS

    def _fetch(self, flt: TopicFilter) -> list[Opportunity]:
        words = fold(flt.text).split()

        def wanted(item: Opportunity) -> bool:
            topic = item.topic
            if flt.kind is not None and topic.kind != flt.kind:
                return False
            if flt.status is not None and topic.status != flt.status:
                return False
            # The same words as the topics list reads (title and notes).
            return all(word in fold(f"{topic.title}\n{topic.notes}") for word in words)

        return [item for item in topics.opportunities() if wanted(item)]

    def _text(self, item: Opportunity, column: int) -> str | None:
        if column == SUPERVISORS and not item.supervisors:
            return self.tr("Nobody yet")
        if column == SUPERVISORS:
            return ", ".join(with_role(name, role) for _pid, name, role in item.supervisors)
        if column == SUGGESTED:
            return ", ".join(name for _pid, name, _why in item.suggested)
        return super()._text(item, column)

    def _muted(self, item: Opportunity, column: int) -> bool:
        return (column == SUPERVISORS and not item.supervisors) or super()._muted(item, column)

    def _tooltip(self, item: Opportunity, column: int) -> str | None:
        if column == SUPERVISORS:
            lines = [with_role(name, role) for _pid, name, role in item.supervisors]
            return "\n".join(lines) or self.tr("Nobody supervises this yet.")
        if column == SUGGESTED:
            lines = [f"{name} \u2014 {why}" for _pid, name, why in item.suggested]
            return "\n".join(lines) or None
        return super()._tooltip(item, column)
