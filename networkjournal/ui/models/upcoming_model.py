"""The coming-up list's model: birthdays and important dates in the next days, soonest first.

A window of a month holds a handful of rows, so the model holds them.  An
unknown birth year is never guessed: the age column is empty unless the year
is known.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from networkjournal.store import dates
from networkjournal.store.dates import Upcoming, UpcomingKind
from networkjournal.ui.formatting import format_date, plain_tooltip
from networkjournal.ui.models.list_table_model import ListTableModel
from networkjournal.ui.models.people_table_model import PERSON_ID_ROLE

WHEN, WHAT, WHO, AGE = range(4)
# Marked for lupdate in the context UpcomingModel's self.tr() looks them up in.
HEADERS = (
    QT_TRANSLATE_NOOP("UpcomingModel", "When"),
    QT_TRANSLATE_NOOP("UpcomingModel", "What"),
    QT_TRANSLATE_NOOP("UpcomingModel", "Who"),
    QT_TRANSLATE_NOOP("UpcomingModel", "Age"),
)
DATE_ID_ROLE = Qt.ItemDataRole.UserRole + 11  # the important date's id; None for birthdays
DAYS_AWAY_ROLE = Qt.ItemDataRole.UserRole + 12  # int: 0 today, 1 tomorrow …

WINDOW_DAYS = 30  # how far ahead the list looks
WEEK_DAYS = 7  # rows this close are this week's, shown in bold

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("UpcomingModel", text, None, n)


def day_text(on: dt.date) -> str:
    """Return a day within the coming weeks as "Tue 1 Dec" (no year: it is never far off)."""
    return QLocale().toString(on, "ddd d MMM")


def away_text(days: int) -> str:
    """Return "today", "tomorrow" or "in 6 days"."""
    if days == 0:
        return _tr("today")
    if days == 1:
        return _tr("tomorrow")
    return _tr("in %n days", days)


def age_text(item: Upcoming) -> str:
    """Return "turns 25" for a birthday, "5 years" for a yearly date; "" if the year is unknown."""
    if item.age is None or item.age <= 0:  # the first one is no anniversary yet
        return ""
    if item.kind == UpcomingKind.BIRTHDAY:
        return _tr("turns %n", item.age)
    return _tr("1 year") if item.age == 1 else _tr("%n years", item.age)


def occasion_text(item: Upcoming) -> str:
    """Return a row as one line: "Ana Silva's birthday (turns 25)", "Finals — Ana Silva"."""
    if item.kind == UpcomingKind.BIRTHDAY:
        text = _tr("{name}'s birthday").format(name=item.person_name)
        if item.age is not None and item.age > 0:
            text += " " + _tr("(turns %n)", item.age)
        return text
    text = item.label
    if item.person_name:
        text = _tr("{label} — {name}").format(label=text, name=item.person_name)
    if age_text(item):
        text += " (" + age_text(item) + ")"
    return text


class UpcomingModel(ListTableModel):
    """Rows are birthdays and important dates falling in the next ``WINDOW_DAYS`` days."""

    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None, days: int = WINDOW_DAYS) -> None:
        super().__init__(parent)
        self._days = days
        self._rows: list[Upcoming] = []
        self._today = dt.date.today()

    @property
    def today(self) -> dt.date:
        """The day the list was read for."""
        return self._today

    @property
    def days(self) -> int:
        """How many days ahead the list looks."""
        return self._days

    def reload(self, today: dt.date | None = None) -> None:
        """Read the coming dates again (after an edit, or for another day)."""
        self.beginResetModel()
        self._today = today or dt.date.today()
        self._rows = dates.upcoming(self._today, self._days)
        self.endResetModel()

    def item(self, row: int) -> Upcoming:
        """Return the occasion shown in ``row``."""
        return self._rows[row]

    def row_of_date(self, date_id: int) -> int | None:
        """Return the first row showing the important date ``date_id``, if listed."""
        return next((i for i, item in enumerate(self._rows) if item.date_id == date_id), None)

    # --- Qt's model interface ---------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        days = item.days_away(self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column, days)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(item, column, days))
        if role == Qt.ItemDataRole.FontRole and days < WEEK_DAYS:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == PERSON_ID_ROLE:
            return item.person_id
        if role == DATE_ID_ROLE:
            return item.date_id
        if role == DAYS_AWAY_ROLE:
            return days
        return None

    def _text(self, item: Upcoming, column: int, days: int) -> str | None:
        if column == WHEN:
            return self.tr("{day} · {away}").format(day=day_text(item.on), away=away_text(days))
        if column == WHAT:
            return self.tr("Birthday") if item.kind == UpcomingKind.BIRTHDAY else item.label
        if column == WHO:
            return item.person_name
        if column == AGE:
            return age_text(item)
        return None

    def _tooltip(self, item: Upcoming, column: int, days: int) -> str:
        if column == WHEN:
            return format_date(item.on)
        if column == WHAT:
            what = occasion_text(item)
            if item.kind == UpcomingKind.DATE and item.date_id is not None:
                what += "\n" + self.tr("Double-click to edit this date")
            return what
        return self._text(item, column, days) or ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
