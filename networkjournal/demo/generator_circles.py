"""Who belongs where and knows whom in a generated journal.

Organisations are cohorts, hospitals, departments, labs, GP practices,
societies, clubs, halls, schools and workplaces, each drawing its members from
the network it belongs to; a few have hundreds of members, most a few dozen.
Relationships are drawn mostly between people who share an organisation,
then between people in the same network, and a few between anyone.  About
one person in seven was introduced by someone the user had met before them,
usually someone from one of their organisations.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass

from peewee import Field

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
    ANYONE_TIES,
    NETWORK_TIES,
    ORGANISATION_KINDS,
    OrganisationKind,
    fill,
)
from networkjournal.demo.names import random_name
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.relationships import DIRECTED_KINDS
from networkjournal.store.schema import Membership, Organisation, Relationship

INTRODUCED_SHARE = 0.15
_TRIES = 4  # draws of a fitting person before settling for any
_ORGANISATION_FIELDS: list[Field] = [
    Organisation.id,
    Organisation.name,
    Organisation.kind,
    Organisation.notes,
    Organisation.created_at,
]
_MEMBERSHIP_FIELDS: list[Field] = [
    Membership.person,
    Membership.organisation,
    Membership.role,
    Membership.since,
    Membership.until,
]
_RELATIONSHIP_FIELDS: list[Field] = [
    Relationship.person_a,
    Relationship.person_b,
    Relationship.kind,
    Relationship.note,
    Relationship.created_at,
]


@dataclass(slots=True)
class Circle:
    """A generated organisation before it is stored; people are indexes into the crowd."""

    name: str
    profile: OrganisationKind
    members: list[int]
    roles: list[str]  # each member's role, in the same order
    seniors: list[int]  # members in the organisation's senior role: they supervise and mentor


@dataclass(slots=True)
class Circles:
    """The organisations, relationships and introductions of a generated crowd."""

    organisations: list[Circle]
    memberships: list[tuple[int, int, str, str | None, str | None]]  # person, circle, role …
    relationships: list[tuple[int, int, str, str, dt.datetime]]  # person a, person b, kind …
    introduced_by: list[int | None]  # for each person, who introduced them (crowd index)


def draw_circles(rng: random.Random, crowd: list[Someone], today: dt.date) -> Circles:
    """Draw who belongs where, who knows whom and who introduced whom."""
    people = len(crowd)
    pools = network_pools(crowd)
    organisations = _draw_organisations(rng, crowd, pools, today)
    memberships = _draw_memberships(rng, crowd, organisations, today)
    belongs: list[list[int]] = [[] for _ in crowd]
    for position, circle in enumerate(organisations):
        for member in circle.members:
            belongs[member].append(position)
    introduced_by = _draw_introductions(rng, crowd, organisations, belongs, pools)
    wanted = scaled(people, 40_000, 10) if people > 1 else 0
    relationships = _draw_relationships(rng, crowd, organisations, pools, wanted, today)
    return Circles(organisations, memberships, relationships, introduced_by)


def insert_circles(circles: Circles, crowd: list[Someone], person_ids: list[int]) -> None:
    """Store the organisations with their members, and the relationships."""
    first_id = next_id(Organisation)
    organisation_rows = [
        (
            organisation_id,
            circle.name,
            circle.profile.kind,
            "",
            min(_added(crowd[member]) for member in circle.members),
        )
        for organisation_id, circle in enumerate(circles.organisations, start=first_id)
    ]
    insert_rows(Organisation, _ORGANISATION_FIELDS, organisation_rows)
    insert_rows(
        Membership,
        _MEMBERSHIP_FIELDS,
        (
            (person_ids[member], first_id + circle, role, since, until)
            for member, circle, role, since, until in circles.memberships
        ),
    )
    insert_rows(
        Relationship,
        _RELATIONSHIP_FIELDS,
        (
            (person_ids[a], person_ids[b], kind, note, created)
            for a, b, kind, note, created in circles.relationships
        ),
    )


def _added(someone: Someone) -> dt.datetime:
    assert someone.added is not None, "the crowd is drawn before its circles"
    return someone.added


def network_pools(crowd: list[Someone]) -> dict[str, list[int]]:
    """Return the people of each network by its name, and everyone under ``""``."""
    pools: dict[str, list[int]] = {}
    for index, someone in enumerate(crowd):
        for network in someone.networks:
            pools.setdefault(network, []).append(index)
    pools[""] = list(range(len(crowd)))
    return pools


def _draw_organisations(
    rng: random.Random, crowd: list[Someone], pools: dict[str, list[int]], today: dt.date
) -> list[Circle]:
    """Draw the organisations and their members, a heavy tail of sizes summing to the target."""
    count = min(scaled(len(crowd), 400, 8), len(crowd))
    wanted_members = scaled(len(crowd), 30_000, 2 * count)
    shares = list(itertools.accumulate(profile.share for profile in ORGANISATION_KINDS))
    profiles = rng.choices(ORGANISATION_KINDS, cum_weights=shares, k=count)
    # Most near the smallest size, a few near the largest (a cube skews the draw).
    raw = [low + (high - low) * rng.random() ** 3 for low, high in (p.sizes for p in profiles)]
    room = [len(pools.get(profile.audience) or pools[""]) for profile in profiles]
    sizes = _fit(raw, room, wanted_members)
    words = {
        "year": [str(today.year - back) for back in range(1, 9)],
        "family": [random_name(rng).latin_family for _ in range(200)],
    }
    used: set[str] = set()
    circles = []
    for profile, size in zip(profiles, sizes, strict=True):
        members = rng.sample(pools.get(profile.audience) or pools[""], size)
        senior = profile.roles[0][0]
        others = rng.choices(
            [role for role, _ in profile.roles],
            weights=[weight for _, weight in profile.roles],
            k=len(members) - 1,
        )
        roles = [senior, *others]
        seniors = [member for member, role in zip(members, roles, strict=True) if role == senior]
        circles.append(Circle(_name(rng, profile, words, used), profile, members, roles, seniors))
    return circles


def _fit(raw: list[float], room: list[int], wanted: int) -> list[int]:
    """Scale sizes to sum to ``wanted``, none above its ``room`` nor below one.

    What the full ones cannot take is shared among the others, keeping their proportions.
    """
    sizes = [min(float(limit), size) for size, limit in zip(raw, room, strict=True)]
    for _ in range(4):
        free = sum(size for size, limit in zip(sizes, room, strict=True) if size < limit)
        full = sum(sizes) - free
        if not free or wanted - full <= 0:
            break
        factor = (wanted - full) / free
        sizes = [
            size if size >= limit else min(float(limit), size * factor)
            for size, limit in zip(sizes, room, strict=True)
        ]
    return [max(1, min(limit, round(size))) for size, limit in zip(sizes, room, strict=True)]


def _name(
    rng: random.Random, profile: OrganisationKind, words: dict[str, list[str]], used: set[str]
) -> str:
    """Return a name for an organisation that no other in the journal has.

    A huge journal may use up the words; then a name is numbered, as "(2)".
    """
    name = ""
    for _ in range(20):
        name = fill(rng.choice(profile.names), rng, words)
        if name not in used:
            break
    base = name
    for number in itertools.count(2):
        if name not in used:
            break
        name = f"{base} ({number})"
    used.add(name)
    return name


def _draw_memberships(
    rng: random.Random, crowd: list[Someone], circles: list[Circle], today: dt.date
) -> list[tuple[int, int, str, str | None, str | None]]:
    """Draw since and until when each member has been in their organisation (to the month)."""
    rows = []
    for position, circle in enumerate(circles):
        for member, role in zip(circle.members, circle.roles, strict=True):
            met = crowd[member].met or today - DAY
            joined = met - rng.randint(0, 400) * DAY
            since = until = None
            roll = rng.random()
            if roll < 0.65:
                since = PartialDate(joined.year, joined.month).to_iso()
            elif roll < 0.8:
                since = PartialDate(joined.year).to_iso()
            if rng.random() < 0.25:
                left = joined + rng.randint(120, 3 * 365) * DAY
                if left < today - DAY:
                    until = PartialDate(left.year, left.month).to_iso()
            rows.append((member, position, role, since, until))
    return rows


def _draw_introductions(
    rng: random.Random,
    crowd: list[Someone],
    circles: list[Circle],
    belongs: list[list[int]],
    pools: dict[str, list[int]],
) -> list[int | None]:
    """Draw who introduced whom: always someone met earlier, so no one introduces themselves."""
    order = sorted(range(len(crowd)), key=lambda index: (crowd[index].met or dt.date.min, index))
    rank = [0] * len(crowd)
    for place, index in enumerate(order):
        rank[index] = place
    introduced_by: list[int | None] = [None] * len(crowd)
    for index, someone in enumerate(crowd):
        if rng.random() >= INTRODUCED_SHARE or rank[index] == 0:
            continue
        groups = [circles[position].members for position in belongs[index]]
        groups += [pools[network] for network in someone.networks]
        for _ in range(_TRIES if groups else 0):
            other = rng.choice(rng.choice(groups))
            if rank[other] < rank[index]:
                introduced_by[index] = other
                break
        else:
            introduced_by[index] = order[rng.randrange(rank[index])]
    return introduced_by


def _draw_relationships(
    rng: random.Random,
    crowd: list[Someone],
    circles: list[Circle],
    pools: dict[str, list[int]],
    wanted: int,
    today: dt.date,
) -> list[tuple[int, int, str, str, dt.datetime]]:
    """Draw relationships: mostly within an organisation, some within a network, a few anywhere.

    No pair is related twice, and nobody has two partners.
    """
    sizes = list(itertools.accumulate(len(circle.members) for circle in circles))
    networks = [(name, pool) for name, pool in pools.items() if name and len(pool) > 1]
    everyone = pools[""]
    wanted = min(wanted, len(crowd) * (len(crowd) - 1) // 4)  # leave room in a tiny journal
    paired: set[tuple[int, int]] = set()
    partnered: set[int] = set()
    rows: list[tuple[int, int, str, str, dt.datetime]] = []
    for _ in range(10 * wanted):
        if len(rows) == wanted:
            break
        roll = rng.random()
        note = ""
        if roll < 0.7 and circles:
            circle = circles[rng.choices(range(len(circles)), cum_weights=sizes)[0]]
            if len(circle.members) < 2:
                continue
            kind = _tie(rng, circle.profile.ties)
            if kind in DIRECTED_KINDS:
                a, b = rng.choice(circle.seniors), rng.choice(circle.members)
            else:
                a, b = rng.sample(circle.members, 2)
            if rng.random() < 0.08:
                note = f"Met through {circle.name}"
        elif roll < 0.9 and networks:
            name, pool = rng.choice(networks)
            kind = _tie(rng, NETWORK_TIES.get(name, ANYONE_TIES))
            a, b = rng.sample(pool, 2)
        else:
            kind = _tie(rng, ANYONE_TIES)
            a, b = rng.sample(everyone, 2)
        pair = (min(a, b), max(a, b))
        if a == b or pair in paired:
            continue
        if kind == "partner":
            if a in partnered or b in partnered:
                kind = "friend"
            else:
                partnered.update((a, b))
        paired.add(pair)
        rows.append((a, b, kind, note, _since_both(rng, crowd[a], crowd[b], today)))
    return rows


def _tie(rng: random.Random, ties: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([kind for kind, _ in ties], weights=[weight for _, weight in ties])[0]


def _since_both(rng: random.Random, a: Someone, b: Someone, today: dt.date) -> dt.datetime:
    """Return when the user noted a relationship: after adding both people, before today."""
    latest = max(_added(a), _added(b))
    day = day_between(rng, latest.date(), min(latest.date() + 90 * DAY, today - DAY))
    return max(evening(day, rng), latest)
