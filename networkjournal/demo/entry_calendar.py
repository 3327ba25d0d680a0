"""When the demo student's journal entries happen: terms, rotations, and times of day.

Lectures fall on weekday mornings and afternoons, ward rounds early on
weekdays, water-polo training late on Tuesdays and Thursdays, calls home on
Sunday evenings.  Everything here is worked out from the :class:`Timeline`
and the day each cast member was met, so no entry includes someone before
the student knew them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from networkjournal.demo.timeline import DAY, Timeline
from networkjournal.store.partial_dates import PartialDate

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
_WEEKDAYS = (MON, TUE, WED, THU, FRI)
_EVERY_DAY = (MON, TUE, WED, THU, FRI, SAT, SUN)


class Slot(StrEnum):
    """A part of the week something happens in."""

    LECTURE = "lecture"  # weekdays, on the hour, 9:00-16:00
    WARD = "ward"  # weekdays, 7:30-9:30
    DAYTIME = "daytime"  # weekdays, 10:00-16:30
    GP = "gp"  # Tuesday mornings: the GP placement
    THEATRE = "theatre"  # Thursday mornings: the colorectal list
    EVENING = "evening"  # any day, 18:00-21:30
    WEEKEND = "weekend"  # Saturday or Sunday, 11:00-19:00
    SUNDAY_EVENING = "sunday evening"
    TRAINING = "training"  # Tuesday and Thursday, late
    FIXTURE = "fixture"  # Wednesday afternoon: BUCS
    ANYTIME = "anytime"  # messages: any day, 8:00-22:45


# slot: (days of the week, first minute, last minute, step in minutes)
_RULES: dict[Slot, tuple[tuple[int, ...], int, int, int]] = {
    Slot.LECTURE: (_WEEKDAYS, 9 * 60, 16 * 60, 60),
    Slot.WARD: (_WEEKDAYS, 7 * 60 + 30, 9 * 60 + 30, 15),
    Slot.DAYTIME: (_WEEKDAYS, 10 * 60, 16 * 60 + 30, 15),
    Slot.GP: ((TUE,), 9 * 60, 10 * 60 + 30, 30),
    Slot.THEATRE: ((THU,), 8 * 60, 8 * 60 + 30, 30),
    Slot.EVENING: (_EVERY_DAY, 18 * 60, 21 * 60 + 30, 15),
    Slot.WEEKEND: ((SAT, SUN), 11 * 60, 19 * 60, 15),
    Slot.SUNDAY_EVENING: ((SUN,), 17 * 60, 20 * 60 + 30, 15),
    Slot.TRAINING: ((TUE, THU), 20 * 60 + 30, 21 * 60, 30),
    Slot.FIXTURE: ((WED,), 13 * 60, 15 * 60 + 30, 30),
    Slot.ANYTIME: (_EVERY_DAY, 8 * 60, 22 * 60 + 45, 1),
}

# Where an entry of each kind usually falls, when nothing more particular is said.
KIND_SLOTS: dict[str, tuple[Slot, ...]] = {
    "meeting": (Slot.DAYTIME,),
    "coffee": (Slot.DAYTIME, Slot.DAYTIME, Slot.WEEKEND),
    "call": (Slot.EVENING, Slot.SUNDAY_EVENING),
    "message": (Slot.ANYTIME,),
    "social": (Slot.EVENING, Slot.WEEKEND),
    "teaching session": (Slot.LECTURE,),
    "ward round": (Slot.WARD,),
    "supervision": (Slot.DAYTIME,),
    "society event": (Slot.EVENING,),
    "other": (Slot.DAYTIME,),
}

# The first day of Ramadan (approximate, as announced in London), for the flat's iftars.
RAMADAN_STARTS = tuple(
    dt.date.fromisoformat(day)
    for day in (
        "2019-05-06",
        "2020-04-24",
        "2021-04-13",
        "2022-04-02",
        "2023-03-23",
        "2024-03-11",
        "2025-03-01",
        "2026-02-18",
        "2027-02-08",
        "2028-01-28",
        "2029-01-16",
        "2030-01-06",
        "2030-12-26",
        "2031-12-15",
        "2032-12-04",
        "2033-11-23",
        "2034-11-12",
        "2035-11-01",
    )
)


def slot_days(slot: Slot) -> tuple[int, ...]:
    """Return the days of the week (Monday = 0) on which ``slot`` happens."""
    return _RULES[slot][0]


def time_of_day(slot: Slot, rng: random.Random) -> dt.time:
    """Draw a wall-clock time within ``slot``."""
    _days, first, last, step = _RULES[slot]
    minute = first + step * rng.randint(0, (last - first) // step)
    return dt.time(minute // 60, minute % 60)


def in_term(day: dt.date) -> bool:
    """Whether ``day`` falls in a teaching term (late September to mid June, less holidays)."""
    md = (day.month, day.day)
    return (9, 19) <= md <= (12, 13) or (1, 8) <= md <= (3, 25) or (4, 20) <= md <= (6, 14)


def terms(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Return the teaching terms that start between ``first`` and ``last``."""
    found = []
    for year in range(first.year - 1, last.year + 1):
        for start, end in (
            (dt.date(year, 9, 19), dt.date(year, 12, 13)),
            (dt.date(year + 1, 1, 8), dt.date(year + 1, 3, 25)),
            (dt.date(year + 1, 4, 20), dt.date(year + 1, 6, 14)),
        ):
            if first <= start <= last:
                found.append((start, end))
    return found


def met_days(timeline: Timeline, met_on: Mapping[str, PartialDate | None]) -> dict[str, dt.date]:
    """Return the first day each cast member can be in an entry: the day they were met.

    Family and friends from before university can be in any entry.  When only
    the month is remembered, the first of that month will do.
    """
    days = {}
    for key, met in met_on.items():
        if met is None or met.year is None or met.month is None:
            days[key] = timeline.freshers - 3650 * DAY
        else:
            days[key] = dt.date(met.year, met.month, met.day or 1)
    return days


@dataclass(frozen=True)
class Dates:
    """The student's calendar: the timeline, and the day each cast member was met."""

    timeline: Timeline
    met: Mapping[str, dt.date]

    @property
    def latest(self) -> dt.date:
        """The last day an entry can be on: yesterday."""
        return self.timeline.latest

    def year_start(self, year: int) -> dt.date:
        """The first day of the given year of the course (1 = freshers' week)."""
        return self.timeline.freshers + (year - 1) * 364 * DAY

    def year_end(self, year: int) -> dt.date:
        """The last day of the given year of the course, summer included."""
        return self.year_start(year + 1) - DAY

    def first_day(self, keys: Iterable[str]) -> dt.date:
        """The first day all of ``keys`` had been met, and the journal's story had begun."""
        return max([self.timeline.freshers, *(self.met[key] for key in keys)])

    def anchor(self, name: str) -> dt.date:
        """Return the day a story anchor names: ``freshers``, ``y2``, ``today``, ``met:kwame``."""
        if name == "freshers":
            return self.timeline.freshers
        if name == "today":
            return self.timeline.today
        if name.startswith("met:"):
            return self.met[name[4:]]
        if name.startswith("y") and name[1:].isdigit():
            return self.year_start(int(name[1:]))
        raise ValueError(f"the demo story has no anchor called {name!r}")


def on_slot_day(day: dt.date, slot: Slot, first: dt.date, last: dt.date) -> dt.date | None:
    """Return the day nearest ``day`` (later first) in ``first``..``last`` that suits ``slot``."""
    allowed = slot_days(slot)
    for shift in (0, 1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5, -6):
        candidate = day + shift * DAY
        if first <= candidate <= last and candidate.weekday() in allowed:
            return candidate
    return None


def spread_days(rng: random.Random, candidates: list[dt.date], count: int) -> list[dt.date]:
    """Pick ``count`` of ``candidates`` (in order), one from each equal stretch of them.

    Drawing one day per stretch keeps the contact regular, as real habits are,
    instead of clumping the way independent draws do.
    """
    if not candidates or count <= 0:
        return []
    count = min(count, len(candidates))
    size = len(candidates) / count
    picked = []
    for index in range(count):
        low = int(index * size)
        high = max(low, int((index + 1) * size) - 1)
        picked.append(candidates[rng.randint(low, high)])
    return picked


def every_day(first: dt.date, last: dt.date) -> list[dt.date]:
    """Return the days from ``first`` to ``last`` inclusive."""
    return [first + n * DAY for n in range((last - first).days + 1)]
