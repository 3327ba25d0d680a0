"""Markdown dossiers: everything about one person, or everyone in one network.

A person's dossier answers the profile's five questions — who they are, what I
know about them, how well they know me, what they know about me, what we are
learning together — and then tells our story: the journal entries with them,
oldest first, notes included. Every piece of user text is escaped
(:mod:`networkjournal.interop.markdown`), so a name or a note can never turn
into a heading, a link or HTML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from networkjournal.interop.markdown import escape_block, escape_inline, long_date
from networkjournal.store.contacts import CONTACT_KINDS
from networkjournal.store.facts import FACT_CATEGORIES, disclosures_for, facts_for
from networkjournal.store.journal import kind_label, timeline
from networkjournal.store.networks import list_networks
from networkjournal.store.organisations import memberships_for
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import KNOWS_ME_LEVELS, get_person
from networkjournal.store.people_list import person_rows
from networkjournal.store.relationships import (
    introduced_people,
    introduction_chain,
    relationships_for,
)
from networkjournal.store.schema import Interaction, Network, Person, PersonNetwork, tuples
from networkjournal.store.tags import person_tags
from networkjournal.store.topics import TOPIC_KINDS, TOPIC_STATUSES, topics_for

# How a network's dossier says how to reach someone: the first of these they have.
_BRIEF_CONTACTS = ("email", "phone", "linkedin", "website")


def person_dossier(person_id: int, today: dt.date | None = None) -> str:
    """Return everything the journal holds about a person as a Markdown document.

    Raises LookupError when there is no such person.
    """
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise LookupError(f"there is no person with id {person_id}")
    title = escape_inline(person.display_name)
    if person.headline:
        title += f" — {escape_inline(person.headline)}"
    state = " In the trash." if person.deleted_at else " Archived." if person.archived else ""
    lines = [f"# {title}", "", f"_From Network Journal, {long_date(today or dt.date.today())}._"]
    lines[-1] += state
    lines.append("")
    lines += _who_they_are(person)
    lines += _what_i_know(person_id)
    lines += _how_well_they_know_me(person)
    lines += _what_they_know_about_me(person)
    lines += _learning_together(person_id)
    lines += _journal(person_id)
    return _document(lines)


def network_dossier(network_id: int, today: dt.date | None = None) -> str:
    """Return everyone in a network, a few lines each, as a Markdown document.

    People in the trash are left out; archived people are marked. Raises
    LookupError when there is no such network.
    """
    network = Network.get_or_none(Network.id == network_id)
    if network is None:
        raise LookupError(f"there is no network with id {network_id}")
    members = tuples(
        PersonNetwork.select(PersonNetwork.person, PersonNetwork.role, Person.archived)
        .join(Person)
        .where(PersonNetwork.network == network_id, Person.deleted_at.is_null())
        .order_by(Person.sort_name, Person.id)
    )
    rows = person_rows([pid for pid, _role, _archived in members])
    lines = [f"# {escape_inline(network.name)}", ""]
    if network.description:
        lines += [escape_block(network.description), ""]
    count = f"{len(members)} {'person' if len(members) == 1 else 'people'}"
    lines += [f"_From Network Journal, {long_date(today or dt.date.today())}. {count}._", ""]
    if not members:
        lines += ["Nobody is in this network yet.", ""]
    for pid, role, archived in members:
        row = rows[pid]
        entry = f"- **{escape_inline(row.name)}**"
        if role:
            entry += f" ({escape_inline(role)})"
        if row.headline:
            entry += f" — {escape_inline(row.headline)}"
        details = [
            f"last in touch {long_date(row.last_contact)}"
            if row.last_contact
            else "no entries yet",
            _brief_contact(pid),
            "archived" if archived else "",
        ]
        lines.append(" · ".join([entry, *(detail for detail in details if detail)]))
    return _document(lines)


def network_named(name: str) -> int | None:
    """Return the id of the network called ``name`` (any case, as the journal compares), or None."""
    found = Network.get_or_none(Network.name == name.strip())
    return int(found.id) if found is not None else None


def _document(lines: list[str]) -> str:
    return "\n".join(lines).rstrip("\n") + "\n"


def _partial(value: PartialDate | None) -> str:
    return value.display() if value is not None else ""


def _brief_contact(person_id: int) -> str:
    contacts = [c for c in get_person(person_id).contacts if c.kind in _BRIEF_CONTACTS]
    if not contacts:
        return ""
    contacts.sort(key=lambda c: (not c.preferred, _BRIEF_CONTACTS.index(c.kind)))
    return escape_inline(contacts[0].value)


# --- the five questions -----------------------------------------------------------------------


def _who_they_are(person: Person) -> list[str]:
    data = get_person(person.id)
    items: list[str] = []
    if data.nickname:
        items.append(f"Also called: {escape_inline(data.nickname)}")
    if data.pronouns:
        items.append(f"Pronouns: {escape_inline(data.pronouns)}")
    if data.given_name or data.family_name:
        names = " ".join(n for n in (data.given_name, data.family_name) if n)
        if names != data.display_name:
            items.append(f"Full name: {escape_inline(names)}")
    if data.birthday:
        items.append(f"Birthday: {data.birthday.display()}")
    met = [_partial(data.met_on), escape_inline(data.met_at)]
    if any(met):
        items.append("Met: " + ", at ".join(part for part in met if part))
    if data.how_met:
        items.append(f"How we met: {escape_inline(data.how_met)}")
    chain = introduction_chain(person.id)
    if chain:
        items.append(
            "Introduced by: " + ", introduced by ".join(escape_inline(name) for _i, name in chain)
        )
    introduced = introduced_people(person.id)
    if introduced:
        items.append("Introduced me to: " + _names(name for _i, name in introduced))
    networks = {n.id: n.name for n in list_networks()}
    if data.networks:
        items.append(
            "Networks: "
            + ", ".join(
                escape_inline(networks.get(link.network_id, "?"))
                + (f" ({escape_inline(link.role)})" if link.role else "")
                for link in data.networks
            )
        )
    for membership in memberships_for(person.id):
        text = escape_inline(membership.organisation_name)
        extra = [escape_inline(membership.role)] if membership.role else []
        if membership.since or membership.until:
            extra.append(
                f"{_partial(membership.since) or '…'} to {_partial(membership.until) or 'now'}"
            )
        items.append(f"Organisation: {text}" + (f" ({', '.join(extra)})" if extra else ""))
    tags = person_tags(person.id)
    if tags:
        items.append("Tags: " + _names(tags))
    for contact in data.contacts:
        label = f" ({escape_inline(contact.label)})" if contact.label else ""
        items.append(
            f"{CONTACT_KINDS.get(contact.kind, 'Other')}{label}: {escape_inline(contact.value)}"
        )
    knows = relationships_for(person.id)
    lines = ["## Who they are", ""]
    if items:
        lines += [*(f"- {item}" for item in items), ""]
    elif not (knows or data.notes.strip()):
        lines += ["Nothing recorded yet.", ""]
    if knows:
        lines += ["### Who they know", ""]
        for rel in knows:
            note = f" — {escape_inline(rel.note)}" if rel.note else ""
            lines.append(f"- {escape_inline(rel.label)}: {escape_inline(rel.other_name)}{note}")
        lines.append("")
    if data.notes.strip():
        lines += ["### Notes", "", escape_block(data.notes), ""]
    return lines


def _names(names: Iterable[str]) -> str:
    return ", ".join(escape_inline(name) for name in names)


def _what_i_know(person_id: int) -> list[str]:
    lines = ["## What I know about them", ""]
    facts = facts_for(person_id)
    if not facts:
        return [*lines, "Nothing recorded yet.", ""]
    for category, label in FACT_CATEGORIES.items():
        chosen = [fact for fact in facts if fact.category == category]
        chosen += (
            [] if category != "other" else [f for f in facts if f.category not in FACT_CATEGORIES]
        )
        if not chosen:
            continue
        lines += [f"### {label}", ""]
        for fact in chosen:
            lines.append(
                f"- {escape_inline(fact.text)}{_source(fact.noted_on, fact.interaction_title)}"
            )
        lines.append("")
    return lines


def _source(day: dt.date | None, entry_title: str) -> str:
    parts = [long_date(day)] if day else []
    if entry_title:
        parts.append(f"from “{escape_inline(entry_title)}”")
    return f" ({', '.join(parts)})" if parts else ""


def _how_well_they_know_me(person: Person) -> list[str]:
    last = person_rows([person.id])[person.id].last_contact
    lines = ["## How well they know me", ""]
    lines.append(f"- They know me: {KNOWS_ME_LEVELS[person.knows_me]}")
    closeness = f"{person.closeness} of 5" if person.closeness else "not set"
    lines.append(f"- Closeness: {closeness}")
    lines.append(f"- Last in touch: {long_date(last) if last else 'no journal entries yet'}")
    if person.keep_in_touch_days:
        lines.append(f"- Keep in touch: every {person.keep_in_touch_days} days")
    lines.append("")
    return lines


def _what_they_know_about_me(person: Person) -> list[str]:
    lines = ["## What they know about me", ""]
    told = [d for d in disclosures_for(person.id) if not d.witnessed]
    seen = [d for d in disclosures_for(person.id) if d.witnessed]
    for heading, items in (("What I have told them", told), ("What they have seen me do", seen)):
        if items:
            lines += [f"### {heading}", ""]
            lines += [
                f"- {escape_inline(d.text)}{_source(d.shared_on, d.interaction_title)}"
                for d in items
            ]
            lines.append("")
    if person.is_referee:
        note = f": {escape_inline(person.referee_note)}" if person.referee_note else ""
        lines += [f"**A referee**{note}", ""]
    if len(lines) == 2:
        lines += ["Nothing recorded yet.", ""]
    return lines


def _learning_together(person_id: int) -> list[str]:
    lines = ["## What we're learning together", ""]
    topics = topics_for(person_id)
    if not topics:
        return [*lines, "Nothing recorded yet.", ""]
    for topic, role in topics:
        kind = TOPIC_KINDS.get(topic.kind, topic.kind)
        status = TOPIC_STATUSES.get(topic.status, topic.status).lower()
        text = (
            f"- **{escape_inline(topic.title)}** — {escape_inline(kind)}, {escape_inline(status)}"
        )
        if role:
            text += f"; their role: {escape_inline(role)}"
        when = [_partial(topic.started_on), _partial(topic.ended_on)]
        if any(when):
            text += f" ({when[0] or '…'} to {when[1] or 'now'})"
        lines.append(text)
    lines.append("")
    return lines


def _journal(person_id: int) -> list[str]:
    entries = list(reversed(timeline(person_id)))  # the story reads oldest first
    lines = ["## Journal", ""]
    if not entries:
        return [*lines, "No journal entries with them yet.", ""]
    notes: dict[int, str] = dict(
        tuples(
            Interaction.select(Interaction.id, Interaction.notes).where(
                Interaction.id.in_([entry.id for entry in entries])
            )
        )
    )
    for entry in entries:
        lines += [f"### {long_date(entry.occurred_at)} — {escape_inline(entry.title)}", ""]
        about = [escape_inline(kind_label(entry.kind))]
        if entry.location:
            about.append(f"at {escape_inline(entry.location)}")
        if entry.people:
            about.append(f"with {_names(entry.people)}")
        lines += [f"_{' '.join(about)}_", ""]
        text = escape_block(notes.get(entry.id, ""))
        if text:
            lines += [text, ""]
    return lines
