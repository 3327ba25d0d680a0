"""What the journal generator draws before storing it, and the bulk inserts it stores it with.

The crowd and the entries are drawn first, as plain objects indexed by their
place in a list; every other part of a generated journal (organisations,
relationships, topics, disclosures …) is drawn from them and stored with
:func:`insert_rows`, many rows to a statement.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import Field, chunked

from networkjournal.demo.names import Name
from networkjournal.store.schema import BaseModel, db

DAY = dt.timedelta(days=1)
# The sizes of a generated journal are given for this many people, and scale with it.
REFERENCE_PEOPLE = 20_000

# SQLite before 3.32 allows 999 bound values per statement; since then 32766.
_VARIABLE_LIMIT = 32766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999


@dataclass(slots=True)
class Someone:
    """A generated person before they are stored."""

    name: Name
    weight: float  # how often they turn up in the journal, relative to others
    first_seen: dt.datetime | None = None
    met: dt.date | None = None
    added: dt.datetime | None = None  # when the user added them to the journal
    networks: list[str] = field(default_factory=list)  # the names of their networks
    entries: list[int] = field(default_factory=list)  # indexes of their entries, oldest first


@dataclass(slots=True)
class Entry:
    """A generated journal entry before it is stored."""

    occurred_at: dt.datetime
    kind: str
    people: list[int]  # indexes into the crowd


def scaled(people: int, at_reference: int, least: int) -> int:
    """Return how many of something a journal of ``people`` holds, given the number for 20,000.

    Never fewer than ``least`` (a small journal still shows every kind of thing),
    and none at all in a journal with nobody in it.
    """
    if people == 0:
        return 0
    return max(least, round(people * at_reference / REFERENCE_PEOPLE))


def evening(day: dt.date, rng: random.Random) -> dt.datetime:
    """Return a moment on the evening of ``day``, when the user writes things up."""
    return dt.datetime.combine(day, dt.time(rng.randint(17, 22), rng.randrange(60)))


def day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """Return a day from ``first`` to ``last`` (``first`` itself when ``last`` is earlier)."""
    return first + rng.randint(0, max(0, (last - first).days)) * DAY


def next_id(model: type[BaseModel]) -> int:
    """Return the id after the highest in use, so rows can be linked before they are stored."""
    table = model._meta.table_name
    return int(db.execute_sql(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])


def insert_rows(
    model: type[BaseModel], fields: Sequence[Field], rows: Iterable[Sequence[Any]]
) -> None:
    """Insert rows in as few statements as SQLite's limit on bound values allows.

    The statements name their columns, so columns added later keep their defaults.
    """
    per_statement = max(1, _VARIABLE_LIMIT // len(fields))
    for batch in chunked(rows, per_statement):
        model.insert_many(batch, fields=list(fields)).execute()
