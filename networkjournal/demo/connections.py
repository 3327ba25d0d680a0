"""Who knows whom among the demo cast, and the labels the student put on people.

Relationships come from :mod:`networkjournal.demo.connection_data`, plus one
"introduced" link (introducer → the person) for everyone the cast says was
introduced, so the two records of an introduction always agree.  Tags are
data too, except "placement <year>", which goes on everyone met on clinical
placement, by the year they were met in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from networkjournal.demo.placing import calendar, typed_on
from networkjournal.demo.spec import PersonSpec, Phase
from networkjournal.store.schema import PersonTag, Relationship, Tag

if TYPE_CHECKING:
    from networkjournal.demo.builder import DemoJournal


@dataclass(frozen=True)
class Link:
    """A relationship between two cast members; for directed kinds, ``a`` does it to ``b``."""

    a: str
    b: str
    kind: str  # one of networkjournal.store.relationships.RELATIONSHIP_KINDS
    note: str = ""


def introductions(cast: tuple[PersonSpec, ...]) -> list[Link]:
    """Return an "introduced" link for each cast member someone introduced, in cast order."""
    return [
        Link(spec.introduced_by, spec.key, "introduced", spec.how_met)
        for spec in cast
        if spec.introduced_by
    ]


def add_relationships(journal: DemoJournal, links: list[Link]) -> None:
    """Store the relationships, each noted once the student knew both people."""
    rows = []
    for link in links:
        rng = journal.rng("relationship", link.a, link.b, link.kind)
        known = max(journal.added_at[link.a], journal.added_at[link.b])
        created = max(known, typed_on(journal, known.date(), rng, (link.a, link.b)))
        rows.append((created, link))
    rows.sort(key=lambda row: row[0])
    Relationship.insert_many(
        [
            (journal.person_ids[link.a], journal.person_ids[link.b], link.kind, link.note, created)
            for created, link in rows
        ],
        fields=[
            Relationship.person_a,
            Relationship.person_b,
            Relationship.kind,
            Relationship.note,
            Relationship.created_at,
        ],
    ).execute()


def placement_tags(journal: DemoJournal, cast: tuple[PersonSpec, ...]) -> dict[str, list[str]]:
    """Return "placement <year>" tags for the people met on placement, by the year met."""
    dates = calendar(journal)
    tags: dict[str, list[str]] = {}
    for spec in cast:
        if spec.met is Phase.PLACEMENT:
            tags.setdefault(f"placement {dates.met[spec.key].year}", []).append(spec.key)
    return tags


def add_tags(
    journal: DemoJournal, tagged: dict[str, tuple[str, ...] | list[str]], colours: dict[str, str]
) -> None:
    """Store the tags, in the order given, and put each on its people."""
    links = []
    for name, keys in tagged.items():
        tag_id = Tag.insert(name=name, colour=colours.get(name, "")).execute()
        links += [(journal.person_ids[key], tag_id) for key in keys]
    PersonTag.insert_many(links, fields=[PersonTag.person, PersonTag.tag]).execute()
