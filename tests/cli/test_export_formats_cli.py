"""`networkjournal export --format vcard|csv|json|markdown`: to standard output or a file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import vobject

from networkjournal.cli import main
from networkjournal.demo import build_demo
from networkjournal.interop.csv_contacts import Preset, read_contacts
from networkjournal.interop.export import export_uid
from networkjournal.interop.vcard import read_vcards
from networkjournal.store.db import close_journal, journal_id, open_journal
from networkjournal.store.people import move_to_trash
from networkjournal.store.schema import Network, Person, PersonNetwork

TODAY = dt.date(2026, 11, 25)
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


@pytest.fixture
def demo(journal_path: Path) -> Path:
    """The demo journal, with a photo, someone in the trash and someone with a UID of their own."""
    open_journal(journal_path)
    build_demo(seed=1, today=TODAY)
    Person.update(photo=PHOTO).where(Person.id == 2).execute()
    Person.update(uid="from-my-phone-42").where(Person.id == 4).execute()
    move_to_trash([5])
    close_journal()
    return journal_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["export", *args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def active_people(journal_path: Path) -> dict[int, Person]:
    open_journal(journal_path)
    found = {p.id: p for p in Person.select().where(Person.deleted_at.is_null())}
    close_journal()
    return found


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "vcard"],
        ["--format", "vcard", "--vcard-version", "3.0"],
        ["--format", "json"],
        ["--format", "markdown", "--person", "3"],
        ["--format", "markdown", "--network", "Social"],
        ["--format", "markdown", "--referees"],
    ],
    ids=lambda args: "-".join(a.strip("-") for a in args),
)
def test_each_format_writes_the_same_text_to_a_file_and_to_standard_output(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    target = tmp_path / "export.out"
    assert run(capsys, *args, "--output", str(target)) == ""
    printed = run(capsys, *args)
    assert printed and target.read_bytes().decode("utf-8") == printed


def test_csv_file_starts_with_a_byte_order_mark_for_spreadsheets_and_stdout_does_not(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "people.csv"
    run(capsys, "--format", "csv", "--output", str(target))
    printed = run(capsys, "--format", "csv")
    assert target.read_bytes() == b"\xef\xbb\xbf" + printed.encode("utf-8")
    assert printed.startswith("Display Name,")


def test_vcard_export_holds_everyone_outside_the_trash_and_parses_elsewhere(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = run(capsys, "--format", "vcard")
    people = active_people(demo)
    cards = list(vobject.readComponents(text))
    assert sorted(card.fn.value for card in cards) == sorted(
        p.display_name for p in people.values()
    )
    ours = read_vcards(text.encode("utf-8"), "export.vcf")
    assert ours.errors == [] and len(ours.contacts) == len(people) == 59
    with_photo = next(c for c in ours.contacts if c.name() == people[2].display_name)
    assert with_photo.photo == PHOTO


def test_vcard_uids_are_kept_or_made_from_the_journal_and_stay_the_same(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run(capsys, "--format", "vcard")
    assert run(capsys, "--format", "vcard") == first
    uids = {c.name(): c.uid for c in read_vcards(first.encode(), "a.vcf").contacts}
    people = active_people(demo)
    open_journal(demo)
    journal = journal_id()
    close_journal()
    assert uids[people[4].display_name] == "from-my-phone-42"
    assert uids[people[3].display_name] == export_uid(3, journal)
    assert len(set(uids.values())) == len(uids)


def test_vcard_version_3_is_written_when_asked(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = run(capsys, "--format", "vcard", "--vcard-version", "3.0")
    assert "VERSION:3.0\r\n" in text and "VERSION:4.0" not in text
    assert "VERSION:4.0\r\n" in run(capsys, "--format", "vcard")


def test_one_person_or_one_network_is_exported_alone(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = read_vcards(run(capsys, "--format", "vcard", "--person", "3").encode(), "a.vcf")
    assert [c.name() for c in one.contacts] == [active_people(demo)[3].display_name]
    open_journal(demo)
    members = {
        p.display_name
        for p in Person.select()
        .join(PersonNetwork)
        .join(Network)
        .where(Network.name == "Academic support", Person.deleted_at.is_null())
    }
    close_journal()
    csv = run(capsys, "--format", "csv", "--network", "academic support")
    rows = read_contacts(csv.encode("utf-8"), "a.csv", Preset.GENERIC)
    assert {c.display_name for c in rows.contacts} == members


def test_csv_export_reads_back_to_the_same_people(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = run(capsys, "--format", "csv")
    rows = read_contacts(text.encode("utf-8"), "people.csv", Preset.GENERIC)
    people = active_people(demo)
    assert rows.errors == []
    assert sorted(c.display_name for c in rows.contacts) == sorted(
        p.display_name for p in people.values()
    )
    ana = next(c for c in rows.contacts if c.display_name == people[1].display_name)
    assert ana.birthday == people[1].birthday and ana.notes == people[1].notes


def test_json_export_restores_through_the_cli_into_an_identical_journal(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "journal.json"
    run(capsys, "--format", "json", "--output", str(archive))
    copy = tmp_path / "laptop"
    assert main(["--data-dir", str(copy), "import", str(archive)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(copy), "export", "--format", "json"]) == 0
    assert capsys.readouterr().out == archive.read_text(encoding="utf-8")
    assert json.loads(archive.read_text(encoding="utf-8"))["tables"]["person"][1]["photo"]


def test_markdown_dossier_of_a_person_and_of_a_network(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = active_people(demo)[3].display_name
    person = run(capsys, "--format", "markdown", "--person", "3")
    assert person.startswith(f"# {name}")
    assert "## What I know about them" in person and "## Journal" in person
    network = run(capsys, "--format", "markdown", "--network", "SOCIAL")
    assert network.startswith("# Social\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "markdown"], "needs --person ID, --network NAME or --referees"),
        (["--format", "markdown", "--person", "999"], "there is no person with id 999"),
        (["--format", "vcard", "--person", "5"], "person 5 is in the trash"),
        (["--format", "csv", "--network", "Rowing"], "there is no network called 'Rowing'"),
        (["--format", "csv", "--vcard-version", "3.0"], "--vcard-version goes with --format vcard"),
        (["--format", "json", "--person", "3"], "go with vcard, csv or markdown, not json"),
        (["--format", "vcard", "--referees"], "--referees goes with --format markdown"),
    ],
)
def test_export_mistakes_are_one_line_and_exit_1(
    demo: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["export", *args]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and message in captured.err


def test_person_and_network_together_is_a_usage_error(demo: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "vcard", "--person", "3", "--network", "Social"])
    assert exit_info.value.code == 2
