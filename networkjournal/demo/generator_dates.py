"""Keep-in-touch periods, snoozes and important dates in a generated journal.

They are drawn from a source of their own, seeded from the journal's seed, so
that adding them changed nothing else in a seed's journal.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from peewee import Field

from networkjournal.demo import phrases
from networkjournal.demo.generator_rows import DAY, Someone, evening, insert_rows
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import ImportantDate

# Some people get a keep-in-touch period of their own (days, weight); the rest follow
# their networks'.  A few have their reminders snoozed.
_OWN_PERIOD_CHANCE = 0.15
_PERIODS = [7, 14, 30, 60, 90, 180, 365]
_PERIOD_WEIGHTS = [5, 15, 30, 20, 15, 10, 5]
_SNOOZE_CHANCE = 0.02
_PERSON_DATE_CHANCE = 0.04  # people with an anniversary or the like the user noted
_DATE_FIELDS: list[Field] = [
    ImportantDate.person,
    ImportantDate.label,
    ImportantDate.date,
    ImportantDate.yearly,
    ImportantDate.created_at,
]


def keeping_in_touch(rng: random.Random, today: dt.date) -> tuple[int | None, dt.date | None]:
    """Return someone's own keep-in-touch period (None: their networks') and snooze, if any."""
    period = None
    if rng.random() < _OWN_PERIOD_CHANCE:
        period = rng.choices(_PERIODS, weights=_PERIOD_WEIGHTS)[0]
    snoozed = today + rng.randint(1, 60) * DAY if rng.random() < _SNOOZE_CHANCE else None
    return period, snoozed


def insert_dates(
    rng: random.Random, crowd: list[Someone], person_ids: list[int], today: dt.date
) -> None:
    """Store the user's own important dates, and anniversaries of a few people's."""
    if not person_ids:
        return  # a journal with nobody in it is left empty
    rows: list[tuple[Any, ...]] = []
    for label, yearly in phrases.JOURNAL_DATES:
        if yearly:
            day = today - rng.randint(365, 6 * 365) * DAY
        else:
            day = today + rng.randint(-365, 180) * DAY
        noted = min(day - rng.randint(7, 90) * DAY, today - DAY)
        rows.append((None, _label(label, rng), day, yearly, evening(noted, rng)))
    for person_id, someone in zip(person_ids, crowd, strict=True):
        if rng.random() >= _PERSON_DATE_CHANCE:
            continue
        label, year_known = rng.choice(phrases.PERSON_DATES)
        # A day of a common year: no 29 February to fall back from.
        day = dt.date(2001, 1, 1) + rng.randrange(365) * DAY
        if rng.random() < year_known:
            date = PartialDate(today.year - rng.randint(1, 30), day.month, day.day)
        else:
            date = PartialDate(None, day.month, day.day)
        assert someone.added is not None, "people are drawn before their dates"
        noted = min(someone.added.date() + rng.randint(0, 200) * DAY, today - DAY)
        rows.append((person_id, _label(label, rng), date, True, evening(noted, rng)))
    insert_rows(ImportantDate, _DATE_FIELDS, rows)


def _label(template: str, rng: random.Random) -> str:
    text = phrases.fill(template, rng)
    return text[:1].upper() + text[1:]
