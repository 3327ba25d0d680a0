"""Who knows whom: relationships between people, and who introduced me to whom.

A relationship is undirected (friends, flatmates …) unless its kind is in
:data:`DIRECTED_KINDS`, where ``person_a`` does it to ``person_b`` (A
supervises B).  Who introduced me to someone is the person's own
``introduced_by``; :func:`introduction_chain` follows it back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.schema import Relationship, db

RELATIONSHIP_KINDS: dict[str, str] = {
    "knows": "Knows",
    "friend": "Friend",
    "family": "Family",
    "partner": "Partner",
    "colleague": "Colleague",
    "flatmate": "Flatmate",
    "supervises": "Supervises",
    "mentors": "Mentors",
    "introduced": "Introduced",
}
DIRECTED_KINDS = {"supervises", "mentors", "introduced"}  # person_a → person_b

# How a directed relationship reads from person_b's side.
PASSIVE_LABELS = {
    "supervises": "Supervised by",
    "mentors": "Mentored by",
    "introduced": "Introduced by",
}

# How a duplicate is described: "they are already recorded as friends".
_ALREADY = {
    "knows": "knowing each other",
    "friend": "friends",
    "family": "family",
    "partner": "partners",
    "colleague": "colleagues",
    "flatmate": "flatmates",
}
_DOING = {"supervises": "supervising", "mentors": "mentoring", "introduced": "introducing"}


@dataclass
class RelationshipData:
    """Two people and how they are related (``person_a`` → ``person_b`` for directed kinds)."""

    person_a: int
    person_b: int
    kind: str = "knows"
    note: str = ""


@dataclass(frozen=True)
class RelationshipRow:
    """A relationship as read from one person's side."""

    id: int
    other_id: int
    other_name: str
    kind: str
    note: str
    label: str  # "Friend", "Supervises", "Supervised by", "Introduced by" …


@dataclass(frozen=True)
class RelationshipSnapshot:
    """A relationship's whole stored state, for undo of a delete."""

    id: int
    data: RelationshipData
    created_at: dt.datetime


def label(kind: str, from_a: bool) -> str:
    """Return how a relationship of ``kind`` reads from person_a's side, or person_b's."""
    if kind in DIRECTED_KINDS and not from_a:
        return PASSIVE_LABELS[kind]
    return RELATIONSHIP_KINDS.get(kind, kind.capitalize())


def _names(person_ids: list[int]) -> dict[int, str]:
    marks = ",".join("?" * len(person_ids))
    return dict(
        db.execute_sql(
            f"SELECT id, display_name FROM person WHERE id IN ({marks})", person_ids
        ).fetchall()
    )


def validate_relationship(
    data: RelationshipData, exclude_id: int | None = None
) -> RelationshipData:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` naming the field."""
    if data.kind not in RELATIONSHIP_KINDS:
        raise ValidationError("kind", f"{data.kind!r} is not a kind of relationship")
    if data.person_a == data.person_b:
        raise ValidationError("person_b", "a person cannot have a relationship with themselves")
    names = _names([data.person_a, data.person_b])
    for which in ("person_a", "person_b"):
        if getattr(data, which) not in names:
            raise ValidationError(which, "there is no such person in the journal")
    pairs = [(data.person_a, data.person_b)]
    if data.kind not in DIRECTED_KINDS:
        pairs.append((data.person_b, data.person_a))
    for a, b in pairs:
        clash = db.execute_sql(
            "SELECT 1 FROM relationship WHERE person_a_id = ? AND person_b_id = ? AND kind = ? "
            "AND id IS NOT ?",
            (a, b, data.kind, exclude_id),
        ).fetchone()
        if clash:
            if data.kind in DIRECTED_KINDS:
                what = f"{names[a]} {_DOING[data.kind]} {names[b]}"
            else:
                what = _ALREADY.get(data.kind, data.kind)
            raise ValidationError("kind", f"they are already recorded as {what}")
    return dataclasses.replace(data, note=data.note.strip())


def _row(data: RelationshipData) -> dict[str, object]:
    return {
        "person_a": data.person_a,
        "person_b": data.person_b,
        "kind": data.kind,
        "note": data.note,
    }


def create_relationship(data: RelationshipData) -> int:
    """Record how two people are related; return the relationship's id."""
    with write():
        data = validate_relationship(data)
        return int(Relationship.insert(**_row(data)).execute())


def update_relationship(relationship_id: int, data: RelationshipData) -> None:
    """Replace a relationship's people, kind and note with ``data``."""
    with write():
        data = validate_relationship(data, exclude_id=relationship_id)
        changed = Relationship.update(**_row(data)).where(Relationship.id == relationship_id)
        if not changed.execute():
            raise LookupError(f"there is no relationship {relationship_id}")


def _record(relationship_id: int) -> tuple[RelationshipData, dt.datetime]:
    row = db.execute_sql(
        "SELECT person_a_id, person_b_id, kind, note, created_at FROM relationship WHERE id = ?",
        (relationship_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"there is no relationship {relationship_id}")
    person_a, person_b, kind, note, created_at = row
    created = (
        created_at
        if isinstance(created_at, dt.datetime)
        else dt.datetime.fromisoformat(str(created_at))
    )
    return RelationshipData(person_a, person_b, kind, note), created


def get_relationship(relationship_id: int) -> RelationshipData:
    """Return what the relationship editor shows."""
    return _record(relationship_id)[0]


def delete_relationship(relationship_id: int) -> RelationshipSnapshot:
    """Delete a relationship; return a snapshot for undo."""
    with write():
        data, created_at = _record(relationship_id)
        Relationship.delete_by_id(relationship_id)
        return RelationshipSnapshot(relationship_id, data, created_at)


def restore_relationship(snapshot: RelationshipSnapshot) -> None:
    """Bring back a deleted relationship under its id."""
    with write():
        row = _row(snapshot.data)
        row["created_at"] = snapshot.created_at
        if Relationship.select().where(Relationship.id == snapshot.id).exists():
            Relationship.update(**row).where(Relationship.id == snapshot.id).execute()
        else:
            Relationship.insert(id=snapshot.id, **row).execute()


def relationships_for(person_id: int) -> list[RelationshipRow]:
    """Return a person's relationships in both directions, by the other person's name.

    People in the trash are left out.
    """
    found = db.execute_sql(
        """
        SELECT r.id, r.person_a_id = ?, o.id, o.display_name, o.sort_name, r.kind, r.note
        FROM relationship r
        JOIN person o ON o.id = CASE WHEN r.person_a_id = ? THEN r.person_b_id
                                     ELSE r.person_a_id END
        WHERE (r.person_a_id = ? OR r.person_b_id = ?) AND o.deleted_at IS NULL
        """,
        (person_id, person_id, person_id, person_id),
    ).fetchall()
    rows = [
        (sort_name, rid, RelationshipRow(rid, oid, name, kind, note, label(kind, bool(from_a))))
        for rid, from_a, oid, name, sort_name, kind, note in found
    ]
    rows.sort(key=lambda item: (item[0], item[2].label, item[1]))
    return [row for _key, _rid, row in rows]


def introduction_chain(person_id: int) -> list[tuple[int, str]]:
    """Return who introduced me to this person, who introduced me to them, and so on.

    Stops at someone nobody introduced, or at anyone already in the chain (a
    loop in the records).  People in the trash stay in it: it is history.
    """
    chain: list[tuple[int, str]] = []
    seen = {person_id}
    current = person_id
    while True:
        row = db.execute_sql(
            "SELECT i.id, i.display_name FROM person p JOIN person i ON i.id = p.introduced_by_id "
            "WHERE p.id = ?",
            (current,),
        ).fetchone()
        if row is None or row[0] in seen:
            return chain
        chain.append((row[0], row[1]))
        seen.add(row[0])
        current = row[0]


def introduced_people(person_id: int) -> list[tuple[int, str]]:
    """Return the people this person introduced me to, by name (the trash left out)."""
    return [
        (pid, name)
        for pid, name in db.execute_sql(
            "SELECT id, display_name FROM person WHERE introduced_by_id = ? "
            "AND deleted_at IS NULL ORDER BY sort_name, id",
            (person_id,),
        )
    ]
