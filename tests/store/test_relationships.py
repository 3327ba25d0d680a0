"""Relationships between people, how each side reads them, and who introduced whom."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.people import PersonData, create_person, forget_person, move_to_trash
from networkjournal.store.relationships import (
    DIRECTED_KINDS,
    RELATIONSHIP_KINDS,
    RelationshipData,
    create_relationship,
    delete_relationship,
    get_relationship,
    introduced_people,
    introduction_chain,
    relationships_for,
    restore_relationship,
    update_relationship,
)
from networkjournal.store.schema import Person, Relationship, db


def add(name: str, **fields: Any) -> int:
    return create_person(PersonData(display_name=name, **fields))


def relate(a: int, b: int, kind: str = "knows", note: str = "") -> int:
    return create_relationship(RelationshipData(a, b, kind, note))


def introduce(person: int, by: int | None) -> None:
    Person.update(introduced_by=by).where(Person.id == person).execute()


def labels(person_id: int) -> list[tuple[str, str]]:
    return [(row.other_name, row.label) for row in relationships_for(person_id)]


# --- create, read, edit -----------------------------------------------------------------------


def test_a_relationship_round_trips_through_create_get_and_update(journal: Path) -> None:
    ada, ben, cy = add("Ada Okafor"), add("Ben Hale"), add("Cy Twombly")
    data = RelationshipData(ada, ben, "supervises", "Her audit, 2023")
    rel = create_relationship(data)
    assert get_relationship(rel) == data
    changed = RelationshipData(cy, ada, "friend", "")
    update_relationship(rel, changed)
    assert get_relationship(rel) == changed


def test_a_relationship_with_oneself_is_refused(journal: Path) -> None:
    ada = add("Ada Okafor")
    with pytest.raises(ValidationError) as refused:
        relate(ada, ada, "friend")
    assert refused.value.field == "person_b"
    assert "themselves" in refused.value.message


def test_an_unknown_kind_or_person_is_refused(journal: Path) -> None:
    ada = add("Ada Okafor")
    with pytest.raises(ValidationError) as refused:
        relate(ada, add("Ben Hale"), "enemy")
    assert refused.value.field == "kind"
    assert "'enemy' is not a kind of relationship" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        relate(ada, 999)
    assert refused.value.field == "person_b"
    assert Relationship.select().count() == 0


def test_the_same_undirected_relationship_is_refused_in_either_order(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    relate(ada, ben, "friend")
    for a, b in [(ada, ben), (ben, ada)]:
        with pytest.raises(ValidationError) as refused:
            relate(a, b, "friend")
        assert refused.value.field == "kind"
        assert refused.value.message == "they are already recorded as friends"
    relate(ben, ada, "colleague")  # another kind is another relationship
    assert Relationship.select().count() == 2


def test_the_same_directed_relationship_is_refused_but_the_reverse_is_not(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    relate(ada, ben, "supervises")
    with pytest.raises(ValidationError) as refused:
        relate(ada, ben, "supervises")
    assert refused.value.message == "they are already recorded as Ada Okafor supervising Ben Hale"
    relate(ben, ada, "supervises")  # odd, but each may supervise the other in something
    assert Relationship.select().count() == 2


def test_editing_a_relationship_does_not_clash_with_itself_but_does_with_others(
    journal: Path,
) -> None:
    ada, ben, cy = add("Ada Okafor"), add("Ben Hale"), add("Cy Twombly")
    friends = relate(ada, ben, "friend")
    update_relationship(friends, RelationshipData(ben, ada, "friend", "since school"))
    other = relate(ada, cy, "friend")
    with pytest.raises(ValidationError, match="already recorded as friends"):
        update_relationship(other, RelationshipData(ada, ben, "friend"))
    assert get_relationship(other) == RelationshipData(ada, cy, "friend")


def test_a_missing_relationship_cannot_be_read_edited_or_deleted(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    with pytest.raises(LookupError):
        get_relationship(8)
    with pytest.raises(LookupError):
        update_relationship(8, RelationshipData(ada, ben))
    with pytest.raises(LookupError):
        delete_relationship(8)


# --- delete and undo --------------------------------------------------------------------------


def test_a_deleted_relationship_comes_back_with_its_id_and_creation_time(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    rel = relate(ada, ben, "mentors", "weekly")
    db.execute_sql("UPDATE relationship SET created_at = '2021-01-01 08:00:00'")
    created = db.execute_sql("SELECT created_at FROM relationship").fetchone()
    before = relationships_for(ben)
    snapshot = delete_relationship(rel)
    assert relationships_for(ben) == []
    restore_relationship(snapshot)
    assert relationships_for(ben) == before
    assert before[0].id == rel
    assert db.execute_sql("SELECT created_at FROM relationship").fetchone() == created


# --- how each side reads ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "from_a", "from_b"),
    [
        ("supervises", "Supervises", "Supervised by"),
        ("mentors", "Mentors", "Mentored by"),
        ("introduced", "Introduced", "Introduced by"),
        ("friend", "Friend", "Friend"),
        ("flatmate", "Flatmate", "Flatmate"),
        ("knows", "Knows", "Knows"),
    ],
)
def test_a_relationship_reads_from_each_side(
    journal: Path, kind: str, from_a: str, from_b: str
) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    relate(ada, ben, kind)
    assert labels(ada) == [("Ben Hale", from_a)]
    assert labels(ben) == [("Ada Okafor", from_b)]


def test_every_directed_kind_is_a_kind() -> None:
    assert set(RELATIONSHIP_KINDS) >= DIRECTED_KINDS


def test_relationships_are_listed_by_the_other_persons_folded_name_without_the_trash(
    journal: Path,
) -> None:
    me = add("Me Myself")
    zed, emile, ada, gone = add("zed"), add("Émile"), add("Ada"), add("Gone")
    relate(me, zed, "friend", "from halls")
    relate(emile, me, "supervises")
    relate(me, ada, "colleague")
    relate(gone, me, "friend")
    relate(zed, ada, "friend")  # not about me
    move_to_trash([gone])
    rows = relationships_for(me)
    assert [(r.other_id, r.other_name, r.kind, r.label) for r in rows] == [
        (ada, "Ada", "colleague", "Colleague"),
        (emile, "Émile", "supervises", "Supervised by"),
        (zed, "zed", "friend", "Friend"),
    ]
    assert rows[2].note == "from halls"


# --- introductions ----------------------------------------------------------------------------


def test_the_introduction_chain_follows_who_introduced_whom_back_to_the_start(
    journal: Path,
) -> None:
    ada, ben, cy, dee = add("Ada"), add("Ben"), add("Cy"), add("Dee")
    introduce(dee, cy)
    introduce(cy, ben)
    introduce(ben, ada)
    assert introduction_chain(dee) == [(cy, "Cy"), (ben, "Ben"), (ada, "Ada")]
    assert introduction_chain(ada) == []


def test_the_introduction_chain_stops_at_a_loop(journal: Path) -> None:
    ada, ben, cy = add("Ada"), add("Ben"), add("Cy")
    introduce(ada, ben)
    introduce(ben, cy)
    introduce(cy, ben)
    assert introduction_chain(ada) == [(ben, "Ben"), (cy, "Cy")]
    introduce(cy, ada)
    assert introduction_chain(ada) == [(ben, "Ben"), (cy, "Cy")]


def test_people_in_the_trash_stay_in_the_introduction_chain(journal: Path) -> None:
    ada, ben, cy = add("Ada"), add("Ben"), add("Cy")
    introduce(cy, ben)
    introduce(ben, ada)
    move_to_trash([ben])
    assert introduction_chain(cy) == [(ben, "Ben"), (ada, "Ada")]


def test_a_forgotten_introducer_ends_the_chain(journal: Path) -> None:
    ada, ben = add("Ada"), add("Ben")
    introduce(ben, ada)
    forget_person(ada)
    assert introduction_chain(ben) == []


def test_introduced_people_are_those_this_person_introduced_by_name(journal: Path) -> None:
    ada = add("Ada")
    zoe, bea, gone = add("Zoë", introduced_by_id=ada), add("bea"), add("Gone")
    introduce(bea, ada)
    introduce(gone, ada)
    move_to_trash([gone])
    add("Cy", introduced_by_id=zoe)
    assert introduced_people(ada) == [(bea, "bea"), (zoe, "Zoë")]
    assert introduced_people(bea) == []


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],  # each example resets links
)
@given(links=st.lists(st.integers(min_value=-1, max_value=7), min_size=8, max_size=8))
def test_the_introduction_chain_never_loops_whatever_the_links(
    journal: Path, links: list[int]
) -> None:
    ids = [row[0] for row in db.execute_sql("SELECT id FROM person ORDER BY id")]
    if not ids:
        with write():
            ids = [add(f"Person {n}") for n in range(8)]
    introducer = {
        person: ids[link] if link >= 0 and ids[link] != person else None
        for person, link in zip(ids, links, strict=True)
    }
    with write():
        for person, by in introducer.items():
            introduce(person, by)
    for start in ids:
        chain = [pid for pid, _name in introduction_chain(start)]
        assert len(chain) == len(set(chain))
        assert start not in chain
        # Each step is the previous person's introducer; it stops only at nobody or a repeat.
        previous = start
        for pid in chain:
            assert introducer[previous] == pid
            previous = pid
        last = introducer[previous]
        assert last is None or last in chain or last == start
