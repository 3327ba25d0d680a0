"""The people list: which people a view shows, in which order, and a row's columns.

Follows Anki's browser: a view asks for the ids of the matching people, sorted
in SQL, and fetches the columns of only the rows on screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from networkjournal.store.reminders import due_condition_sql
from networkjournal.store.roles import supervising_role_sql
from networkjournal.store.schema import db
from networkjournal.store.search import ENTRY_DOCS, PERSON_DOCS, match_expression
from networkjournal.store.text import fold, like_pattern


class View(StrEnum):
    """Which part of the journal a list shows."""

    ACTIVE = "active"  # everyone not archived and not in the trash
    ARCHIVED = "archived"
    TRASH = "trash"


# Journal entries are searched for the people in them from this many typed characters.
ENTRY_SEARCH_FROM = 3


class SortKey(StrEnum):
    """The columns the people list can be sorted by."""

    NAME = "name"
    NETWORKS = "networks"
    HEADLINE = "headline"
    LAST_CONTACT = "last_contact"
    ADDED = "added"


class CriterionKind(StrEnum):
    """What a browsing choice selects people by."""

    NETWORK = "network"  # value: network id; role narrows to that role in it
    ORGANISATION = "organisation"  # value: organisation id
    TAG = "tag"  # value: tag id
    TOPIC = "topic"  # value: topic id
    TOPIC_KIND = "topic_kind"  # value: topic kind; anyone on a topic of that kind
    SUPERVISES = "supervises"  # value: topic kind; in a supervising role on such a topic
    REFEREE = "referee"  # flagged as a referee
    DUE = "due"  # value: ISO date; keep-in-touch due on or before it
    CONTACTED_SINCE = "contacted_since"  # value: ISO date; in an entry on or after it
    ADDED_SINCE = "added_since"  # value: ISO date; added to the journal on or after it


@dataclass(frozen=True)
class Criterion:
    """One browsing choice; a filter's criteria must all hold."""

    kind: CriterionKind
    value: int | str = 0
    role: str | None = None


@dataclass(frozen=True)
class PeopleFilter:
    """What the user has chosen to see: a view, choices that must all hold, perhaps text."""

    view: View = View.ACTIVE
    network_id: int | None = None
    text: str = ""
    criteria: tuple[Criterion, ...] = ()


@dataclass(frozen=True)
class PersonRow:
    """The columns of one row of the people table."""

    id: int
    name: str
    networks: tuple[tuple[str, str], ...]  # (name, colour) in the user's network order
    headline: str
    last_contact: dt.datetime | None
    added: dt.datetime


_LAST_CONTACT = "p.last_contact_at"  # kept by the journal's triggers (migration 4)

_FIRST_NETWORK = """(
    SELECT MIN(n.position) FROM person_network pn JOIN network n ON n.id = pn.network_id
    WHERE pn.person_id = p.id)"""

_ORDER = {
    SortKey.NAME: "p.sort_name {dir}, p.id {dir}",
    SortKey.NETWORKS: f"{_FIRST_NETWORK} {{dir}} NULLS LAST, p.sort_name, p.id",
    SortKey.HEADLINE: "p.headline = '', lower(p.headline) {dir}, p.sort_name, p.id",
    SortKey.LAST_CONTACT: f"{_LAST_CONTACT} {{dir}} NULLS LAST, p.sort_name, p.id",
    SortKey.ADDED: "p.created_at {dir}, p.id {dir}",
}


def contacted_since_sql() -> str:
    """Return a query for the ids of people in an entry (outside the trash) on or after ``?``.

    Read through the index on ``occurred_at``, so a recent day costs only the
    recent entries.
    """
    return (
        "SELECT ip.person_id FROM interaction i "
        "CROSS JOIN interaction_person ip ON ip.interaction_id = i.id "
        "WHERE i.occurred_at >= ? AND i.deleted_at IS NULL"
    )


def _criterion(criterion: Criterion) -> tuple[str, list[object]]:
    """Return the SQL condition (on person ``p``) for one browsing choice."""
    match criterion.kind:
        case CriterionKind.NETWORK:
            sql = "SELECT 1 FROM person_network x WHERE x.person_id = p.id AND x.network_id = ?"
            if criterion.role is not None:
                return f"EXISTS ({sql} AND lower(x.role) = lower(?))", [
                    criterion.value,
                    criterion.role,
                ]
            return f"EXISTS ({sql})", [criterion.value]
        case CriterionKind.ORGANISATION:
            sql = "SELECT 1 FROM membership x WHERE x.person_id = p.id AND x.organisation_id = ?"
        case CriterionKind.TAG:
            sql = "SELECT 1 FROM person_tag x WHERE x.person_id = p.id AND x.tag_id = ?"
        case CriterionKind.TOPIC:
            sql = "SELECT 1 FROM topic_person x WHERE x.person_id = p.id AND x.topic_id = ?"
        case CriterionKind.TOPIC_KIND:
            sql = (
                "SELECT 1 FROM topic_person x JOIN topic t ON t.id = x.topic_id "
                "WHERE x.person_id = p.id AND t.kind = ?"
            )
        case CriterionKind.SUPERVISES:
            sql = (
                "SELECT 1 FROM topic_person x JOIN topic t ON t.id = x.topic_id "
                f"WHERE x.person_id = p.id AND t.kind = ? AND {supervising_role_sql('x.role')}"
            )
        case CriterionKind.REFEREE:
            return "p.is_referee = 1", []
        case CriterionKind.DUE:
            return due_condition_sql("p"), [str(criterion.value)]
        case CriterionKind.CONTACTED_SINCE:
            return f"p.id IN ({contacted_since_sql()})", [str(criterion.value)]
        case CriterionKind.ADDED_SINCE:
            return "p.created_at >= ?", [str(criterion.value)]
    return f"EXISTS ({sql})", [criterion.value]


def _where(flt: PeopleFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    match flt.view:
        case View.ACTIVE:
            clauses.append("p.archived = 0 AND p.deleted_at IS NULL")
        case View.ARCHIVED:
            clauses.append("p.archived = 1 AND p.deleted_at IS NULL")
        case View.TRASH:
            clauses.append("p.deleted_at IS NOT NULL")
    if flt.network_id is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM person_network pn WHERE pn.person_id = p.id "
            "AND pn.network_id = ?)"
        )
        params.append(flt.network_id)
    for criterion in flt.criteria:
        clause, values = _criterion(criterion)
        clauses.append(clause)
        params.extend(values)
    text = flt.text.strip()
    if text:
        # People whose own details match (names, role, notes, facts …), people who were
        # in a matching journal entry, or whose folded name holds the text anywhere
        # (mid-word, and scripts written without spaces).
        like = "p.sort_name LIKE ? ESCAPE '\\'"
        expression = match_expression(text)
        folded = fold(text)
        if len(folded) == 1:
            # The first keystroke: one letter starts a word in nearly every note and
            # entry, and looking for it there took a third of a second at 20,000
            # people.  Names holding it are what one letter can usefully find.
            clauses.append(like)
            params.append(like_pattern(folded))
        elif expression is None:
            clauses.append(like)
            params.append(like_pattern(folded))
        elif len(folded) < ENTRY_SEARCH_FROM:
            # Two letters begin words in most journal entries; the people who were in
            # them are everyone, found slowly.  Their own details and names only.
            clauses.append(f"(p.id IN ({PERSON_DOCS}) OR {like})")
            params.extend([expression, like_pattern(folded)])
        else:
            # Entries in the trash are left out by their (few) ids rather than by looking
            # up every matching entry: a common word matches tens of thousands.
            clauses.append(
                f"(p.id IN ({PERSON_DOCS}) OR p.id IN (SELECT ip.person_id FROM "
                f"interaction_person ip WHERE ip.interaction_id IN ({ENTRY_DOCS}) "
                "AND ip.interaction_id NOT IN "
                "(SELECT id FROM interaction WHERE deleted_at IS NOT NULL)) "
                f"OR {like})"
            )
            params.extend([expression, expression, like_pattern(folded)])
    return " AND ".join(clauses) or "1", params


def person_ids(
    flt: PeopleFilter, sort: SortKey = SortKey.NAME, descending: bool = False
) -> list[int]:
    """Return the ids of the people ``flt`` selects, in the order asked for."""
    where, params = _where(flt)
    order = _ORDER[sort].format(dir="DESC" if descending else "ASC")
    sql = f"SELECT p.id FROM person p WHERE {where} ORDER BY {order}"
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


def count_people(flt: PeopleFilter) -> int:
    """Return how many people ``flt`` selects."""
    where, params = _where(flt)
    return int(db.execute_sql(f"SELECT COUNT(*) FROM person p WHERE {where}", params).fetchone()[0])


def person_rows(ids: list[int]) -> dict[int, PersonRow]:
    """Fetch the table columns for the given people."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows: dict[int, PersonRow] = {}
    networks: dict[int, list[tuple[str, str]]] = {pid: [] for pid in ids}
    for pid, name, colour in db.execute_sql(
        "SELECT pn.person_id, n.name, n.colour FROM person_network pn "
        f"JOIN network n ON n.id = pn.network_id WHERE pn.person_id IN ({marks}) "
        "ORDER BY n.position, n.id",
        ids,
    ):
        networks[pid].append((name, colour))
    sql = (
        f"SELECT p.id, p.display_name, p.headline, {_LAST_CONTACT}, p.created_at "
        f"FROM person p WHERE p.id IN ({marks})"
    )
    for pid, name, headline, last, added in db.execute_sql(sql, ids):
        rows[pid] = PersonRow(
            id=pid,
            name=name,
            networks=tuple(networks[pid]),
            headline=headline,
            last_contact=_as_datetime(last),
            added=_as_datetime(added) or dt.datetime.min,
        )
    return rows


def _as_datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def view_counts() -> dict[View, int]:
    """Return how many people each view holds."""
    return {view: count_people(PeopleFilter(view=view)) for view in View}
