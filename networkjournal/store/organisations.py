"""Organisations (societies, teams, halls, cohorts, hospitals …) and people's places in them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import Membership, Organisation, db
from networkjournal.store.text import fold
from networkjournal.store.topics import ends_before_starts

ORGANISATION_KINDS: dict[str, str] = {
    "society": "Society",
    "team": "Sports team",
    "hall": "Hall",
    "cohort": "Cohort",
    "hospital": "Hospital",
    "department": "Department",
    "company": "Company",
    "school": "School",
    "other": "Other",
}


@dataclass
class MemberData:
    """A person's place in an organisation: their role, and when they joined and left."""

    person_id: int
    role: str = ""
    since: PartialDate | None = None
    until: PartialDate | None = None


@dataclass
class OrganisationData:
    """Everything the organisation editor edits."""

    name: str
    kind: str = "other"
    notes: str = ""
    members: list[MemberData] = field(default_factory=list)


@dataclass(frozen=True)
class OrganisationRow:
    """An organisation as lists show it."""

    id: int
    name: str
    kind: str
    notes: str
    members: int  # how many of its members are not in the trash


@dataclass(frozen=True)
class OrganisationSnapshot:
    """An organisation's whole stored state with its members, for undo of a delete."""

    id: int
    data: OrganisationData
    created_at: dt.datetime


@dataclass(frozen=True)
class MembershipRow:
    """One of a person's organisations, as their profile lists it."""

    organisation_id: int
    organisation_name: str
    kind: str
    role: str
    since: PartialDate | None
    until: PartialDate | None


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


def _clean_member(
    member: MemberData, names: dict[int, str], person_field: str, until_field: str
) -> MemberData:
    if member.person_id not in names:
        raise ValidationError(person_field, "there is no such person in the journal")
    if ends_before_starts(member.since, member.until):
        name = names[member.person_id]
        raise ValidationError(until_field, f"{name}'s membership ends before it starts")
    return dataclasses.replace(member, role=" ".join(member.role.split()))


def validate_organisation(data: OrganisationData) -> OrganisationData:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` naming the field."""
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("name", "an organisation needs a name")
    if data.kind not in ORGANISATION_KINDS:
        raise ValidationError("kind", f"{data.kind!r} is not a kind of organisation")
    names = _names([m.person_id for m in data.members])
    members: list[MemberData] = []
    seen: set[int] = set()
    for index, member in enumerate(data.members):
        where = f"members[{index}]"
        cleaned = _clean_member(member, names, where, where)
        if member.person_id in seen:
            raise ValidationError(where, f"{names[member.person_id]} is listed twice")
        seen.add(member.person_id)
        members.append(cleaned)
    return dataclasses.replace(data, name=name, notes=data.notes.strip(), members=members)


def _write_members(organisation_id: int, members: list[MemberData]) -> None:
    Membership.delete().where(Membership.organisation == organisation_id).execute()
    if members:
        Membership.insert_many(
            [
                {
                    "organisation": organisation_id,
                    "person": m.person_id,
                    "role": m.role,
                    "since": m.since,
                    "until": m.until,
                }
                for m in members
            ]
        ).execute()


# --- create, edit, delete ---------------------------------------------------------------------


def create_organisation(data: OrganisationData) -> int:
    """Add an organisation with its members; return its id."""
    with write():
        data = validate_organisation(data)
        organisation_id = int(
            Organisation.insert(name=data.name, kind=data.kind, notes=data.notes).execute()
        )
        _write_members(organisation_id, data.members)
        return organisation_id


def update_organisation(organisation_id: int, data: OrganisationData) -> None:
    """Replace an organisation's name, kind, notes and members with ``data``."""
    with write():
        data = validate_organisation(data)
        changed = Organisation.update(name=data.name, kind=data.kind, notes=data.notes).where(
            Organisation.id == organisation_id
        )
        if not changed.execute():
            raise LookupError(f"there is no organisation {organisation_id}")
        _write_members(organisation_id, data.members)


def _partial(value: str | None) -> PartialDate | None:
    return PartialDate.from_iso(value) if value else None


def _members(organisation_id: int) -> list[MemberData]:
    return [
        MemberData(pid, role, _partial(since), _partial(until))
        for pid, role, since, until in db.execute_sql(
            "SELECT person_id, role, since, until FROM membership "
            "WHERE organisation_id = ? ORDER BY id",
            (organisation_id,),
        )
    ]


def get_organisation(organisation_id: int) -> OrganisationData:
    """Return what the editor shows: every member, those in the trash too."""
    row = db.execute_sql(
        "SELECT name, kind, notes FROM organisation WHERE id = ?", (organisation_id,)
    ).fetchone()
    if row is None:
        raise LookupError(f"there is no organisation {organisation_id}")
    name, kind, notes = row
    return OrganisationData(name, kind, notes, _members(organisation_id))


def delete_organisation(organisation_id: int) -> OrganisationSnapshot:
    """Delete an organisation and its memberships; return a snapshot for undo."""
    with write():
        data = get_organisation(organisation_id)
        (created_at,) = db.execute_sql(
            "SELECT created_at FROM organisation WHERE id = ?", (organisation_id,)
        ).fetchone()
        Organisation.delete_by_id(organisation_id)
        return OrganisationSnapshot(organisation_id, data, _datetime(created_at))


def restore_organisation(snapshot: OrganisationSnapshot) -> None:
    """Bring back a deleted organisation under its id, with its members' roles and dates."""
    data = snapshot.data
    with write():
        row = {
            "name": data.name,
            "kind": data.kind,
            "notes": data.notes,
            "created_at": snapshot.created_at,
        }
        if Organisation.select().where(Organisation.id == snapshot.id).exists():
            Organisation.update(**row).where(Organisation.id == snapshot.id).execute()
        else:
            Organisation.insert(id=snapshot.id, **row).execute()
        existing = _names([m.person_id for m in data.members])
        _write_members(snapshot.id, [m for m in data.members if m.person_id in existing])


def _datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


# --- lists ------------------------------------------------------------------------------------


def list_organisations() -> list[OrganisationRow]:
    """Return every organisation by folded name, with how many members are not in the trash."""
    rows = [
        OrganisationRow(oid, name, kind, notes, count)
        for oid, name, kind, notes, count in db.execute_sql(
            """
            SELECT o.id, o.name, o.kind, o.notes,
                   (SELECT COUNT(DISTINCT m.person_id) FROM membership m
                    JOIN person p ON p.id = m.person_id
                    WHERE m.organisation_id = o.id AND p.deleted_at IS NULL)
            FROM organisation o
            """
        )
    ]
    rows.sort(key=lambda row: (fold(row.name), row.id))
    return rows


def memberships_for(person_id: int) -> list[MembershipRow]:
    """Return a person's organisations: current ones (no end) first, then latest joined first."""
    rows = [
        MembershipRow(oid, name, kind, role, _partial(since), _partial(until))
        for oid, name, kind, role, since, until in db.execute_sql(
            "SELECT o.id, o.name, o.kind, m.role, m.since, m.until FROM membership m "
            "JOIN organisation o ON o.id = m.organisation_id WHERE m.person_id = ?",
            (person_id,),
        )
    ]
    rows.sort(key=_membership_order)
    return rows


def _membership_order(row: MembershipRow) -> tuple[Any, ...]:
    since = row.since.sort_key() if row.since is not None else (0, 0, 0)
    # Undated memberships go after dated ones of the same group.
    return (
        row.until is not None,
        row.since is None,
        tuple(-part for part in since),
        fold(row.organisation_name),
        row.organisation_id,
    )


# --- one membership at a time -----------------------------------------------------------------


def add_membership(organisation_id: int, member: MemberData) -> None:
    """Add a person to an organisation (refused when they are already a member)."""
    with write():
        org = db.execute_sql(
            "SELECT name FROM organisation WHERE id = ?", (organisation_id,)
        ).fetchone()
        if org is None:
            raise LookupError(f"there is no organisation {organisation_id}")
        names = _names([member.person_id])
        cleaned = _clean_member(member, names, "person_id", "until")
        if (
            Membership.select()
            .where(
                (Membership.organisation == organisation_id)
                & (Membership.person == member.person_id)
            )
            .exists()
        ):
            raise ValidationError(
                "person_id", f"{names[member.person_id]} is already a member of {org[0]}"
            )
        Membership.insert(
            organisation=organisation_id,
            person=cleaned.person_id,
            role=cleaned.role,
            since=cleaned.since,
            until=cleaned.until,
        ).execute()


def remove_membership(organisation_id: int, person_id: int) -> MemberData | None:
    """Take a person out of an organisation; return their membership (for undo), or None."""
    with write():
        found = [m for m in _members(organisation_id) if m.person_id == person_id]
        Membership.delete().where(
            (Membership.organisation == organisation_id) & (Membership.person == person_id)
        ).execute()
        return found[0] if found else None
