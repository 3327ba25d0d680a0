"""Undoable edits made in a person's profile: their details, facts, tags, organisations, topics.

Records with the store's usual shape (facts, disclosures, relationships, topics,
organisations) go through :mod:`networkjournal.ui.record_commands`, so undoing an
addition deletes the record and redo brings it back under the same id.  What
is left here are the edits of a person's links: tags and memberships.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication

from networkjournal.store import facts, organisations, people, relationships, tags, topics
from networkjournal.store.facts import DisclosureData, FactData
from networkjournal.store.organisations import MemberData, OrganisationData
from networkjournal.store.relationships import RelationshipData
from networkjournal.store.topics import TopicData, TopicMember
from networkjournal.ui.commands import EditPerson, StoreCommand
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.record_commands import (
    CreateRecord,
    DeleteRecord,
    UpdateRecord,
    record_store,
)

FACTS = record_store(facts, "fact")
DISCLOSURES = record_store(facts, "disclosure")
RELATIONSHIPS = record_store(relationships, "relationship")
TOPICS = record_store(topics, "topic")
ORGANISATIONS = record_store(organisations, "organisation")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileCommands", text)


def edit_person_fields(
    events: JournalEvents, person_id: int, text: str, **changes: Any
) -> EditPerson:
    """Return an :class:`EditPerson` that changes only the named fields (``knows_me=2``)."""
    data = dataclasses.replace(people.get_person(person_id), **changes)
    command = EditPerson(events, person_id, data)
    command.setText(text)
    return command


def add_fact(events: JournalEvents, data: FactData) -> CreateRecord[Any, Any]:
    """Note something I know about a person."""
    return CreateRecord(events, _tr("Add fact"), FACTS, data)


def delete_fact(events: JournalEvents, fact_id: int) -> DeleteRecord[Any, Any]:
    """Delete a fact."""
    return DeleteRecord(events, _tr("Delete fact"), FACTS, fact_id)


def add_disclosure(events: JournalEvents, data: DisclosureData) -> CreateRecord[Any, Any]:
    """Note something a person knows about me: told, or witnessed."""
    text = _tr("Add what they saw me do") if data.witnessed else _tr("Add what I told them")
    return CreateRecord(events, text, DISCLOSURES, data)


def delete_disclosure(events: JournalEvents, disclosure_id: int) -> DeleteRecord[Any, Any]:
    """Delete something a person knows about me."""
    return DeleteRecord(events, _tr("Delete what they know about me"), DISCLOSURES, disclosure_id)


def add_relationship(events: JournalEvents, data: RelationshipData) -> CreateRecord[Any, Any]:
    """Note how two people are related."""
    return CreateRecord(events, _tr("Add relationship"), RELATIONSHIPS, data)


def delete_relationship(events: JournalEvents, relationship_id: int) -> DeleteRecord[Any, Any]:
    """Delete a relationship between two people."""
    return DeleteRecord(events, _tr("Delete relationship"), RELATIONSHIPS, relationship_id)


def add_to_topic(
    events: JournalEvents, topic: int | str, person_id: int, role: str = ""
) -> StoreCommand:
    """Put a person on a topic given by id, or on a new one given by its title."""
    member = TopicMember(person_id, role)
    if isinstance(topic, str):
        data = TopicData(title=topic, status="active", people=[member])
        return CreateRecord(events, _tr("New topic %1").replace("%1", topic), TOPICS, data)
    before = topics.get_topic(topic)
    others = [m for m in before.people if m.person_id != person_id]
    after = dataclasses.replace(before, people=[*others, member])
    return UpdateRecord(events, _tr("Add to %1").replace("%1", before.title), TOPICS, topic, after)


def remove_from_topic(events: JournalEvents, topic_id: int, person_id: int) -> StoreCommand:
    """Take a person off a topic (the topic stays)."""
    before = topics.get_topic(topic_id)
    after = dataclasses.replace(
        before, people=[m for m in before.people if m.person_id != person_id]
    )
    text = _tr("Remove from %1").replace("%1", before.title)
    return UpdateRecord(events, text, TOPICS, topic_id, after)


def add_to_organisation(
    events: JournalEvents, organisation: int | str, member: MemberData
) -> StoreCommand:
    """Add a person to an organisation given by id, or to a new one given by its name."""
    if isinstance(organisation, str):
        data = OrganisationData(name=organisation, members=[member])
        text = _tr("New organisation %1").replace("%1", organisation)
        return CreateRecord(events, text, ORGANISATIONS, data)
    return AddMembership(events, organisation, member)


class AddMembership(StoreCommand):
    """Add a person to an organisation they are not in yet."""

    def __init__(self, events: JournalEvents, organisation_id: int, member: MemberData) -> None:
        super().__init__(events, _tr("Add to organisation"))
        self.organisation_id = organisation_id
        self.member = member

    def apply(self) -> None:
        organisations.add_membership(self.organisation_id, self.member)

    def revert(self) -> None:
        organisations.remove_membership(self.organisation_id, self.member.person_id)


class RemoveMembership(StoreCommand):
    """Take a person out of an organisation."""

    def __init__(self, events: JournalEvents, organisation_id: int, person_id: int) -> None:
        super().__init__(events, _tr("Remove from organisation"))
        self.organisation_id = organisation_id
        self.person_id = person_id
        self._removed: MemberData | None = None

    def apply(self) -> None:
        self._removed = organisations.remove_membership(self.organisation_id, self.person_id)

    def revert(self) -> None:
        if self._removed is not None:
            organisations.add_membership(self.organisation_id, self._removed)


class SetPersonTags(StoreCommand):
    """Replace a person's tags (tags typed for the first time are created)."""

    def __init__(self, events: JournalEvents, person_id: int, names: list[str]) -> None:
        super().__init__(events, _tr("Change tags"))
        self.person_id = person_id
        self.names = names
        self._before: list[str] = []

    def apply(self) -> None:
        self._before = tags.set_person_tags(self.person_id, self.names)

    def revert(self) -> None:
        tags.set_person_tags(self.person_id, self._before)
