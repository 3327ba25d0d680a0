"""People out of the journal as vCards or CSV: what the writers need, gathered in bulk.

Everyone outside the trash is exported (archived people too: they are still
people you know), or one person, or one network's members. Each card carries
the person's names, role, current organisations, birthday, photo, notes, tags,
ways to reach them, the people they are related to and the vCard lines kept
from an import. Every card has a UID: the one it came with, or one made from
the journal's id and the person's id, so exporting again gives the same UID
and another program updates the card instead of doubling it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

from networkjournal.interop.csv_write import write_csv
from networkjournal.interop.vcard import VCardPerson, write_vcards
from networkjournal.store.db import journal_id
from networkjournal.store.imported import ImportedContact
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData, PersonData
from networkjournal.store.schema import (
    ContactMethod,
    Membership,
    Organisation,
    Person,
    PersonNetwork,
    PersonTag,
    Relationship,
    Tag,
    tuples,
)

# Journal relationship kinds as vCard RELATED types (RFC 6350); others become "contact".
_RELATED_TYPES = {
    "knows": "acquaintance",
    "friend": "friend",
    "family": "kin",
    "partner": "sweetheart",
    "colleague": "colleague",
    "flatmate": "co-resident",
}
_CHUNK = 500  # ids per query, well under SQLite's limit on bound parameters


def people_to_export(person_id: int | None = None, network_id: int | None = None) -> list[int]:
    """Return who an export holds, by name: one person, a network's members, or everyone.

    The trash is left out. Raises LookupError for a person who is not there.
    """
    query = Person.select(Person.id).where(Person.deleted_at.is_null())
    if person_id is not None:
        query = query.where(Person.id == person_id)
    if network_id is not None:
        query = query.join(PersonNetwork).where(PersonNetwork.network == network_id)
    ids = [int(pid) for (pid,) in tuples(query.order_by(Person.sort_name, Person.id))]
    if person_id is not None and not ids:
        in_trash = Person.select().where(Person.id == person_id).exists()
        raise LookupError(
            f"person {person_id} is in the trash"
            if in_trash
            else f"there is no person with id {person_id}"
        )
    return ids


def export_uid(person_id: int, journal: str) -> str:
    """The UID a person without one is given on export: the same every time, for this journal."""
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"networkjournal:{journal}")
    return f"urn:uuid:{uuid.uuid5(namespace, f'person/{person_id}')}"


def vcard_text(person_ids: list[int], version: str = "4.0") -> str:
    """Return the people as one vCard file (4.0, or 3.0 for older programs)."""
    return write_vcards(
        [
            VCardPerson.from_person(
                person.data,
                uid=person.uid,
                organisations=person.organisations,
                categories=person.tags,
                related=person.related,
                extra=person.extra,
            )
            for person in _exported(person_ids)
        ],
        version,
    )


def csv_text(person_ids: list[int]) -> str:
    """Return the people as CSV in the journal's own layout (``csv_write.write_csv``)."""
    return write_csv(
        ImportedContact(
            source="Network Journal",
            line=0,
            uid=person.uid,
            given_name=person.data.given_name,
            family_name=person.data.family_name,
            display_name=person.data.display_name,
            nickname=person.data.nickname,
            headline=person.data.headline,
            organisation=person.organisations[0] if person.organisations else "",
            birthday=person.data.birthday,
            met_on=person.data.met_on,
            notes=person.data.notes,
            photo=person.data.photo,
            contacts=person.data.contacts,
            categories=person.tags,
        )
        for person in _exported(person_ids)
    )


@dataclass
class _Exported:
    """One person with everything an export writes about them."""

    data: PersonData
    uid: str
    extra: list[str]
    organisations: list[str] = field(default_factory=list)  # current ones, latest joined first
    tags: list[str] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)  # (vCard type, their UID)


def _exported(person_ids: list[int]) -> Iterator[_Exported]:
    """Yield the people in the order given, gathered a chunk at a time."""
    journal = journal_id()
    uids = _uids(person_ids, journal)
    for start in range(0, len(person_ids), _CHUNK):
        chunk = person_ids[start : start + _CHUNK]
        people = _people(chunk, uids)
        for pid, kind, value, label, preferred in tuples(
            ContactMethod.select(
                ContactMethod.person,
                ContactMethod.kind,
                ContactMethod.value,
                ContactMethod.label,
                ContactMethod.preferred,
            )
            .where(ContactMethod.person.in_(chunk))
            .order_by(ContactMethod.person, ContactMethod.position, ContactMethod.id)
        ):
            people[pid].data.contacts.append(ContactMethodData(kind, value, label, bool(preferred)))
        for pid, name in tuples(
            Membership.select(Membership.person, Organisation.name)
            .join(Organisation)
            .where(Membership.person.in_(chunk), Membership.until.is_null())
            .order_by(Membership.person, Membership.since.desc(nulls="LAST"), Membership.id)
        ):
            if name not in people[pid].organisations:
                people[pid].organisations.append(name)
        for pid, name in tuples(
            PersonTag.select(PersonTag.person, Tag.name)
            .join(Tag)
            .where(PersonTag.person.in_(chunk))
            .order_by(PersonTag.person, Tag.name)
        ):
            people[pid].tags.append(name)
        for a, b, kind in tuples(
            Relationship.select(Relationship.person_a, Relationship.person_b, Relationship.kind)
            .where(Relationship.person_a.in_(chunk) | Relationship.person_b.in_(chunk))
            .order_by(Relationship.id)
        ):
            for me, other in ((a, b), (b, a)):
                if me in people and other in uids:
                    people[me].related.append((_RELATED_TYPES.get(kind, "contact"), uids[other]))
        yield from (people[pid] for pid in chunk)


def _uids(person_ids: list[int], journal: str) -> dict[int, str]:
    """Every person's UID outside the trash (related people may be outside the export)."""
    return {
        int(pid): uid or export_uid(int(pid), journal)
        for pid, uid in tuples(
            Person.select(Person.id, Person.uid).where(Person.deleted_at.is_null())
        )
    }


def _people(chunk: list[int], uids: dict[int, str]) -> dict[int, _Exported]:
    found: dict[int, _Exported] = {}
    for row in tuples(
        Person.select(
            Person.id,
            Person.given_name,
            Person.family_name,
            Person.display_name,
            Person.nickname,
            Person.headline,
            Person.photo,
            Person.birthday,
            Person.met_on,
            Person.notes,
            Person.extra,
        ).where(Person.id.in_(chunk))
    ):
        pid, given, family, display, nickname, headline, photo, birthday, met_on, notes, extra = row
        data = PersonData(
            given_name=given,
            family_name=family,
            display_name=display,
            nickname=nickname,
            headline=headline,
            photo=bytes(photo) if photo is not None else None,
            birthday=_partial(birthday),
            met_on=_partial(met_on),
            notes=notes,
        )
        found[pid] = _Exported(data, uids[pid], _kept_lines(extra))
    return found


def _partial(value: object) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    return PartialDate.from_iso(str(value))


def _kept_lines(extra: str) -> list[str]:
    """The vCard lines an import kept (``Person.extra`` is a JSON list of them)."""
    if not extra:
        return []
    try:
        lines = json.loads(extra)
    except ValueError:
        return []
    return [line for line in lines if isinstance(line, str)] if isinstance(lines, list) else []
