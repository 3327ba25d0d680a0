"""The network map's data: who is on it, and the lines between them.

Nodes are the active people (not archived, not in the trash) a
:class:`GraphFilter` selects, chosen by the same SQL as the people list's
browsing choices, so the map and the table agree.  Edges join only nodes
shown, and come in four kinds:

- relationships, directed (``person_a`` → ``person_b``) for the kinds
  :data:`relationships.DIRECTED_KINDS` names, one edge per relationship;
- introductions, from ``Person.introduced_by``: introducer → introduced;
- shared organisations and shared topics, undirected, one edge per pair of
  people per kind, labelled with the shared names joined.

Sharing a big organisation (a hospital, a year group) says little about who
knows whom, and its pairs grow with the square of its size: an organisation or
topic with more than :data:`MAX_SHARED_MEMBERS` people on the map gives no
pairwise edges at all.  Counting only the people on the map means a
filter that narrows a big organisation down can bring its edges back.

Everything is a handful of aggregate queries whatever the number of people.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from networkjournal.store.people_list import (
    Criterion,
    CriterionKind,
    PeopleFilter,
    person_ids,
)
from networkjournal.store.relationships import DIRECTED_KINDS, label
from networkjournal.store.reminders import due_condition_sql, last_contact_sql
from networkjournal.store.schema import Person, db

RECENT_DAYS = 365  # a node's size counts the entries of this many days up to today
MAX_SHARED_MEMBERS = 50  # above this many people on the map, a group gives no edges
INTRODUCED_LABEL = "Introduced"


class EdgeKind(StrEnum):
    """What a line on the map stands for."""

    RELATIONSHIP = "relationship"
    INTRODUCTION = "introduction"
    ORGANISATION = "organisation"
    TOPIC = "topic"


@dataclass(frozen=True)
class GraphNode:
    """One person on the map, with what its colour, size and fading show."""

    person_id: int
    name: str
    headline: str
    networks: tuple[tuple[int, str, str], ...]  # (id, name, colour) in the user's order
    last_contact: dt.datetime | None  # latest entry of any kind, outside the trash
    recent_entries: int  # entries with them in the RECENT_DAYS up to today
    going_cold: bool  # keep-in-touch due on or before today (the reminders' rule)


@dataclass(frozen=True)
class GraphEdge:
    """A line between two people on the map (``source`` → ``target`` when directed)."""

    kind: EdgeKind
    source: int
    target: int
    label: str
    directed: bool


@dataclass(frozen=True)
class GraphFilter:
    """Which people the map shows (choices that must all hold) and which lines it draws."""

    network_id: int | None = None
    organisation_id: int | None = None
    tag_id: int | None = None
    topic_id: int | None = None
    seen_since: dt.date | None = None  # in an entry on or after this day
    kinds: frozenset[EdgeKind] = field(default_factory=lambda: frozenset(EdgeKind))


def _people_filter(flt: GraphFilter) -> PeopleFilter:
    """The people-list filter that selects the same people as ``flt``."""
    criteria: list[Criterion] = []
    for kind, value in (
        (CriterionKind.NETWORK, flt.network_id),
        (CriterionKind.ORGANISATION, flt.organisation_id),
        (CriterionKind.TAG, flt.tag_id),
        (CriterionKind.TOPIC, flt.topic_id),
    ):
        if value is not None:
            criteria.append(Criterion(kind, value))
    if flt.seen_since is not None:
        criteria.append(Criterion(CriterionKind.CONTACTED_SINCE, flt.seen_since.isoformat()))
    return PeopleFilter(criteria=tuple(criteria))


# The people shown, as a table the other queries join; its one parameter is a JSON list.
_SHOWN = "shown(id) AS MATERIALIZED (SELECT value FROM json_each(?))"


def network_graph(flt: GraphFilter, today: dt.date) -> tuple[list[GraphNode], list[GraphEdge]]:
    """Return the people the map shows, by name, and the lines between them."""
    ids = person_ids(_people_filter(flt))
    if not ids:
        return [], []
    shown = json.dumps(ids)
    nodes = _nodes(ids, shown, today)
    edges: list[GraphEdge] = []
    if EdgeKind.RELATIONSHIP in flt.kinds:
        edges.extend(_relationship_edges(shown))
    if EdgeKind.INTRODUCTION in flt.kinds:
        edges.extend(_introduction_edges(shown))
    if EdgeKind.ORGANISATION in flt.kinds:
        edges.extend(_shared_edges(EdgeKind.ORGANISATION, shown))
    if EdgeKind.TOPIC in flt.kinds:
        edges.extend(_shared_edges(EdgeKind.TOPIC, shown))
    return nodes, edges


def _nodes(ids: list[int], shown: str, today: dt.date) -> list[GraphNode]:
    networks: dict[int, list[tuple[int, str, str]]] = {}
    for pid, nid, name, colour in db.execute_sql(
        f"WITH {_SHOWN} SELECT pn.person_id, n.id, n.name, n.colour FROM shown "
        "JOIN person_network pn ON pn.person_id = shown.id "
        "JOIN network n ON n.id = pn.network_id ORDER BY n.position, n.id",
        (shown,),
    ):
        networks.setdefault(pid, []).append((nid, name, colour))
    start = today - dt.timedelta(days=RECENT_DAYS - 1)
    end = today + dt.timedelta(days=1)
    # The recent entries are read through the index on occurred_at, so they cost only
    # the recent entries; last contact is kept in the person row.  The due set is
    # worked out once for the query.
    sql = f"""
        WITH {_SHOWN},
        recent(person_id, entries) AS MATERIALIZED (
            SELECT ip.person_id, COUNT(*)
            FROM interaction i CROSS JOIN interaction_person ip ON ip.interaction_id = i.id
            WHERE i.occurred_at >= ? AND i.occurred_at < ? AND i.deleted_at IS NULL
            GROUP BY ip.person_id
        )
        SELECT p.id, p.display_name, p.headline, {last_contact_sql("p")},
               coalesce(r.entries, 0), {due_condition_sql("p")}
        FROM shown JOIN person p ON p.id = shown.id
        LEFT JOIN recent r ON r.person_id = p.id
    """
    found = {
        row[0]: row
        for row in db.execute_sql(
            sql, (shown, start.isoformat(), end.isoformat(), today.isoformat())
        )
    }
    return [
        GraphNode(
            person_id=pid,
            name=name,
            headline=headline,
            networks=tuple(networks.get(pid, ())),
            last_contact=_datetime(last),
            recent_entries=int(entries),
            going_cold=bool(due),
        )
        for pid, name, headline, last, entries, due in (found[pid] for pid in ids)
    ]


def _relationship_edges(shown: str) -> list[GraphEdge]:
    sql = (
        f"WITH {_SHOWN} SELECT r.person_a_id, r.person_b_id, r.kind FROM relationship r "
        "WHERE r.person_a_id IN shown AND r.person_b_id IN shown ORDER BY r.id"
    )
    return [
        GraphEdge(EdgeKind.RELATIONSHIP, a, b, label(kind, True), kind in DIRECTED_KINDS)
        for a, b, kind in db.execute_sql(sql, (shown,))
    ]


def _introduction_edges(shown: str) -> list[GraphEdge]:
    sql = (
        f"WITH {_SHOWN} SELECT p.introduced_by_id, p.id FROM person p "
        "WHERE p.id IN shown AND p.introduced_by_id IN shown AND p.introduced_by_id <> p.id "
        "ORDER BY p.id"
    )
    return [
        GraphEdge(EdgeKind.INTRODUCTION, introducer, introduced, INTRODUCED_LABEL, True)
        for introducer, introduced in db.execute_sql(sql, (shown,))
    ]


# For each kind of shared group: its link table, the link's column naming the group,
# and the group's table and name column.
_GROUPS = {
    EdgeKind.ORGANISATION: ("membership", "organisation_id", "organisation", "name"),
    EdgeKind.TOPIC: ("topic_person", "topic_id", "topic", "title"),
}


def _shared_edges(kind: EdgeKind, shown: str) -> list[GraphEdge]:
    """One undirected edge per pair of shown people sharing groups of ``kind``."""
    links, column, table, name = _GROUPS[kind]
    sql = f"""
        WITH {_SHOWN},
        member(group_id, person_id) AS MATERIALIZED (
            SELECT DISTINCT x.{column}, x.person_id FROM {links} x
            WHERE x.person_id IN shown
        ),
        small(group_id) AS (
            SELECT group_id FROM member GROUP BY group_id HAVING COUNT(*) <= ?
        )
        SELECT a.person_id, b.person_id, g.{name}
        FROM small
        JOIN member a ON a.group_id = small.group_id
        JOIN member b ON b.group_id = small.group_id AND b.person_id > a.person_id
        JOIN {table} g ON g.id = small.group_id
        ORDER BY a.person_id, b.person_id, g.{name}, g.id
    """
    pairs: dict[tuple[int, int], list[str]] = {}
    for a, b, group_name in db.execute_sql(sql, (shown, MAX_SHARED_MEMBERS)):
        pairs.setdefault((a, b), []).append(group_name)
    return [GraphEdge(kind, a, b, ", ".join(names), False) for (a, b), names in pairs.items()]


def introduction_tree(today: dt.date) -> list[tuple[int, int | None]]:
    """Return (person id, who introduced me to them or None) for every active person.

    Parents come before their children, and people by name within that, so
    the introductions view can build its tree in one pass.  An introducer who
    is archived or in the trash is left out (their people become roots), and
    a loop in the records is broken at the person added first (lowest id),
    who becomes a root.  ``today`` changes nothing: it keeps the map's two
    queries called alike.
    """
    del today
    rows = db.execute_sql(
        "SELECT p.id, i.id FROM person p "
        "LEFT JOIN person i ON i.id = p.introduced_by_id "
        "AND i.archived = 0 AND i.deleted_at IS NULL AND i.id <> p.id "
        "WHERE p.archived = 0 AND p.deleted_at IS NULL ORDER BY p.sort_name, p.id"
    ).fetchall()
    parent: dict[int, int | None] = dict(rows)
    _break_loops(parent)
    children: dict[int | None, list[int]] = {}
    for pid, _introducer in rows:  # in name order, so each list of children is too
        children.setdefault(parent[pid], []).append(pid)
    ordered: list[tuple[int, int | None]] = []
    queue: deque[int | None] = deque([None])
    while queue:
        current = queue.popleft()
        for child in children.get(current, []):
            ordered.append((child, current))
            queue.append(child)
    return ordered


class IntroducedPerson(NamedTuple):
    """What the introductions tree shows about one person, as stored."""

    name: str
    folded: str  # the name without case or accents: the stored sort name
    headline: str
    met_on: str | None  # a partial date in its stored form ("2021-10")
    met_at: str
    how_met: str


def introduction_people() -> dict[int, IntroducedPerson]:
    """Names and how you met, for every active person, in one query."""
    query = Person.select(
        Person.id,
        Person.display_name,
        Person.sort_name,
        Person.headline,
        Person.met_on,
        Person.met_at,
        Person.how_met,
    ).where(Person.archived == False, Person.deleted_at.is_null())  # noqa: E712 (peewee)
    # Raw rows: peewee's conversion of every value would cost more than the whole tree.
    return {row[0]: IntroducedPerson._make(row[1:]) for row in db.execute(query)}


def _break_loops(parent: dict[int, int | None]) -> None:
    """Make the lowest id of every loop of introductions a root, in place."""
    done: set[int] = set()
    for start in parent:
        path: list[int] = []
        on_path: set[int] = set()
        current: int | None = start
        while current is not None and current not in done and current not in on_path:
            path.append(current)
            on_path.add(current)
            current = parent[current]
        if current is not None and current in on_path:
            loop = path[path.index(current) :]
            parent[min(loop)] = None
        done.update(path)


def _datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
