"""Follow-ups: things to do, perhaps about a person, an entry or a topic; ticked off when done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.journal import FollowUpData
from networkjournal.store.schema import FollowUp, db, utcnow


class FollowUpStatus(StrEnum):
    """Where a follow-up stands today."""

    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"
    SOMEDAY = "someday"  # no due date
    DONE = "done"


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up as lists show it."""

    id: int
    title: str
    due_on: dt.date | None
    done_at: dt.datetime | None
    person_id: int | None
    person_name: str
    entry_id: int | None
    entry_title: str


@dataclass(frozen=True)
class FollowUpSnapshot:
    """A follow-up's whole stored state, for undo of a delete."""

    id: int
    data: FollowUpData
    entry_id: int | None
    topic_id: int | None
    created_at: dt.datetime


def status(row: FollowUpRow, today: dt.date) -> FollowUpStatus:
    """Return whether ``row`` is done, overdue, due today, upcoming or undated."""
    if row.done_at is not None:
        return FollowUpStatus.DONE
    if row.due_on is None:
        return FollowUpStatus.SOMEDAY
    if row.due_on < today:
        return FollowUpStatus.OVERDUE
    if row.due_on == today:
        return FollowUpStatus.TODAY
    return FollowUpStatus.UPCOMING


def list_follow_ups(include_done: bool = False, person_id: int | None = None) -> list[FollowUpRow]:
    """Return follow-ups: open ones by due date (undated last), then done ones, newest first.

    Follow-ups of an entry in the trash are left out with the entry.
    """
    clauses = ["(f.interaction_id IS NULL OR i.deleted_at IS NULL)"]
    params: list[object] = []
    if not include_done:
        clauses.append("f.done_at IS NULL")
    if person_id is not None:
        clauses.append("f.person_id = ?")
        params.append(person_id)
    sql = f"""
        SELECT f.id, f.title, f.due_on, f.done_at, f.person_id, coalesce(p.display_name, ''),
               f.interaction_id, coalesce(i.title, ''), i.kind
        FROM follow_up f
        LEFT JOIN person p ON p.id = f.person_id
        LEFT JOIN interaction i ON i.id = f.interaction_id
        WHERE {" AND ".join(clauses)}
        ORDER BY f.done_at IS NOT NULL, f.done_at DESC, f.due_on IS NULL, f.due_on, f.id
    """
    from networkjournal.store.journal import entry_rows

    found = list(db.execute_sql(sql, params))
    # An entry without a title is named as lists name it: "Coffee with Sam Patel".
    untitled = [eid for *_, eid, title, _kind in found if eid is not None and not title]
    titles = {eid: row.title for eid, row in entry_rows(untitled).items()}
    rows = [
        FollowUpRow(
            fid,
            title,
            _date(due_on),
            _datetime(done_at),
            pid,
            name,
            eid,
            entry_title or titles.get(eid, "") if eid is not None else "",
        )
        for fid, title, due_on, done_at, pid, name, eid, entry_title, _kind in found
    ]
    return rows


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _clean(data: FollowUpData) -> str:
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError("title", "a follow-up needs to say what to do")
    return title


def create_follow_up(data: FollowUpData, entry_id: int | None = None) -> int:
    """Add a follow-up and return its id."""
    title = _clean(data)
    with write():
        return int(
            FollowUp.insert(
                title=title,
                due_on=data.due_on,
                person=data.person_id,
                done_at=data.done_at,
                interaction=entry_id,
            ).execute()
        )


def update_follow_up(follow_up_id: int, data: FollowUpData) -> None:
    """Change a follow-up's title, due date, person and done time."""
    title = _clean(data)
    with write():
        FollowUp.update(
            title=title, due_on=data.due_on, person=data.person_id, done_at=data.done_at
        ).where(FollowUp.id == follow_up_id).execute()


def set_done(ids: list[int], done: bool) -> dict[int, dt.datetime | None]:
    """Tick follow-ups off (or on again); return their previous done times, for undo."""
    with write():
        before = {
            fid: _datetime(done_at)
            for fid, done_at in db.execute_sql(
                f"SELECT id, done_at FROM follow_up WHERE id IN ({','.join('?' * len(ids))})",
                ids,
            )
        }
        FollowUp.update(done_at=utcnow() if done else None).where(FollowUp.id.in_(ids)).execute()
        return before


def set_done_at(times: dict[int, dt.datetime | None]) -> None:
    """Put back follow-ups' done times exactly (undo of a tick)."""
    with write():
        for fid, done_at in times.items():
            FollowUp.update(done_at=done_at).where(FollowUp.id == fid).execute()


def snapshot_follow_up(follow_up_id: int) -> FollowUpSnapshot:
    """Return what :func:`restore_follow_up` needs to undo a delete."""
    row = db.execute_sql(
        "SELECT title, due_on, person_id, done_at, interaction_id, topic_id, created_at "
        "FROM follow_up WHERE id = ?",
        (follow_up_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"there is no follow-up {follow_up_id}")
    title, due_on, person_id, done_at, entry_id, topic_id, created_at = row
    data = FollowUpData(title, _date(due_on), person_id, _datetime(done_at), follow_up_id)
    created = _datetime(created_at) or utcnow()
    return FollowUpSnapshot(follow_up_id, data, entry_id, topic_id, created)


def delete_follow_up(follow_up_id: int) -> FollowUpSnapshot:
    """Delete a follow-up; return a snapshot for undo."""
    with write():
        snapshot = snapshot_follow_up(follow_up_id)
        FollowUp.delete_by_id(follow_up_id)
        return snapshot


def restore_follow_up(snapshot: FollowUpSnapshot) -> None:
    """Bring back a deleted follow-up under its id."""
    data = snapshot.data
    with write():
        FollowUp.insert(
            id=snapshot.id,
            title=data.title,
            due_on=data.due_on,
            done_at=data.done_at,
            person=data.person_id,
            interaction=snapshot.entry_id,
            topic=snapshot.topic_id,
            created_at=snapshot.created_at,
        ).on_conflict_replace().execute()
