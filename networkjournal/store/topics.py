"""What we are learning or working on together: modules, study groups, research, audits …

A topic has people with roles ("supervisor", "co-author", "study partner").
Research, audits, QIPs and publications that are ideas or under way are
*opportunities*: the list shows who supervises each, and suggests others who
have supervised that kind of work before.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from networkjournal.store import roles as _roles
from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import FollowUp, Topic, TopicPerson, db, utcnow
from networkjournal.store.text import fold

TOPIC_KINDS: dict[str, str] = {
    "module": "Module",
    "study group": "Study group",
    "research": "Research",
    "audit": "Audit",
    "qip": "Quality improvement project",
    "publication": "Publication",
    "skill": "Skill",
    "other": "Other",
}
TOPIC_STATUSES: dict[str, str] = {
    "idea": "Idea",
    "active": "Active",
    "done": "Done",
    "dropped": "Dropped",
}
OPPORTUNITY_KINDS = ("research", "audit", "qip", "publication")

# How lists order topics by status: what is under way first, what was given up last.
STATUS_ORDER = ("active", "idea", "done", "dropped")


@dataclass
class TopicMember:
    """A person's part in a topic."""

    person_id: int
    role: str = ""


@dataclass
class TopicData:
    """Everything the topic editor edits."""

    title: str
    kind: str = "other"
    status: str = "idea"
    started_on: PartialDate | None = None
    ended_on: PartialDate | None = None
    notes: str = ""
    people: list[TopicMember] = field(default_factory=list)


@dataclass(frozen=True)
class TopicRow:
    """A topic as lists show it; ``people`` leaves out anyone in the trash."""

    id: int
    title: str
    kind: str
    status: str
    started_on: PartialDate | None
    ended_on: PartialDate | None
    notes: str
    people: tuple[tuple[int, str, str], ...]  # (person id, display name, role)
    updated_at: dt.datetime


@dataclass(frozen=True)
class TopicSnapshot:
    """A topic's whole stored state, for undo of a delete: its people and follow-up links too."""

    id: int
    data: TopicData
    created_at: dt.datetime
    updated_at: dt.datetime
    follow_up_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Opportunity:
    """A piece of research, audit, QIP or publication still to be done, and who could help."""

    topic: TopicRow
    supervisors: tuple[tuple[int, str, str], ...]  # (person id, name, role) on the topic
    suggested: tuple[tuple[int, str, str], ...]  # (person id, name, why), not on it yet


def is_supervising_role(role: str) -> bool:
    """Whether a role means guiding the work: supervisor, co-supervisor, mentor, lead, PI …

    The rule lives in :mod:`networkjournal.store.roles`, beside its SQL twin.
    """
    return _roles.is_supervising_role(role)


def ends_before_starts(start: PartialDate | None, end: PartialDate | None) -> bool:
    """Whether ``end`` is certainly before ``start``, compared as far as both are known.

    "2019" does not end before "2019-09": either could be the later within the year.
    Dates without a year cannot be compared and never count as out of order.
    """
    if start is None or end is None or start.year is None or end.year is None:
        return False
    known = 1  # how many parts (year, month, day) both dates give
    if start.month is not None and end.month is not None:
        known = 3 if start.day is not None and end.day is not None else 2
    return end.sort_key()[:known] < start.sort_key()[:known]


def status_rank(status: str) -> int:
    """Where a status comes in lists (unknown ones last)."""
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


# --- validation -------------------------------------------------------------------------------


def _names(person_ids: list[int]) -> dict[int, str]:
    if not person_ids:
        return {}
    marks = ",".join("?" * len(person_ids))
    return dict(
        db.execute_sql(
            f"SELECT id, display_name FROM person WHERE id IN ({marks})", person_ids
        ).fetchall()
    )


def validate_topic(data: TopicData) -> TopicData:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` naming the field."""
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError("title", "a topic needs a title")
    if data.kind not in TOPIC_KINDS:
        raise ValidationError("kind", f"{data.kind!r} is not a kind of topic")
    if data.status not in TOPIC_STATUSES:
        raise ValidationError("status", f"{data.status!r} is not a status a topic can have")
    if ends_before_starts(data.started_on, data.ended_on):
        raise ValidationError("ended_on", "it ends before it starts")
    names = _names([member.person_id for member in data.people])
    people: list[TopicMember] = []
    seen: set[int] = set()
    for index, member in enumerate(data.people):
        if member.person_id not in names:
            raise ValidationError(f"people[{index}]", "there is no such person in the journal")
        if member.person_id in seen:
            raise ValidationError(f"people[{index}]", f"{names[member.person_id]} is listed twice")
        seen.add(member.person_id)
        people.append(TopicMember(member.person_id, " ".join(member.role.split())))
    return dataclasses.replace(data, title=title, notes=data.notes.strip(), people=people)


def _topic_row(data: TopicData) -> dict[str, object]:
    return {
        "title": data.title,
        "kind": data.kind,
        "status": data.status,
        "started_on": data.started_on,
        "ended_on": data.ended_on,
        "notes": data.notes,
    }


def _write_people(topic_id: int, people: list[TopicMember]) -> None:
    TopicPerson.delete().where(TopicPerson.topic == topic_id).execute()
    if people:
        TopicPerson.insert_many(
            [{"topic": topic_id, "person": m.person_id, "role": m.role} for m in people]
        ).execute()


# --- create, edit, delete ---------------------------------------------------------------------


def create_topic(data: TopicData) -> int:
    """Add a topic with its people; return its id."""
    with write():
        data = validate_topic(data)
        topic_id = int(Topic.insert(**_topic_row(data)).execute())
        _write_people(topic_id, data.people)
        return topic_id


def update_topic(topic_id: int, data: TopicData) -> None:
    """Replace a topic's fields and people with ``data``."""
    with write():
        data = validate_topic(data)
        changed = Topic.update(**_topic_row(data), updated_at=utcnow()).where(Topic.id == topic_id)
        if not changed.execute():
            raise LookupError(f"there is no topic {topic_id}")
        _write_people(topic_id, data.people)


def _members(topic_id: int) -> list[TopicMember]:
    return [
        TopicMember(pid, role)
        for pid, role in db.execute_sql(
            "SELECT person_id, role FROM topic_person WHERE topic_id = ? ORDER BY id",
            (topic_id,),
        )
    ]


def get_topic(topic_id: int) -> TopicData:
    """Return what the topic editor shows: every person on it, those in the trash too."""
    topic = Topic.get_or_none(Topic.id == topic_id)
    if topic is None:
        raise LookupError(f"there is no topic {topic_id}")
    return TopicData(
        title=topic.title,
        kind=topic.kind,
        status=topic.status,
        started_on=topic.started_on,
        ended_on=topic.ended_on,
        notes=topic.notes,
        people=_members(topic_id),
    )


def delete_topic(topic_id: int) -> TopicSnapshot:
    """Delete a topic and its people's roles; return a snapshot for undo."""
    with write():
        data = get_topic(topic_id)
        created_at, updated_at = db.execute_sql(
            "SELECT created_at, updated_at FROM topic WHERE id = ?", (topic_id,)
        ).fetchone()
        follow_ups = tuple(
            fid
            for (fid,) in db.execute_sql(
                "SELECT id FROM follow_up WHERE topic_id = ? ORDER BY id", (topic_id,)
            )
        )
        Topic.delete_by_id(topic_id)
        return TopicSnapshot(
            topic_id, data, _datetime(created_at), _datetime(updated_at), follow_ups
        )


def restore_topic(snapshot: TopicSnapshot) -> None:
    """Bring back a deleted topic under its id, with its people and follow-up links."""
    with write():
        row = _topic_row(snapshot.data)
        row.update(created_at=snapshot.created_at, updated_at=snapshot.updated_at)
        if Topic.select().where(Topic.id == snapshot.id).exists():
            Topic.update(**row).where(Topic.id == snapshot.id).execute()
        else:
            Topic.insert(id=snapshot.id, **row).execute()
        existing = set(_names([m.person_id for m in snapshot.data.people]))
        _write_people(snapshot.id, [m for m in snapshot.data.people if m.person_id in existing])
        if snapshot.follow_up_ids:
            FollowUp.update(topic=snapshot.id).where(
                FollowUp.id.in_(list(snapshot.follow_up_ids))
            ).execute()


def _datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


# --- lists ------------------------------------------------------------------------------------


def _partial(value: str | None) -> PartialDate | None:
    return PartialDate.from_iso(value) if value else None


def _rows(where: str = "1", params: tuple[Any, ...] | list[Any] = ()) -> list[TopicRow]:
    """Topics matching ``where`` (SQL over ``t``), with their people not in the trash."""
    found = db.execute_sql(
        "SELECT t.id, t.title, t.kind, t.status, t.started_on, t.ended_on, t.notes, t.updated_at "
        f"FROM topic t WHERE {where}",
        params,
    ).fetchall()
    if not found:
        return []
    people: dict[int, list[tuple[int, str, str]]] = {row[0]: [] for row in found}
    ids = list(people)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for tid, pid, name, role in db.execute_sql(
            "SELECT tp.topic_id, p.id, p.display_name, tp.role FROM topic_person tp "
            "JOIN person p ON p.id = tp.person_id "
            f"WHERE tp.topic_id IN ({','.join('?' * len(chunk))}) AND p.deleted_at IS NULL "
            "ORDER BY tp.id",
            chunk,
        ):
            people[tid].append((pid, name, role))
    rows = [
        TopicRow(
            id=tid,
            title=title,
            kind=kind,
            status=status,
            started_on=_partial(started_on),
            ended_on=_partial(ended_on),
            notes=notes,
            people=tuple(people[tid]),
            updated_at=_datetime(updated_at),
        )
        for tid, title, kind, status, started_on, ended_on, notes, updated_at in found
    ]
    rows.sort(key=_order)
    return rows


def _order(row: TopicRow) -> tuple[int, str, int]:
    return (status_rank(row.status), fold(row.title), row.id)


def get_topic_row(topic_id: int) -> TopicRow:
    """Return one topic as lists show it."""
    rows = _rows("t.id = ?", (topic_id,))
    if not rows:
        raise LookupError(f"there is no topic {topic_id}")
    return rows[0]


def list_topics(
    kind: str | None = None,
    status: str | None = None,
    person_id: int | None = None,
    text: str = "",
) -> list[TopicRow]:
    """Return topics (active, ideas, done, dropped, then by title), narrowed as asked.

    ``text`` keeps topics whose folded title or notes hold every word typed.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if kind is not None:
        clauses.append("t.kind = ?")
        params.append(kind)
    if status is not None:
        clauses.append("t.status = ?")
        params.append(status)
    if person_id is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM topic_person tp WHERE tp.topic_id = t.id AND tp.person_id = ?)"
        )
        params.append(person_id)
    rows = _rows(" AND ".join(clauses) or "1", params)
    words = fold(text).split()
    if words:
        rows = [row for row in rows if all(w in fold(f"{row.title}\n{row.notes}") for w in words)]
    return rows


def topics_for(person_id: int) -> list[tuple[TopicRow, str]]:
    """Return the topics a person is on with their role there: active first, then by title."""
    roles = dict(
        db.execute_sql(
            "SELECT topic_id, role FROM topic_person WHERE person_id = ?", (person_id,)
        ).fetchall()
    )
    if not roles:
        return []
    ids = list(roles)
    rows = _rows(f"t.id IN ({','.join('?' * len(ids))})", ids)
    return [(row, roles[row.id]) for row in rows]


# --- opportunities ----------------------------------------------------------------------------


def opportunities() -> list[Opportunity]:
    """Return research, audits, QIPs and publications that are ideas or under way.

    Each comes with the people on it in a supervising role, and suggestions:
    people not on it (and not in the trash) who have had a supervising role
    on any topic of the same kind, with the topics that say so.
    """
    kinds = ",".join("?" * len(OPPORTUNITY_KINDS))
    rows = _rows(f"t.kind IN ({kinds}) AND t.status IN ('idea', 'active')", list(OPPORTUNITY_KINDS))
    if not rows:
        return []
    # Who has supervised what, by kind of topic: person → [topic titles].
    experience: dict[str, dict[int, list[str]]] = {}
    names: dict[int, str] = {}
    for pid, name, role, kind, title in db.execute_sql(
        f"""
        SELECT p.id, p.display_name, tp.role, t.kind, t.title
        FROM topic_person tp JOIN topic t ON t.id = tp.topic_id
        JOIN person p ON p.id = tp.person_id
        WHERE p.deleted_at IS NULL AND t.kind IN ({kinds})
        ORDER BY p.sort_name, p.id, t.title, t.id
        """,
        list(OPPORTUNITY_KINDS),
    ):
        if is_supervising_role(role):
            experience.setdefault(kind, {}).setdefault(pid, []).append(title)
            names[pid] = name
    result = []
    for row in rows:
        on_topic = {pid for pid, _name, _role in row.people}
        supervisors = tuple(p for p in row.people if is_supervising_role(p[2]))
        suggested = tuple(
            (pid, names[pid], "supervised: " + ", ".join(dict.fromkeys(titles)))
            for pid, titles in experience.get(row.kind, {}).items()
            if pid not in on_topic
        )
        result.append(Opportunity(row, supervisors, suggested))
    return result
