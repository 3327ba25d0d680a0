"""Birthdays and important dates: what is coming up, and the dates themselves.

Dates are partial (see :mod:`networkjournal.store.partial_dates`): a birthday
may lack its year, an exam its day.  A date needs its month and day to fall on
a day; its year, when known, gives an age ("turns 30") or a count of years
("5th anniversary") and is never invented.  A yearly 29 February falls on
28 February in common years.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import ImportantDate, Person, db

BIRTHDAY_LABEL = "Birthday"


@dataclass(frozen=True)
class DateData:
    """An important date as the editor edits it: an exam, an anniversary, a rotation."""

    label: str  # "Finals", "Anniversary", "Cardiology rotation starts"
    date: PartialDate
    yearly: bool = False
    person_id: int | None = None


@dataclass(frozen=True)
class DateSnapshot:
    """An important date's whole stored state, for undo of a delete."""

    id: int
    data: DateData
    created_at: dt.datetime


@dataclass(frozen=True)
class DateRow:
    """An important date as lists show it, with the name of the person it is about."""

    id: int
    label: str
    date: PartialDate
    yearly: bool
    person_id: int | None
    person_name: str  # "" when it is about nobody


class UpcomingKind(StrEnum):
    """What an upcoming day is."""

    BIRTHDAY = "birthday"
    DATE = "date"


@dataclass(frozen=True)
class Upcoming:
    """A birthday or important date falling on a day soon."""

    kind: UpcomingKind
    on: dt.date  # the day it falls on
    label: str  # "Birthday" or the date's label
    person_id: int | None
    person_name: str
    date_id: int | None  # the important date's id; None for a birthday
    source: PartialDate  # the stored date (its year may be unknown)
    # Birthdays: the age they turn on ``on``; yearly dates: the years since the first
    # one.  None when the year is unknown, and for one-off dates.
    age: int | None

    def days_away(self, today: dt.date) -> int:
        """Return how many days from ``today`` it falls (0: today)."""
        return (self.on - today).days


# --- when a date falls ------------------------------------------------------------------------


def _in_year(month: int, day: int, year: int) -> dt.date:
    """The day ``month``/``day`` falls on in ``year``: 29 February on the 28th in common years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def next_occurrence(date: PartialDate, after: dt.date, yearly: bool = True) -> dt.date | None:
    """Return the first day on or after ``after`` that ``date`` falls on, or None.

    A date needs its month and day.  A one-off date (``yearly=False``) needs
    its year too and falls only on itself.  A yearly date whose year is known
    starts that year: it does not fall before it first happened.
    """
    if date.month is None or date.day is None:
        return None
    if not yearly:
        day = date.to_date()
        return day if day is not None and day >= after else None
    start = after
    if date.year is not None:
        start = max(after, _in_year(date.month, date.day, date.year))
    for year in (start.year, start.year + 1):
        if year > dt.MAXYEAR:
            return None
        day = _in_year(date.month, date.day, year)
        if day >= start:
            return day
    return None  # pragma: no cover - the second year always holds the day


def _occurrences(
    date: PartialDate, yearly: bool, start: dt.date, end: dt.date
) -> Iterator[dt.date]:
    """Every day from ``start`` to ``end`` (both included) that ``date`` falls on."""
    day = next_occurrence(date, start, yearly)
    while day is not None and day <= end:
        yield day
        if not yearly or day == dt.date.max:
            return
        day = next_occurrence(date, day + dt.timedelta(days=1), yearly)


def _years_since(date: PartialDate, on: dt.date) -> int | None:
    return None if date.year is None else on.year - date.year


def _month_day_within(column: str, start: dt.date, end: dt.date) -> tuple[str, list[object]]:
    """An SQL condition keeping the stored dates whose month and day may fall in the window.

    It only narrows what Python then checks exactly, so it may keep too much
    (29 February always passes) but never too little.
    """
    # "1990-06-20" and "--06-20" both end with month and day; "1990" and "1990-06" lack a day.
    has_day = f"(length({column}) = 10 OR {column} LIKE '--%')"
    if (end - start).days >= 365:
        return has_day, []
    first, last = start.isoformat()[5:], end.isoformat()[5:]
    joiner = "AND" if first <= last else "OR"  # a window across the new year wraps round
    month_day = f"substr({column}, -5)"
    return (
        f"{has_day} AND (({month_day} >= ? {joiner} {month_day} <= ?) OR {month_day} = '02-29')",
        [first, last],
    )


def upcoming(today: dt.date, days: int = 30) -> list[Upcoming]:
    """Return birthdays and important dates falling from ``today`` to ``today + days``.

    Birthdays are those of active people (neither archived nor in the trash);
    dates about someone archived or in the trash are left out.  Yearly dates
    come every year, one-off dates on their day only.  Sorted by day, then
    person, then label.
    """
    try:
        end = today + dt.timedelta(days=days)
    except OverflowError:
        end = dt.date.max
    found: list[Upcoming] = []
    within, params = _month_day_within("birthday", today, end)
    for pid, name, text in db.execute_sql(
        "SELECT id, display_name, birthday FROM person "
        f"WHERE archived = 0 AND deleted_at IS NULL AND birthday IS NOT NULL AND {within}",
        params,
    ):
        birthday = PartialDate.from_iso(text)
        for on in _occurrences(birthday, True, today, end):
            found.append(
                Upcoming(
                    UpcomingKind.BIRTHDAY,
                    on,
                    BIRTHDAY_LABEL,
                    pid,
                    name,
                    None,
                    birthday,
                    _years_since(birthday, on),
                )
            )
    for row in _date_rows("p.id IS NULL OR (p.archived = 0 AND p.deleted_at IS NULL)", []):
        for on in _occurrences(row.date, row.yearly, today, end):
            found.append(
                Upcoming(
                    UpcomingKind.DATE,
                    on,
                    row.label,
                    row.person_id,
                    row.person_name,
                    row.id,
                    row.date,
                    _years_since(row.date, on) if row.yearly else None,
                )
            )
    found.sort(
        key=lambda u: (
            u.on,
            u.person_name.casefold(),
            u.label.casefold(),
            u.person_id or 0,
            u.date_id or 0,
        )
    )
    return found


# --- the dates themselves ---------------------------------------------------------------------


def validate_date(data: DateData) -> DateData:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` naming the field."""
    label = " ".join(data.label.split())
    if not label:
        raise ValidationError("label", "an important date needs a name, like Finals")
    if not isinstance(data.date, PartialDate):
        raise ValidationError("date", "an important date needs a date")
    if not data.yearly and data.date.year is None:
        raise ValidationError(
            "date", "a date that happens once needs its year (or make it a yearly date)"
        )
    if (
        data.person_id is not None
        and not Person.select().where(Person.id == data.person_id).exists()
    ):
        raise ValidationError("person_id", "there is no such person in the journal")
    return dataclasses.replace(data, label=label, yearly=bool(data.yearly))


def _row(data: DateData) -> dict[str, object]:
    return {
        "label": data.label,
        "date": data.date,
        "yearly": data.yearly,
        "person": data.person_id,
    }


def create_date(data: DateData) -> int:
    """Add an important date and return its id."""
    with write():
        data = validate_date(data)
        return int(ImportantDate.insert(**_row(data)).execute())


def update_date(date_id: int, data: DateData) -> None:
    """Replace an important date's label, date, yearly flag and person with ``data``."""
    with write():
        data = validate_date(data)
        if not ImportantDate.update(**_row(data)).where(ImportantDate.id == date_id).execute():
            raise LookupError(f"there is no important date {date_id}")


def _record(date_id: int) -> tuple[DateData, dt.datetime]:
    row = db.execute_sql(
        "SELECT label, date, yearly, person_id, created_at FROM important_date WHERE id = ?",
        (date_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"there is no important date {date_id}")
    label, text, yearly, person_id, created_at = row
    data = DateData(label, PartialDate.from_iso(text), bool(yearly), person_id)
    created = (
        created_at
        if isinstance(created_at, dt.datetime)
        else dt.datetime.fromisoformat(str(created_at))
    )
    return data, created


def get_date(date_id: int) -> DateData:
    """Return what the editor shows for an important date."""
    return _record(date_id)[0]


def delete_date(date_id: int) -> DateSnapshot:
    """Delete an important date; return a snapshot for undo."""
    with write():
        data, created_at = _record(date_id)
        ImportantDate.delete_by_id(date_id)
        return DateSnapshot(date_id, data, created_at)


def restore_date(snapshot: DateSnapshot) -> None:
    """Bring back a deleted important date under its id."""
    data = snapshot.data
    with write():
        if (
            data.person_id is not None
            and not Person.select().where(Person.id == data.person_id).exists()
        ):
            raise LookupError("the person this date is about is no longer in the journal")
        row = _row(data)
        row["created_at"] = snapshot.created_at
        if ImportantDate.select().where(ImportantDate.id == snapshot.id).exists():
            ImportantDate.update(**row).where(ImportantDate.id == snapshot.id).execute()
        else:
            ImportantDate.insert(id=snapshot.id, **row).execute()


def _date_rows(where: str, params: list[object]) -> list[DateRow]:
    return [
        DateRow(did, label, PartialDate.from_iso(text), bool(yearly), pid, name or "")
        for did, label, text, yearly, pid, name in db.execute_sql(
            "SELECT d.id, d.label, d.date, d.yearly, d.person_id, p.display_name "
            f"FROM important_date d LEFT JOIN person p ON p.id = d.person_id WHERE {where}",
            params,
        )
    ]


def _ordered(rows: list[DateRow], today: dt.date | None) -> list[DateRow]:
    """Calendar order (month, day, year), or with ``today``, soonest first.

    Dates that will not fall again (past one-offs, dates without a day) follow
    the others, in calendar order.
    """

    def calendar_key(row: DateRow) -> tuple[int, int, int, str, int]:
        d = row.date
        return (d.month or 0, d.day or 0, d.year or 0, row.label.casefold(), row.id)

    if today is None:
        return sorted(rows, key=calendar_key)

    def soonest_key(row: DateRow) -> tuple[bool, dt.date, tuple[int, int, int, str, int]]:
        on = next_occurrence(row.date, today, row.yearly)
        return (on is None, on or dt.date.max, calendar_key(row))

    return sorted(rows, key=soonest_key)


def dates_of(person_id: int, today: dt.date | None = None) -> list[DateRow]:
    """Return the important dates about a person (calendar order, or soonest from ``today``)."""
    return _ordered(_date_rows("d.person_id = ?", [person_id]), today)


def list_dates(today: dt.date | None = None) -> list[DateRow]:
    """Return every important date (calendar order, or soonest from ``today``)."""
    return _ordered(_date_rows("1", []), today)
