"""The sidebar's groups: networks (and roles in each), organisations, tags, topics, supervisors.

Each item says which :class:`~networkjournal.store.people_list.Criterion` it
stands for and how many active people (not archived, not in the trash) match
it, so choices can be combined and counts stay live.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from networkjournal.store.people_list import Criterion, CriterionKind
from networkjournal.store.roles import supervising_role_sql
from networkjournal.store.schema import db

ACTIVE = "p.archived = 0 AND p.deleted_at IS NULL"


@dataclass
class BrowseItem:
    """One choice in the sidebar, perhaps with choices inside it."""

    criterion: Criterion
    label: str
    count: int
    colour: str = ""
    children: list[BrowseItem] = field(default_factory=list)


@dataclass
class BrowseTree:
    """Everything the sidebar offers beyond the fixed views."""

    networks: list[BrowseItem]
    organisations: list[BrowseItem]
    tags: list[BrowseItem]
    topics: list[BrowseItem]  # one item per kind of topic, each topic inside it
    supervises: list[BrowseItem]  # "could supervise" per kind of topic
    referees: int


def _rows(sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in db.execute_sql(sql, params).fetchall()]


def browse_tree() -> BrowseTree:
    """Read every group with its live counts (a handful of grouped queries)."""
    from networkjournal.store.topics import TOPIC_KINDS

    return BrowseTree(
        networks=_networks(),
        organisations=[
            BrowseItem(Criterion(CriterionKind.ORGANISATION, int(oid)), str(name), int(count))
            for oid, name, count in _rows(
                "SELECT o.id, o.name, COUNT(p.id) FROM organisation o "
                "LEFT JOIN membership m ON m.organisation_id = o.id "
                f"LEFT JOIN person p ON p.id = m.person_id AND {ACTIVE} "
                "GROUP BY o.id ORDER BY o.name COLLATE NOCASE, o.id"
            )
        ],
        tags=[
            BrowseItem(Criterion(CriterionKind.TAG, int(tid)), str(name), int(count), str(colour))
            for tid, name, colour, count in _rows(
                "SELECT t.id, t.name, t.colour, COUNT(p.id) FROM tag t "
                "LEFT JOIN person_tag x ON x.tag_id = t.id "
                f"LEFT JOIN person p ON p.id = x.person_id AND {ACTIVE} "
                "GROUP BY t.id ORDER BY t.name COLLATE NOCASE, t.id"
            )
        ],
        topics=_topics(TOPIC_KINDS),
        supervises=_supervises(TOPIC_KINDS),
        referees=int(
            _rows(f"SELECT COUNT(*) FROM person p WHERE p.is_referee = 1 AND {ACTIVE}")[0][0]
        ),
    )


def _networks() -> list[BrowseItem]:
    roles: dict[int, list[BrowseItem]] = {}
    for nid, role, count in _rows(
        "SELECT x.network_id, min(x.role), COUNT(DISTINCT p.id) FROM person_network x "
        f"JOIN person p ON p.id = x.person_id AND {ACTIVE} "
        "WHERE x.role <> '' GROUP BY x.network_id, lower(x.role) ORDER BY lower(x.role)"
    ):
        roles.setdefault(int(nid), []).append(
            BrowseItem(Criterion(CriterionKind.NETWORK, int(nid), str(role)), str(role), int(count))
        )
    return [
        BrowseItem(
            Criterion(CriterionKind.NETWORK, int(nid)),
            str(name),
            int(count),
            str(colour),
            roles.get(int(nid), []),
        )
        for nid, name, colour, count in _rows(
            "SELECT n.id, n.name, n.colour, COUNT(p.id) FROM network n "
            "LEFT JOIN person_network x ON x.network_id = n.id "
            f"LEFT JOIN person p ON p.id = x.person_id AND {ACTIVE} "
            "GROUP BY n.id ORDER BY n.position, n.id"
        )
    ]


def _topics(kinds: dict[str, str]) -> list[BrowseItem]:
    per_topic: dict[str, list[BrowseItem]] = {}
    for tid, kind, title, count in _rows(
        "SELECT t.id, t.kind, t.title, COUNT(p.id) FROM topic t "
        "LEFT JOIN topic_person x ON x.topic_id = t.id "
        f"LEFT JOIN person p ON p.id = x.person_id AND {ACTIVE} "
        "GROUP BY t.id ORDER BY t.title COLLATE NOCASE, t.id"
    ):
        per_topic.setdefault(str(kind), []).append(
            BrowseItem(Criterion(CriterionKind.TOPIC, int(tid)), str(title), int(count))
        )
    per_kind = dict(
        (str(kind), int(count))
        for kind, count in _rows(
            "SELECT t.kind, COUNT(DISTINCT p.id) FROM topic t "
            "JOIN topic_person x ON x.topic_id = t.id "
            f"JOIN person p ON p.id = x.person_id AND {ACTIVE} GROUP BY t.kind"
        )
    )
    return [
        BrowseItem(
            Criterion(CriterionKind.TOPIC_KIND, kind),
            label,
            per_kind.get(kind, 0),
            children=per_topic[kind],
        )
        for kind, label in kinds.items()
        if kind in per_topic
    ]


def _supervises(kinds: dict[str, str]) -> list[BrowseItem]:
    counts = dict(
        (str(kind), int(count))
        for kind, count in _rows(
            "SELECT t.kind, COUNT(DISTINCT p.id) FROM topic t "
            "JOIN topic_person x ON x.topic_id = t.id "
            f"JOIN person p ON p.id = x.person_id AND {ACTIVE} "
            f"WHERE {supervising_role_sql('x.role')} GROUP BY t.kind"
        )
    )
    return [
        BrowseItem(Criterion(CriterionKind.SUPERVISES, kind), label, counts[kind])
        for kind, label in kinds.items()
        if counts.get(kind)
    ]
