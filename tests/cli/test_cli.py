"""The command line: exit codes, one-line errors, machine-readable output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from networkjournal import __version__
from networkjournal.cli import main
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.people import PersonData, create_person


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m networkjournal`` as a separate process, as a user or script would."""
    return subprocess.run(
        [sys.executable, "-m", "networkjournal", *args],
        capture_output=True,
        text=True,
        env=env if env is not None else dict(os.environ),
        timeout=120,
    )


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_negative_count_for_demo_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--people", "-5"])
    assert exit_info.value.code == 2


def test_stats_on_a_missing_journal_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    assert main(["--data-dir", str(missing), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no journal" in err
    assert not missing.exists()  # a read-only command creates nothing


def test_stats_counts_people_per_network(journal_path: Path, capsys) -> None:
    open_journal(journal_path)
    create_person(PersonData(given_name="Ada"))
    create_person(PersonData(given_name="Ben"))
    close_journal()
    assert main(["stats", "--json"]) == 0  # NETWORKJOURNAL_HOME points at journal_path's folder
    payload = json.loads(capsys.readouterr().out)
    assert payload["people"] == 2
    assert [n["name"] for n in payload["networks"]] == [
        "Social",
        "Personal support",
        "Academic support",
    ]
    assert main(["stats"]) == 0
    text = capsys.readouterr().out
    assert "People" in text and "2" in text and "Academic support" in text


def test_data_dir_option_wins_over_the_environment(tmp_path: Path, capsys) -> None:
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "check"]) == 1  # nothing there yet
    open_journal(other / "journal.sqlite3")
    close_journal()
    assert main(["--data-dir", str(other), "check"]) == 0
    assert "ok" in capsys.readouterr().out


def test_check_reports_a_healthy_journal(journal_path: Path, capsys) -> None:
    open_journal(journal_path)
    close_journal()
    assert main(["check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "journal": str(journal_path),
        "ok": True,
        "problems": [],
    }


def test_check_on_a_file_that_is_not_a_journal_fails_clearly(journal_path: Path, capsys) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"this is a shopping list, not a database\n" * 200)
    before = journal_path.read_bytes()
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not a readable journal" in err and "Traceback" not in err
    # A damaged file is never changed: it is moved aside whole.
    (moved,) = journal_path.parent.glob(journal_path.name + ".damaged-*")
    assert moved.read_bytes() == before and str(moved) in err


def test_check_finds_damage_inside_a_journal(journal_path: Path, capsys) -> None:
    open_journal(journal_path)
    for n in range(400):
        create_person(PersonData(given_name=f"Person {n}", notes="x" * 200))
    close_journal()
    data = bytearray(journal_path.read_bytes())
    page = 4096
    # Scribble over the middle of the file, sparing the header page.
    for offset in range(page * 3, min(len(data), page * 12), 7):
        data[offset] = 0xA5
    journal_path.write_bytes(bytes(data))
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err or "not a readable journal" in err
    assert "Traceback" not in err


def test_gui_without_a_display_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["NETWORKJOURNAL_HOME"] = str(tmp_path / "data")
    result = run_cli(env=env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "display" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()  # nothing is created when the window cannot open


def test_commands_work_as_a_separate_process(tmp_path: Path) -> None:
    env = dict(os.environ, NETWORKJOURNAL_HOME=str(tmp_path / "data"))
    result = run_cli("stats", env=env)
    assert result.returncode == 1 and "no journal" in result.stderr
    result = run_cli("--version", env=env)
    assert result.returncode == 0 and __version__ in result.stdout


def _journal_with_an_audit_coffee(journal_path: Path) -> None:
    import datetime as dt

    from networkjournal.store.journal import EntryData, create_entry

    open_journal(journal_path)
    brooks = create_person(PersonData(display_name="Alex Brooks", headline="Consultant"))
    create_entry(
        EntryData(
            occurred_at=dt.datetime(2025, 11, 20, 10, 30),
            kind="coffee",
            participant_ids=[brooks],
            new_people=["Sam Patel"],
            notes="Talked about the **audit** of sepsis care.",
        )
    )
    close_journal()


def test_search_prints_people_and_entries(journal_path: Path, capsys) -> None:
    _journal_with_an_audit_coffee(journal_path)
    assert main(["search", "audit"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "2025-11-20  Coffee with Alex Brooks and Sam Patel"
        " — Talked about the [audit] of sepsis care."
    ]
    assert main(["search", "sam"]) == 0
    assert capsys.readouterr().out.split() == ["person", "Sam", "Patel"]


def test_search_json_has_plain_snippets(journal_path: Path, capsys) -> None:
    _journal_with_an_audit_coffee(journal_path)
    assert main(["search", "--json", "sepsis", "-cardiology"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["query"] == "sepsis -cardiology"
    [hit] = payload["hits"]
    assert hit["kind"] == "entry" and hit["when"] == "2025-11-20 10:30:00"
    assert hit["snippet"] == "Talked about the audit of sepsis care."
    assert main(["search", "--json", "sepsis", "-audit"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"] == []


def test_search_with_nothing_found_says_so(journal_path: Path, capsys) -> None:
    _journal_with_an_audit_coffee(journal_path)
    assert main(["search", "zebra"]) == 0
    assert capsys.readouterr().out.strip() == "nothing matches 'zebra'"


def test_search_on_a_missing_journal_is_a_user_error(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "search", "x"]) == 1
    assert "no journal" in capsys.readouterr().err


def test_export_referees_as_markdown(journal_path: Path, tmp_path: Path, capsys) -> None:
    import datetime as dt

    from networkjournal.store.facts import DisclosureData, create_disclosure
    from networkjournal.store.people import ContactMethodData

    open_journal(journal_path)
    okafor = create_person(
        PersonData(
            display_name="Dr Ada Okafor",
            headline="Personal tutor",
            is_referee=True,
            referee_note="My professionalism and my *teaching* of first years",
            contacts=[ContactMethodData("email", "a.okafor@kcl.ac.uk", preferred=True)],
        )
    )
    create_person(PersonData(display_name="Not A Referee"))
    create_disclosure(
        DisclosureData(okafor, "Saw me lead the OSCE practice", dt.date(2025, 3, 4), witnessed=True)
    )
    create_disclosure(DisclosureData(okafor, "I want to do cardiology"))
    close_journal()
    out = tmp_path / "referees.md"
    assert main(["export", "--format", "markdown", "--referees", "--output", str(out)]) == 0
    text = out.read_text()
    assert text.startswith("# Referees\n")
    assert "## Dr Ada Okafor — Personal tutor" in text
    assert "- Email: a.okafor@kcl.ac.uk" in text
    assert "- Could speak to: My professionalism and my \\*teaching\\* of first years" in text
    assert "- Saw me lead the OSCE practice (4 March 2025)" in text
    assert "cardiology" not in text  # what I told them is not what they saw me do
    assert "Not A Referee" not in text
    assert main(["export", "--format", "markdown", "--referees"]) == 0
    assert capsys.readouterr().out == text


def test_export_markdown_without_what_to_export_is_a_user_error(journal_path: Path, capsys) -> None:
    open_journal(journal_path)
    close_journal()
    assert main(["export", "--format", "markdown"]) == 1
    assert "--referees" in capsys.readouterr().err


def test_export_to_an_unwritable_place_is_a_user_error(journal_path: Path, capsys) -> None:
    open_journal(journal_path)
    close_journal()
    target = journal_path.parent / "no-such-folder" / "r.md"
    assert main(["export", "--format", "markdown", "--referees", "--output", str(target)]) == 1
    err = capsys.readouterr().err
    assert "could not write" in err and "Traceback" not in err
