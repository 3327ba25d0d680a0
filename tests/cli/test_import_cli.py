"""`networkjournal import FILE…`: contacts come in whole, failures are named, nothing doubles."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from networkjournal.cli import main
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.schema import ContactMethod, Person, db

FIXTURES = Path(__file__).parent / "fixtures"
VCARDS = FIXTURES / "contacts.vcf"  # three good cards and one cut short (line 27)
CONNECTIONS = FIXTURES / "Connections.csv"  # LinkedIn, with its Notes preamble; one empty row


def dump(journal_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the journal (the search index included)."""
    open_journal(journal_path)
    tables = [
        name
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index_%'"
        )
    ]
    rows = {t: db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    close_journal()
    return rows


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["import", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def people(journal_path: Path) -> dict[str, Person]:
    open_journal(journal_path)
    found = {person.display_name: person for person in Person.select()}
    close_journal()
    return found


def test_vcard_then_linkedin_creates_merges_and_lists_the_failures(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(VCARDS), str(CONNECTIONS)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{VCARDS} (vcard): 3 created, 0 merged, 0 skipped, 0 unchanged, 1 failed"
    assert (
        out[1] == f"  {VCARDS}, line 27: this card has no END:VCARD: it was cut short and skipped"
    )
    assert (
        out[2] == f"{CONNECTIONS} (linkedin): 1 created, 1 merged, 0 skipped, 0 unchanged, 1 failed"
    )
    assert out[3].startswith(f"  {CONNECTIONS}, line 7: this row has no name")
    assert out[4] == "Altogether: 4 created, 1 merged, 0 skipped, 0 unchanged, 2 failed"
    found = people(journal_path)
    assert sorted(found) == ["Adaeze Okafor", "Grace Okonkwo", "Priya Shah", "Tomás Ó Briain"]
    tomas = found["Tomás Ó Briain"]  # the card, then LinkedIn's row filling what it lacked
    assert tomas.headline == "FY1 doctor" and str(tomas.met_on) == "2024-01-12"
    assert bytes(found["Adaeze Okafor"].photo) == (FIXTURES / "photo.jpg").read_bytes()
    assert str(found["Adaeze Okafor"].birthday) == "--09-15"


def test_json_summary_names_each_file_and_each_failure(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = run_json(capsys, str(VCARDS), str(CONNECTIONS))
    assert payload["dry_run"] is False
    assert (payload["created"], payload["merged"], payload["failed"]) == (4, 1, 2)
    vcards, csv = payload["files"]
    assert vcards["kind"] == "vcard" and csv["kind"] == "linkedin"
    assert vcards["failed"] == [
        {
            "file": str(VCARDS),
            "line": 27,
            "message": "this card has no END:VCARD: it was cut short and skipped",
        }
    ]
    assert csv["failed"][0]["line"] == 7


def test_importing_the_same_files_again_changes_nothing(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_json(capsys, str(VCARDS), str(CONNECTIONS))
    before = dump(journal_path)
    again = run_json(capsys, str(VCARDS), str(CONNECTIONS))
    assert (again["created"], again["merged"], again["unchanged"]) == (0, 0, 5)
    assert dump(journal_path) == before


def test_dry_run_reports_what_would_happen_and_writes_nothing(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_journal(journal_path)
    close_journal()
    before = dump(journal_path)
    planned = run_json(capsys, "--dry-run", str(VCARDS), str(CONNECTIONS))
    assert planned["dry_run"] is True
    assert dump(journal_path) == before
    done = run_json(capsys, str(VCARDS), str(CONNECTIONS))
    assert {k: planned[k] for k in ("created", "merged", "failed")} == {
        k: done[k] for k in ("created", "merged", "failed")
    }
    assert main(["import", "--dry-run", str(VCARDS)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Dry run: nothing was changed."


def test_dry_run_without_a_journal_makes_none(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    planned = run_json(capsys, "--dry-run", str(VCARDS))
    assert planned["created"] == 3
    assert not journal_path.exists()


def test_a_file_that_cannot_be_read_stops_the_import_and_keeps_nothing(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_journal(journal_path)
    close_journal()
    before = dump(journal_path)
    assert main(["import", str(VCARDS), str(tmp_path / "missing.vcf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not read" in err and "missing.vcf" in err
    assert dump(journal_path) == before


def test_a_file_that_is_not_what_it_claims_exits_1_and_keeps_the_files_before_it_out(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_journal(journal_path)
    close_journal()
    before = dump(journal_path)
    notes = tmp_path / "notes.vcf"
    notes.write_text("Shopping list: milk, eggs\n", encoding="utf-8")
    assert main(["import", str(VCARDS), str(notes)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"networkjournal: {notes}") and "nothing was imported" in err
    assert dump(journal_path) == before


def test_preset_chooses_the_reader_whatever_the_file_is_called(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    renamed = tmp_path / "export.txt"
    shutil.copy(CONNECTIONS, renamed)
    payload = run_json(capsys, "--preset", "linkedin", str(renamed))
    assert payload["files"][0]["kind"] == "linkedin" and payload["created"] == 2
    vcards = tmp_path / "phone-backup"
    shutil.copy(VCARDS, vcards)
    assert run_json(capsys, str(vcards))["files"][0]["kind"] == "vcard"  # by its content


def test_unknown_preset_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "--preset", "myspace", str(VCARDS)])
    assert exit_info.value.code == 2


def test_an_archive_restores_into_an_empty_journal_and_is_refused_into_a_full_one(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source"
    assert main(["--data-dir", str(source), "import", str(VCARDS)]) == 0
    archive = tmp_path / "journal.json"
    assert (
        main(["--data-dir", str(source), "export", "--format", "json", "--output", str(archive)])
        == 0
    )
    capsys.readouterr()
    assert main(["import", str(archive)]) == 0
    assert (
        capsys.readouterr().out == f"{archive} (archive): restored 3 people and 0 journal entries\n"
    )
    assert sorted(people(journal_path)) == ["Adaeze Okafor", "Priya Shah", "Tomás Ó Briain"]
    before = dump(journal_path)
    assert main(["import", str(archive)]) == 1
    err = capsys.readouterr().err
    assert "already holds 3 people" in err and err.count("\n") == 1
    assert dump(journal_path) == before


def test_imported_contact_methods_are_stored_normalised(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_json(capsys, str(CONNECTIONS))
    open_journal(journal_path)
    values = {m.value for m in ContactMethod.select()}
    close_journal()
    assert "https://www.linkedin.com/in/grace-okonkwo" in values


def test_failures_reach_stderr_free_of_tracebacks_in_a_real_process(tmp_path: Path) -> None:
    env = dict(os.environ, NETWORKJOURNAL_HOME=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "networkjournal", "import", str(tmp_path / "absent.csv")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()  # nothing was made for a file that is not there


def test_an_archive_is_recognised_by_its_content_whatever_its_name(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source"
    assert main(["--data-dir", str(source), "import", str(VCARDS)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(source), "export", "--format", "json"]) == 0
    backup = tmp_path / "backup-2026-11-25"
    backup.write_text(capsys.readouterr().out, encoding="utf-8")
    payload = run_json(capsys, str(backup))
    assert payload["files"] == [
        {"file": str(backup), "kind": "archive", "restored": payload["files"][0]["restored"]}
    ]
    assert payload["files"][0]["restored"]["person"] == 3


def test_import_lists_notes_that_identify_a_patient_and_can_redact_them(
    journal_path: Path, tmp_path: Path, capsys
) -> None:
    cards = tmp_path / "ward.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr Ward\r\nNOTE:NHS 943 476 5919\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    home = str(journal_path.parent)
    assert main(["--data-dir", home, "import", "--dry-run", str(cards)]) == 0
    out = capsys.readouterr().out
    assert "ward.vcf, line 1: the notes look like they identify a patient (nhs number)" in out
    assert "kept as written" in out

    assert main(["--data-dir", home, "import", "--redact-patient-identifiers", str(cards)]) == 0
    assert "redacted" in capsys.readouterr().out
    open_journal(journal_path)
    assert [p.notes for p in Person.select()] == ["NHS [redacted]"]
    close_journal()
