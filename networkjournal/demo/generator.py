"""Generated journals of any size, for benchmarks: many people, entries and facts, fast.

Rows go in with bulk ``INSERT``s of many rows each, inside one transaction;
no ORM object is made per row.  Values are drawn from ``random.Random(seed)``
and dates from ``today``, so a seed and a day always give the same journal.
Keep-in-touch periods, snoozes and important dates come from a second source
seeded from the seed, so adding them changed nothing else in a seed's journal;
organisations, relationships and introductions (:mod:`.generator_circles`),
tags and topics (:mod:`.generator_topics`), and disclosures and follow-ups
(:mod:`.generator_told`) each come from a source of their own, for the same reason.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from peewee import Field

from networkjournal.demo import fake_contacts, phrases
from networkjournal.demo.contents import count_contents, require_empty
from networkjournal.demo.generator_circles import draw_circles, insert_circles
from networkjournal.demo.generator_dates import insert_dates, keeping_in_touch
from networkjournal.demo.generator_rows import (
    DAY,
    Entry,
    Someone,
    insert_rows,
    next_id,
)
from networkjournal.demo.generator_told import insert_disclosures, insert_follow_ups
from networkjournal.demo.generator_topics import insert_tags, insert_topics
from networkjournal.demo.names import Name, random_name
from networkjournal.store.db import write
from networkjournal.store.networks import NetworkInfo, list_networks
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import (
    ContactMethod,
    Fact,
    Interaction,
    InteractionPerson,
    Person,
    PersonNetwork,
    db,
)
from networkjournal.store.text import fold

YEARS = 5  # entries reach back this far
_PARTICIPANTS = [1, 2, 3, 4]
_PARTICIPANT_WEIGHTS = [55, 25, 12, 8]
# A Pareto tail, capped so the busiest person is seen hundreds of times, not everywhere.
_PARETO_ALPHA = 1.2
_PARETO_CAP = 200.0


# The columns each bulk insert fills; peewee adds the other columns' defaults.
_PERSON_FIELDS: list[Field] = [
    Person.id,
    Person.given_name,
    Person.family_name,
    Person.display_name,
    Person.sort_name,
    Person.headline,
    Person.birthday,
    Person.met_on,
    Person.closeness,
    Person.knows_me,
    Person.keep_in_touch_days,
    Person.snoozed_until,
    Person.created_at,
    Person.updated_at,
    Person.introduced_by,
]
_MEMBERSHIP_FIELDS: list[Field] = [
    PersonNetwork.person,
    PersonNetwork.network,
    PersonNetwork.role,
    PersonNetwork.created_at,
]
_CONTACT_FIELDS: list[Field] = [
    ContactMethod.person,
    ContactMethod.kind,
    ContactMethod.label,
    ContactMethod.value,
    ContactMethod.preferred,
    ContactMethod.position,
]
_INTERACTION_FIELDS: list[Field] = [
    Interaction.id,
    Interaction.occurred_at,
    Interaction.kind,
    Interaction.title,
    Interaction.location,
    Interaction.notes,
    Interaction.created_at,
    Interaction.updated_at,
]
_PARTICIPANT_FIELDS: list[Field] = [InteractionPerson.interaction, InteractionPerson.person]
_FACT_FIELDS: list[Field] = [
    Fact.person,
    Fact.category,
    Fact.text,
    Fact.noted_on,
    Fact.created_at,
]


def generate_journal(
    seed: int, people: int, interactions: int, facts: int, today: dt.date | None = None
) -> dict[str, int]:
    """Fill an empty journal with ``people`` people, ``interactions`` entries and ``facts`` facts.

    Organisations, relationships, introductions, tags, topics, disclosures and
    follow-ups come in proportion to the people (for 20,000: 400 organisations,
    40,000 relationships, 10,000 disclosures …; see :func:`.generator_rows.scaled`).

    Raises ValueError for a negative count, or for entries or facts without
    anyone to be about (``people=0``): a journal entry needs at least one person.
    """
    for what, count in (("people", people), ("interactions", interactions), ("facts", facts)):
        if count < 0:
            raise ValueError(f"the number of {what} cannot be negative")
    if people == 0 and (interactions or facts):
        raise ValueError("journal entries and facts are about people: ask for at least one person")
    today = today or dt.date.today()
    rng = random.Random(seed)
    keeping = random.Random(f"{seed}:keeping in touch")
    with write():
        require_empty()
        crowd = [Someone(random_name(rng), _weight(rng)) for _ in range(people)]
        cumulative = list(itertools.accumulate(someone.weight for someone in crowd))
        entries = _draw_entries(rng, crowd, cumulative, interactions, today)
        people_rows = _draw_people(rng, keeping, crowd, list_networks(), today)
        circles = draw_circles(random.Random(f"{seed}:circles"), crowd, today)
        # Facts and disclosures go in before their people.  The search index's
        # triggers rebuild a person's document on every one added about them; with
        # nobody there yet they find nothing to rebuild, and each document is built
        # once, facts and all, when its person goes in.  Who was at each entry goes
        # in after the people, so the triggers keeping each person's last contact
        # find them.  Foreign keys are checked at commit instead.
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        first_entry = next_id(Interaction)
        ids = (people_rows.ids, first_entry)
        _insert_entries(rng, entries, crowd, first_entry, today)
        _insert_facts(rng, crowd, cumulative, people_rows.ids, facts, today)
        told = random.Random(f"{seed}:disclosures")
        insert_disclosures(told, crowd, cumulative, entries, ids, today)
        _insert_people(people_rows, circles.introduced_by)
        _insert_participants(entries, first_entry, people_rows.ids)
        insert_dates(keeping, crowd, people_rows.ids, today)
        insert_circles(circles, crowd, people_rows.ids)
        labels = random.Random(f"{seed}:tags and topics")
        insert_tags(labels, crowd, cumulative, people_rows.ids)
        topic_ids = insert_topics(labels, crowd, people_rows.ids, today)
        to_do = random.Random(f"{seed}:follow-ups")
        insert_follow_ups(to_do, crowd, entries, ids, topic_ids, today)
        return count_contents()


def _weight(rng: random.Random) -> float:
    return min(rng.paretovariate(_PARETO_ALPHA), _PARETO_CAP)


def _draw_entries(
    rng: random.Random,
    crowd: list[Someone],
    cumulative: list[float],
    count: int,
    today: dt.date,
) -> list[Entry]:
    """Draw when each entry happened and who was there, oldest first."""
    kinds = [kind for kind, _ in phrases.KINDS]
    kind_weights = list(itertools.accumulate(weight for _, weight in phrases.KINDS))
    size_weights = list(itertools.accumulate(_PARTICIPANT_WEIGHTS))
    population = range(len(crowd))
    start = dt.datetime.combine(today - YEARS * 365 * DAY, dt.time())
    entries = []
    for _ in range(count):
        moment = start + dt.timedelta(
            days=rng.randrange(YEARS * 365), minutes=rng.randrange(8 * 60, 22 * 60, 5)
        )
        kind = rng.choices(kinds, cum_weights=kind_weights)[0]
        size = rng.choices(_PARTICIPANTS, cum_weights=size_weights)[0]
        # The same busy person may be drawn twice; they were there once.
        present = list(dict.fromkeys(rng.choices(population, cum_weights=cumulative, k=size)))
        entries.append(Entry(moment, kind, present))
    entries.sort(key=lambda entry: entry.occurred_at)
    for position, entry in enumerate(entries):
        for index in entry.people:
            if crowd[index].first_seen is None:
                crowd[index].first_seen = entry.occurred_at
            crowd[index].entries.append(position)
    return entries


@dataclass(slots=True)
class _PeopleRows:
    """The crowd as rows to insert: people, their networks and their contact details."""

    ids: list[int]
    people: list[tuple[Any, ...]]
    memberships: list[tuple[Any, ...]]
    contacts: list[tuple[Any, ...]]


def _draw_people(
    rng: random.Random,
    keeping: random.Random,
    crowd: list[Someone],
    networks: list[NetworkInfo],
    today: dt.date,
) -> _PeopleRows:
    """Draw the crowd's details, networks and contacts; their ids follow the highest in use.

    Keep-in-touch periods and snoozes are drawn from ``keeping``.
    """
    first_id = next_id(Person)
    ids = list(range(first_id, first_id + len(crowd)))
    person_rows: list[tuple[Any, ...]] = []
    membership_rows: list[tuple[Any, ...]] = []
    contact_rows: list[tuple[Any, ...]] = []
    for person_id, someone in zip(ids, crowd, strict=True):
        joined = _networks_for(rng, networks)
        met_on, added = _met(rng, someone, today)
        someone.networks = [network.name for network in joined]
        network_name = joined[0].name if joined else ""
        headline = phrases.headline(network_name, rng) if joined else ""
        name = someone.name
        person_rows.append(
            (
                person_id,
                name.given,
                name.family,
                name.display,
                fold(name.display),
                headline,
                _birthday(rng, today),
                met_on,
                rng.choices([None, 1, 2, 3, 4, 5], weights=[30, 20, 20, 15, 10, 5])[0],
                rng.choices([0, 1, 2, 3], weights=[15, 35, 30, 20])[0],
                *keeping_in_touch(keeping, today),
                added,
                added,
            )
        )
        for network in joined:
            role = rng.choice(phrases.ROLES.get(network.name, [""]))
            membership_rows.append((person_id, network.id, role, added))
        for position, (kind, label, value) in enumerate(_contacts(rng, name, network_name)):
            contact_rows.append((person_id, kind, label, value, position == 0, position))
    return _PeopleRows(ids, person_rows, membership_rows, contact_rows)


def _insert_people(rows: _PeopleRows, introduced_by: list[int | None]) -> None:
    """Store the crowd with who introduced them, their networks and contact details."""
    introducers = [None if index is None else rows.ids[index] for index in introduced_by]
    insert_rows(
        Person,
        _PERSON_FIELDS,
        ((*row, introducer) for row, introducer in zip(rows.people, introducers, strict=True)),
    )
    insert_rows(PersonNetwork, _MEMBERSHIP_FIELDS, rows.memberships)
    insert_rows(ContactMethod, _CONTACT_FIELDS, rows.contacts)


def _networks_for(rng: random.Random, networks: list[NetworkInfo]) -> list[NetworkInfo]:
    if not networks:
        return []
    roll = rng.random()
    count = 0 if roll < 0.05 else 1 if roll < 0.8 else 2
    return rng.sample(networks, min(count, len(networks)))


def _met(rng: random.Random, someone: Someone, today: dt.date) -> tuple[str | None, dt.datetime]:
    """Return when the user met someone (as a stored partial date) and when they added them."""
    if someone.first_seen is not None:
        met = someone.first_seen.date() - rng.randint(0, 365) * DAY
    else:
        met = today - rng.randint(1, (YEARS + 1) * 365) * DAY
    someone.met = met
    added_day = met + rng.randint(0, 3) * DAY
    if someone.first_seen is not None:
        added_day = min(added_day, someone.first_seen.date())
    added_day = min(added_day, today - DAY)
    added = dt.datetime.combine(added_day, dt.time(rng.randint(7, 22), rng.randrange(60)))
    someone.added = added
    roll = rng.random()
    if roll < 0.75:
        stored = PartialDate.from_date(met)
    elif roll < 0.9:
        stored = PartialDate(met.year, met.month)
    else:
        stored = PartialDate(met.year)
    return stored.to_iso(), added


def _birthday(rng: random.Random, today: dt.date) -> str | None:
    if rng.random() < 0.4:
        return None
    age = rng.choice([rng.randint(18, 35), rng.randint(18, 35), rng.randint(36, 75)])
    born = today - dt.timedelta(days=age * 365 + rng.randrange(365))
    if rng.random() < 0.3:
        return PartialDate(None, born.month, born.day).to_iso()
    return PartialDate.from_date(born).to_iso()


def _contacts(rng: random.Random, name: Name, network: str) -> list[tuple[str, str, str]]:
    """Return (kind, label, value) for one or two ways to reach someone."""
    latin = (name.latin_given, name.latin_family)
    made: list[tuple[str, str, str]] = []
    if rng.random() < 0.85:
        if network == "Academic support" and rng.random() < 0.7:
            domain, label = rng.choice(["nhs.net", "kcl.ac.uk", "ucl.ac.uk"]), "work"
        else:
            domain, label = fake_contacts.personal_domain(rng), "personal"
        made.append(("email", label, fake_contacts.email_address(latin, domain, rng)))
    if not made or rng.random() < 0.45:
        number = fake_contacts.mobile_number(rng.randrange(1000), international=rng.random() < 0.1)
        made.append(("phone", "mobile", number))
    if rng.random() < 0.1:
        made.append(("linkedin", "", fake_contacts.linkedin_profile(latin, rng)))
    elif rng.random() < 0.1:
        made.append(("instagram", "", fake_contacts.instagram_profile(latin, rng)))
    return made


def _insert_entries(
    rng: random.Random,
    entries: list[Entry],
    crowd: list[Someone],
    first_id: int,
    today: dt.date,
) -> None:
    """Store the entries, from ``first_id`` on, composing titles and notes as they go."""
    latest = dt.datetime.combine(today, dt.time())

    def entry_rows() -> Iterator[tuple[Any, ...]]:
        for entry_id, entry in enumerate(entries, start=first_id):
            first_name = crowd[entry.people[0]].name.given
            title = phrases.fill(rng.choice(phrases.TITLES[entry.kind]), rng, first_name)
            location = phrases.fill(rng.choice(phrases.LOCATIONS[entry.kind]), rng)
            # Written up soon after, usually the same day.
            written = min(entry.occurred_at + dt.timedelta(minutes=rng.randint(5, 360)), latest)
            yield (
                entry_id,
                entry.occurred_at,
                entry.kind,
                title,
                location,
                phrases.notes(rng, first_name),
                written,
                written,
            )

    insert_rows(Interaction, _INTERACTION_FIELDS, entry_rows())


def _insert_participants(entries: list[Entry], first_id: int, person_ids: list[int]) -> None:
    """Store who was at each entry (the entries' ids start at ``first_id``).

    Newest entry first: the trigger keeping each person's last contact then
    writes a person once, at their latest entry, and finds nothing later to
    move it on to for the rest.
    """
    insert_rows(
        InteractionPerson,
        _PARTICIPANT_FIELDS,
        (
            (first_id + position, person_ids[index])
            for position in reversed(range(len(entries)))
            for index in entries[position].people
        ),
    )


def _insert_facts(
    rng: random.Random,
    crowd: list[Someone],
    cumulative: list[float],
    person_ids: list[int],
    count: int,
    today: dt.date,
) -> None:
    """Store facts, more of them about the people seen most."""
    categories = [category for category, _ in phrases.FACT_CATEGORIES]
    weights = list(itertools.accumulate(weight for _, weight in phrases.FACT_CATEGORIES))
    total = cumulative[-1] if cumulative else 0.0

    def fact_rows() -> Iterator[tuple[Any, ...]]:
        for _ in range(count):
            # Half the facts follow how often people are seen; half fall on anyone.
            if rng.random() < 0.5:
                index = bisect.bisect_right(cumulative, rng.random() * total)
                index = min(index, len(crowd) - 1)
            else:
                index = rng.randrange(len(crowd))
            met = crowd[index].met or today - DAY
            noted = met + rng.randint(0, max(0, (today - DAY - met).days)) * DAY
            category = rng.choices(categories, cum_weights=weights)[0]
            text = phrases.fill(rng.choice(phrases.FACTS[category]), rng)
            created = dt.datetime.combine(noted, dt.time(rng.randint(8, 23), rng.randrange(60)))
            yield person_ids[index], category, text, noted, created

    insert_rows(Fact, _FACT_FIELDS, fact_rows())
