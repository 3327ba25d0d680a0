"""Referees: who could write me a reference, what they saw and were told, and when we last met."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from networkjournal.store.facts import DisclosureData, create_disclosure
from networkjournal.store.journal import EntryData, create_entry, trash_entries
from networkjournal.store.people import PersonData, create_person, move_to_trash, set_archived
from networkjournal.store.referees import referees


def add(name: str, **fields: Any) -> int:
    return create_person(PersonData(display_name=name, **fields))


def met(person_id: int, when: dt.datetime, kind: str = "meeting") -> int:
    return create_entry(
        EntryData(occurred_at=when, kind=kind, participant_ids=[person_id])
    ).entry_id


def test_referees_are_the_people_marked_so_outside_the_trash_by_folded_name(
    journal: Path,
) -> None:
    zed = add("zed Jones", is_referee=True)
    emma = add("Émma Ito", is_referee=True, headline="Consultant", referee_note="Clinical skills")
    archived = add("Archie Old", is_referee=True)
    set_archived([archived], True)
    gone = add("Gone", is_referee=True)
    move_to_trash([gone])
    add("Not asked")
    rows = referees()
    assert [row.person_id for row in rows] == [archived, emma, zed]
    assert (rows[1].name, rows[1].headline, rows[1].referee_note) == (
        "Émma Ito",
        "Consultant",
        "Clinical skills",
    )


def test_a_referees_disclosures_are_split_into_witnessed_and_told_newest_first(
    journal: Path,
) -> None:
    ada = add("Ada Okafor", is_referee=True)
    saw_old = create_disclosure(DisclosureData(ada, "Saw me suture", dt.date(2022, 1, 1), True))
    told = create_disclosure(DisclosureData(ada, "I want to do surgery", dt.date(2023, 1, 1)))
    saw_new = create_disclosure(DisclosureData(ada, "Saw my audit talk", dt.date(2024, 1, 1), True))
    create_disclosure(DisclosureData(add("Ben Hale"), "Not a referee's", None, True))
    (row,) = referees()
    assert [d.id for d in row.witnessed] == [saw_new, saw_old]
    assert [d.id for d in row.told] == [told]
    assert all(d.witnessed for d in row.witnessed)


def test_a_referees_last_contact_is_their_latest_entry_of_any_kind_outside_the_trash(
    journal: Path,
) -> None:
    ada = add("Ada Okafor", is_referee=True)
    add("Ben Hale", is_referee=True)
    met(ada, dt.datetime(2023, 5, 1, 10, 0), "supervision")
    met(ada, dt.datetime(2024, 2, 1, 9, 30), "message")
    trash_entries([met(ada, dt.datetime(2024, 6, 1, 9, 0))])
    contacts = {row.name: row.last_contact for row in referees()}
    assert contacts == {"Ada Okafor": dt.datetime(2024, 2, 1, 9, 30), "Ben Hale": None}
