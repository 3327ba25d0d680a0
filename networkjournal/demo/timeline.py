"""The demo student's life in dates, all worked out from "today"."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from networkjournal.demo.spec import Phase
from networkjournal.store.partial_dates import PartialDate

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Timeline:
    """When the student started university, and the dates each :class:`Phase` spans."""

    today: dt.date
    freshers: dt.date  # the Monday of freshers' week

    @classmethod
    def for_today(cls, today: dt.date) -> Timeline:
        """Place the student between the end of their third and the end of their fourth year."""
        start_year = today.year - 3 if today.month >= 6 else today.year - 4
        september_19 = dt.date(start_year, 9, 19)
        monday = september_19 + dt.timedelta(days=(7 - september_19.weekday()) % 7)
        return cls(today=today, freshers=monday)

    @property
    def latest(self) -> dt.date:
        """The last day anything can have happened: yesterday."""
        return self.today - DAY

    @property
    def journal_started(self) -> dt.date:
        """The day the student began keeping the journal: a Saturday half way through term one."""
        return self.freshers + dt.timedelta(days=47)

    def academic_year(self, year: int) -> tuple[dt.date, dt.date]:
        """Return the teaching weeks of the given year of the course (1 = first year)."""
        start = self.freshers.year + year - 1
        return dt.date(start, 10, 1), dt.date(start + 1, 6, 15)

    def span(self, phase: Phase) -> tuple[dt.date, dt.date]:
        """Return the first and last day a person met in ``phase`` may have been met."""
        match phase:
            case Phase.HALLS:
                move_in = self.freshers - 2 * DAY
                first, last = move_in, move_in + DAY
            case Phase.FRESHERS:
                first, last = self.freshers, self.freshers + 6 * DAY
            case Phase.FRESHERS_FAIR:
                first = last = self.freshers + 2 * DAY
            case Phase.YEAR1:
                first, last = self.academic_year(1)
            case Phase.YEAR2:
                first, last = self.academic_year(2)
            case Phase.YEAR3:
                first, last = self.academic_year(3)
            case Phase.PLACEMENT:
                first, last = dt.date(self.freshers.year + 2, 9, 1), self.latest
            case Phase.RECENT:
                first, last = self.today - 90 * DAY, self.today - 7 * DAY
            case Phase.SCHOOL:
                first, last = (
                    dt.date(self.freshers.year - 7, 1, 1),
                    dt.date(self.freshers.year - 2, 12, 31),
                )
            case Phase.FAMILY:
                raise ValueError("family were never met on a date")
        last = min(last, self.latest)
        return min(first, last), last

    def met_on(self, phase: Phase, rng: random.Random) -> PartialDate | None:
        """Draw the day someone was met; as much of it as the student would remember."""
        if phase is Phase.FAMILY:
            return None
        day = random_day(rng, *self.span(phase))
        if phase is Phase.SCHOOL:
            return PartialDate(day.year)
        # Before the journal was started some days are remembered only to the month.
        if day < self.journal_started and rng.random() < 0.25:
            return PartialDate(day.year, day.month)
        return PartialDate.from_date(day)

    def birthday(self, age: int, rng: random.Random) -> dt.date:
        """Draw a birth date for someone who is ``age`` today."""
        latest = years_before(self.today, age)
        return random_day(rng, years_before(self.today, age + 1) + DAY, latest)

    def birthday_in(self, age: int, days: int) -> dt.date:
        """Return the birth date of someone who is ``age`` today and turns one older in ``days``.

        A birthday on 29 February falls back to the 28th when the birth year has none,
        which brings it a day earlier: ``days`` should be at least 1.
        """
        return years_before(self.today + days * DAY, age + 1)


def random_day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """Return a day between ``first`` and ``last`` inclusive."""
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def years_before(day: dt.date, years: int) -> dt.date:
    """Return the same day ``years`` earlier; 29 February becomes the 28th in a common year."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)
