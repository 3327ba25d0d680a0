"""Merging two records of one person into one, and taking a merge back (undo).

Every row that points at the person being merged away moves to the person
kept: entries they were in, facts, what they know about me, topics,
relationships, organisations, networks, tags, ways to reach them, follow-ups,
important dates, and the people they introduced.  Rows that would repeat one
the kept person already has are dropped instead (kept in the snapshot), as is
a relationship between the two, which would become one with themselves.

The snapshot records, for every row the merge touched, the values it had
before, so :func:`unmerge_people` puts back both people and every row exactly,
under the same ids.  Which tables point at a person is read from the schema's
foreign keys; a table merge has no rule for stops a merge (a test catches it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import ForeignKeyField

from networkjournal.store.db import write
from networkjournal.store.relationships import DIRECTED_KINDS
from networkjournal.store.schema import MODELS, Person, db, utcnow

Row = dict[str, Any]


@dataclass(frozen=True)
class RowChange:
    """A row the merge edited: the columns it changed, with their values before."""

    table: str
    row_id: int
    before: dict[str, Any]


@dataclass(frozen=True)
class MergeSnapshot:
    """What a merge did, in enough detail to take it back exactly."""

    keep_id: int
    other_id: int
    keep_row: Row  # the kept person's whole row before the merge
    other_row: Row  # the merged person's whole row
    changed: tuple[RowChange, ...]  # rows moved to the kept person, or edited, in order
    dropped: tuple[tuple[str, Row], ...]  # rows deleted as repeats, whole, in order


def person_links() -> set[tuple[str, str]]:
    """Return every (table, column) of the schema that points at a person."""
    return {
        (model._meta.table_name, fk.column_name)
        for model in MODELS
        for fk in model._meta.fields.values()
        if isinstance(fk, ForeignKeyField) and fk.rel_model is Person
    }


def contact_key(kind: str, value: str) -> tuple[str, str]:
    """Return what two stored contact methods share when they reach the same place.

    Emails and profile addresses ignore case; phone numbers compare their last
    nine digits, so ``07700 900123`` and ``+44 7700 900123`` are one number.
    """
    text = value.strip()
    if kind in ("phone", "whatsapp"):
        digits = phone_digits(text)
        if digits:
            return kind, digits
    return kind, text.casefold()


_EXTENSION = re.compile(r"\s*(?:ext\.?|x)\s*\d+\s*$", re.IGNORECASE)
_NOT_DIGIT = re.compile(r"\D")


def phone_digits(value: str) -> str:
    """Return the digits that identify a phone number ('' when too short to be sure).

    The extension and a bracketed trunk ``(0)`` are left out; the last nine
    digits are kept, which is the national number without its trunk prefix or
    country code in most numbering plans.
    """
    digits = _NOT_DIGIT.sub("", _EXTENSION.sub("", value).replace("(0)", ""))
    return digits[-9:] if len(digits) >= 7 else ""


class _Merge:
    """The work of one merge: moving, editing and dropping rows, and recording each."""

    def __init__(self, keep_id: int, other_id: int) -> None:
        self.keep = keep_id
        self.other = other_id
        self.changed: list[RowChange] = []
        self.dropped: list[tuple[str, Row]] = []

    def rows(self, table: str, where: str, params: tuple[Any, ...] = ()) -> list[Row]:
        cursor = db.execute_sql(f'SELECT * FROM "{table}" WHERE {where} ORDER BY id', params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def edit(self, table: str, row: Row, **values: Any) -> None:
        changes = {column: value for column, value in values.items() if row[column] != value}
        if not changes:
            return
        self.changed.append(RowChange(table, row["id"], {c: row[c] for c in changes}))
        _update(table, row["id"], changes)
        row.update(changes)

    def drop(self, table: str, row: Row) -> None:
        self.dropped.append((table, dict(row)))
        db.execute_sql(f'DELETE FROM "{table}" WHERE id = ?', (row["id"],))

    def mine(self, table: str, column: str = "person_id") -> tuple[list[Row], list[Row]]:
        """Return the kept person's rows and the other person's rows of ``table``."""
        return (
            self.rows(table, f'"{column}" = ?', (self.keep,)),
            self.rows(table, f'"{column}" = ?', (self.other,)),
        )


def _update(table: str, row_id: int, values: Row) -> None:
    assignments = ", ".join(f'"{column}" = ?' for column in values)
    db.execute_sql(f'UPDATE "{table}" SET {assignments} WHERE id = ?', (*values.values(), row_id))


def _insert(table: str, row: Row) -> None:
    columns = ", ".join(f'"{column}"' for column in row)
    marks = ", ".join("?" * len(row))
    db.execute_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(row.values()))


# --- one rule per table that points at a person ----------------------------------------------


def _move_all(table: str) -> Callable[[_Merge], None]:
    """Rows that belong to one person each and never repeat: facts, follow-ups …"""

    def move(merge: _Merge) -> None:
        for row in merge.rows(table, "person_id = ?", (merge.other,)):
            merge.edit(table, row, person_id=merge.keep)

    return move


def _move_once_per(table: str, key: str, fill: tuple[str, ...] = ()) -> Callable[[_Merge], None]:
    """Rows unique per person and ``key`` (an entry, a network, a topic, a tag).

    When both people have one, the kept person's stays, its empty ``fill``
    columns (a role) taken from the other's, which is dropped.
    """

    def move(merge: _Merge) -> None:
        kept_rows, other_rows = merge.mine(table)
        kept = {row[key]: row for row in kept_rows}
        for row in other_rows:
            twin = kept.get(row[key])
            if twin is None:
                merge.edit(table, row, person_id=merge.keep)
                continue
            merge.edit(table, twin, **{c: twin[c] or row[c] for c in fill})
            merge.drop(table, row)

    return move


def _move_contact_methods(merge: _Merge) -> None:
    kept, others = merge.mine("contact_method")
    by_key = {contact_key(row["kind"], row["value"]): row for row in kept}
    preferred_kinds = {row["kind"] for row in kept if row["preferred"]}
    position = max((row["position"] for row in kept), default=-1)
    for row in others:
        twin = by_key.get(contact_key(row["kind"], row["value"]))
        if twin is not None:
            merge.edit("contact_method", twin, label=twin["label"] or row["label"])
            merge.drop("contact_method", row)
            continue
        position += 1
        preferred = row["preferred"] and row["kind"] not in preferred_kinds
        merge.edit(
            "contact_method", row, person_id=merge.keep, position=position, preferred=preferred
        )
        by_key[contact_key(row["kind"], row["value"])] = row


def _move_memberships(merge: _Merge) -> None:
    kept, others = merge.mine("membership")
    details = ("role", "since", "until")
    for row in others:
        # The other's place adds nothing when each of its details is empty or agrees
        # with one the kept person holds in the same organisation.
        twin = next(
            (
                k
                for k in kept
                if k["organisation_id"] == row["organisation_id"]
                and all(not row[c] or not k[c] or row[c] == k[c] for c in details)
            ),
            None,
        )
        if twin is None:
            merge.edit("membership", row, person_id=merge.keep)
            continue
        merge.edit("membership", twin, **{c: twin[c] or row[c] for c in details})
        merge.drop("membership", row)


def _move_relationships(merge: _Merge) -> None:
    rows = merge.rows(
        "relationship", "person_a_id = ? OR person_b_id = ?", (merge.other, merge.other)
    )
    for row in rows:
        a = merge.keep if row["person_a_id"] == merge.other else row["person_a_id"]
        b = merge.keep if row["person_b_id"] == merge.other else row["person_b_id"]
        if a == b:
            merge.drop("relationship", row)
            continue
        pairs = [(a, b)] if row["kind"] in DIRECTED_KINDS else [(a, b), (b, a)]
        twin = next(
            (
                t
                for pa, pb in pairs
                for t in merge.rows(
                    "relationship",
                    "person_a_id = ? AND person_b_id = ? AND kind = ? AND id <> ?",
                    (pa, pb, row["kind"], row["id"]),
                )
            ),
            None,
        )
        if twin is not None:
            merge.edit("relationship", twin, note=twin["note"] or row["note"])
            merge.drop("relationship", row)
        else:
            merge.edit("relationship", row, person_a_id=a, person_b_id=b)


def _move_introductions(merge: _Merge) -> None:
    # The kept person's own introducer is settled with their other fields.
    for row in merge.rows(
        "person",
        "introduced_by_id = ? AND id NOT IN (?, ?)",
        (merge.other, merge.keep, merge.other),
    ):
        merge.edit("person", row, introduced_by_id=merge.keep)


# The rule that moves each table's rows; HANDLED_LINKS lists the columns they cover.
_RULES: dict[str, Callable[[_Merge], None]] = {
    "interaction_person": _move_once_per("interaction_person", "interaction_id"),
    "person_network": _move_once_per("person_network", "network_id", fill=("role",)),
    "topic_person": _move_once_per("topic_person", "topic_id", fill=("role",)),
    "person_tag": _move_once_per("person_tag", "tag_id"),
    "contact_method": _move_contact_methods,
    "membership": _move_memberships,
    "fact": _move_all("fact"),
    "disclosure": _move_all("disclosure"),
    "follow_up": _move_all("follow_up"),
    "important_date": _move_all("important_date"),
    "relationship": _move_relationships,
    "person": _move_introductions,
}
HANDLED_LINKS: frozenset[tuple[str, str]] = frozenset(
    {
        ("interaction_person", "person_id"),
        ("person_network", "person_id"),
        ("topic_person", "person_id"),
        ("person_tag", "person_id"),
        ("contact_method", "person_id"),
        ("membership", "person_id"),
        ("fact", "person_id"),
        ("disclosure", "person_id"),
        ("follow_up", "person_id"),
        ("important_date", "person_id"),
        ("relationship", "person_a_id"),
        ("relationship", "person_b_id"),
        ("person", "introduced_by_id"),
    }
)

# Text the user wrote on both records: neither is lost, the other's is added below.
_JOINED_TEXT = ("notes", "referee_note")
# Filled from the other record when the kept one has nothing.
_FILLED = (
    "given_name",
    "family_name",
    "nickname",
    "pronouns",
    "headline",
    "met_at",
    "how_met",
    "photo",
    "birthday",
    "met_on",
    "closeness",
    "keep_in_touch_days",
    "snoozed_until",
    "uid",
)


def _joined(kept: str, other: str) -> str:
    if not other.strip() or other.strip() in kept:
        return kept
    return f"{kept}\n\n{other}" if kept.strip() else other


def _joined_extra(kept: str, other: str) -> str:
    """Join two JSON lists of unknown vCard lines, without repeats."""
    try:
        kept_lines, other_lines = json.loads(kept or "[]"), json.loads(other or "[]")
    except ValueError:
        return kept or other
    if not isinstance(kept_lines, list) or not isinstance(other_lines, list):
        return kept or other
    lines = kept_lines + [line for line in other_lines if line not in kept_lines]
    return json.dumps(lines, ensure_ascii=False) if lines else ""


def _merged_person(keep: Row, other: Row) -> Row:
    """Return the kept person's columns after taking in what the other record adds."""
    merged = dict(keep)
    for column in _FILLED:
        if merged[column] in (None, "", b""):
            merged[column] = other[column]
    for column in _JOINED_TEXT:
        merged[column] = _joined(keep[column], other[column])
    merged["extra"] = _joined_extra(keep["extra"], other["extra"])
    merged["knows_me"] = max(keep["knows_me"], other["knows_me"])
    merged["is_referee"] = max(keep["is_referee"], other["is_referee"])
    merged["created_at"] = min(keep["created_at"], other["created_at"])
    introducer = keep["introduced_by_id"]
    if introducer in (None, other["id"]):
        introducer = other["introduced_by_id"]
    merged["introduced_by_id"] = None if introducer in (keep["id"], other["id"]) else introducer
    return merged


def merge_people(keep_id: int, other_id: int) -> MergeSnapshot:
    """Merge ``other_id`` into ``keep_id``; return a snapshot for :func:`unmerge_people`.

    Everything linked to the other person moves to the kept one; the kept
    person's empty fields are filled from the other's, notes are joined, and
    the other person is deleted.  One transaction.
    """
    if keep_id == other_id:
        raise ValueError("a person cannot be merged with themselves")
    unknown = person_links() - HANDLED_LINKS
    if unknown:
        raise RuntimeError(f"merging does not know how to move {sorted(unknown)}")
    with write():
        merge = _Merge(keep_id, other_id)
        people = {
            row["id"]: row for row in merge.rows("person", "id IN (?, ?)", (keep_id, other_id))
        }
        for person_id in (keep_id, other_id):
            if person_id not in people:
                raise LookupError(f"there is no person {person_id}")
        keep, other = people[keep_id], people[other_id]
        for table in sorted({table for table, _column in HANDLED_LINKS}):
            _RULES[table](merge)
        db.execute_sql('DELETE FROM "person" WHERE id = ?', (other_id,))
        merged = _merged_person(keep, other)
        changes = {c: v for c, v in merged.items() if keep[c] != v}
        if changes:
            _update("person", keep_id, changes)
        Person.update(updated_at=utcnow()).where(Person.id == keep_id).execute()
        return MergeSnapshot(
            keep_id, other_id, keep, other, tuple(merge.changed), tuple(merge.dropped)
        )


def unmerge_people(snapshot: MergeSnapshot) -> None:
    """Take a merge back: both people and every row exactly as before, under the same ids."""
    with write():
        if not db.execute_sql("SELECT 1 FROM person WHERE id = ?", (snapshot.keep_id,)).fetchone():
            raise LookupError(f"there is no person {snapshot.keep_id}")
        if db.execute_sql("SELECT 1 FROM person WHERE id = ?", (snapshot.other_id,)).fetchone():
            raise ValueError(f"person {snapshot.other_id} is already in the journal")
        # The kept person may hold the other's UID (unique) until their row is put back.
        _insert("person", {**snapshot.other_row, "uid": None})
        keep_row = {c: v for c, v in snapshot.keep_row.items() if c != "id"}
        _update("person", snapshot.keep_id, keep_row)
        _update("person", snapshot.other_id, {"uid": snapshot.other_row["uid"]})
        for change in reversed(snapshot.changed):
            _update(change.table, change.row_id, change.before)
        for table, row in snapshot.dropped:
            _insert(table, row)
