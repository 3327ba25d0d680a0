"""The reconnect list's model: who is due for contact, most overdue first.

The store answers the whole due list in one query and it stays short (the
people one has lost touch with), so the model holds its rows.  Periods and
lateness read as the profile says them ("3 months", "3 weeks overdue"), and
in months or years once someone is that late.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from networkjournal.store import reminders
from networkjournal.store.reminders import DueRow
from networkjournal.ui.formatting import (
    describe_period,
    due_text,
    format_date,
    format_datetime,
    plain_tooltip,
    relative_day,
)
from networkjournal.ui.models.follow_ups_model import overdue_colour
from networkjournal.ui.models.list_table_model import ListTableModel
from networkjournal.ui.models.people_table_model import NETWORKS_ROLE, PERSON_ID_ROLE

NAME, NETWORKS, LAST_CONTACT, EVERY, DUE = range(5)
# Marked for lupdate in the context ReconnectModel's self.tr() looks them up in.
HEADERS = (
    QT_TRANSLATE_NOOP("ReconnectModel", "Name"),
    QT_TRANSLATE_NOOP("ReconnectModel", "Networks"),
    QT_TRANSLATE_NOOP("ReconnectModel", "Last contact"),
    QT_TRANSLATE_NOOP("ReconnectModel", "Every"),
    QT_TRANSLATE_NOOP("ReconnectModel", "Due"),
)
DAYS_OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 10  # int: days past due (0: due today)

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def is_snoozed(row: DueRow) -> bool:
    """Whether a snooze is what sets the row's due day."""
    return row.snoozed_until is not None and row.snoozed_until == row.due_on


def last_contact_text(row: DueRow, today: dt.date) -> str:
    """Return when they were last in an entry ("yesterday", "12 Jan 2026"), or "never"."""
    if row.last_contact is None:
        return QCoreApplication.translate("ReconnectModel", "never")
    return relative_day(row.last_contact, today)


class ReconnectModel(ListTableModel):
    """Rows are the people due for contact today, most overdue first."""

    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DueRow] = []
        self._positions: dict[int, int] = {}
        self._today = dt.date.today()

    @property
    def today(self) -> dt.date:
        """The day the list was read for."""
        return self._today

    def reload(self, today: dt.date | None = None) -> None:
        """Read the due list again (after an edit, or for another day)."""
        self.beginResetModel()
        self._today = today or dt.date.today()
        self._rows = reminders.due_rows(self._today)
        self._positions = {row.person_id: position for position, row in enumerate(self._rows)}
        self.endResetModel()

    def due_row(self, row: int) -> DueRow:
        """Return the standing shown in ``row``."""
        return self._rows[row]

    def person_id(self, row: int) -> int:
        """Return the id of the person in ``row``."""
        return self._rows[row].person_id

    def row_of(self, person_id: int) -> int | None:
        """Return the row showing ``person_id``, or None if they are not due."""
        return self._positions.get(person_id)

    # --- Qt's model interface ---------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        overdue = row.days_overdue(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue > 0 and column in (NAME, DUE):
                return overdue_colour(QGuiApplication.palette())
            return None
        if role == Qt.ItemDataRole.FontRole and overdue == 0 and column in (NAME, DUE):
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == NETWORKS_ROLE:
            return list(row.networks) if column == NETWORKS else None
        if role == PERSON_ID_ROLE:
            return row.person_id
        if role == DAYS_OVERDUE_ROLE:
            return overdue
        return None

    def _text(self, row: DueRow, column: int) -> str | None:
        if column == NAME:
            return row.name
        if column == NETWORKS:
            return ", ".join(name for name, _colour in row.networks)
        if column == LAST_CONTACT:
            return last_contact_text(row, self._today)
        if column == EVERY:
            every = describe_period(row.period_days)
            if row.period_from:
                return self.tr("{period} ({network})").format(period=every, network=row.period_from)
            return every
        if column == DUE:
            return due_text(row.days_overdue(self._today), is_snoozed(row))
        return None

    def _tooltip(self, row: DueRow, column: int) -> str:
        if column == LAST_CONTACT:
            if row.last_contact is None:
                return self.tr("No entries with them yet")
            return format_datetime(row.last_contact)
        if column == EVERY:
            if row.period_from:
                return self.tr("Everyone in {network} every {period}").format(
                    network=row.period_from, period=describe_period(row.period_days)
                )
            return self.tr("Their own period: every {period}").format(
                period=describe_period(row.period_days)
            )
        if column == DUE:
            text = self.tr("Due on {date}").format(date=format_date(row.due_on))
            if is_snoozed(row):
                text += "\n" + self.tr("Snoozed until then")
            return text
        return self._text(row, column) or ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
