"""Dating what the demo knows: facts, topics and memberships, placed in the student's years.

The data modules say *when* something happened the way the story does —
``("met:krishnan", 28)``, ``("y3", 40)``, or for a fact a fraction of the time
the student has known someone (0 the day they met, 1 yesterday) — and the
helpers here turn that into a day between meeting them and yesterday.  The
:class:`EntryIndex` finds the journal entry a fact or a disclosure came from.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from networkjournal.demo.entry_calendar import Dates, met_days
from networkjournal.demo.timeline import DAY
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import Interaction, InteractionPerson, tuples

if TYPE_CHECKING:
    from networkjournal.demo.builder import DemoJournal

# (anchor, days after it) as in networkjournal.demo.entry_story.Beat, or a fraction
# of the time the student has known the person.
When = tuple[str, int] | float


def calendar(journal: DemoJournal) -> Dates:
    """Return the student's calendar: the timeline and the day each cast member was met."""
    return Dates(journal.timeline, met_days(journal.timeline, journal.met_on))


def known_from(dates: Dates, key: str) -> dt.date:
    """Return the first day something about ``key`` can be dated: meeting them, or halls."""
    return max(dates.met[key], dates.timeline.freshers - 2 * DAY)


def day_for(dates: Dates, key: str, when: When) -> dt.date:
    """Return the day ``when`` names for someone, never before meeting them nor after yesterday."""
    first, last = known_from(dates, key), dates.latest
    if isinstance(when, tuple):
        anchor, days = when
        day = dates.anchor(anchor) + days * DAY
    else:
        day = first + round(when * (last - first).days) * DAY
    return min(max(day, first), last)


def partial(day: dt.date, precision: str) -> PartialDate:
    """Return as much of ``day`` as the student wrote down: "day", "month" or "year"."""
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate.from_date(day)


def last_moment(journal: DemoJournal) -> dt.datetime:
    """The last minute anything can have been typed: just before midnight yesterday."""
    return dt.datetime.combine(journal.timeline.today, dt.time()) - dt.timedelta(minutes=1)


def typed_on(
    journal: DemoJournal, day: dt.date, rng: random.Random, keys: Iterable[str] = ()
) -> dt.datetime:
    """Return when the student typed something in about ``day``: that evening, or later.

    Never before the people it is about were in the journal, never after yesterday.
    """
    moment = dt.datetime.combine(day, dt.time(rng.randint(18, 22), rng.randint(0, 59)))
    moment = max([moment, *(journal.added_at[key] for key in keys)])
    return min(moment, last_moment(journal))


@dataclass(frozen=True)
class Found:
    """An entry something was learned at: its id, the day it happened, and when it was typed."""

    entry_id: int
    day: dt.date
    typed: dt.datetime
    title: str
    kind: str


class EntryIndex:
    """The journal's entries by who was in them, to link a fact to the entry it came from."""

    def __init__(self, journal: DemoJournal) -> None:
        keys = {person_id: key for key, person_id in journal.person_ids.items()}
        self._by_person: dict[str, list[Found]] = defaultdict(list)
        rows = tuples(
            InteractionPerson.select(
                InteractionPerson.person,
                Interaction.id,
                Interaction.occurred_at,
                Interaction.created_at,
                Interaction.title,
                Interaction.kind,
            )
            .join(Interaction)
            .order_by(Interaction.occurred_at, Interaction.id)
        )
        for person_id, entry_id, occurred_at, typed, title, kind in rows:
            if person_id in keys:
                found = Found(entry_id, occurred_at.date(), typed, title, kind)
                self._by_person[keys[person_id]].append(found)
        self._days = {key: [f.day for f in found] for key, found in self._by_person.items()}

    def titled(self, key: str, words: str, near: dt.date) -> Found | None:
        """Return the entry with ``key`` whose title holds ``words``, the one nearest ``near``.

        ``words`` may offer alternatives, and an entry's kind matches too (many
        entries have no title): ``"Post-take|ward round"``.
        """
        wanted = [option.casefold() for option in words.split("|")]
        matches = [
            f
            for f in self._by_person[key]
            if any(w in f.title.casefold() or w == f.kind for w in wanted)
        ]
        return min(matches, key=lambda f: (abs((f.day - near).days), f.entry_id), default=None)

    def nearest(self, key: str, near: dt.date, within: int) -> Found | None:
        """Return the entry with ``key`` nearest ``near``, if one is at most ``within`` days off."""
        found, days = self._by_person[key], self._days.get(key, [])
        index = bisect.bisect_left(days, near)
        candidates = found[max(0, index - 1) : index + 1]
        best = min(candidates, key=lambda f: (abs((f.day - near).days), f.entry_id), default=None)
        if best is None or abs((best.day - near).days) > within:
            return None
        return best
