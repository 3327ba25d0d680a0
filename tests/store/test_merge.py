"""Merging two people: every link moves, nothing repeats or is lost, and undo is exact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from networkjournal.demo import build_demo
from networkjournal.store.merge import (
    HANDLED_LINKS,
    contact_key,
    merge_people,
    person_links,
    unmerge_people,
)
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import (
    ContactMethodData,
    NetworkRole,
    PersonData,
    create_person,
)
from networkjournal.store.schema import (
    MODELS,
    ContactMethod,
    Disclosure,
    Fact,
    FollowUp,
    ImportantDate,
    Interaction,
    InteractionPerson,
    Membership,
    Network,
    Organisation,
    Person,
    PersonTag,
    Relationship,
    Tag,
    Topic,
    TopicPerson,
    db,
)
from networkjournal.store.search import search

TODAY = dt.date(2026, 3, 14)


def dump_everything() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, and every document of the search index, as stored."""
    tables = {
        model._meta.table_name: db.execute_sql(
            f'SELECT * FROM "{model._meta.table_name}" ORDER BY 1'
        ).fetchall()
        for model in MODELS
    }
    tables["search_index"] = db.execute_sql(
        "SELECT rowid, name, details FROM search_index ORDER BY rowid"
    ).fetchall()
    return tables


def person_rows() -> dict[tuple[str, str], int]:
    """How many rows of each (table, column) point at anyone."""
    return {
        (table, column): db.execute_sql(
            f'SELECT COUNT(*) FROM "{table}" WHERE "{column}" IS NOT NULL'
        ).fetchone()[0]
        for table, column in person_links()
    }


def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return list(db.execute_sql(sql, params).fetchall())


def network_id(name: str) -> int:
    return int(Network.get(Network.name == name).id)


def add(name: str, **fields: Any) -> int:
    return create_person(PersonData(display_name=name, **fields))


def entry(title: str, *people: int) -> int:
    interaction = Interaction.create(occurred_at=dt.datetime(2025, 5, 1, 10), title=title)
    for pid in people:
        InteractionPerson.create(interaction=interaction, person=pid)
    return int(interaction.id)


def test_every_table_that_points_at_a_person_has_a_merge_rule() -> None:
    # A new table with a person column fails here until merge_people moves its rows.
    links = person_links()
    assert ("relationship", "person_b_id") in links
    assert ("person", "introduced_by_id") in links
    assert links == HANDLED_LINKS


def test_merging_moves_every_link_without_repeating_any(journal: Path) -> None:
    social, support = network_id("Social"), network_id("Personal support")
    keep = add(
        "Amara Osei",
        headline="FY2 doctor",
        contacts=[ContactMethodData("email", "amara.osei@nhs.net")],
        networks=[NetworkRole(social)],
    )
    other = add(
        "Amara O.",
        headline="Anatomy demonstrator",
        contacts=[
            ContactMethodData("email", "Amara.Osei@NHS.net", label="work"),
            ContactMethodData("phone", "07700 900123"),
        ],
        networks=[NetworkRole(social, "society president"), NetworkRole(support, "friend")],
    )
    friend, introduced = add("Tom Reyes"), add("Lena Park")
    Person.update(introduced_by=other).where(Person.id == introduced).execute()
    shared = entry("Anatomy session", keep, other, friend)
    only_other = entry("Coffee", other)
    Fact.create(person=other, text="Plays the cello in the orchestra")
    Disclosure.create(person=other, text="Knows I want to do surgery")
    topic = Topic.create(title="Audit of hand hygiene")
    TopicPerson.create(topic=topic, person=keep, role="")
    TopicPerson.create(topic=topic, person=other, role="co-author")
    Relationship.create(person_a=keep, person_b=other, kind="friend")
    Relationship.create(person_a=keep, person_b=friend, kind="friend")
    Relationship.create(person_a=friend, person_b=other, kind="friend", note="flatmates once")
    Relationship.create(person_a=other, person_b=friend, kind="mentors")
    orchestra = Organisation.create(name="Orchestra")
    Membership.create(person=keep, organisation=orchestra, role="")
    Membership.create(person=other, organisation=orchestra, role="cellist")
    tag_a, tag_b = Tag.create(name="orchestra"), Tag.create(name="referee?")
    PersonTag.create(person=keep, tag=tag_a)
    PersonTag.create(person=other, tag=tag_a)
    PersonTag.create(person=other, tag=tag_b)
    FollowUp.create(title="Ask about the audit", person=other)
    ImportantDate.create(person=other, label="Finals", date=PartialDate(2026, 6, 1))
    before = person_rows()

    snapshot = merge_people(keep, other)

    assert not Person.select().where(Person.id == other).exists()
    # Nothing points at the merged-away person, and nothing was lost to a cascade:
    # every row either moved or was dropped as a repeat, and the snapshot holds it.
    dropped: dict[str, int] = {}
    for table, _row in snapshot.dropped:
        dropped[table] = dropped.get(table, 0) + 1
    after = person_rows()
    for (table, column), count in before.items():
        if table != "relationship":
            assert after[(table, column)] == count - dropped.get(table, 0), table
    assert Relationship.select().count() == 4 - dropped["relationship"]
    for table, column in person_links():
        assert not db.execute_sql(
            f'SELECT 1 FROM "{table}" WHERE "{column}" = ?', (other,)
        ).fetchone()

    assert rows("SELECT person_id FROM interaction_person WHERE interaction_id = ?", shared) == [
        (keep,),
        (friend,),
    ]
    assert rows(
        "SELECT person_id FROM interaction_person WHERE interaction_id = ?", only_other
    ) == [(keep,)]
    for table in ("fact", "disclosure", "follow_up", "important_date"):
        assert rows(f"SELECT person_id FROM {table}") == [(keep,)], table
    assert TopicPerson.get(TopicPerson.topic == topic).role == "co-author"  # an empty role filled
    assert TopicPerson.select().count() == 1
    assert set(rows("SELECT network_id, role FROM person_network WHERE person_id = ?", keep)) == {
        (social, "society president"),
        (support, "friend"),
    }
    assert rows("SELECT organisation_id, role FROM membership") == [(orchestra.id, "cellist")]
    assert rows("SELECT tag_id FROM person_tag WHERE person_id = ? ORDER BY tag_id", keep) == [
        (tag_a.id,),
        (tag_b.id,),
    ]
    methods = [
        (c.kind, c.value, c.label, c.position)
        for c in ContactMethod.select()
        .where(ContactMethod.person == keep)
        .order_by(ContactMethod.position)
    ]
    assert methods == [
        ("email", "amara.osei@nhs.net", "work", 0),
        ("phone", "07700 900123", "", 1),
    ]
    relationships = set(rows("SELECT person_a_id, person_b_id, kind, note FROM relationship"))
    # The friendship between the two is gone (it would be with themselves); the two
    # friendships with Tom are one, keeping the other's note; mentoring moved.
    assert relationships == {
        (keep, friend, "friend", "flatmates once"),
        (keep, friend, "mentors", ""),
    }
    assert sorted(r["kind"] for t, r in snapshot.dropped if t == "relationship") == [
        "friend",
        "friend",
    ]
    assert rows("SELECT introduced_by_id FROM person WHERE id = ?", introduced) == [(keep,)]


def test_merging_fills_only_empty_fields_and_joins_notes(journal: Path) -> None:
    keep = add("Jo Bloggs", headline="Registrar", notes="Met at the audit meeting.", knows_me=1)
    other = add(
        "Joanna Bloggs",
        given_name="Joanna",
        family_name="Bloggs",
        headline="Consultant",
        notes="Supervised my QIP.",
        birthday=PartialDate(None, 12, 21),
        closeness=4,
        knows_me=3,
        is_referee=True,
        photo=b"\x89PNG...",
    )
    known_since = dt.datetime(2020, 9, 21, 9, 0)
    Person.update(uid="urn:uuid:1234", extra='["X-SKYPE:jo"]', created_at=known_since).where(
        Person.id == other
    ).execute()

    merge_people(keep, other)

    person = Person.get_by_id(keep)
    assert person.display_name == "Jo Bloggs"  # the kept name stays
    assert person.headline == "Registrar"  # never overwritten
    assert (person.given_name, person.family_name) == ("Joanna", "Bloggs")  # empty: filled
    assert person.notes == "Met at the audit meeting.\n\nSupervised my QIP."
    assert person.birthday == PartialDate(None, 12, 21)
    assert (person.closeness, person.knows_me, person.is_referee) == (4, 3, True)
    assert person.photo == b"\x89PNG..."
    assert (person.uid, person.extra) == ("urn:uuid:1234", '["X-SKYPE:jo"]')
    assert person.created_at == known_since  # known since the earlier record: it counts for
    # keeping in touch when there is no entry yet


def test_search_finds_the_merged_persons_facts_under_the_kept_person(journal: Path) -> None:
    keep, other = add("Priya Nair"), add("P. Nair")
    Fact.create(person=other, text="Volunteers at the hospice on Sundays")

    merge_people(keep, other)

    assert [(hit.kind, hit.id) for hit in search("hospice")] == [("person", keep)]
    assert [hit.id for hit in search("Nair")] == [keep]


def test_a_person_cannot_be_merged_with_themselves_or_with_nobody(journal: Path) -> None:
    keep = add("Sam Hale")
    before = dump_everything()
    with pytest.raises(ValueError):
        merge_people(keep, keep)
    with pytest.raises(LookupError):
        merge_people(keep, keep + 100)
    assert dump_everything() == before


def test_undo_of_a_merge_needs_the_merged_persons_id_free(journal: Path) -> None:
    keep, other = add("Sam Hale"), add("Samuel Hale")
    snapshot = merge_people(keep, other)
    unmerge_people(snapshot)
    with pytest.raises(ValueError):
        unmerge_people(snapshot)


def _demo_pairs() -> list[tuple[int, int]]:
    """Pairs worth merging in the demo: most shared entries, related, introducer and introduced."""
    shared = db.execute_sql(
        "SELECT a.person_id, b.person_id FROM interaction_person a "
        "JOIN interaction_person b ON a.interaction_id = b.interaction_id "
        "AND a.person_id < b.person_id GROUP BY 1, 2 ORDER BY COUNT(*) DESC, 1, 2 LIMIT 1"
    ).fetchone()
    related = db.execute_sql(
        "SELECT person_a_id, person_b_id FROM relationship ORDER BY id LIMIT 1"
    ).fetchone()
    introduced = db.execute_sql(
        "SELECT id, introduced_by_id FROM person WHERE introduced_by_id IS NOT NULL "
        "ORDER BY id LIMIT 1"
    ).fetchone()
    return [(shared[0], shared[1]), (related[1], related[0]), (introduced[0], introduced[1])]


def test_merge_then_undo_gives_back_the_demo_journal_byte_for_byte(journal: Path) -> None:
    build_demo(seed=1, today=TODAY)
    for keep, other in _demo_pairs():
        before = dump_everything()
        snapshot = merge_people(keep, other)
        assert snapshot.changed  # the demo's people are linked: something moved
        assert dump_everything() != before

        unmerge_people(snapshot)

        assert dump_everything() == before, (keep, other)


def test_contact_key_treats_national_and_international_numbers_as_one() -> None:
    assert contact_key("phone", "07700 900123") == contact_key("phone", "+44 (0)7700 900123")
    assert contact_key("phone", "+44 7700 900123 ext 12") == contact_key("phone", "07700900123")
    assert contact_key("phone", "07700 900123") != contact_key("phone", "07700 900124")
    assert contact_key("email", "Jo@Example.org") == contact_key("email", "jo@example.org")
