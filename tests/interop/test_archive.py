"""The JSON archive: the whole journal out, and back into an empty journal exactly as it was."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from networkjournal.demo import build_demo
from networkjournal.interop.archive import FORMAT, export_archive, import_archive
from networkjournal.interop.ics import journal_calendar
from networkjournal.store import migrations
from networkjournal.store.db import close_journal, journal_id, open_journal
from networkjournal.store.imported import ImportFormatError
from networkjournal.store.people import PersonData, create_person
from networkjournal.store.schema import Person, db
from networkjournal.store.search import search

TODAY = dt.date(2026, 11, 25)
# Every byte value, so no encoding step can pass by accident.
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4 + b"\x00\r\n\x1a"


def table_names() -> set[str]:
    """Every table of the open journal file, as SQLite lists them (FTS shadow tables included)."""
    return {
        name
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }


def everything() -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the search index, as SQLite stores them."""
    return {
        table: db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        for table in sorted(table_names())
        if not table.startswith("search_index")
    }


@pytest.fixture
def demo_archive(tmp_path: Path) -> str:
    """The archive of a demo journal with a photo and a forward introduction added."""
    open_journal(tmp_path / "source" / "journal.sqlite3")
    build_demo(seed=1, today=TODAY)
    Person.update(photo=PHOTO).where(Person.id == 3).execute()
    # Introduced by someone with a higher id: the restore must not trip over the order.
    Person.update(introduced_by=Person.select(Person.id).order_by(Person.id.desc()).limit(1)).where(
        Person.id == 1
    ).execute()
    text = export_archive()
    close_journal()
    return text


@pytest.fixture
def empty_journal(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "target" / "journal.sqlite3"
    open_journal(path)
    yield path
    close_journal()


def test_demo_journal_round_trips_to_an_identical_archive(
    demo_archive: str, empty_journal: Path
) -> None:
    counts = import_archive(demo_archive.encode("utf-8"), "demo.json")
    assert counts["person"] == 60 and counts["interaction"] > 300
    assert export_archive() == demo_archive


def test_restored_journal_holds_exactly_the_same_rows(tmp_path: Path, demo_archive: str) -> None:
    open_journal(tmp_path / "source" / "journal.sqlite3")
    before = everything()
    close_journal()
    open_journal(tmp_path / "copy" / "journal.sqlite3")
    import_archive(demo_archive.encode("utf-8"), "demo.json")
    assert everything() == before
    close_journal()


def test_archive_holds_every_table_of_the_journal_but_the_search_index(
    demo_archive: str, empty_journal: Path
) -> None:
    archive = json.loads(demo_archive)
    tables = {name for name in table_names() if not name.startswith("search_index")}
    assert set(archive["tables"]) == tables
    assert archive["format"] == FORMAT and archive["version"] == 1
    assert archive["schema_version"] == migrations.LATEST_VERSION


def test_every_column_of_every_table_is_in_the_archive(
    demo_archive: str, empty_journal: Path
) -> None:
    archive = json.loads(demo_archive)
    for table, rows in archive["tables"].items():
        columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}
        assert all(set(row) == columns for row in rows), table
    assert all(archive["tables"][table] for table in ("person", "fact", "person_tag"))


def test_photos_come_back_byte_for_byte(demo_archive: str, empty_journal: Path) -> None:
    stored = json.loads(demo_archive)["tables"]["person"][2]["photo"]
    assert isinstance(stored, str)  # base64 text, not a list of numbers
    import_archive(demo_archive.encode("utf-8"), "demo.json")
    assert bytes(Person.get_by_id(3).photo) == PHOTO


def test_dates_and_times_are_iso_text(demo_archive: str) -> None:
    person = json.loads(demo_archive)["tables"]["person"][0]
    assert dt.datetime.fromisoformat(person["created_at"])
    assert person["birthday"] == "1971-12-07"
    entry = json.loads(demo_archive)["tables"]["interaction"][0]
    assert dt.datetime.fromisoformat(entry["occurred_at"])


def test_search_finds_the_same_after_a_restore(tmp_path: Path, demo_archive: str) -> None:
    open_journal(tmp_path / "source" / "journal.sqlite3")
    queries = ["sepsis", "pharmacy", "adeyemi", "jollof"]
    before = {query: search(query) for query in queries}
    close_journal()
    open_journal(tmp_path / "copy" / "journal.sqlite3")
    import_archive(demo_archive.encode("utf-8"), "demo.json")
    assert all(before[query] for query in queries)
    assert {query: search(query) for query in queries} == before
    close_journal()


def test_restore_keeps_the_archives_journal_id_so_calendar_uids_stay(
    tmp_path: Path, demo_archive: str
) -> None:
    open_journal(tmp_path / "source" / "journal.sqlite3")
    source_id, calendar = journal_id(), journal_calendar(TODAY, now=dt.datetime(2026, 1, 1))
    close_journal()
    open_journal(tmp_path / "laptop" / "journal.sqlite3")
    assert journal_id() != source_id
    import_archive(demo_archive.encode("utf-8"), "demo.json")
    assert journal_id() == source_id == json.loads(demo_archive)["journal_id"]
    assert journal_calendar(TODAY, now=dt.datetime(2026, 1, 1)) == calendar
    close_journal()


def test_restore_is_refused_into_a_journal_that_holds_someone(
    demo_archive: str, empty_journal: Path
) -> None:
    create_person(PersonData(display_name="Ada Lovelace"))
    before = everything()
    with pytest.raises(ImportFormatError, match=r"already holds 1 person.*empty journal"):
        import_archive(demo_archive.encode("utf-8"), "demo.json")
    assert everything() == before


@pytest.mark.parametrize("cut", [0.01, 0.5, 0.99])
def test_truncated_archive_is_refused_with_its_line_and_changes_nothing(
    demo_archive: str, empty_journal: Path, cut: float
) -> None:
    before = everything()
    data = demo_archive.encode("utf-8")[: int(len(demo_archive) * cut)]
    with pytest.raises(ImportFormatError, match="cut short or garbled") as error:
        import_archive(data, "backup.json")
    assert error.value.source == "backup.json" and error.value.line > 1
    assert str(error.value).startswith("backup.json, line ")
    assert everything() == before


def mangled(archive: str, change: Callable[[dict[str, Any]], object]) -> bytes:
    """The archive with ``change`` made to its parsed JSON."""
    data = json.loads(archive)
    change(data)
    return json.dumps(data).encode("utf-8")


def test_archive_with_a_dangling_link_is_refused_after_writing_and_rolled_back(
    demo_archive: str, empty_journal: Path
) -> None:
    before = everything()

    def dangle(data: dict[str, Any]) -> None:
        data["tables"]["fact"][0]["person_id"] = 9999

    with pytest.raises(ImportFormatError, match=r"table fact.*missing person"):
        import_archive(mangled(demo_archive, dangle), "demo.json")
    assert everything() == before
    assert search("sepsis") == []  # the index was rolled back with the rows


def test_archive_breaking_a_rule_of_the_journal_is_refused_and_changes_nothing(
    demo_archive: str, empty_journal: Path
) -> None:
    before = everything()

    def too_close(data: dict[str, Any]) -> None:
        data["tables"]["person"][5]["closeness"] = 9

    with pytest.raises(ImportFormatError, match="table person breaks a rule"):
        import_archive(mangled(demo_archive, too_close), "demo.json")
    assert everything() == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["tables"]["person"][0].update(birthday="yesterday"),
            "person, row 1: birthday",
        ),
        (lambda d: d["tables"]["person"][0].update(photo="not base64!"), "photo is not base64"),
        (lambda d: d["tables"]["person"][0].update(knows_me="well"), "knows_me must be a whole"),
        (lambda d: d["tables"]["person"][0].pop("display_name"), "has no display_name"),
        (lambda d: d["tables"]["person"][0].update(mood="happy"), "does not know: mood"),
        (lambda d: d["tables"].update(gossip=[]), "tables this version does not know: gossip"),
        (lambda d: d["tables"].pop("fact"), "incomplete: it has no table fact"),
        (lambda d: d.update(format="something-else"), "not a Network Journal archive"),
        (lambda d: d.update(journal_id="another"), "journal id does not match"),
    ],
)
def test_archive_with_a_wrong_value_says_where_and_changes_nothing(
    demo_archive: str,
    empty_journal: Path,
    change: Callable[[dict[str, Any]], object],
    message: str,
) -> None:
    before = everything()
    with pytest.raises(ImportFormatError, match=message):
        import_archive(mangled(demo_archive, change), "demo.json")
    assert everything() == before


def test_archive_from_a_newer_version_is_refused_with_a_clear_message(
    demo_archive: str, empty_journal: Path
) -> None:
    newer = mangled(demo_archive, lambda d: d.update(schema_version=migrations.LATEST_VERSION + 1))
    with pytest.raises(ImportFormatError, match=r"newer version of Network Journal.*update"):
        import_archive(newer, "demo.json")
    newer_format = mangled(demo_archive, lambda d: d.update(version=2))
    with pytest.raises(ImportFormatError, match="newer version of Network Journal"):
        import_archive(newer_format, "demo.json")


def test_archive_from_an_older_schema_takes_defaults_for_columns_added_since(
    demo_archive: str, empty_journal: Path
) -> None:
    def older(data: dict[str, Any]) -> None:
        data["schema_version"] = migrations.LATEST_VERSION - 1
        for row in data["tables"]["person"]:
            del row["referee_note"]

    import_archive(mangled(demo_archive, older), "old.json")
    assert Person.select().count() == 60
    assert {person.referee_note for person in Person.select()} == {""}


@pytest.mark.parametrize(
    "data", [b"", b"   \n", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'{"format": 1}', b"not json"]
)
def test_what_is_not_an_archive_is_refused_without_a_traceback(
    empty_journal: Path, data: bytes
) -> None:
    with pytest.raises(ImportFormatError):
        import_archive(data, "x.json")
