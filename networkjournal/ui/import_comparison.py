"""What a record in a file says that the journal does not: the import review's comparison.

Only what the file adds or says differently is listed; a detail the file leaves
empty is not a difference (merging never removes anything).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from networkjournal.store.imported import ImportedContact
from networkjournal.store.merge import contact_key
from networkjournal.store.networks import list_networks
from networkjournal.store.organisations import memberships_for
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData, get_person
from networkjournal.store.tags import person_tags
from networkjournal.store.text import fold


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportComparison", text)


# store.contacts.CONTACT_KINDS, marked for lupdate in the context _tr() translates in
# (the store may not import Qt; a test keeps the two tables the same).
_CONTACT_LABELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("ImportComparison", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportComparison", "Phone"),
    "linkedin": QT_TRANSLATE_NOOP("ImportComparison", "LinkedIn"),
    "x": QT_TRANSLATE_NOOP("ImportComparison", "X (Twitter)"),
    "instagram": QT_TRANSLATE_NOOP("ImportComparison", "Instagram"),
    "whatsapp": QT_TRANSLATE_NOOP("ImportComparison", "WhatsApp"),
    "website": QT_TRANSLATE_NOOP("ImportComparison", "Website"),
    "other": QT_TRANSLATE_NOOP("ImportComparison", "Other"),
}


@dataclass(frozen=True)
class KnownPerson:
    """What the journal already says about someone (or an earlier record of the same file)."""

    name: str
    nickname: str = ""
    headline: str = ""
    organisations: tuple[str, ...] = ()
    birthday: PartialDate | None = None
    met_on: PartialDate | None = None
    contacts: tuple[ContactMethodData, ...] = ()
    tags: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()
    notes: str = ""
    photo: bytes | None = None


def known_person(person_id: int) -> KnownPerson:
    """Read what the journal says about a person, for the comparison."""
    person = get_person(person_id)
    network_names = {network.id: network.name for network in list_networks()}
    return KnownPerson(
        name=person.name_for_display(),
        nickname=person.nickname,
        headline=person.headline,
        organisations=tuple(row.organisation_name for row in memberships_for(person_id)),
        birthday=person.birthday,
        met_on=person.met_on,
        contacts=tuple(person.contacts),
        tags=tuple(person_tags(person_id)),
        networks=tuple(
            network_names[role.network_id]
            for role in person.networks
            if role.network_id in network_names
        ),
        notes=person.notes,
        photo=person.photo,
    )


def known_record(contact: ImportedContact) -> KnownPerson:
    """An earlier record of the same import, as the comparison reads it."""
    return KnownPerson(
        name=contact.name(),
        nickname=contact.nickname,
        headline=contact.headline,
        organisations=(contact.organisation,) if contact.organisation else (),
        birthday=contact.birthday,
        met_on=contact.met_on,
        contacts=tuple(contact.contacts),
        tags=tuple(contact.categories),
        networks=tuple(contact.categories),
        notes=contact.notes,
        photo=contact.photo,
    )


@dataclass(frozen=True)
class FieldDifference:
    """One detail where the file says something the journal does not say (so)."""

    label: str
    existing: str  # "" when the journal has nothing
    imported: str
    added: bool  # whether merging takes the file's value (it never replaces one typed)


def differences(
    contact: ImportedContact, known: KnownPerson, categories_as: str = "tags"
) -> list[FieldDifference]:
    """The details where the file says something that ``known`` does not.

    ``added`` follows the store's rule for a merge: empty details are filled,
    ways to reach them, tags, networks, organisations and notes are added, and
    nothing already there is replaced.
    """
    found: list[FieldDifference] = []

    def text(label: str, existing: str, imported: str, fills: bool = True) -> None:
        if imported.strip() and fold(imported) != fold(existing):
            found.append(FieldDifference(label, existing, imported, fills and not existing))

    text(_tr("Name"), known.name, contact.name(), fills=False)
    text(_tr("Nickname"), known.nickname, contact.nickname)
    text(_tr("Role"), known.headline, contact.headline)
    if contact.organisation and fold(contact.organisation) not in map(fold, known.organisations):
        joined = "\n".join(known.organisations)
        found.append(FieldDifference(_tr("Organisation"), joined, contact.organisation, True))
    if contact.birthday is not None and contact.birthday != known.birthday:
        found.append(
            FieldDifference(
                _tr("Birthday"),
                _date(known.birthday),
                _date(contact.birthday),
                _fills_birthday(known.birthday, contact.birthday),
            )
        )
    if contact.met_on is not None and contact.met_on != known.met_on:
        found.append(
            FieldDifference(
                _tr("Met on"), _date(known.met_on), _date(contact.met_on), known.met_on is None
            )
        )
    reached = {contact_key(c.kind, c.value) for c in known.contacts}
    for kind, label in _CONTACT_LABELS.items():
        theirs = [c.value for c in contact.contacts if c.kind == kind]
        if any(contact_key(kind, value) not in reached for value in theirs):
            mine = [c.value for c in known.contacts if c.kind == kind]
            found.append(FieldDifference(_tr(label), "\n".join(mine), "\n".join(theirs), True))
    held = known.networks if categories_as == "networks" else known.tags
    if any(fold(name) not in map(fold, held) for name in contact.categories):
        label = _tr("Networks") if categories_as == "networks" else _tr("Tags")
        found.append(FieldDifference(label, ", ".join(held), ", ".join(contact.categories), True))
    notes = contact.notes.strip()
    if notes and notes not in known.notes:
        found.append(FieldDifference(_tr("Notes"), known.notes.strip(), notes, True))
    if contact.photo is not None and contact.photo != known.photo:
        mine_photo = _tr("A photo") if known.photo else ""
        theirs_photo = _tr("A different photo") if known.photo else _tr("A photo")
        found.append(FieldDifference(_tr("Photo"), mine_photo, theirs_photo, not known.photo))
    return found


def _fills_birthday(mine: PartialDate | None, theirs: PartialDate) -> bool:
    """A birthday is taken when there is none, or when it gives the year to the same day."""
    if mine is None:
        return True
    same_day = (mine.month, mine.day) == (theirs.month, theirs.day)
    return not mine.has_year and theirs.has_year and same_day


def _date(value: PartialDate | None) -> str:
    return value.display() if value is not None else ""
