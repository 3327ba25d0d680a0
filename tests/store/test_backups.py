"""Backups: taken through the backup API, checked, private, thinned, restored to identical data."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkjournal.store import backups, migrations
from networkjournal.store.backup_thinning import Retention, backups_to_keep
from networkjournal.store.backups import (
    Backup,
    BackupError,
    backup_if_due,
    backup_now,
    list_backups,
    newest_good_backup,
    restore,
)
from networkjournal.store.db import close_journal, open_journal, write
from networkjournal.store.people import PersonData, create_person, person_names
from networkjournal.store.schema import db

DAY = dt.timedelta(days=1)
START = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def rows_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the search index's, read straight from a file."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'search_index%' ORDER BY name"
            )
        ]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        connection.close()


def names_in(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [n for (n,) in connection.execute("SELECT given_name FROM person ORDER BY id")]
    finally:
        connection.close()


@pytest.fixture(autouse=True)
def _forget_unchanged_verdicts() -> None:
    backups._unchanged.clear()  # every test starts as a fresh run of the program


# --- taking a backup -------------------------------------------------------------------


def test_backup_now_writes_a_private_checked_copy_named_with_utc_time_and_reason(
    journal: Path,
) -> None:
    create_person(PersonData(given_name="Ada", notes="kept safe"))
    made = backup_now("on demand", now=START)
    assert made.path.parent == journal.parent / "backups"
    assert made.path.name == "journal-20250301-120000Z-on-demand.sqlite3"
    assert (made.taken_at, made.reason, made.ok) == (START, "on demand", True)
    assert made.size == made.path.stat().st_size > 0
    assert mode(made.path.parent) == 0o700 and mode(made.path) == 0o600
    assert rows_of(made.path) == rows_of(journal)
    assert backups.check_backup(made.path) == []
    # One self-contained file: no -wal or half-written .part beside it.
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]


def test_backup_holds_what_is_still_only_in_the_write_ahead_log(journal: Path) -> None:
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")  # commits stay in the -wal for now
    create_person(PersonData(given_name="Only in the WAL"))
    assert Path(f"{journal}-wal").stat().st_size > 0
    # A plain copy of the main file would miss the person; the backup API does not.
    made = backup_now(now=START)
    assert names_in(made.path) == ["Only in the WAL"]


def test_backup_of_a_damaged_journal_is_deleted_and_the_error_raised(journal: Path) -> None:
    for n in range(30):
        create_person(PersonData(given_name=f"Person {n}"))
    page_size = db.execute_sql("PRAGMA page_size").fetchone()[0]
    root = db.execute_sql(
        "SELECT rootpage FROM sqlite_master WHERE name = 'person_sort_name'"
    ).fetchone()[0]
    close_journal()
    data = bytearray(journal.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    journal.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="did not pass its check") as caught:
        backup_now(journal=journal, now=START)
    assert caught.value.source_damaged
    assert list((journal.parent / "backups").iterdir()) == []


def test_two_backups_in_one_second_get_two_names(journal: Path) -> None:
    first = backup_now("on demand", now=START)
    second = backup_now("on demand", now=START)
    assert first.path != second.path
    assert [b.path for b in list_backups()] == [second.path, first.path]


def test_list_backups_is_newest_first_and_marks_a_truncated_one(journal: Path) -> None:
    older = backup_now("automatic", now=START)
    create_person(PersonData(given_name="Later"))
    newer = backup_now("on demand", now=START + dt.timedelta(hours=2))
    listed = list_backups()
    assert [b.path for b in listed] == [newer.path, older.path]
    assert all(b.ok for b in listed)
    newer.path.write_bytes(newer.path.read_bytes()[:5000])  # cut short, as by a full disk
    listed = list_backups()
    assert [b.ok for b in listed] == [False, True]
    assert [b.ok for b in list_backups(verify=True)] == [False, True]
    good = newest_good_backup()
    assert good is not None and good.path == older.path


# --- backing up when due ----------------------------------------------------------------


def test_backup_if_due_takes_the_first_backup_of_a_journal(journal: Path) -> None:
    made = backup_if_due(START)
    assert made is not None and made.reason == "automatic"


def test_backup_if_due_waits_a_day_even_when_the_data_changed(journal: Path) -> None:
    backup_if_due(START)
    create_person(PersonData(given_name="Changed"))
    assert backup_if_due(START + DAY - dt.timedelta(minutes=1)) is None
    made = backup_if_due(START + DAY)
    assert made is not None and names_in(made.path) == ["Changed"]


def test_backup_if_due_takes_none_when_nothing_changed_even_in_a_later_run(
    journal: Path,
) -> None:
    create_person(PersonData(given_name="Unchanged"))
    first = backup_if_due(START)
    assert first is not None
    assert backup_if_due(START + 2 * DAY) is None
    backups._unchanged.clear()  # the program was closed and started again
    close_journal()
    open_journal(journal)
    assert backup_if_due(START + 3 * DAY) is None
    assert [b.path for b in list_backups()] == [first.path]


def test_backup_if_due_sees_an_edit_that_changes_one_value_in_place(journal: Path) -> None:
    person = create_person(PersonData(given_name="Same length", notes="aaaa"))
    backup_if_due(START)
    assert backup_if_due(START + DAY) is None  # remembered as unchanged
    with write():
        db.execute_sql("UPDATE person SET notes = 'bbbb' WHERE id = ?", (person,))
    made = backup_if_due(START + 2 * DAY)
    assert made is not None


def test_backup_before_upgrading_a_journal_that_holds_data(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    connection = sqlite3.connect(journal_path)
    try:
        db.init(str(journal_path))
        migrations.migrate(db, target=migrations.LATEST_VERSION - 1)
        db.execute_sql(
            "INSERT INTO network (name, description, colour, position, created_at) "
            "VALUES ('Old network', '', '#000000', 0, '2020-01-01 00:00:00')"
        )
        db.close()
    finally:
        connection.close()
    before = rows_of(journal_path)
    open_journal(journal_path)
    (made,) = list_backups()
    assert made.reason == f"before upgrade to format {migrations.LATEST_VERSION}"
    assert rows_of(made.path) == before
    assert migrations.schema_version(db) == migrations.LATEST_VERSION


def test_a_migration_that_fails_leaves_the_old_version_whole_and_usable(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal_path.parent.mkdir(parents=True)
    db.init(str(journal_path))
    migrations.migrate(db, target=migrations.LATEST_VERSION - 1)
    db.execute_sql(
        "INSERT INTO network (name, description, colour, position, created_at) "
        "VALUES ('Old network', '', '#000000', 0, '2020-01-01 00:00:00')"
    )
    db.close()
    before = rows_of(journal_path)
    last_step = migrations.STEPS[migrations.LATEST_VERSION]

    def step_killed_halfway(database: object) -> None:
        last_step(database)  # type: ignore[arg-type]
        raise KeyboardInterrupt  # as if the program were stopped mid-step

    monkeypatch.setitem(migrations.STEPS, migrations.LATEST_VERSION, step_killed_halfway)
    with pytest.raises(KeyboardInterrupt):
        open_journal(journal_path)
    close_journal()
    assert rows_of(journal_path) == before
    monkeypatch.setitem(migrations.STEPS, migrations.LATEST_VERSION, last_step)
    open_journal(journal_path)
    assert migrations.schema_version(db) == migrations.LATEST_VERSION


# --- restoring ----------------------------------------------------------------------------


def test_restore_brings_back_identical_data_and_keeps_the_journal_it_replaces(
    journal: Path,
) -> None:
    create_person(PersonData(given_name="Before"))
    chosen = backup_now("on demand", now=START)
    expected = rows_of(chosen.path)
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    create_person(PersonData(given_name="After, only in the WAL"))
    report = restore(chosen.path)
    assert db.is_closed()
    assert report.kept_as is not None and report.kept_as.reason == "before restore"
    assert names_in(report.kept_as.path) == ["Before", "After, only in the WAL"]
    assert report.moved_aside is None
    assert rows_of(journal) == expected
    for companion in (journal, Path(f"{journal}-wal"), Path(f"{journal}-shm")):
        if companion.exists():
            assert mode(companion) == 0o600, companion
    open_journal(journal)
    assert list(person_names().values()) == ["Before"]
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_a_damaged_backup_and_changes_nothing(journal: Path) -> None:
    create_person(PersonData(given_name="Current"))
    bad = backup_now(now=START)
    bad.path.write_bytes(bad.path.read_bytes()[:3000])
    before = rows_of(journal)
    with pytest.raises(BackupError, match="did not pass its check"):
        restore(bad.path)
    assert rows_of(journal) == before
    assert [b.path for b in list_backups()] == [bad.path]


def test_restore_into_a_folder_whose_journal_was_moved_aside(journal: Path) -> None:
    create_person(PersonData(given_name="Saved"))
    chosen = backup_now(now=START)
    close_journal()
    journal.rename(journal.with_name("elsewhere"))
    report = restore(chosen.path, journal)
    assert report.kept_as is None and report.moved_aside is None
    assert names_in(journal) == ["Saved"]
    assert mode(journal) == 0o600


# --- thinning -----------------------------------------------------------------------------

times = st.lists(
    st.datetimes(min_value=dt.datetime(2023, 1, 1), max_value=dt.datetime(2025, 12, 31)).map(
        lambda t: t.replace(microsecond=0, tzinfo=dt.UTC)
    ),
    max_size=80,
    unique=True,
)


@given(times)
@settings(max_examples=300, deadline=None)
def test_thinning_keeps_at_most_seventeen_and_always_the_newest(stamps: list[dt.datetime]) -> None:
    kept = backups_to_keep(stamps)
    assert kept <= set(stamps)
    assert len(kept) <= 7 + 4 + 6
    if stamps:
        assert max(stamps) in kept


@given(times)
@settings(max_examples=300, deadline=None)
def test_thinning_twice_keeps_what_thinning_once_kept(stamps: list[dt.datetime]) -> None:
    kept = backups_to_keep(stamps)
    assert backups_to_keep(kept) == kept


@given(times)
@settings(max_examples=300, deadline=None)
def test_thinning_keeps_the_newest_of_each_of_the_last_seven_days(
    stamps: list[dt.datetime],
) -> None:
    kept = backups_to_keep(stamps)
    days = sorted({t.date() for t in stamps}, reverse=True)[:7]
    for day in days:
        assert max(t for t in stamps if t.date() == day) in kept
        assert len([t for t in kept if t.date() == day]) == 1


@given(times)
@settings(max_examples=300, deadline=None)
def test_thinning_keeps_one_a_month_for_six_months_beyond_the_weeks(
    stamps: list[dt.datetime],
) -> None:
    kept = backups_to_keep(stamps)
    months = {(t.year, t.month) for t in stamps}
    kept_months = {(t.year, t.month) for t in kept}
    # Every month with a backup is kept while fewer than 17 were needed for them all.
    if len(months) <= 6:
        assert kept_months == months
    newest_month = max(months, default=None)
    if newest_month is not None:
        assert newest_month in kept_months


@given(times, st.datetimes(min_value=dt.datetime(2023, 1, 1), max_value=dt.datetime(2026, 1, 1)))
@settings(max_examples=200, deadline=None)
def test_thinning_keeps_every_backup_of_the_last_day(
    stamps: list[dt.datetime], now: dt.datetime
) -> None:
    when = now.replace(tzinfo=dt.UTC)
    kept = backups_to_keep(stamps, when)
    assert {t for t in stamps if when - DAY < t <= when} <= kept
    assert backups_to_keep(stamps) <= kept


def test_thinning_a_year_of_daily_backups_leaves_7_daily_4_weekly_6_monthly() -> None:
    stamps = [START - n * DAY for n in range(365)]
    kept = sorted(backups_to_keep(stamps), reverse=True)
    assert len(kept) == 17
    assert kept[:7] == stamps[:7]
    rest = kept[7:]
    # Four weekly ones: the newest (Sunday's) of the four weeks before the dailies' weeks.
    weekly = [t for t in rest if t.isoweekday() == 7 and (t + DAY).month == t.month]
    assert [kept[6] - t for t in weekly] == [7 * DAY, 14 * DAY, 21 * DAY, 28 * DAY]
    # Six monthly ones: the last day of each of six months not already kept.
    monthly = [t for t in rest if t not in weekly]
    assert all((t + DAY).month != t.month for t in monthly)
    assert len({(t.year, t.month) for t in monthly}) == 6


def test_thin_deletes_files_and_keeps_the_backup_just_taken(journal: Path) -> None:
    for n in range(20):
        create_person(PersonData(given_name=f"Day {n}"))
        backup_now("automatic", now=START + n * DAY)
    found = list_backups()
    assert len(found) <= 17
    assert found[0].taken_at == START + 19 * DAY
    assert all(isinstance(b, Backup) and b.path.exists() for b in found)


# --- a backup folder and retention of the user's choosing (the Settings dialog) ----------


def test_backups_go_into_a_chosen_folder_and_leave_its_permissions_alone(
    journal: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "Sync"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    create_person(PersonData(given_name="Ada"))
    made = backup_now("on demand", now=START, folder=shared)
    assert made.path.parent.parent == shared and mode(made.path) == 0o600
    assert mode(shared) == 0o755  # the user's own folder keeps its permissions
    assert rows_of(made.path) == rows_of(journal)
    assert list_backups() == []  # nothing beside the journal
    assert [b.path for b in list_backups(folder=shared)] == [made.path]
    assert newest_good_backup(folder=shared) == made
    assert newest_good_backup() is None


def test_a_chosen_folder_that_does_not_exist_yet_is_created_private(
    journal: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "external" / "journal backups"
    made = backup_now(now=START, folder=folder)
    assert made.path.parent.parent == folder and mode(folder) == mode(made.path.parent) == 0o700


def test_a_chosen_folder_that_is_a_file_is_refused_with_its_name(
    journal: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    with pytest.raises(BackupError, match=re.escape(str(blocker))):
        backup_now(now=START, folder=blocker)
    assert blocker.read_text() == "not a folder"


def test_backup_if_due_compares_with_the_newest_backup_in_the_chosen_folder(
    journal: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "elsewhere"
    create_person(PersonData(given_name="Ada"))
    backup_now(now=START)  # beside the journal: not what the chosen folder holds
    first = backup_if_due(START + DAY, folder=folder)
    assert first is not None and first.path.parent.parent == folder
    assert backup_if_due(START + 2 * DAY, folder=folder) is None  # nothing changed since
    create_person(PersonData(given_name="Bo"))
    assert backup_if_due(START + 2 * DAY + dt.timedelta(hours=1), folder=folder) is not None


def test_retention_counts_decide_what_thinning_keeps(journal: Path, tmp_path: Path) -> None:
    few = Retention(daily=3, weekly=1, monthly=0)
    for n in range(20):
        create_person(PersonData(given_name=f"Day {n}"))
        backup_now("automatic", now=START + n * DAY, retention=few)
    kept = [b.taken_at for b in list_backups()]
    assert kept[:3] == [START + 19 * DAY, START + 18 * DAY, START + 17 * DAY]
    assert len(kept) == 4  # three days and one week
    assert kept == sorted(backups_to_keep(kept, daily=3, weekly=1, monthly=0), reverse=True)


def test_thin_looks_only_at_the_folder_it_is_given(journal: Path, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    for n in range(3):
        create_person(PersonData(given_name=f"Day {n}"))
        backup_now(now=START + n * DAY)
        backup_now(now=START + n * DAY, folder=folder)
    one = Retention(daily=1, weekly=0, monthly=0)
    deleted = backups.thin(now=START + 10 * DAY, folder=folder, retention=one)
    assert len(deleted) == 2 and all(p.parent.parent == folder for p in deleted)
    assert len(list_backups(folder=folder)) == 1
    assert len(list_backups()) == 3  # the journal's own folder is untouched


def test_restore_keeps_the_journal_it_replaces_in_the_chosen_folder(
    journal: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "elsewhere"
    create_person(PersonData(given_name="Before"))
    chosen = backup_now(now=START, folder=folder)
    create_person(PersonData(given_name="After"))
    report = restore(chosen.path, folder=folder)
    assert report.kept_as is not None and report.kept_as.path.parent.parent == folder
    assert names_in(report.kept_as.path) == ["Before", "After"]
    assert list_backups(journal) == []


def test_a_retention_count_cannot_be_negative() -> None:
    with pytest.raises(ValueError, match="negative"):
        Retention(daily=-1)
    assert Retention() == Retention(daily=7, weekly=4, monthly=6)


def test_two_journals_sharing_a_chosen_folder_never_see_each_others_backups(
    journal: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "Sync"
    create_person(PersonData(given_name="Mine"))
    mine = backup_now(now=START, folder=shared)
    other = tmp_path / "other" / journal.name  # same file name, another data folder
    other.parent.mkdir()
    shutil.copy(journal, other)
    theirs = backup_now(now=START + DAY, journal=other, folder=shared)
    assert mine.path.parent != theirs.path.parent
    assert [b.path for b in list_backups(folder=shared)] == [mine.path]
    assert [b.path for b in list_backups(other, folder=shared)] == [theirs.path]
    assert newest_good_backup(folder=shared) == mine
