"""Forgetting a person leaves no trace of them in the journal file's bytes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from networkjournal.store import facts, people
from networkjournal.store import journal as entries
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.journal import EntryData, FollowUpData
from networkjournal.store.people import ContactMethodData, PersonData
from networkjournal.store.schema import Interaction, db

GIVEN, FAMILY = "Zyxwvutsrqp", "Qwertyuiop"
SECRET_NOTE = "Vbnmlkjhgf confided"  # a word only in an entry they alone were in
SHARED_NOTE = "Plokijuhyg lunch"  # a word in an entry someone else was at too


def file_bytes(path: Path) -> bytes:
    """The journal and its write-ahead log, lower-cased (the index keeps words folded)."""
    wal = path.with_name(path.name + "-wal")
    data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return data.lower()


def checkpoint() -> None:
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def traces(path: Path, *words: str) -> list[str]:
    data = file_bytes(path)
    return [word for word in words if word.lower().encode() in data]


def make_someone_to_forget() -> tuple[int, int, int, int]:
    """Zyxwvutsrqp with details, a fact, an entry alone and one with Ana; return the ids."""
    ana = people.create_person(PersonData(given_name="Ana", family_name="Silva"))
    person = people.create_person(
        PersonData(
            given_name=GIVEN,
            family_name=FAMILY,
            headline=f"{FAMILY} lab",
            notes=f"Notes about {GIVEN}",
            contacts=[ContactMethodData("email", f"{GIVEN.lower()}@example.org")],
        )
    )
    facts.create_fact(facts.FactData(person_id=person, text=f"{GIVEN} plays the oboe"))
    alone = entries.create_entry(
        EntryData(
            occurred_at=dt.datetime(2025, 3, 1, 10, 0),
            title=f"Coffee with {GIVEN}",
            notes=SECRET_NOTE,
            participant_ids=[person],
            follow_ups=[FollowUpData(f"Email {GIVEN}", person_id=person)],
        )
    ).entry_id
    shared = entries.create_entry(
        EntryData(
            occurred_at=dt.datetime(2025, 3, 2, 12, 0),
            notes=SHARED_NOTE,
            participant_ids=[person, ana],
        )
    ).entry_id
    return person, ana, alone, shared


def test_sole_entries_are_those_nobody_else_was_at(journal: Path) -> None:
    person, ana, alone, shared = make_someone_to_forget()
    assert people.sole_entries([person]) == [alone]
    assert people.sole_entries([person, ana]) == [alone, shared]
    assert people.sole_entries([ana]) == []
    assert people.sole_entries([]) == []


def test_forgetting_leaves_the_name_nowhere_in_the_file(journal: Path) -> None:
    person, ana, alone, shared = make_someone_to_forget()
    checkpoint()
    # The test can fail: before forgetting, all of it is in the file.
    assert traces(journal, GIVEN, FAMILY, SECRET_NOTE) == [GIVEN, FAMILY, SECRET_NOTE]

    people.forget_person(person, with_entries=True)

    assert traces(journal, GIVEN, FAMILY, SECRET_NOTE, "vbnmlkjhgf") == []
    # The entry Ana was at stays, hers as much as theirs.
    assert Interaction.get_or_none(Interaction.id == alone) is None
    assert entries.get_entry(shared).participant_ids == [ana]
    assert traces(journal, SHARED_NOTE) == [SHARED_NOTE]
    wal = journal.with_name(journal.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_forgetting_without_entries_keeps_them_but_not_the_person(journal_path: Path) -> None:
    open_journal(journal_path)
    try:
        person, _ana, alone, _shared = make_someone_to_forget()
        people.forget_person(person)
        assert Interaction.get_or_none(Interaction.id == alone) is not None
        assert traces(journal_path, FAMILY) == []
    finally:
        close_journal()


def test_the_name_stays_gone_after_reopening_and_a_vacuum(journal_path: Path) -> None:
    open_journal(journal_path)
    person, *_ = make_someone_to_forget()
    people.forget_person(person, with_entries=True)
    close_journal()
    open_journal(journal_path)
    try:
        db.execute_sql("VACUUM")
        checkpoint()
        assert traces(journal_path, GIVEN, FAMILY, SECRET_NOTE) == []
    finally:
        close_journal()


def test_emptying_the_trash_leaves_no_trace(journal: Path) -> None:
    person, *_ = make_someone_to_forget()
    people.move_to_trash([person])
    assert people.empty_trash(with_entries=True) == 1
    assert traces(journal, GIVEN, FAMILY, SECRET_NOTE) == []


def test_forgetting_inside_a_transaction_still_forgets(journal: Path) -> None:
    person, *_ = make_someone_to_forget()
    with db.atomic():  # VACUUM cannot run here; the forgetting itself still happens
        people.forget_person(person, with_entries=True)
    assert person not in people.person_names()
    people.scrub_journal_file()
    assert traces(journal, GIVEN, FAMILY) == []
