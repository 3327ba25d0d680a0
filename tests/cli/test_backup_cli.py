"""networkjournal backup / backups / restore / check, and writers refusing an open journal."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from networkjournal.cli import main
from networkjournal.lockfile import lock_path, read_lock
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.people import PersonData, create_person, person_names

VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported Person\r\nN:Person;Imported;;;\r\nEND:VCARD\r\n"


def make_journal(path: Path, *names: str) -> None:
    open_journal(path)
    for name in names:
        create_person(PersonData(given_name=name))
    close_journal()


def people_in(path: Path) -> list[str]:
    open_journal(path)
    try:
        return sorted(person_names().values())
    finally:
        close_journal()


def write_lock(journal: Path, pid: int) -> None:
    """A lock file as Qt's QLockFile writes it: pid, program, host, machine id, boot id."""
    boot = Path("/proc/sys/kernel/random/boot_id")
    boot_id = boot.read_text().strip() if boot.exists() else ""
    lock_path(journal).write_text(
        f"{pid}\nnetworkjournal\n{socket.gethostname()}\nmachine\n{boot_id}\n"
    )


def dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert finished.returncode == 0
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


# --- backup and backups ------------------------------------------------------------------


def test_backup_prints_the_path_of_a_new_checked_backup(journal_path: Path, capsys) -> None:
    make_journal(journal_path, "Ada")
    assert main(["backup"]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == journal_path.parent / "backups"
    assert printed.exists() and printed.name.endswith("-on-demand.sqlite3")
    assert main(["backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["path"] for b in listed] == [str(printed)]
    assert listed[0]["ok"] is True and listed[0]["reason"] == "on demand"
    assert listed[0]["size"] == printed.stat().st_size


def test_backups_lists_newest_first_and_says_when_there_are_none(
    journal_path: Path, capsys
) -> None:
    make_journal(journal_path)
    assert main(["backups"]) == 0
    assert "no backups yet" in capsys.readouterr().out
    main(["backup"])
    main(["backup"])
    capsys.readouterr()
    assert main(["backups"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all("on demand" in line and " ok " in line for line in lines)
    assert lines[0] > lines[1]  # the time comes first: newest first


def test_backup_of_a_missing_journal_fails_in_one_line(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "backup"]) == 1
    assert capsys.readouterr().err.count("\n") == 1


# --- restore ------------------------------------------------------------------------------


def test_restore_without_an_argument_brings_back_the_newest_good_backup(
    journal_path: Path, capsys
) -> None:
    make_journal(journal_path, "Ada")
    main(["backup"])
    capsys.readouterr()
    open_journal(journal_path)
    create_person(PersonData(given_name="Added later"))
    close_journal()
    assert main(["restore"]) == 0
    out = capsys.readouterr().out
    assert "Kept the journal as it was in" in out and "Restored" in out
    assert people_in(journal_path) == ["Ada"]
    kept = next(line for line in out.splitlines() if line.startswith("Kept")).split(" in ", 1)[1]
    assert "before-restore" in kept and Path(kept).exists()


def test_restore_by_name_from_the_backups_folder(journal_path: Path, capsys) -> None:
    make_journal(journal_path, "First")
    main(["backup", "--json"])
    first = Path(json.loads(capsys.readouterr().out)["path"])
    open_journal(journal_path)
    create_person(PersonData(given_name="Second"))
    close_journal()
    assert main(["restore", first.name, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["restored"]["path"] == str(first)
    assert payload["kept_as"]["reason"] == "before restore"
    assert people_in(journal_path) == ["First"]


def test_restore_with_no_backup_fails_clearly(journal_path: Path, capsys) -> None:
    make_journal(journal_path)
    assert main(["restore"]) == 1
    assert "no good backup" in capsys.readouterr().err


# --- check ----------------------------------------------------------------------------


def test_check_on_a_damaged_journal_names_where_it_went_and_the_backup_then_restore_works(
    journal_path: Path, capsys
) -> None:
    open_journal(journal_path)
    for n in range(300):
        create_person(PersonData(given_name=f"Person {n}", notes="x" * 200))
    close_journal()
    main(["backup"])
    capsys.readouterr()
    data = bytearray(journal_path.read_bytes())
    for offset in range(4096 * 3, 4096 * 12, 7):
        data[offset] = 0xA5
    journal_path.write_bytes(bytes(data))

    assert main(["check", "--json"]) == 1
    captured = capsys.readouterr()
    payload = json.loads(captured.out)
    assert payload["ok"] is False and payload["problems"]
    moved = Path(payload["moved_to"])
    assert moved.exists() and not journal_path.exists()
    assert payload["backup"]["ok"] is True
    err = captured.err
    assert err.count("\n") == 1
    assert str(moved) in err and payload["backup"]["path"] in err
    assert "networkjournal restore" in err

    assert main(["restore"]) == 0
    assert "Restored" in capsys.readouterr().out
    assert main(["check"]) == 0
    assert len(people_in(journal_path)) == 300


# --- the window's lock --------------------------------------------------------------------


def test_writers_refuse_while_the_window_holds_the_journal_and_readers_work(
    journal_path: Path, tmp_path: Path, capsys
) -> None:
    make_journal(journal_path, "Ada")
    main(["backup"])
    write_lock(journal_path, os.getpid())  # a live process: this one
    capsys.readouterr()
    card = tmp_path / "card.vcf"
    card.write_text(VCARD)
    for command in (["import", str(card)], ["restore"], ["demo", "--people", "3"]):
        assert main(command) == 1, command
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "is open in Network Journal" in err, command
        assert f"process {os.getpid()}" in err
    assert people_in(journal_path) == ["Ada"]
    assert main(["search", "Ada"]) == 0
    assert "Ada" in capsys.readouterr().out
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["people"] == 1
    assert main(["import", "--dry-run", str(card)]) == 0  # only reads


def test_a_stale_lock_of_a_dead_process_does_not_block(
    journal_path: Path, tmp_path: Path, capsys
) -> None:
    make_journal(journal_path, "Ada")
    write_lock(journal_path, dead_pid())
    card = tmp_path / "card.vcf"
    card.write_text(VCARD)
    assert main(["import", str(card)]) == 0, capsys.readouterr().err
    assert people_in(journal_path) == ["Ada", "Imported Person"]


def test_a_lock_from_before_the_last_restart_does_not_block(journal_path: Path) -> None:
    make_journal(journal_path, "Ada")
    lock_path(journal_path).write_text(
        f"{os.getpid()}\nnetworkjournal\n{socket.gethostname()}\nmachine\nanother-boot\n"
    )
    owner = read_lock(journal_path)
    assert owner is not None and owner.pid == os.getpid()
    if not Path("/proc/sys/kernel/random/boot_id").exists():
        pytest.skip("no boot id on this system")
    from networkjournal.lockfile import live_lock_owner

    assert live_lock_owner(journal_path) is None


def test_a_newer_journal_is_read_by_the_cli_and_writes_are_refused(
    journal_path: Path, tmp_path: Path, capsys
) -> None:
    from networkjournal.store import migrations
    from networkjournal.store.schema import db

    open_journal(journal_path)
    create_person(PersonData(given_name="Future"))
    db.execute_sql(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    close_journal()
    assert main(["search", "Future"]) == 0
    capsys.readouterr()
    card = tmp_path / "card.vcf"
    card.write_text(VCARD)
    assert main(["import", str(card)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer version" in err and "read-only" in err
    assert main(["check"]) == 0
    assert "read-only" in capsys.readouterr().out


def test_an_encrypted_journal_restores_from_the_command_line_with_its_passphrase(
    tmp_path: Path, capsys
) -> None:
    pytest.importorskip("sqlcipher3")
    home = tmp_path / "secret"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("pass\n", encoding="utf-8")
    with_key = ["--data-dir", str(home), "--passphrase-file", str(secret)]
    assert main([*with_key, "demo"]) == 0
    assert main([*with_key, "backup"]) == 0
    assert main([*with_key, "backups", "--verify"]) == 0
    assert "DAMAGED" not in capsys.readouterr().out
    assert main([*with_key, "restore"]) == 0
    assert "Restored" in capsys.readouterr().out
    # In a process of its own (as a person runs it), no passphrase restores nothing.
    import subprocess
    import sys

    plain = subprocess.run(
        [sys.executable, "-m", "networkjournal", "--data-dir", str(home), "restore"],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "NETWORKJOURNAL_PASSPHRASE"},
    )
    assert plain.returncode == 1 and "Restored" not in plain.stdout
