"""What came out of a generated journal's entries: what people know about me, what I must do.

Disclosures go to the people seen most, more than to others, and many name
the entry where they were told or saw it.  Follow-ups hang on entries, more
of them on recent ones: the old ones mostly done, some overdue, the newest
due in the days ahead.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from peewee import Field

from networkjournal.demo.generator_rows import (
    DAY,
    Entry,
    Someone,
    day_between,
    evening,
    insert_rows,
    scaled,
)
from networkjournal.demo.generator_words import FOLLOW_UPS, SEEN, TOLD, WITNESSED_SHARE, fill
from networkjournal.store.schema import Disclosure, FollowUp

_DISCLOSURE_FIELDS: list[Field] = [
    Disclosure.person,
    Disclosure.text,
    Disclosure.shared_on,
    Disclosure.witnessed,
    Disclosure.interaction,
    Disclosure.created_at,
]
_FOLLOW_UP_FIELDS: list[Field] = [
    FollowUp.title,
    FollowUp.due_on,
    FollowUp.done_at,
    FollowUp.person,
    FollowUp.interaction,
    FollowUp.topic,
    FollowUp.created_at,
]
_RECENT_BIAS = 3  # follow-ups on entry n - n·u³: a quarter on the last month's entries


def insert_disclosures(
    rng: random.Random,
    crowd: list[Someone],
    cumulative: list[float],
    entries: list[Entry],
    ids: tuple[list[int], int],
    today: dt.date,
) -> None:
    """Store what people know about me.  ``ids`` are the people's ids and the first entry's.

    Go in before the people: each person's search document is built once,
    with these in it, when the person goes in (see migration 3's triggers).
    """
    person_ids, first_entry = ids
    count = scaled(len(crowd), 10_000, 10)
    total = cumulative[-1] if cumulative else 0.0
    yesterday = today - DAY

    def rows() -> Iterator[tuple[Any, ...]]:
        for _ in range(count):
            if rng.random() < 0.6:  # the people seen most know most about me
                index = min(bisect.bisect_right(cumulative, rng.random() * total), len(crowd) - 1)
            else:
                index = rng.randrange(len(crowd))
            someone = crowd[index]
            witnessed = rng.random() < WITNESSED_SHARE
            text = fill(rng.choice(SEEN if witnessed else TOLD), rng, {})
            entry_id = shared = None
            if someone.entries and rng.random() < (0.8 if witnessed else 0.4):
                position = rng.choice(someone.entries)
                entry_id, shared = first_entry + position, entries[position].occurred_at.date()
            elif rng.random() < 0.9:
                shared = day_between(rng, someone.met or yesterday, yesterday)
            noted = evening(shared or day_between(rng, someone.met or yesterday, yesterday), rng)
            yield person_ids[index], text, shared, witnessed, entry_id, noted

    insert_rows(Disclosure, _DISCLOSURE_FIELDS, rows())


def insert_follow_ups(
    rng: random.Random,
    crowd: list[Someone],
    entries: list[Entry],
    ids: tuple[list[int], int],
    topic_ids: list[int],
    today: dt.date,
) -> None:
    """Store follow-ups from entries; supervisions' follow-ups often belong to a project.

    ``ids`` are the people's ids and the first entry's.
    """
    person_ids, first_entry = ids
    count = min(scaled(len(crowd), 5_000, 5), len(entries))
    midnight = dt.datetime.combine(today, dt.time())

    def rows() -> Iterator[tuple[Any, ...]]:
        for _ in range(count):
            position = len(entries) - 1 - int(len(entries) * rng.random() ** _RECENT_BIAS)
            entry = entries[position]
            noted = min(entry.occurred_at + dt.timedelta(minutes=rng.randint(5, 360)), midnight)
            person = rng.choice(entry.people) if rng.random() < 0.85 else None
            if person is None:
                title = fill("{Action}", rng, {})
            else:
                title = fill(rng.choice(FOLLOW_UPS), rng, {}, crowd[person].name.given)
            happened = entry.occurred_at.date()
            due = None if rng.random() < 0.15 else happened + rng.randint(1, 28) * DAY
            if due is None:
                done_chance = 0.5 if (today - happened).days > 30 else 0.0
            else:
                done_chance = 0.8 if due < today else 0.1
            done = None
            if rng.random() < done_chance:
                by = min(due or happened + 30 * DAY, today - DAY)
                done = min(max(evening(day_between(rng, happened, by), rng), noted), midnight)
            topic = None
            if entry.kind == "supervision" and topic_ids and rng.random() < 0.5:
                topic = rng.choice(topic_ids)
            owner = person_ids[person] if person is not None else None
            yield title, due, done, owner, first_entry + position, topic, noted

    insert_rows(FollowUp, _FOLLOW_UP_FIELDS, rows())
