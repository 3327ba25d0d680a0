"""Each person's last contact, kept in their row by the journal's triggers (migration 4).

Whatever happens to entries and people, the column must equal what the entries say:
the latest entry with them that is not in the trash.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from networkjournal.demo import build_demo
from networkjournal.store import journal as entries
from networkjournal.store import merge, people
from networkjournal.store.db import write
from networkjournal.store.journal import EntryData
from networkjournal.store.people import PersonData
from networkjournal.store.schema import InteractionPerson, Person, db


def computed() -> dict[int, str | None]:
    """Every person's last contact worked out from the entries themselves."""
    rows = db.execute_sql(
        "SELECT p.id, (SELECT MAX(i.occurred_at) FROM interaction_person ip "
        "JOIN interaction i ON i.id = ip.interaction_id "
        "WHERE ip.person_id = p.id AND i.deleted_at IS NULL) FROM person p"
    )
    return dict(rows.fetchall())


def stored() -> dict[int, str | None]:
    return dict(db.execute_sql("SELECT id, last_contact_at FROM person").fetchall())


def assert_in_step() -> None:
    assert stored() == computed()


def last(person_id: int) -> dt.datetime | None:
    return Person.get_by_id(person_id).last_contact_at


def at(day: int) -> dt.datetime:
    return dt.datetime(2025, 3, day, 10, 30)


def entry(day: int, *who: int) -> int:
    return entries.create_entry(EntryData(occurred_at=at(day), participant_ids=list(who))).entry_id


def test_an_entry_moves_last_contact_only_later(journal: Path) -> None:
    ada = people.create_person(PersonData(given_name="Ada"))
    assert last(ada) is None
    entry(10, ada)
    assert last(ada) == at(10)
    entry(5, ada)  # an older entry written later changes nothing
    assert last(ada) == at(10)
    entry(20, ada)
    assert last(ada) == at(20)
    assert_in_step()


def test_editing_trashing_restoring_and_forgetting_entries_keep_it_right(journal: Path) -> None:
    ada = people.create_person(PersonData(given_name="Ada"))
    ben = people.create_person(PersonData(given_name="Ben"))
    early = entry(3, ada, ben)
    late = entry(9, ada, ben)
    assert last(ada) == last(ben) == at(9)

    entries.update_entry(late, EntryData(occurred_at=at(1), participant_ids=[ada, ben]))
    assert last(ada) == at(3)  # moved earlier: worked out again
    entries.update_entry(late, EntryData(occurred_at=at(12), participant_ids=[ada]))
    assert last(ada) == at(12) and last(ben) == at(3)  # Ben left the entry

    entries.trash_entries([late])
    assert last(ada) == at(3)
    entries.restore_entries([late])
    assert last(ada) == at(12)
    entries.forget_entry(late, scrub=False)
    assert last(ada) == at(3)
    entries.forget_entry(early, scrub=False)
    assert last(ada) is None and last(ben) is None
    assert_in_step()


def test_merging_and_unmerging_people_keep_it_right(journal: Path) -> None:
    ada = people.create_person(PersonData(given_name="Ada"))
    other = people.create_person(PersonData(given_name="Ada", family_name="L"))
    entry(4, ada)
    entry(15, other)
    snapshot = merge.merge_people(ada, other)
    assert last(ada) == at(15)
    assert_in_step()
    merge.unmerge_people(snapshot)
    assert last(ada) == at(4) and last(other) == at(15)
    assert_in_step()


def test_a_participant_row_changed_directly_is_followed(journal: Path) -> None:
    ada = people.create_person(PersonData(given_name="Ada"))
    ben = people.create_person(PersonData(given_name="Ben"))
    entry(7, ada)
    with write():
        InteractionPerson.update(person=ben).where(InteractionPerson.person == ada).execute()
    assert last(ada) is None and last(ben) == at(7)
    assert_in_step()


def test_the_demo_journal_and_its_undo_paths_stay_in_step(journal: Path) -> None:
    build_demo(seed=3)
    assert_in_step()
    someone = next(iter(people.person_names()))
    snapshot = people.snapshot_person(someone)
    people.forget_person(someone, scrub=False)
    people.restore_person(snapshot)
    assert_in_step()
    assert any(value is not None for value in stored().values())
