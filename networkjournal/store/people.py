"""People: create, edit, archive, trash, restore and forget."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from networkjournal.store.contacts import normalise_contact
from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import (
    ContactMethod,
    FollowUp,
    Interaction,
    InteractionPerson,
    Network,
    Person,
    PersonNetwork,
    db,
    tuples,
    utcnow,
)
from networkjournal.store.text import fold

KNOWS_ME_LEVELS = ["not yet", "by name", "acquaintance", "well"]


@dataclass
class ContactMethodData:
    """One way to reach a person, as the editor shows it."""

    kind: str
    value: str
    label: str = ""
    preferred: bool = False


@dataclass
class NetworkRole:
    """A person's place in a network and their role there ("tutor", "flatmate")."""

    network_id: int
    role: str = ""


@dataclass
class PersonData:
    """Everything the person editor edits, independent of storage."""

    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    nickname: str = ""
    pronouns: str = ""
    headline: str = ""
    photo: bytes | None = None
    birthday: PartialDate | None = None
    met_on: PartialDate | None = None
    met_at: str = ""
    how_met: str = ""
    introduced_by_id: int | None = None
    closeness: int | None = None
    knows_me: int = 0
    keep_in_touch_days: int | None = None
    is_referee: bool = False
    referee_note: str = ""
    notes: str = ""
    networks: list[NetworkRole] = field(default_factory=list)
    contacts: list[ContactMethodData] = field(default_factory=list)

    def name_for_display(self) -> str:
        """Return the display name, or one made from the other name fields."""
        if self.display_name.strip():
            return " ".join(self.display_name.split())
        full = " ".join(f"{self.given_name} {self.family_name}".split())
        return full or " ".join(self.nickname.split())


@dataclass
class PersonSnapshot:
    """A person's stored state with the bookkeeping fields, for undo."""

    id: int
    data: PersonData
    uid: str | None
    extra: str
    archived: bool
    deleted_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime


_SCALAR_FIELDS = [
    f.name for f in dataclasses.fields(PersonData) if f.name not in ("networks", "contacts")
]


def validate_person(data: PersonData) -> PersonData:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` naming the field."""
    cleaned = dataclasses.replace(data)
    for name in ("given_name", "family_name", "nickname", "pronouns", "headline", "met_at"):
        setattr(cleaned, name, " ".join(getattr(cleaned, name).split()))
    cleaned.display_name = data.name_for_display()
    if not cleaned.display_name:
        raise ValidationError("display_name", "a person needs a name")
    if cleaned.closeness is not None and not 1 <= cleaned.closeness <= 5:
        raise ValidationError("closeness", "closeness goes from 1 to 5")
    if not 0 <= cleaned.knows_me < len(KNOWS_ME_LEVELS):
        raise ValidationError("knows_me", "unknown level of how well they know you")
    if cleaned.keep_in_touch_days is not None and cleaned.keep_in_touch_days <= 0:
        raise ValidationError("keep_in_touch_days", "the period must be at least one day")
    contacts = []
    for index, contact in enumerate(data.contacts):
        try:
            value = normalise_contact(contact.kind, contact.value)
        except ValidationError as exc:
            raise ValidationError(f"contacts[{index}]", exc.message) from exc
        contacts.append(
            ContactMethodData(contact.kind, value, contact.label.strip(), contact.preferred)
        )
    cleaned.contacts = contacts
    seen: set[int] = set()
    networks = []
    for link in data.networks:
        if link.network_id not in seen:
            seen.add(link.network_id)
            networks.append(NetworkRole(link.network_id, " ".join(link.role.split())))
    cleaned.networks = networks
    return cleaned


def _person_row(data: PersonData) -> dict[str, object]:
    row = {name: getattr(data, name) for name in _SCALAR_FIELDS}
    row["introduced_by"] = row.pop("introduced_by_id")
    row["sort_name"] = fold(data.display_name)
    return row


def _write_links(person_id: int, data: PersonData) -> None:
    ContactMethod.delete().where(ContactMethod.person == person_id).execute()
    if data.contacts:
        ContactMethod.insert_many(
            [
                {
                    "person": person_id,
                    "kind": c.kind,
                    "value": c.value,
                    "label": c.label,
                    "preferred": c.preferred,
                    "position": i,
                }
                for i, c in enumerate(data.contacts)
            ]
        ).execute()
    PersonNetwork.delete().where(PersonNetwork.person == person_id).execute()
    if data.networks:
        PersonNetwork.insert_many(
            [{"person": person_id, "network": n.network_id, "role": n.role} for n in data.networks]
        ).execute()


def create_person(data: PersonData) -> int:
    """Add a person to the journal and return their id."""
    data = validate_person(data)
    with write():
        person = Person.create(**_person_row(data))
        _write_links(person.id, data)
        return int(person.id)


def update_person(person_id: int, data: PersonData) -> None:
    """Replace a person's editable fields, contact methods and networks with ``data``."""
    data = validate_person(data)
    if data.introduced_by_id == person_id:
        raise ValidationError("introduced_by_id", "nobody introduced a person to themselves")
    with write():
        row = _person_row(data)
        row["updated_at"] = utcnow()
        if not Person.update(**row).where(Person.id == person_id).execute():
            raise LookupError(f"there is no person {person_id}")
        _write_links(person_id, data)


def get_person(person_id: int) -> PersonData:
    """Return what the editor shows for a person."""
    person = Person.get_by_id(person_id)
    data = PersonData(**{name: getattr(person, name) for name in _SCALAR_FIELDS})
    data.contacts = [
        ContactMethodData(*row)
        for row in tuples(
            ContactMethod.select(
                ContactMethod.kind,
                ContactMethod.value,
                ContactMethod.label,
                ContactMethod.preferred,
            )
            .where(ContactMethod.person == person_id)
            .order_by(ContactMethod.position, ContactMethod.id)
        )
    ]
    data.networks = [
        NetworkRole(*row)
        for row in tuples(
            PersonNetwork.select(PersonNetwork.network, PersonNetwork.role)
            .join(Network)
            .where(PersonNetwork.person == person_id)
            .order_by(Network.position)
        )
    ]
    return data


def snapshot_person(person_id: int) -> PersonSnapshot:
    """Return a person's whole stored state, for undo."""
    person = Person.get_by_id(person_id)
    return PersonSnapshot(
        id=person.id,
        data=get_person(person_id),
        uid=person.uid,
        extra=person.extra,
        archived=person.archived,
        deleted_at=person.deleted_at,
        created_at=person.created_at,
        updated_at=person.updated_at,
    )


def restore_person(snapshot: PersonSnapshot) -> None:
    """Put a person back exactly as snapshotted, under the same id (undo of a create or edit)."""
    with write():
        row = _person_row(snapshot.data)
        row.update(
            uid=snapshot.uid,
            extra=snapshot.extra,
            archived=snapshot.archived,
            deleted_at=snapshot.deleted_at,
            created_at=snapshot.created_at,
            updated_at=snapshot.updated_at,
        )
        if Person.select().where(Person.id == snapshot.id).exists():
            Person.update(**row).where(Person.id == snapshot.id).execute()
        else:
            Person.insert(id=snapshot.id, **row).execute()
        _write_links(snapshot.id, snapshot.data)


def set_archived(person_ids: list[int], archived: bool) -> None:
    """Archive people (kept, but out of the everyday lists) or bring them back."""
    with write():
        Person.update(archived=archived, updated_at=utcnow()).where(
            Person.id.in_(person_ids)
        ).execute()


def move_to_trash(person_ids: list[int]) -> dict[int, dt.datetime | None]:
    """Move people to the trash; return each one's previous trash time, for undo."""
    with write():
        before = {
            p.id: p.deleted_at
            for p in Person.select(Person.id, Person.deleted_at).where(Person.id.in_(person_ids))
        }
        Person.update(deleted_at=utcnow()).where(
            Person.id.in_(person_ids) & Person.deleted_at.is_null()
        ).execute()
        return before


def restore_from_trash(person_ids: list[int]) -> None:
    """Take people out of the trash."""
    with write():
        Person.update(deleted_at=None).where(Person.id.in_(person_ids)).execute()


def set_trashed_at(times: dict[int, dt.datetime | None]) -> None:
    """Put back each person's trash time exactly (undo of a move to trash)."""
    with write():
        for person_id, deleted_at in times.items():
            Person.update(deleted_at=deleted_at).where(Person.id == person_id).execute()


def sole_entries(person_ids: list[int]) -> list[int]:
    """Return the entries everyone present at was among ``person_ids`` (trash included).

    These are what forgetting those people takes with them: an entry someone
    else was at is theirs too, and stays.
    """
    if not person_ids:
        return []
    others = InteractionPerson.select(InteractionPerson.interaction).where(
        InteractionPerson.person.not_in(person_ids)
    )
    query = (
        InteractionPerson.select(InteractionPerson.interaction)
        .where(
            InteractionPerson.person.in_(person_ids) & InteractionPerson.interaction.not_in(others)
        )
        .distinct()
        .order_by(InteractionPerson.interaction)
    )
    return [entry_id for (entry_id,) in tuples(query)]


def forget_person(person_id: int, scrub: bool = True, with_entries: bool = False) -> None:
    """Remove every trace of a person: their row, links, and their entry in the search index.

    ``with_entries`` also forgets the journal entries only they were in (with
    their follow-ups). ``scrub`` merges the search index, since deleted text
    lingers in its segments until then, and rewrites the file (see
    :func:`scrub_journal_file`); undoing a create, which only takes back a
    moment's work, skips that (it costs time on a big journal).
    """
    forget_people([person_id], scrub=scrub, with_entries=with_entries)


def forget_people(person_ids: list[int], scrub: bool = True, with_entries: bool = False) -> None:
    """Forget several people in one transaction (see :func:`forget_person`)."""
    with write():
        if with_entries:
            entries = sole_entries(person_ids)
            FollowUp.delete().where(FollowUp.interaction.in_(entries)).execute()
            Interaction.delete().where(Interaction.id.in_(entries)).execute()
        Person.delete().where(Person.id.in_(person_ids)).execute()
    if scrub:
        scrub_journal_file()


def empty_trash(with_entries: bool = False) -> int:
    """Forget everyone in the trash (see :func:`forget_person`); return how many."""
    ids = trashed_ids()
    if ids:
        forget_people(ids, with_entries=with_entries)
    return len(ids)


def person_names(person_ids: list[int] | None = None) -> dict[int, str]:
    """Return display names by id (all people when ``person_ids`` is None)."""
    query = Person.select(Person.id, Person.display_name)
    if person_ids is not None:
        query = query.where(Person.id.in_(person_ids))
    return {p.id: p.display_name for p in query}


def optimize_search_index() -> None:
    """Merge the full-text index's segments, so deleted text no longer lingers in them."""
    db.execute_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")


def scrub_journal_file() -> None:
    """Leave no trace of deleted text in the journal's bytes.

    Deleted rows stay in the file's free pages, deleted words in the search
    index's segments, and old pages in the write-ahead log, until they are
    overwritten. So: merge the index, ``VACUUM`` (which rewrites every page),
    and checkpoint the log back to nothing. Inside a transaction (where VACUUM
    cannot run) only the index is merged; the caller's commit comes first.
    """
    optimize_search_index()
    if db.in_transaction():
        return
    db.execute_sql("VACUUM")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def trashed_at(person_ids: list[int]) -> dict[int, dt.datetime | None]:
    """Return when each person was moved to the trash (None if they are not in it)."""
    return {
        pid: deleted_at
        for pid, deleted_at in tuples(
            Person.select(Person.id, Person.deleted_at).where(Person.id.in_(person_ids))
        )
    }


def trashed_ids() -> list[int]:
    """Return the ids of everyone in the trash."""
    return [
        pid for (pid,) in tuples(Person.select(Person.id).where(Person.deleted_at.is_null(False)))
    ]


@dataclass(frozen=True)
class PersonChoice:
    """A person as a picker offers them: matched by name, nickname or email."""

    id: int
    name: str
    nickname: str
    emails: tuple[str, ...]
    archived: bool


def person_choices() -> list[PersonChoice]:
    """Return everyone not in the trash, by folded name, with their email addresses."""
    emails: dict[int, list[str]] = {}
    for pid, value in tuples(
        ContactMethod.select(ContactMethod.person, ContactMethod.value)
        .where(ContactMethod.kind == "email")
        .order_by(ContactMethod.position)
    ):
        emails.setdefault(pid, []).append(value)
    query = (
        Person.select(Person.id, Person.display_name, Person.nickname, Person.archived)
        .where(Person.deleted_at.is_null())
        .order_by(Person.sort_name, Person.id)
    )
    return [
        PersonChoice(pid, name, nickname, tuple(emails.get(pid, ())), bool(archived))
        for pid, name, nickname, archived in tuples(query)
    ]
