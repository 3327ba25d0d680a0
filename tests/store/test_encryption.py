"""Encrypted journals (SQLCipher, the ``encryption`` extra): unreadable without the passphrase."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from networkjournal.cli import main
from networkjournal.store import backups, encryption, migrations
from networkjournal.store.backups import (
    BackupError,
    backup_if_due,
    backup_now,
    check_backup,
    list_backups,
    newest_good_backup,
    restore,
)
from networkjournal.store.db import (
    JournalDamaged,
    JournalError,
    PassphraseNeeded,
    WrongPassphrase,
    change_passphrase,
    close_journal,
    encrypted,
    integrity_check,
    open_journal,
    pragma_values,
)
from networkjournal.store.people import PersonData, create_person, person_names
from networkjournal.store.schema import db

pytest.importorskip("sqlcipher3")

NAME = "Zebediah Quarrington"
SECRET = "correct horse battery staple"


def make_encrypted(path: Path, passphrase: str = SECRET, *names: str) -> None:
    open_journal(path, passphrase=passphrase)
    for name in names:
        create_person(PersonData(given_name=name))
    close_journal()


def journal_bytes(path: Path) -> bytes:
    """The journal file and its companions, as they lie on disk."""
    return b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-shm")
        if Path(f"{path}{suffix}").exists()
    )


def files_beside(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}


def test_encrypted_journal_holds_no_plaintext_name_even_in_its_write_ahead_log(
    journal_path: Path,
) -> None:
    open_journal(journal_path, passphrase=SECRET)
    create_person(PersonData(given_name=NAME))
    # Still open: the entry may be only in the -wal, which must be encrypted too.
    assert NAME.encode() not in journal_bytes(journal_path)
    assert b"SQLite format 3" not in journal_path.read_bytes()[:16]
    assert pragma_values()["journal_mode"] == "wal"
    assert encrypted()
    close_journal()
    assert NAME.encode() not in journal_bytes(journal_path)


def test_encrypted_journal_reopens_with_its_passphrase_and_passes_its_checks(
    journal_path: Path,
) -> None:
    make_encrypted(journal_path, SECRET, NAME)
    open_journal(journal_path, passphrase=SECRET)
    try:
        assert NAME in person_names().values()
        assert integrity_check() == []
        assert pragma_values()["foreign_keys"] == 1
    finally:
        close_journal()


def test_wrong_passphrase_is_refused_and_changes_nothing(journal_path: Path) -> None:
    make_encrypted(journal_path, SECRET, NAME)
    before = files_beside(journal_path)
    with pytest.raises(WrongPassphrase, match="does not unlock"):
        open_journal(journal_path, passphrase="not it")
    assert files_beside(journal_path) == before  # nothing moved aside, written or created
    open_journal(journal_path, passphrase=SECRET)
    try:
        assert NAME in person_names().values()
    finally:
        close_journal()


def test_encrypted_journal_without_a_passphrase_asks_for_one_and_is_not_set_aside(
    journal_path: Path,
) -> None:
    make_encrypted(journal_path, SECRET, NAME)
    before = files_beside(journal_path)
    with pytest.raises(PassphraseNeeded, match="encrypted journal") as caught:
        open_journal(journal_path)
    assert not isinstance(caught.value, JournalDamaged)
    assert files_beside(journal_path) == before


def test_changing_the_passphrase_locks_out_the_old_one(journal_path: Path) -> None:
    make_encrypted(journal_path, SECRET, NAME)
    open_journal(journal_path, passphrase=SECRET)
    change_passphrase("a new one, with a ' quote")
    close_journal()
    with pytest.raises(WrongPassphrase):
        open_journal(journal_path, passphrase=SECRET)
    open_journal(journal_path, passphrase="a new one, with a ' quote")
    try:
        assert NAME in person_names().values()
        assert integrity_check() == []
    finally:
        close_journal()
    assert NAME.encode() not in journal_bytes(journal_path)


def test_a_plain_journal_is_not_opened_with_a_passphrase_and_still_opens_plainly(
    journal_path: Path,
) -> None:
    open_journal(journal_path)
    create_person(PersonData(given_name=NAME))
    assert not encrypted()
    close_journal()
    assert journal_path.read_bytes().startswith(b"SQLite format 3\x00")
    assert NAME.encode() in journal_bytes(journal_path)  # what the encrypted tests rule out
    before = files_beside(journal_path)
    with pytest.raises(JournalError, match="not encrypted"):
        open_journal(journal_path, passphrase=SECRET)
    assert files_beside(journal_path) == before
    open_journal(journal_path)
    try:
        assert NAME in person_names().values()
        with pytest.raises(JournalError, match="not encrypted"):
            change_passphrase("anything")
    finally:
        close_journal()


def opens_with(path: Path, passphrase: str | None) -> bool:
    """Whether ``path`` reads as a database with ``passphrase`` (None: as plain SQLite)."""
    if passphrase is None:
        connection: Any = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    else:
        connection = encryption.connect(path, passphrase, read_only=True, timeout=1)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except encryption.driver_errors():
        return False
    finally:
        connection.close()
    return True


def backup_names(path: Path) -> list[str]:
    connection = encryption.connect(path, SECRET, read_only=True, timeout=1)
    try:
        return [n for (n,) in connection.execute("SELECT given_name FROM person ORDER BY id")]
    finally:
        connection.close()


def test_an_encrypted_journal_is_backed_up_encrypted_with_its_passphrase(
    journal_path: Path,
) -> None:
    make_encrypted(journal_path, SECRET, NAME)
    open_journal(journal_path, passphrase=SECRET)
    try:
        made = backup_now()
        assert [b.path for b in list_backups()] == [made.path]
        assert made.ok and list_backups(verify=True)[0].ok  # not called damaged
        assert check_backup(made.path, passphrase=SECRET) == []
        assert newest_good_backup() == made
    finally:
        close_journal()
    raw = made.path.read_bytes()
    assert NAME.encode() not in raw and b"SQLite format 3" not in raw
    assert not any(
        p.name.endswith(("-wal", "-journal", ".part")) for p in made.path.parent.iterdir()
    )
    assert opens_with(made.path, SECRET) and backup_names(made.path) == [NAME]
    assert not opens_with(made.path, None) and not opens_with(made.path, "not it")
    # Without the key it is listed as whole but cannot be checked, and is never called good.
    assert [b.ok for b in list_backups(journal_path)] == [True]
    assert check_backup(made.path) and newest_good_backup(journal_path, passphrase="x") is None


def test_an_encrypted_journal_that_is_not_open_needs_its_passphrase_to_be_backed_up(
    journal_path: Path, tmp_path: Path
) -> None:
    make_encrypted(journal_path, SECRET, NAME)
    open_journal(tmp_path / "other" / "journal.sqlite3")  # another journal is the open one
    close_journal()
    with pytest.raises(BackupError, match="encrypted"):
        backup_now(journal=journal_path)  # recognised from the file: no copy at all
    assert list_backups(journal_path) == []
    with pytest.raises(BackupError, match="does not unlock"):
        backup_now(journal=journal_path, passphrase="not it")
    assert list_backups(journal_path) == []
    made = backup_now(journal=journal_path, passphrase=SECRET)
    assert NAME.encode() not in made.path.read_bytes() and backup_names(made.path) == [NAME]


def test_an_unchanged_encrypted_journal_is_not_backed_up_again(journal_path: Path) -> None:
    start = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)
    make_encrypted(journal_path, SECRET, NAME)
    open_journal(journal_path, passphrase=SECRET)
    try:
        first = backup_if_due(start)
        assert first is not None
        backups._unchanged.clear()  # as in a new process: decided by content
        assert backup_if_due(start + dt.timedelta(days=2)) is None
        create_person(PersonData(given_name="Second Person"))
        second = backup_if_due(start + dt.timedelta(days=3))
        assert second is not None and backup_names(second.path) == [NAME, "Second Person"]
    finally:
        close_journal()


def test_an_encrypted_journal_is_backed_up_encrypted_before_an_upgrade(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    db.use_passphrase(SECRET)
    db.init(str(journal_path))
    migrations.migrate(db, target=migrations.LATEST_VERSION - 1)
    db.execute_sql(
        "INSERT INTO network (name, description, colour, position, created_at) "
        "VALUES ('Zebediah Network', '', '#000000', 0, '2020-01-01 00:00:00')"
    )
    db.close()
    open_journal(journal_path, passphrase=SECRET)
    try:
        (made,) = list_backups(verify=True)
        assert made.ok and made.reason.startswith("before upgrade")
    finally:
        close_journal()
    assert b"Zebediah Network" not in made.path.read_bytes()
    keyed = encryption.connect(made.path, SECRET, read_only=True, timeout=1)
    try:
        assert keyed.execute("PRAGMA user_version").fetchone() == (migrations.LATEST_VERSION - 1,)
        assert keyed.execute("SELECT name FROM network").fetchall() == [("Zebediah Network",)]
    finally:
        keyed.close()


def test_an_encrypted_backup_is_restored_encrypted_under_the_same_passphrase(
    journal_path: Path,
) -> None:
    make_encrypted(journal_path, SECRET, NAME)
    open_journal(journal_path, passphrase=SECRET)
    made = backup_now()
    create_person(PersonData(given_name="Added Later"))
    report = restore(made.path)
    assert report.kept_as is not None and report.moved_aside is None
    assert backup_names(report.kept_as.path) == [NAME, "Added Later"]
    assert NAME.encode() not in report.kept_as.path.read_bytes()
    assert NAME.encode() not in journal_bytes(journal_path)
    with pytest.raises(PassphraseNeeded):
        open_journal(journal_path)
    open_journal(journal_path, passphrase=SECRET)
    try:
        assert encrypted() and list(person_names().values()) == [NAME]
        assert integrity_check() == []
    finally:
        close_journal()


def test_a_plain_backup_is_not_restored_over_an_encrypted_journal(
    journal_path: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "plain" / "journal.sqlite3"
    open_journal(plain)
    create_person(PersonData(given_name="Plain Person"))
    made = backup_now()
    close_journal()
    make_encrypted(journal_path, SECRET, NAME)
    open_journal(journal_path, passphrase=SECRET)
    close_journal()  # the journal stays the store's, with its passphrase
    before = files_beside(journal_path)
    with pytest.raises(BackupError, match="unencrypted"):
        restore(made.path)
    assert files_beside(journal_path) == before
    assert not backups.backups_dir(journal_path).exists()


def test_cli_creates_opens_and_rekeys_an_encrypted_journal_from_passphrase_files(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, wrong = tmp_path / "old.txt", tmp_path / "new.txt", tmp_path / "wrong.txt"
    old.write_text(SECRET + "\n")
    new.write_text("second passphrase\n")
    wrong.write_text("guess\n")
    assert main(["--passphrase-file", str(old), "stats"]) == 1  # no journal yet
    capsys.readouterr()
    make_encrypted(journal_path, SECRET, NAME)
    assert main(["--passphrase-file", str(old), "search", "Zebediah"]) == 0
    assert NAME in capsys.readouterr().out
    assert main(["--passphrase-file", str(wrong), "search", "Zebediah"]) == 1
    err = capsys.readouterr().err
    assert "passphrase does not unlock" in err and len(err.strip().splitlines()) == 1
    assert main(["search", "Zebediah"]) == 1
    assert "encrypted journal" in capsys.readouterr().err
    argv = ["--passphrase-file", str(old), "passphrase", "--new-passphrase-file", str(new)]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(["--passphrase-file", str(old), "search", "Zebediah"]) == 1
    assert main(["--passphrase-file", str(new), "search", "Zebediah"]) == 0
    assert NAME in capsys.readouterr().out


def test_cli_takes_the_passphrase_from_the_environment(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_encrypted(journal_path, SECRET, NAME)
    monkeypatch.setenv("NETWORKJOURNAL_PASSPHRASE", SECRET)
    assert main(["search", "Zebediah"]) == 0
    assert NAME in capsys.readouterr().out
