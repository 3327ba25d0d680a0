"""Opening and closing a journal: pragmas, seeding, refusals, checks, transactions."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from networkjournal.store import db as store_db
from networkjournal.store import migrations
from networkjournal.store.db import (
    JournalDamaged,
    JournalNotFound,
    JournalTooNew,
    close_journal,
    integrity_check,
    journal_file,
    open_journal,
    pragma_values,
    quick_check,
    write,
)
from networkjournal.store.networks import DEFAULT_NETWORKS, list_networks
from networkjournal.store.people import PersonData, create_person, person_names
from networkjournal.store.schema import JournalInfo, Network, Person, db

SAFE_PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


# --- pragmas -----------------------------------------------------------------


def test_connection_has_wal_foreign_keys_full_sync_and_busy_timeout(journal: Path) -> None:
    values = pragma_values()
    assert {k: values[k] for k in SAFE_PRAGMAS} == SAFE_PRAGMAS
    assert values["busy_timeout"] == store_db.BUSY_TIMEOUT_MS
    assert store_db.BUSY_TIMEOUT_MS > 0


def test_connection_opened_in_another_thread_has_the_same_pragmas(journal: Path) -> None:
    seen: dict[str, object] = {}
    errors: list[BaseException] = []

    def in_thread() -> None:
        try:
            # peewee gives each thread its own connection; this opens a new one.
            seen["fresh"] = db.is_closed()
            seen.update(pragma_values())
        except BaseException as exc:  # surfaced in the main thread below
            errors.append(exc)
        finally:
            close_journal()

    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join()
    assert not errors, errors
    assert seen.pop("fresh") is True
    assert seen == pragma_values()
    assert {k: seen[k] for k in SAFE_PRAGMAS} == SAFE_PRAGMAS
    assert seen["busy_timeout"] == store_db.BUSY_TIMEOUT_MS


def test_write_in_another_thread_is_visible_and_checked_for_foreign_keys(journal: Path) -> None:
    results: list[object] = []

    def in_thread() -> None:
        try:
            results.append(create_person(PersonData(given_name="Thread", family_name="Person")))
            with pytest.raises(Exception, match="FOREIGN KEY"), write():
                db.execute_sql(
                    "INSERT INTO person_network (person_id, network_id, role, "
                    "created_at) VALUES (9999, 9999, '', '2024-01-01')"
                )
        except BaseException as exc:
            results.append(exc)
        finally:
            close_journal()

    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join()
    assert len(results) == 1 and isinstance(results[0], int), results
    assert person_names() == {results[0]: "Thread Person"}


def test_reopening_after_close_restores_the_pragmas(journal: Path) -> None:
    close_journal()
    open_journal(journal)
    assert {k: pragma_values()[k] for k in SAFE_PRAGMAS} == SAFE_PRAGMAS


# --- first open and re-open ----------------------------------------------------


def test_first_open_seeds_the_three_default_networks(journal: Path) -> None:
    seeded = [(n.name, n.colour, n.keep_in_touch_days, n.position) for n in list_networks()]
    assert seeded == [
        ("Social", "#e07a2f", 60, 0),
        ("Personal support", "#3f9c6b", 30, 1),
        ("Academic support", "#3b6fc4", 90, 2),
    ]
    assert [n.description for n in list_networks()] == [d[3] for d in DEFAULT_NETWORKS]
    assert all(n.description for n in list_networks())


def test_first_open_records_a_journal_id(journal: Path) -> None:
    journal_id = JournalInfo.get_by_id("journal_id").value
    assert len(journal_id) == 36  # a UUID
    assert journal_id.count("-") == 4


def test_reopening_does_not_seed_twice_and_keeps_the_journal_id(journal: Path) -> None:
    journal_id = JournalInfo.get_by_id("journal_id").value
    create_person(PersonData(given_name="Kept"))
    close_journal()
    open_journal(journal)
    close_journal()
    open_journal(journal)
    assert Network.select().count() == len(DEFAULT_NETWORKS)
    assert JournalInfo.select().where(JournalInfo.key == "journal_id").count() == 1
    assert JournalInfo.get_by_id("journal_id").value == journal_id
    assert list(person_names().values()) == ["Kept"]


def test_two_new_journals_get_different_ids(tmp_path: Path) -> None:
    ids = []
    for name in ("a", "b"):
        open_journal(tmp_path / name / "journal.sqlite3")
        ids.append(JournalInfo.get_by_id("journal_id").value)
        close_journal()
    assert ids[0] != ids[1]


def test_journal_file_names_the_open_journal(journal: Path) -> None:
    assert journal_file() == journal


def test_open_journal_replaces_a_journal_already_open(journal: Path, tmp_path: Path) -> None:
    create_person(PersonData(given_name="First journal"))
    other = tmp_path / "other" / "journal.sqlite3"
    open_journal(other)
    assert journal_file() == other
    assert person_names() == {}


def test_open_journal_with_create_false_opens_an_existing_journal(journal: Path) -> None:
    create_person(PersonData(given_name="Existing"))
    close_journal()
    assert open_journal(journal, create=False) == journal
    assert list(person_names().values()) == ["Existing"]


# --- refusals --------------------------------------------------------------------


def test_missing_journal_with_create_false_raises_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "journal.sqlite3"
    before = files_in(tmp_path)
    with pytest.raises(JournalNotFound, match="no journal"):
        open_journal(missing, create=False)
    assert not missing.parent.exists()
    assert files_in(tmp_path) == before


def test_missing_file_in_existing_folder_with_create_false_creates_nothing(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(JournalNotFound):
        open_journal(folder / "journal.sqlite3", create=False)
    assert files_in(folder) == set()


@pytest.mark.parametrize(
    "garbage",
    [
        bytes(range(256)) * 32,
        b"This is a note I saved with the wrong name.\n" * 50,
        b"SQLite format 3\x00" + b"\xff" * 4080,
    ],
    ids=["binary", "text", "bad-header"],
)
def test_garbage_file_raises_journal_damaged_and_is_moved_aside_unchanged(
    journal_path: Path, garbage: bytes
) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(garbage)
    with pytest.raises(JournalDamaged, match="not a readable journal") as caught:
        open_journal(journal_path)
    assert str(journal_path) in str(caught.value)
    moved = caught.value.moved_to
    assert moved is not None and moved.name.startswith(journal_path.name + ".damaged-")
    assert moved.read_bytes() == garbage
    assert files_in(journal_path.parent) == {moved.name}
    assert db.is_closed()


def test_journal_from_a_newer_version_opens_read_only_and_refuses_writes(journal: Path) -> None:
    create_person(PersonData(given_name="From the future"))
    db.execute_sql(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    close_journal()
    open_journal(journal)
    assert store_db.read_only()
    reason = store_db.read_only_reason() or ""
    assert "newer version" in reason and str(migrations.LATEST_VERSION + 1) in reason
    assert list(person_names().values()) == ["From the future"]
    with pytest.raises(JournalTooNew, match="read-only"):
        create_person(PersonData(given_name="Not saved"))
    close_journal()
    # Nothing was migrated, seeded or written: the version and the data are as they were.
    db.connect()
    try:
        assert migrations.schema_version(db) == migrations.LATEST_VERSION + 1
        assert [p.display_name for p in Person.select()] == ["From the future"]
    finally:
        db.close()


# --- checks ----------------------------------------------------------------------


def test_quick_check_and_integrity_check_are_empty_on_a_healthy_journal(journal: Path) -> None:
    create_person(PersonData(given_name="Healthy", contacts=[]))
    assert quick_check() == []
    assert integrity_check() == []


def test_integrity_check_reports_a_row_pointing_to_a_missing_person(journal: Path) -> None:
    db.execute_sql("PRAGMA foreign_keys = 0")
    try:
        db.execute_sql(
            "INSERT INTO contact_method (person_id, kind, label, value, preferred, position) "
            "VALUES (4242, 'email', '', 'ghost@example.org', 0, 0)"
        )
    finally:
        db.execute_sql("PRAGMA foreign_keys = 1")
    problems = integrity_check()
    assert len(problems) == 1
    assert "contact_method" in problems[0]
    assert "person" in problems[0]
    assert quick_check() == []  # quick_check does not look at foreign keys


def test_checks_report_a_damaged_page_instead_of_crashing(journal: Path) -> None:
    for i in range(20):
        create_person(PersonData(given_name=f"Person {i}"))
    page_size = db.execute_sql("PRAGMA page_size").fetchone()[0]
    root = db.execute_sql(
        "SELECT rootpage FROM sqlite_master WHERE name = 'person_sort_name'"
    ).fetchone()[0]
    close_journal()
    damaged = bytearray(journal.read_bytes())
    damaged[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    journal.write_bytes(bytes(damaged))

    db.init(str(journal))  # past open_journal, which would set the file aside
    db.connect()
    try:
        assert quick_check() != []
        assert integrity_check() != []
    finally:
        db.close()


# --- transactions ----------------------------------------------------------------


def test_write_commits_everything_inside_it(journal: Path) -> None:
    with write():
        create_person(PersonData(given_name="One"))
        create_person(PersonData(given_name="Two"))
    close_journal()
    open_journal(journal)
    assert sorted(person_names().values()) == ["One", "Two"]


def test_write_rolls_back_everything_when_something_inside_fails(journal: Path) -> None:
    create_person(PersonData(given_name="Before"))
    with pytest.raises(RuntimeError), write():
        create_person(PersonData(given_name="One"))
        create_person(PersonData(given_name="Two"))
        raise RuntimeError("the user's disk is full")
    assert list(person_names().values()) == ["Before"]


def test_close_journal_twice_is_harmless(journal: Path) -> None:
    close_journal()
    close_journal()
    assert db.is_closed()
