"""The demo's important dates: exams, rotations and deadlines, and people's anniversaries.

Each :class:`DateSpec` in :mod:`networkjournal.demo.important_date_data` says
when a date falls the way the story's beats do — an anchor and days after it
— or, for a name day, on which day of the year.  A yearly date about someone
keeps its year only when the student would know it; an unknown year is left
out, never filled with a placeholder.  Dates are stored through
:func:`networkjournal.store.dates.create_date` in the order they were typed in.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from networkjournal.demo.entry_calendar import Dates
from networkjournal.demo.placing import calendar, known_from, typed_on
from networkjournal.demo.timeline import DAY, random_day, years_before
from networkjournal.store.dates import DateData, create_date
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import ImportantDate

if TYPE_CHECKING:
    from networkjournal.demo.builder import DemoJournal


@dataclass(frozen=True)
class DateSpec:
    """One important date: what it is, when it falls, and whom it is about ("" for nobody)."""

    label: str
    at: tuple[str, int] | None = None  # (anchor, days after it), as in entry_story.Beat
    weekday: int | None = None  # moved on to the next such day (Monday = 0), e.g. a rotation
    yearly: bool = False
    person: str = ""  # a cast key
    # For a yearly date: the first one was this many years before the one ``at`` names;
    # None when the year is unknown.
    years_ago: int | None = 0
    on: PartialDate | None = None  # a fixed date instead of ``at`` (a name day)
    noted: tuple[str, int] | None = None  # when the student heard of it, if the story says


@dataclass(frozen=True)
class _Typed:
    """A date worked out, with when the student typed it in."""

    typed: dt.datetime
    spec: DateSpec
    date: PartialDate


def add_important_dates(journal: DemoJournal, specs: tuple[DateSpec, ...]) -> None:
    """Store the important dates, each typed in weeks before it falls, once it could be known."""
    dates = calendar(journal)
    rows = []
    for spec in specs:
        rng = journal.rng("date", spec.label)
        stored, falls_on = stored_date(dates, spec)
        keys = (spec.person,) if spec.person else ()
        noted = _noted_on(dates, falls_on, spec.person, rng)
        if spec.noted is not None:
            noted = min(dates.anchor(spec.noted[0]) + spec.noted[1] * DAY, dates.latest)
        rows.append(_Typed(typed_on(journal, noted, rng, keys), spec, stored))
    for row in sorted(rows, key=lambda r: (r.typed, r.spec.label)):
        person_id = journal.person_ids[row.spec.person] if row.spec.person else None
        date_id = create_date(DateData(row.spec.label, row.date, row.spec.yearly, person_id))
        # create_date stamps the clock's time; the demo's history must not depend on it.
        ImportantDate.update(created_at=row.typed).where(ImportantDate.id == date_id).execute()


def stored_date(dates: Dates, spec: DateSpec) -> tuple[PartialDate, dt.date | None]:
    """Return the date as stored, and the day it falls on in the story (None for a fixed one)."""
    if spec.on is not None:
        return spec.on, None
    if spec.at is None:
        raise ValueError(f"the important date {spec.label!r} says neither when nor on which day")
    anchor, days = spec.at
    day = dates.anchor(anchor) + days * DAY
    if spec.weekday is not None:
        day += (spec.weekday - day.weekday()) % 7 * DAY
    if not spec.yearly or spec.years_ago == 0:
        return PartialDate.from_date(day), day
    if spec.years_ago is None:
        return PartialDate(None, day.month, day.day), day
    return PartialDate.from_date(years_before(day, spec.years_ago)), day


def _noted_on(dates: Dates, falls_on: dt.date | None, person: str, rng: random.Random) -> dt.date:
    """Return the day the student wrote a date down: weeks before it, once they could know it."""
    first = dates.timeline.journal_started
    if person:
        first = max(first, known_from(dates, person))
    last = dates.latest
    if falls_on is None:
        return random_day(rng, min(first, last), last)
    day = falls_on - rng.randint(14, 70) * DAY
    return min(max(day, first), last)
