"""Facts (what I know about them) and disclosures (what they know about me)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from networkjournal.store.errors import ValidationError
from networkjournal.store.facts import (
    FACT_CATEGORIES,
    DisclosureData,
    FactData,
    create_disclosure,
    create_fact,
    delete_disclosure,
    delete_fact,
    disclosures_for,
    facts_for,
    get_disclosure,
    get_fact,
    restore_disclosure,
    restore_fact,
    update_disclosure,
    update_fact,
)
from networkjournal.store.journal import (
    EntryData,
    create_entry,
    default_title,
    forget_entry,
    trash_entries,
)
from networkjournal.store.people import PersonData, create_person, forget_person
from networkjournal.store.schema import Disclosure, Fact, db
from networkjournal.store.search import search

AT = dt.datetime(2024, 3, 10, 14, 30)


def add(name: str, **fields: Any) -> int:
    return create_person(PersonData(display_name=name, **fields))


def entry(title: str = "", kind: str = "meeting", people: list[int] | None = None) -> int:
    data = EntryData(occurred_at=AT, kind=kind, title=title, participant_ids=people or [])
    if not (title or people):
        data.notes = "notes"
    return create_entry(data).entry_id


def found_people(text: str) -> set[int]:
    return {hit.id for hit in search(text) if hit.kind == "person"}


def set_created(table: str, row_id: int, when: dt.datetime) -> None:
    db.execute_sql(f"UPDATE {table} SET created_at = ? WHERE id = ?", (when, row_id))


# --- facts: create, read, edit ----------------------------------------------------------------


def test_a_fact_round_trips_through_create_get_and_update(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    meeting = entry("Clinic", people=[ada])
    data = FactData(ada, "Interested in cardiology", "career", dt.date(2024, 3, 10), meeting)
    fact_id = create_fact(data)
    assert get_fact(fact_id) == data
    changed = FactData(ben, "Plays the cello", "interest", None, None)
    update_fact(fact_id, changed)
    assert get_fact(fact_id) == changed


def test_a_fact_is_stored_trimmed_with_its_inner_lines_kept(journal: Path) -> None:
    ada = add("Ada Okafor")
    fact_id = create_fact(FactData(ada, "  Two   children:\n\n  Sam and   Alex  \n"))
    assert get_fact(fact_id).text == "Two children:\n\nSam and Alex"


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_a_fact_without_text_is_refused_naming_the_text(journal: Path, text: str) -> None:
    ada = add("Ada Okafor")
    with pytest.raises(ValidationError) as refused:
        create_fact(FactData(ada, text))
    assert refused.value.field == "text"
    assert refused.value.message == "a fact needs some text"
    assert Fact.select().count() == 0


def test_an_unknown_category_is_refused(journal: Path) -> None:
    ada = add("Ada Okafor")
    with pytest.raises(ValidationError) as refused:
        create_fact(FactData(ada, "Likes jazz", "hobby"))
    assert refused.value.field == "category"
    assert "'hobby' is not a kind of fact" in refused.value.message
    assert set(FACT_CATEGORIES) == {
        "interest",
        "family",
        "career",
        "education",
        "preference",
        "other",
    }


def test_a_fact_about_nobody_or_from_a_missing_entry_is_refused(journal: Path) -> None:
    ada = add("Ada Okafor")
    with pytest.raises(ValidationError) as refused:
        create_fact(FactData(999, "Likes jazz"))
    assert refused.value.field == "person_id"
    with pytest.raises(ValidationError) as refused:
        create_fact(FactData(ada, "Likes jazz", interaction_id=999))
    assert refused.value.field == "interaction_id"


def test_updating_or_reading_a_missing_fact_says_so(journal: Path) -> None:
    ada = add("Ada Okafor")
    with pytest.raises(LookupError):
        update_fact(42, FactData(ada, "Likes jazz"))
    with pytest.raises(LookupError):
        get_fact(42)
    with pytest.raises(LookupError):
        delete_fact(42)


# --- facts: the profile list ------------------------------------------------------------------


def test_facts_are_listed_newest_first_with_undated_ones_by_when_they_were_added(
    journal: Path,
) -> None:
    ada = add("Ada Okafor")
    old = create_fact(FactData(ada, "Went to school in Leeds", noted_on=dt.date(2020, 1, 1)))
    undated = create_fact(FactData(ada, "Vegetarian"))
    set_created("fact", undated, dt.datetime(2022, 6, 1, 9, 0))
    recent = create_fact(FactData(ada, "Training for a marathon", noted_on=dt.date(2024, 2, 1)))
    same_day = create_fact(FactData(ada, "Plays the cello", noted_on=dt.date(2024, 2, 1)))
    create_fact(FactData(add("Ben Hale"), "Not Ada's"))
    assert [row.id for row in facts_for(ada)] == [same_day, recent, undated, old]


def test_a_fact_row_names_the_entry_it_came_from(journal: Path) -> None:
    ada = add("Ada Okafor")
    titled = entry("Cardiology clinic", people=[ada])
    untitled = entry(kind="coffee", people=[ada])
    create_fact(FactData(ada, "From the clinic", interaction_id=titled, noted_on=AT.date()))
    create_fact(FactData(ada, "Over coffee", interaction_id=untitled))
    create_fact(FactData(ada, "Heard it somewhere", noted_on=dt.date(2000, 1, 1)))
    rows = {row.text: row for row in facts_for(ada)}
    assert rows["From the clinic"].interaction_title == "Cardiology clinic"
    assert rows["From the clinic"].interaction_id == titled
    assert rows["Over coffee"].interaction_title == default_title("coffee", ["Ada Okafor"])
    assert rows["Over coffee"].interaction_title == "Coffee with Ada Okafor"
    assert rows["Heard it somewhere"].interaction_title == ""
    assert rows["Heard it somewhere"].interaction_id is None
    assert rows["Heard it somewhere"].category == "other"
    assert isinstance(rows["Heard it somewhere"].created_at, dt.datetime)


def test_an_entry_in_the_trash_still_names_its_facts_source(journal: Path) -> None:
    ada = add("Ada Okafor")
    clinic = entry("Cardiology clinic", people=[ada])
    create_fact(FactData(ada, "From the clinic", interaction_id=clinic))
    trash_entries([clinic])
    (row,) = facts_for(ada)
    assert (row.interaction_id, row.interaction_title) == (clinic, "Cardiology clinic")


def test_a_fact_survives_forgetting_the_entry_it_came_from(journal: Path) -> None:
    ada = add("Ada Okafor")
    clinic = entry("Cardiology clinic", people=[ada])
    fact_id = create_fact(FactData(ada, "Interested in cardiology", interaction_id=clinic))
    forget_entry(clinic)
    (row,) = facts_for(ada)
    assert (row.id, row.interaction_id, row.interaction_title) == (fact_id, None, "")
    assert get_fact(fact_id).interaction_id is None


# --- facts: delete and undo -------------------------------------------------------------------


def test_a_deleted_fact_comes_back_with_its_id_entry_and_creation_time(journal: Path) -> None:
    ada = add("Ada Okafor")
    clinic = entry("Cardiology clinic", people=[ada])
    data = FactData(ada, "Interested in cardiology", "career", dt.date(2024, 3, 1), clinic)
    fact_id = create_fact(data)
    set_created("fact", fact_id, dt.datetime(2023, 1, 2, 3, 4, 5))
    before = facts_for(ada)
    snapshot = delete_fact(fact_id)
    assert facts_for(ada) == []
    restore_fact(snapshot)
    assert facts_for(ada) == before
    assert get_fact(fact_id) == data


def test_restoring_a_fact_whose_entry_was_forgotten_drops_the_link(journal: Path) -> None:
    ada = add("Ada Okafor")
    clinic = entry("Cardiology clinic", people=[ada])
    fact_id = create_fact(FactData(ada, "Interested in cardiology", interaction_id=clinic))
    snapshot = delete_fact(fact_id)
    forget_entry(clinic)
    restore_fact(snapshot)
    assert get_fact(fact_id).interaction_id is None


def test_restoring_a_fact_about_a_forgotten_person_says_so(journal: Path) -> None:
    ada = add("Ada Okafor")
    snapshot = delete_fact(create_fact(FactData(ada, "Likes jazz")))
    forget_person(ada)
    with pytest.raises(LookupError, match="no longer in the journal"):
        restore_fact(snapshot)


# --- facts and search -------------------------------------------------------------------------


def test_search_finds_a_person_by_a_fact_and_forgets_it_when_the_fact_goes(
    journal: Path,
) -> None:
    ada = add("Ada Okafor")
    add("Ben Hale")
    assert found_people("cardiology") == set()
    fact_id = create_fact(FactData(ada, "Interested in cardiology"))
    assert found_people("cardiology") == {ada}
    snapshot = delete_fact(fact_id)
    assert found_people("cardiology") == set()
    restore_fact(snapshot)
    assert found_people("cardiology") == {ada}


def test_editing_a_fact_moves_it_in_the_search_index(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    fact_id = create_fact(FactData(ada, "Interested in cardiology"))
    update_fact(fact_id, FactData(ben, "Interested in dermatology"))
    assert found_people("cardiology") == set()
    assert found_people("dermatology") == {ben}


# --- disclosures ------------------------------------------------------------------------------


def test_a_disclosure_round_trips_through_create_get_and_update(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    clinic = entry("Clinic", people=[ada])
    data = DisclosureData(ada, "Saw me present at the audit meeting", dt.date(2024, 3, 10), True)
    data.interaction_id = clinic
    disclosure_id = create_disclosure(data)
    assert get_disclosure(disclosure_id) == data
    changed = DisclosureData(ben, "I told them I want to do surgery")
    update_disclosure(disclosure_id, changed)
    assert get_disclosure(disclosure_id) == changed


def test_a_disclosure_without_text_is_refused_naming_the_text(journal: Path) -> None:
    ada = add("Ada Okafor")
    with pytest.raises(ValidationError) as refused:
        create_disclosure(DisclosureData(ada, "  "))
    assert refused.value.field == "text"
    assert "needs some text" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        create_disclosure(DisclosureData(123, "Knows my name"))
    assert refused.value.field == "person_id"
    with pytest.raises(LookupError):
        update_disclosure(77, DisclosureData(ada, "Knows my name"))


def test_disclosures_are_listed_newest_first_with_their_source_entry(journal: Path) -> None:
    ada = add("Ada Okafor")
    talk = entry(kind="call", people=[ada])
    old = create_disclosure(DisclosureData(ada, "Knows I row", dt.date(2021, 5, 1)))
    undated = create_disclosure(DisclosureData(ada, "Knows my name"))
    set_created("disclosure", undated, dt.datetime(2023, 1, 1))
    new = create_disclosure(
        DisclosureData(ada, "Saw my audit poster", dt.date(2024, 1, 1), True, talk)
    )
    rows = disclosures_for(ada)
    assert [row.id for row in rows] == [new, undated, old]
    assert rows[0].witnessed is True
    assert rows[0].interaction_title == "Call with Ada Okafor"
    assert rows[1].witnessed is False
    assert rows[1].interaction_title == ""


def test_a_deleted_disclosure_comes_back_with_its_id_and_creation_time(journal: Path) -> None:
    ada = add("Ada Okafor")
    disclosure_id = create_disclosure(DisclosureData(ada, "Saw me suture", None, True))
    set_created("disclosure", disclosure_id, dt.datetime(2022, 2, 2, 2, 2, 2))
    before = disclosures_for(ada)
    snapshot = delete_disclosure(disclosure_id)
    assert Disclosure.select().count() == 0
    restore_disclosure(snapshot)
    assert disclosures_for(ada) == before


def test_a_disclosure_survives_forgetting_its_entry(journal: Path) -> None:
    ada = add("Ada Okafor")
    talk = entry("Teaching", people=[ada])
    disclosure_id = create_disclosure(DisclosureData(ada, "Watched me teach", interaction_id=talk))
    forget_entry(talk)
    assert [(r.id, r.interaction_id) for r in disclosures_for(ada)] == [(disclosure_id, None)]


def test_search_finds_a_person_by_what_they_know_about_me(journal: Path) -> None:
    ada = add("Ada Okafor")
    disclosure_id = create_disclosure(DisclosureData(ada, "Saw my phlebotomy"))
    assert found_people("phlebotomy") == {ada}
    update_disclosure(
        disclosure_id, dataclasses.replace(get_disclosure(disclosure_id), text="Saw me cannulate")
    )
    assert found_people("phlebotomy") == set()
    assert found_people("cannulate") == {ada}
    delete_disclosure(disclosure_id)
    assert found_people("cannulate") == set()
