"""Keeping in touch: who is due for contact, when, and by which period.

A person's period is their own ``keep_in_touch_days``, else the shortest period
among their networks.  They are due ``period`` days after the last entry of any
kind they were in (outside the trash) or, never contacted, after the day they
were added; a snooze later than that moves the due day to the snooze.  People
archived or in the trash are never due.

The rule is written once, in SQL, in this module: the due list, the count,
the overview's figures and the people list's "due" choice all use it, so they
cannot disagree, and a journal of 20,000 people is answered in one query each.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.schema import Person, db


@dataclass(frozen=True)
class DueRow:
    """One person's keep-in-touch standing, as the due list shows it."""

    person_id: int
    name: str
    networks: tuple[tuple[str, str], ...]  # (name, colour) in the user's network order
    period_days: int  # the period that applies
    period_from: str  # "" when it is the person's own, else the network it comes from
    last_contact: dt.datetime | None  # latest entry of any kind, outside the trash
    due_on: dt.date
    snoozed_until: dt.date | None

    def days_overdue(self, today: dt.date) -> int:
        """Return how many days past due they are on ``today`` (negative: not yet due)."""
        return (today - self.due_on).days


def _network_period_sql(alias: str) -> str:
    return (
        "(SELECT MIN(n.keep_in_touch_days) FROM person_network pn "
        f"JOIN network n ON n.id = pn.network_id WHERE pn.person_id = {alias}.id)"
    )


def period_sql(alias: str = "p") -> str:
    """Return the SQL expression for the period that applies to person ``alias`` (or NULL)."""
    return f"coalesce({alias}.keep_in_touch_days, {_network_period_sql(alias)})"


def last_contact_sql(alias: str = "p") -> str:
    """Return the SQL expression for when person ``alias`` was last in an entry (or NULL).

    The journal keeps it in the person row (``last_contact_at``, written by triggers).
    """
    return f"{alias}.last_contact_at"


def _due_on(last: str, created: str, period: str, snoozed: str) -> str:
    """The due day as SQL: ``period`` days after ``last`` (or ``created``), or the later snooze.

    SQLite's ``max()`` of several values is NULL when one is NULL, so no period
    gives no due day; '' stands for no snooze, as it sorts before every date.
    """
    base = f"coalesce(substr({last}, 1, 10), substr({created}, 1, 10))"
    return f"max(date({base}, '+' || {period} || ' days'), coalesce({snoozed}, ''))"


# The standing of active people, built from common table expressions that take one
# parameter, the day (ISO) the question is about.  Each person's last contact is a
# column of their row, so this is one pass over the active people.
_STANDING = """
    arg(day) AS (SELECT ?),
    s AS MATERIALIZED (
        SELECT p.id AS id, {period} AS period_days, p.last_contact_at AS last_contact,
               p.created_at AS created_at, p.snoozed_until AS snoozed_until
        FROM person p
        WHERE p.archived = 0 AND p.deleted_at IS NULL AND ({people})
    )
"""

_IS_DUE = """
    s.period_days IS NOT NULL AND coalesce(s.snoozed_until, '') <= arg.day
    AND {due} <= arg.day
"""


def _standing_ctes(people: str = "1") -> str:
    return _STANDING.format(period=period_sql("p"), people=people)


def _is_due() -> str:
    return _IS_DUE.format(due=_due_on("s.last_contact", "s.created_at", "s.period_days", "NULL"))


def _due_ids_sql() -> str:
    """A query for the ids of people due on or before its one parameter (an ISO date)."""
    return f"WITH {_standing_ctes()} SELECT s.id FROM s, arg WHERE {_is_due()}"


def due_condition_sql(alias: str = "p") -> str:
    """Return the SQL condition "``alias`` is due on or before ``?``" (one ISO date parameter).

    Archived people and people in the trash are never due.  The set of due
    people is worked out once for the whole query, not once per person.
    """
    return f"({alias}.id IN ({_due_ids_sql()}))"


def _period_source_sql(alias: str) -> str:
    """The name of the network whose period applies ("" when the person's own does)."""
    return (
        f"CASE WHEN {alias}.keep_in_touch_days IS NOT NULL THEN '' ELSE "
        "(SELECT n.name FROM person_network pn JOIN network n ON n.id = pn.network_id "
        f"WHERE pn.person_id = {alias}.id AND n.keep_in_touch_days IS NOT NULL "
        "ORDER BY n.keep_in_touch_days, n.position, n.id LIMIT 1) END"
    )


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _shifted(today: dt.date, days: int) -> dt.date:
    """``today`` moved by ``days``, held within the calendar Python can represent."""
    try:
        return today + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _standing(
    day: dt.date, people: str = "1", params: list[object] | None = None, *, due_only: bool
) -> list[DueRow]:
    """Return the keep-in-touch standing of active people with a period.

    ``people`` narrows who is looked at (a condition on person ``p``, with
    ``params``); ``due_only`` keeps only those due on or before ``day``.
    """
    chosen = _is_due() if due_only else "s.period_days IS NOT NULL"
    last = _due_on("c.last_contact", "c.created_at", "c.period_days", "c.snoozed_until")
    sql = f"""
        WITH {_standing_ctes(people)},
        c AS MATERIALIZED (SELECT s.* FROM s, arg WHERE {chosen})
        SELECT p.id, p.display_name, c.period_days, {_period_source_sql("p")},
               c.last_contact, {last} AS due_on, c.snoozed_until
        FROM c JOIN person p ON p.id = c.id
        ORDER BY due_on, p.sort_name, p.id
    """
    found = db.execute_sql(sql, [_iso(day), *(params or [])]).fetchall()
    networks = _networks_of([row[0] for row in found])
    return [
        DueRow(
            person_id=pid,
            name=name,
            networks=networks.get(pid, ()),
            period_days=int(period),
            period_from=source or "",
            last_contact=_datetime(last),
            due_on=dt.date.fromisoformat(due_on),
            snoozed_until=_date(snoozed),
        )
        for pid, name, period, source, last, due_on, snoozed in found
    ]


def _networks_of(person_ids: list[int]) -> dict[int, tuple[tuple[str, str], ...]]:
    if not person_ids:
        return {}
    result: dict[int, list[tuple[str, str]]] = {}
    for pid, name, colour in db.execute_sql(
        "SELECT pn.person_id, n.name, n.colour FROM person_network pn "
        "JOIN network n ON n.id = pn.network_id "
        "WHERE pn.person_id IN (SELECT value FROM json_each(?)) ORDER BY n.position, n.id",
        (json.dumps(person_ids),),
    ):
        result.setdefault(pid, []).append((name, colour))
    return {pid: tuple(found) for pid, found in result.items()}


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def effective_period(person_id: int) -> tuple[int, str] | None:
    """Return (days, source) of the period that applies to a person, or None when none does.

    The source is "" for the person's own period, else the name of the network
    whose (shortest) period applies.
    """
    row = db.execute_sql(
        f"SELECT {period_sql('p')}, {_period_source_sql('p')} FROM person p WHERE p.id = ?",
        (person_id,),
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return int(row[0]), row[1] or ""


def due_rows(
    today: dt.date,
    *,
    within_days: int = 0,
    network_id: int | None = None,
    person_ids: list[int] | None = None,
) -> list[DueRow]:
    """Return active people due for contact by ``today + within_days``, most overdue first.

    Most overdue first means by due day, then by name.  ``network_id`` and
    ``person_ids`` narrow the people looked at.
    """
    clauses: list[str] = []
    params: list[object] = []
    if network_id is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM person_network x WHERE x.person_id = p.id AND x.network_id = ?)"
        )
        params.append(network_id)
    if person_ids is not None:
        clauses.append("p.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(person_ids))
    people = " AND ".join(clauses) or "1"
    return _standing(_shifted(today, within_days), people, params, due_only=True)


def keep_in_touch_rows(today: dt.date | None = None) -> list[DueRow]:
    """Return the standing of every active person with a period, whenever they are due.

    ``today`` changes nothing in the answer, only its speed: the people seen
    lately are then found through the recent entries alone.
    """
    return _standing(today or dt.date.max, due_only=False)


def status_of(person_id: int, today: dt.date) -> DueRow | None:
    """Return a person's keep-in-touch standing whatever their due day (for the profile).

    None when no period applies, or when they are archived or in the trash
    (never due).  The rule does not depend on ``today``; :meth:`DueRow.days_overdue`
    turns the standing into days for it.
    """
    del today
    # Asked about the last possible day, the shortcut through recent entries has none
    # to read, and the one person's own entries give their last contact.
    found = _standing(dt.date.max, "p.id = ?", [person_id], due_only=False)
    return found[0] if found else None


def due_count(today: dt.date) -> int:
    """Return how many people are due for contact on or before ``today``."""
    sql = f"SELECT COUNT(*) FROM ({_due_ids_sql()})"
    return int(db.execute_sql(sql, (_iso(today),)).fetchone()[0])


def _values(person_ids: list[int], column: str) -> dict[int, Any]:
    return {
        pid: value
        for pid, value in db.execute_sql(
            f"SELECT id, {column} FROM person WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(person_ids),),
        )
    }


def snooze(person_ids: list[int], until: dt.date | None) -> dict[int, dt.date | None]:
    """Put off reminders for people until ``until`` (None: no snooze); return the old values.

    A snooze earlier than someone's due day changes nothing: it never brings a
    reminder forward.
    """
    with write():
        before = {pid: _date(value) for pid, value in _values(person_ids, "snoozed_until").items()}
        Person.update(snoozed_until=until).where(Person.id.in_(list(before))).execute()
        return before


def set_snoozes(values: dict[int, dt.date | None]) -> None:
    """Put back each person's snooze exactly (undo or redo of :func:`snooze`)."""
    with write():
        for pid, until in values.items():
            Person.update(snoozed_until=until).where(Person.id == pid).execute()


def set_periods(person_ids: list[int], days: int | None) -> dict[int, int | None]:
    """Set people's own keep-in-touch period (None: their networks'); return the old values."""
    if days is not None and days <= 0:
        raise ValidationError("keep_in_touch_days", "the period must be at least one day")
    with write():
        before: dict[int, int | None] = {
            pid: None if value is None else int(value)
            for pid, value in _values(person_ids, "keep_in_touch_days").items()
        }
        Person.update(keep_in_touch_days=days).where(Person.id.in_(list(before))).execute()
        return before


def restore_periods(values: dict[int, int | None]) -> None:
    """Put back each person's own period exactly (undo or redo of :func:`set_periods`)."""
    with write():
        for pid, days in values.items():
            Person.update(keep_in_touch_days=days).where(Person.id == pid).execute()
