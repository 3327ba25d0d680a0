"""`networkjournal export --format ics`: a calendar file, or the same text on standard output."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from networkjournal.cli import main
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.follow_ups import create_follow_up
from networkjournal.store.journal import FollowUpData
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonData, create_person

STAMP = re.compile(r"^DTSTAMP:.*\r\n", re.M)


def a_journal(journal_path: Path) -> None:
    open_journal(journal_path)
    ana = create_person(
        PersonData(display_name="Ana Silva, MD", birthday=PartialDate.from_iso("--09-23"))
    )
    create_follow_up(FollowUpData("Send the poster; ask about Tuesday", dt.date(2026, 1, 9), ana))
    close_journal()


def test_export_ics_to_a_file_writes_a_calendar_that_parses(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_journal(journal_path)
    target = tmp_path / "journal.ics"
    assert main(["export", "--format", "ics", "--output", str(target)]) == 0
    assert capsys.readouterr().out == ""
    data = target.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")  # CRLF, untouched by the platform
    events = Calendar.from_ical(data).walk("VEVENT")
    assert sorted(str(event["SUMMARY"]) for event in events) == [
        "Ana Silva, MD's birthday",
        "Follow-up: Send the poster; ask about Tuesday — Ana Silva, MD",
    ]
    assert main(["export", "--format", "ics"]) == 0
    printed = capsys.readouterr().out
    assert STAMP.sub("", printed) == STAMP.sub("", data.decode("utf-8"))


def test_export_ics_to_standard_output_keeps_crlf_in_a_real_process(
    journal_path: Path, tmp_path: Path
) -> None:
    a_journal(journal_path)
    env = dict(os.environ, NETWORKJOURNAL_HOME=str(journal_path.parent))
    result = subprocess.run(
        [sys.executable, "-m", "networkjournal", "export", "--format", "ics"],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert result.stdout.count(b"\r\n") == result.stdout.count(b"\n")


def test_export_ics_to_an_unwritable_place_is_a_user_error(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_journal(journal_path)
    target = journal_path.parent / "no-such-folder" / "journal.ics"
    assert main(["export", "--format", "ics", "--output", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"could not write {target}" in err and "Traceback" not in err
    assert not target.exists()
    assert main(["export", "--format", "ics", "--output", str(journal_path.parent)]) == 1
    assert "could not write" in capsys.readouterr().err


def test_a_failed_write_leaves_the_earlier_export_as_it_was(
    journal_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a_journal(journal_path)
    target = tmp_path / "journal.ics"
    target.write_bytes(b"the export from last week")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    assert main(["export", "--format", "ics", "--output", str(target)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert target.read_bytes() == b"the export from last week"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["journal.ics"]


def test_export_ics_can_go_to_a_special_file(journal_path: Path) -> None:
    a_journal(journal_path)
    assert main(["export", "--format", "ics", "--output", os.devnull]) == 0


def test_export_ics_with_referees_is_a_user_error(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_journal(journal_path)
    assert main(["export", "--format", "ics", "--referees"]) == 1
    assert "--referees goes with --format markdown" in capsys.readouterr().err


def test_export_ics_on_a_missing_journal_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "export", "--format", "ics"]) == 1
    assert "no journal" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_a_reader_that_stops_early_gets_no_traceback(journal_path: Path) -> None:
    a_journal(journal_path)
    env = dict(os.environ, NETWORKJOURNAL_HOME=str(journal_path.parent))
    process = subprocess.Popen(
        [sys.executable, "-m", "networkjournal", "export", "--format", "ics"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None
    process.stdout.close()  # like `| head -0`, before the program has written anything
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 141
    assert err == b""
