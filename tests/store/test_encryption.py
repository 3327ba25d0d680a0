"""Encrypted journals (SQLCipher, the ``encryption`` extra): unreadable without the passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from networkjournal.cli import main
from networkjournal.store.backups import BackupError, backup_now, list_backups
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


def test_an_encrypted_journal_is_never_backed_up_in_plain_text(journal_path: Path) -> None:
    make_encrypted(journal_path, SECRET, NAME)
    open_journal(journal_path, passphrase=SECRET)
    try:
        with pytest.raises(BackupError, match="encrypted"):
            backup_now()
        assert list_backups() == []
    finally:
        close_journal()
    with pytest.raises(BackupError, match="encrypted"):
        backup_now(journal=journal_path)  # not open: recognised from the file


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
