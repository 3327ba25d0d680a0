"""Tags on people, and the topics they learn and work on with the user, in a generated journal.

A few tags are on thousands of people and most on a handful; people seen
often carry more of them.  Topics draw their people from the network the
work belongs to (research and audits from academic support, study groups
from friends), and the first person on each leads it: the supervisor of a
research project, the organiser of a study group.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from typing import Any

from peewee import Field

from networkjournal.demo.generator_circles import network_pools
from networkjournal.demo.generator_rows import (
    DAY,
    Someone,
    day_between,
    evening,
    insert_rows,
    next_id,
    scaled,
)
from networkjournal.demo.generator_words import (
    ACADEMIC,
    SOCIAL,
    TAG_COLOURS,
    TAGS,
    TOPIC_KINDS,
    TOPIC_NOTES,
    TOPIC_ROLES,
    TOPIC_STATUSES,
    TOPIC_TITLES,
    fill,
)
from networkjournal.demo.names import random_name
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import PersonTag, Tag, Topic, TopicPerson
from networkjournal.store.topics import OPPORTUNITY_KINDS

_TAG_FIELDS: list[Field] = [Tag.id, Tag.name, Tag.colour]
_PERSON_TAG_FIELDS: list[Field] = [PersonTag.person, PersonTag.tag]
_TOPIC_FIELDS: list[Field] = [
    Topic.id,
    Topic.title,
    Topic.kind,
    Topic.status,
    Topic.started_on,
    Topic.ended_on,
    Topic.notes,
    Topic.created_at,
    Topic.updated_at,
]
_TOPIC_PERSON_FIELDS: list[Field] = [TopicPerson.topic, TopicPerson.person, TopicPerson.role]
_WORK_KINDS = {"research", "audit", "qip", "publication", "skill", "module"}


def insert_tags(
    rng: random.Random, crowd: list[Someone], cumulative: list[float], person_ids: list[int]
) -> None:
    """Store the tags and who carries each: popular tags on many, most on few."""
    count = min(scaled(len(crowd), 60, 12), len(TAGS))
    if not count:
        return
    first_id = next_id(Tag)
    names = rng.sample(TAGS, count)
    colours = [rng.choice(TAG_COLOURS) if rng.random() < 0.4 else "" for _ in names]
    insert_rows(Tag, _TAG_FIELDS, zip(itertools.count(first_id), names, colours, strict=False))
    popularity = list(itertools.accumulate(1 / (rank + 1) ** 0.9 for rank in range(count)))
    wanted = min(scaled(len(crowd), 25_000, 20), len(crowd) * count // 2)
    total = cumulative[-1]
    carried: set[tuple[int, int]] = set()
    for _ in range(10 * wanted):
        if len(carried) == wanted:
            break
        if rng.random() < 0.5:  # people seen often are tagged more
            person = min(bisect.bisect_right(cumulative, rng.random() * total), len(crowd) - 1)
        else:
            person = rng.randrange(len(crowd))
        tag = bisect.bisect_right(popularity, rng.random() * popularity[-1])
        carried.add((person, min(tag, count - 1)))
    insert_rows(
        PersonTag,
        _PERSON_TAG_FIELDS,
        ((person_ids[person], first_id + tag) for person, tag in sorted(carried)),
    )


def insert_topics(
    rng: random.Random, crowd: list[Someone], person_ids: list[int], today: dt.date
) -> list[int]:
    """Store topics and their people; return the ids of the research, audits, QIPs and papers."""
    count = scaled(len(crowd), 800, 5)
    if not count:
        return []
    pools = network_pools(crowd)
    wanted_people = scaled(len(crowd), 5_000, 3 * count)
    cumulative = list(itertools.accumulate(weight for _, weight in TOPIC_KINDS))
    kinds = rng.choices([kind for kind, _ in TOPIC_KINDS], cum_weights=cumulative, k=count)
    raw = [1 + 12 * rng.random() ** 2 for _ in kinds]
    factor = wanted_people / sum(raw)
    words = {"family": [random_name(rng).latin_family for _ in range(100)]}
    first_id = next_id(Topic)
    topic_rows: list[tuple[Any, ...]] = []
    people_rows: list[tuple[int, int, str]] = []
    opportunities = []
    for topic_id, kind, size in zip(itertools.count(first_id), kinds, raw, strict=False):
        status = rng.choices(
            [status for status, _ in TOPIC_STATUSES],
            weights=[weight for _, weight in TOPIC_STATUSES],
        )[0]
        title = fill(rng.choice(TOPIC_TITLES[kind]), rng, words)
        topic_rows.append((topic_id, title, kind, status, *_dates(rng, status, today)))
        if kind in OPPORTUNITY_KINDS:
            opportunities.append(topic_id)
        pool = pools.get(ACADEMIC if kind in _WORK_KINDS else SOCIAL) or pools[""]
        members = rng.sample(pool, max(1, min(len(pool), round(size * factor))))
        lead, others = TOPIC_ROLES[kind]
        if status == "idea" and kind in OPPORTUNITY_KINDS:
            lead = "could supervise"
        roles = [lead] + [rng.choice(others) for _ in members[1:]]
        people_rows.extend(
            (topic_id, person_ids[member], role)
            for member, role in zip(members, roles, strict=True)
        )
    insert_rows(Topic, _TOPIC_FIELDS, topic_rows)
    insert_rows(TopicPerson, _TOPIC_PERSON_FIELDS, people_rows)
    return opportunities


def _dates(
    rng: random.Random, status: str, today: dt.date
) -> tuple[str | None, str | None, str, dt.datetime, dt.datetime]:
    """Return a topic's start and end (as stored partial dates), notes, and when it was noted."""
    yesterday = today - DAY
    begun = today - rng.randint(30, 5 * 365) * DAY
    started = ended = None
    if status != "idea" or rng.random() < 0.4:
        roll = rng.random()
        if roll < 0.7:
            started = PartialDate(begun.year, begun.month)
        elif roll < 0.9:
            started = PartialDate.from_date(begun)
        else:
            started = PartialDate(begun.year)
    if status in ("done", "dropped"):
        end = min(begun + rng.randint(30, 540) * DAY, yesterday)
        ended = PartialDate(end.year, end.month)
    created = evening(begun, rng)
    updated = max(evening(day_between(rng, begun, yesterday), rng), created)
    return (
        started.to_iso() if started else None,
        ended.to_iso() if ended else None,
        rng.choice(TOPIC_NOTES),
        created,
        updated,
    )
