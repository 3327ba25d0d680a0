"""Opening a journal in bad shape: damaged, not SQLite, too new, a full disk, a read-only folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from networkjournal.store import migrations
from networkjournal.store.backups import backup_now, list_backups, restore
from networkjournal.store.db import (
    JournalDamaged,
    JournalDiskFull,
    JournalReadOnly,
    JournalTooNew,
    check_pending,
    close_journal,
    deferred_check,
    mark_verified,
    open_journal,
    read_only,
    write,
)
from networkjournal.store.people import PersonData, create_person, person_names
from networkjournal.store.schema import Person, db


def damage_the_middle(path: Path) -> None:
    """Scribble over pages in the middle of the file, sparing the header page."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > page * 12
    for offset in range(page * 3, page * 12, 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def fill(count: int, prefix: str = "Person") -> None:
    with write():
        for n in range(count):
            create_person(PersonData(given_name=f"{prefix} {n}", notes="x" * 200))


# --- damage ---------------------------------------------------------------------------


def test_damaged_journal_is_moved_aside_with_its_wal_and_shm_and_restorable(
    journal: Path, tmp_path: Path
) -> None:
    fill(300, "Backed up")
    good = backup_now("on demand")
    fill(5, "Only in the WAL")
    # Copy the journal as a crash would leave it: main file, -wal and -shm.
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    create_person(PersonData(given_name="Last words"))
    crashed = tmp_path / "crashed"
    crashed.mkdir(mode=0o700)
    for suffix in ("", "-wal", "-shm"):
        shutil.copy2(f"{journal}{suffix}", crashed / f"journal.sqlite3{suffix}")
    close_journal()
    shutil.copytree(journal.parent / "backups", crashed / "backups")
    victim = crashed / "journal.sqlite3"
    damage_the_middle(victim)
    # The -shm is an index SQLite rebuilds from the -wal (readers mark it): not compared.
    contents = {s: Path(f"{victim}{s}").read_bytes() for s in ("", "-wal")}

    with pytest.raises(JournalDamaged, match="moved aside") as caught:
        open_journal(victim)

    damaged = caught.value
    assert damaged.moved_to is not None
    assert damaged.moved_to.name.startswith("journal.sqlite3.damaged-")
    for suffix, data in contents.items():
        assert Path(f"{damaged.moved_to}{suffix}").read_bytes() == data  # never changed
    for suffix in ("", "-wal", "-shm"):
        assert Path(f"{damaged.moved_to}{suffix}").exists()
        assert not Path(f"{victim}{suffix}").exists()
    assert damaged.backup is not None
    assert damaged.backup.path.name == good.path.name
    assert str(damaged.backup.path) in str(damaged) and "networkjournal restore" in str(damaged)

    report = restore(damaged.backup.path, victim)
    assert report.kept_as is None  # nothing was left to keep: it had been moved aside
    open_journal(victim)
    names = list(person_names().values())
    assert len(names) == 300 and all(n.startswith("Backed up") for n in names)


def test_damaged_journal_without_backups_is_moved_aside_and_says_so(journal: Path) -> None:
    fill(300)
    close_journal()
    damage_the_middle(journal)
    with pytest.raises(JournalDamaged, match="no backup") as caught:
        open_journal(journal)
    assert caught.value.backup is None
    assert caught.value.moved_to is not None and caught.value.moved_to.exists()
    open_journal(journal)  # a new, empty journal starts in its place
    assert person_names() == {}


def test_damage_is_only_reported_when_the_file_must_not_be_moved(journal: Path) -> None:
    fill(300)
    close_journal()
    damage_the_middle(journal)
    before = journal.read_bytes()
    with pytest.raises(JournalDamaged, match="networkjournal check") as caught:
        open_journal(journal, set_aside_damage=False)
    assert caught.value.moved_to is None
    assert journal.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_moved_aside_and_the_backup_offered(
    journal: Path,
) -> None:
    create_person(PersonData(given_name="In the backup"))
    good = backup_now()
    close_journal()
    journal.write_text("my shopping list\n" * 300)
    with pytest.raises(JournalDamaged, match="not an SQLite database") as caught:
        open_journal(journal)
    assert caught.value.moved_to is not None
    assert caught.value.moved_to.read_text().startswith("my shopping list")
    assert caught.value.backup is not None and caught.value.backup.path == good.path


# --- a newer version ---------------------------------------------------------------------


def test_newer_journal_opens_read_only_reads_everything_and_refuses_every_write(
    journal: Path,
) -> None:
    create_person(PersonData(given_name="Future"))
    db.execute_sql(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    close_journal()
    before = journal.read_bytes()
    open_journal(journal)
    assert read_only()
    assert list(person_names().values()) == ["Future"]
    with pytest.raises(JournalTooNew, match="newer version"):
        create_person(PersonData(given_name="Refused"))
    # Even SQL that goes around write() is refused by SQLite itself.
    with pytest.raises(Exception, match="readonly"):
        db.execute_sql("DELETE FROM person")
    close_journal()
    assert journal.read_bytes() == before
    assert list_backups(journal) == []  # no upgrade, so no backup before one


# --- a full disk -------------------------------------------------------------------------


def test_full_disk_says_so_rolls_back_and_loses_nothing_saved_before(journal: Path) -> None:
    fill(20, "Saved")
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    with pytest.raises(JournalDiskFull) as caught:
        fill(200, "Too many")
    message = str(caught.value)
    assert message.startswith("the disk is full: nothing was lost")
    assert "free some space and try again" in message
    assert Person.select().where(Person.given_name.startswith("Too many")).count() == 0
    assert len(person_names()) == 20
    db.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed
    fill(1, "After")
    close_journal()
    open_journal(journal)
    assert len(person_names()) == 21
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- a read-only folder ------------------------------------------------------------------


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` read-only: by permissions, or for root (whom they do not stop) by a
    read-only bind mount, as a write-protected or read-only-mounted disk would be."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot make a read-only folder here (root, and no bind mounts)")
    try:
        remounted = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True
        )
        if remounted.returncode != 0:
            pytest.skip("cannot remount a folder read-only here")
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_read_only_folder_gives_a_clear_message_and_changes_nothing(journal: Path) -> None:
    fill(10, "Kept")
    close_journal()
    for companion in (Path(f"{journal}-wal"), Path(f"{journal}-shm")):
        assert not companion.exists()
    before = journal.read_bytes()
    with read_only_folder(journal.parent):
        with pytest.raises(JournalReadOnly, match="read-only") as caught:
            open_journal(journal)
        assert str(journal.parent) in str(caught.value)
        assert "nothing was changed" in str(caught.value)
    assert journal.read_bytes() == before
    open_journal(journal)
    assert len(person_names()) == 10


def test_plain_sqlite_errors_that_are_not_the_users_pass_through_write(journal: Path) -> None:
    with pytest.raises(sqlite3.Error), write():
        db.connection().execute("SELECT * FROM no_such_table")


# --- the check left until after start-up ---------------------------------------------


def rot_in_place(path: Path) -> None:
    """Damage pages but keep the file's size and time: what failing storage does."""
    before = path.stat()
    damage_the_middle(path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_cleanly_closed_unchanged_journal_leaves_its_check_for_later(journal: Path) -> None:
    fill(300)
    close_journal()
    assert journal.with_name(journal.name + ".checked").exists()
    open_journal(journal, defer_check=True)
    assert check_pending()
    assert deferred_check(journal) == []
    mark_verified()
    assert not check_pending()
    assert len(person_names()) == 300


def test_a_journal_changed_since_its_clean_close_is_checked_at_once(journal: Path) -> None:
    fill(300)
    close_journal()
    damage_the_middle(journal)  # a new modification time: not as we left it
    with pytest.raises(JournalDamaged):
        open_journal(journal, defer_check=True)


def test_damage_that_kept_size_and_time_is_found_by_the_deferred_check(journal: Path) -> None:
    fill(300)
    close_journal()
    rot_in_place(journal)
    open_journal(journal, defer_check=True)
    assert check_pending()
    assert deferred_check(journal) != []
    close_journal()  # not marked healthy: no note, so the next start checks in full
    assert not journal.with_name(journal.name + ".checked").exists()
    with pytest.raises(JournalDamaged):
        open_journal(journal, defer_check=True)


def test_without_a_clean_close_the_check_runs_at_once(journal: Path) -> None:
    fill(300)
    close_journal()
    marker = journal.with_name(journal.name + ".checked")
    marker.unlink()  # as after a crash: the session never got to note its close
    rot_in_place(journal)
    with pytest.raises(JournalDamaged):
        open_journal(journal, defer_check=True)


def test_damage_is_offered_the_newest_backup_in_the_chosen_folder(
    journal: Path, tmp_path: Path
) -> None:
    chosen = tmp_path / "my backups"
    fill(300)
    backup_now("by hand", journal=journal)  # an older one beside the journal
    backup_now("in the chosen folder", journal=journal, folder=chosen)
    close_journal()
    damage_the_middle(journal)
    with pytest.raises(JournalDamaged) as raised:
        open_journal(journal, backup_folder=chosen)
    assert raised.value.backup is not None
    assert raised.value.backup.path.parent.parent == chosen
