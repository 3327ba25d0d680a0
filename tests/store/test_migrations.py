"""Schema versions: the steps build what the models describe, upgrade old journals, and
roll back whole when a step fails."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from networkjournal.store import migrations
from networkjournal.store.db import PRAGMAS, close_journal, open_journal
from networkjournal.store.people import get_person
from networkjournal.store.people_list import PeopleFilter, person_ids
from networkjournal.store.schema import MODELS, Person, db

FTS_TABLE = "search_index"


@pytest.fixture
def bare_db(journal_path: Path) -> Iterator[SqliteDatabase]:
    """The journal database opened on a fresh file, with no migration run."""
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    db.init(str(journal_path), pragmas=PRAGMAS)
    db.connect()
    yield db
    db.close()


@pytest.fixture(scope="module")
def reference_schema(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What peewee itself would create for the models, read back from SQLite."""
    ref = SqliteDatabase(str(tmp_path_factory.mktemp("reference") / "ref.sqlite3"))
    with ref.bind_ctx(MODELS):
        ref.create_tables(MODELS)
    try:
        return describe(ref)
    finally:
        ref.close()


def table_names(database: SqliteDatabase) -> set[str]:
    rows = database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {name for (name,) in rows}


def describe(database: SqliteDatabase) -> dict[str, Any]:
    """Columns, indexes (with their collations) and foreign keys of every model table."""
    schema: dict[str, Any] = {}
    for model in MODELS:
        table = model._meta.table_name
        columns = {
            name: (col_type, notnull, pk)
            for _cid, name, col_type, notnull, _default, pk in database.execute_sql(
                f'PRAGMA table_info("{table}")'
            ).fetchall()
        }
        indexes = {}
        for _seq, name, unique, origin, _partial in database.execute_sql(
            f'PRAGMA index_list("{table}")'
        ).fetchall():
            if origin == "pk":
                continue
            keys = [
                (col, coll)
                for _seqno, _cid, col, _desc, coll, key in database.execute_sql(
                    f'PRAGMA index_xinfo("{name}")'
                ).fetchall()
                if key
            ]
            indexes[name] = (bool(unique), keys)
        foreign_keys = sorted(
            (ref_table, from_col, to_col, on_update, on_delete)
            for _id, _seq, ref_table, from_col, to_col, on_update, on_delete, _match in (
                database.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()
            )
        )
        schema[table] = {"columns": columns, "indexes": indexes, "foreign_keys": foreign_keys}
    return schema


def table_sql(database: SqliteDatabase, table: str) -> str:
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()[0]
    sql = " ".join(sql.split())
    return re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", sql))


# --- versions -------------------------------------------------------------------------


def test_opened_journal_is_at_the_latest_version(journal: Path) -> None:
    assert migrations.schema_version(db) == migrations.LATEST_VERSION
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION


def test_steps_are_numbered_one_to_latest_without_gaps() -> None:
    assert sorted(migrations.STEPS) == list(range(1, migrations.LATEST_VERSION + 1))


def test_migrate_runs_pending_steps_once_and_reports_them(bare_db: SqliteDatabase) -> None:
    assert migrations.schema_version(bare_db) == 0
    assert migrations.migrate(bare_db, target=1) == [1]
    assert migrations.schema_version(bare_db) == 1
    assert migrations.migrate(bare_db) == list(range(2, migrations.LATEST_VERSION + 1))
    assert migrations.migrate(bare_db) == []
    assert migrations.schema_version(bare_db) == migrations.LATEST_VERSION


def test_migrate_refuses_to_go_back_to_an_older_version(journal: Path) -> None:
    with pytest.raises(ValueError, match="newer"):
        migrations.migrate(db, target=1)
    assert migrations.schema_version(db) == migrations.LATEST_VERSION


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    statements = migrations._split_statements(migrations.V2_PERSON_SEARCH_SQL)
    assert len(statements) == 4
    assert statements[0].lstrip().startswith("CREATE VIRTUAL TABLE")
    triggers = statements[1:]
    assert all(s.lstrip().startswith("CREATE TRIGGER") for s in triggers)
    assert all(s.rstrip().endswith("END;") for s in triggers)


def test_split_statements_splits_every_table_and_index_of_version_one() -> None:
    statements = migrations._split_statements(migrations.V1_DOMAIN_SQL)
    creates = re.findall(r"^CREATE ", migrations.V1_DOMAIN_SQL, flags=re.MULTILINE)
    assert len(statements) == len(creates)
    assert all(s.lstrip().startswith("CREATE") for s in statements)


# --- the migrated schema agrees with the models -------------------------------------------


def test_every_model_table_exists_and_nothing_else_but_the_search_index(journal: Path) -> None:
    expected = {model._meta.table_name for model in MODELS}
    tables = table_names(db)
    assert expected <= tables
    extra = {t for t in tables - expected if not t.startswith(FTS_TABLE)}
    assert extra == set()


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.table_name)
def test_migrated_table_has_exactly_the_model_columns(
    journal: Path, reference_schema: dict[str, Any], model: Any
) -> None:
    table = model._meta.table_name
    migrated = describe(db)[table]
    assert migrated["columns"] == reference_schema[table]["columns"]
    assert set(migrated["columns"]) == {f.column_name for f in model._meta.sorted_fields}


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.table_name)
def test_migrated_table_has_every_index_peewee_would_create(
    journal: Path, reference_schema: dict[str, Any], model: Any
) -> None:
    table = model._meta.table_name
    migrated = describe(db)[table]["indexes"]
    for name, (unique, keys) in reference_schema[table]["indexes"].items():
        assert name in migrated, f"index {name} is missing"
        assert migrated[name] == (unique, keys), name


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.table_name)
def test_migrated_table_has_the_model_foreign_keys_and_actions(
    journal: Path, reference_schema: dict[str, Any], model: Any
) -> None:
    table = model._meta.table_name
    assert describe(db)[table]["foreign_keys"] == reference_schema[table]["foreign_keys"]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.table_name)
def test_migrated_table_has_the_model_collations_and_checks(journal: Path, model: Any) -> None:
    sql = table_sql(db, model._meta.table_name)
    for field in model._meta.sorted_fields:
        if field.collation:
            assert f'"{field.column_name}" TEXT NOT NULL COLLATE {field.collation}' in sql
        for constraint in field.constraints or []:
            assert " ".join(constraint.sql.split()) in sql, field.name
    for constraint in model._meta.constraints or []:
        assert " ".join(constraint.sql.split()) in sql


def test_database_refuses_values_the_model_constraints_forbid(journal: Path) -> None:
    insert = (
        "INSERT INTO person (given_name, family_name, display_name, sort_name, nickname, "
        "pronouns, headline, met_at, how_met, closeness, knows_me, is_referee, referee_note, "
        "notes, extra, archived, created_at, updated_at) "
        "VALUES ('', '', 'X', 'x', '', '', '', '', '', ?, ?, 0, '', '', '', 0, '2024-01-01', "
        "'2024-01-01')"
    )
    for closeness, knows_me in [(6, 0), (0, 0), (3, 4), (3, -1)]:
        with pytest.raises(Exception, match="CHECK"), db.atomic():
            db.execute_sql(insert, (closeness, knows_me))
    db.execute_sql(insert, (5, 3))
    assert Person.select().count() == 1
    with pytest.raises(Exception, match="UNIQUE"), db.atomic():
        db.execute_sql(
            "INSERT INTO network (name, description, colour, position, created_at) "
            "VALUES ('SOCIAL', '', '#000000', 9, '2024-01-01')"
        )


# --- upgrading from the first version -------------------------------------------------------


def insert_v1_person(database: SqliteDatabase, **values: object) -> int:
    row: dict[str, object] = {
        "given_name": "",
        "family_name": "",
        "nickname": "",
        "pronouns": "",
        "headline": "",
        "met_at": "",
        "how_met": "",
        "knows_me": 0,
        "is_referee": 0,
        "referee_note": "",
        "notes": "",
        "extra": "",
        "archived": 0,
        "created_at": "2020-09-23 10:00:00",
        "updated_at": "2020-09-23 10:00:00",
    }
    row.update(values)
    columns = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cursor = database.execute_sql(
        f"INSERT INTO person ({columns}) VALUES ({marks})", list(row.values())
    )
    return int(cursor.lastrowid)


def test_journal_from_version_one_upgrades_keeping_people_and_indexing_them(
    bare_db: SqliteDatabase, journal_path: Path
) -> None:
    migrations.migrate(bare_db, target=1)
    assert FTS_TABLE not in table_names(bare_db)
    with bare_db.atomic():
        bare_db.execute_sql(
            "INSERT INTO network (id, name, description, colour, position, created_at) "
            "VALUES (7, 'Rowing club', '', '#123456', 0, '2020-01-01 00:00:00')"
        )
        samuel = insert_v1_person(
            bare_db,
            given_name="Samuel",
            family_name="Okafor",
            display_name="Samuel Okafor",
            sort_name="samuel okafor",
            headline="Anatomy demonstrator",
            birthday="--09-23",
            closeness=4,
        )
        ines = insert_v1_person(
            bare_db,
            given_name="Inês",
            family_name="Ødegård",
            display_name="Inês Ødegård",
            sort_name="ines odegard",
            nickname="Nessie",
            notes="Met at the cardiology audit",
        )
        bare_db.execute_sql(
            "INSERT INTO person_network (person_id, network_id, role, created_at) "
            "VALUES (?, 7, 'cox', '2020-09-23 10:00:00')",
            (samuel,),
        )
    bare_db.close()

    open_journal(journal_path)
    try:
        assert migrations.schema_version(db) == migrations.LATEST_VERSION
        sam = get_person(samuel)
        assert (sam.display_name, sam.headline, sam.closeness) == (
            "Samuel Okafor",
            "Anatomy demonstrator",
            4,
        )
        assert sam.birthday is not None and sam.birthday.to_iso() == "--09-23"
        assert [(n.network_id, n.role) for n in sam.networks] == [(7, "cox")]
        assert get_person(ines).nickname == "Nessie"

        def fts(query: str) -> list[int]:
            rows = db.execute_sql(
                # people are the even rows of the index (see migration 3)
                f"SELECT rowid / 2 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
                "AND rowid % 2 = 0 ORDER BY rowid",
                (query,),
            ).fetchall()
            return [rowid for (rowid,) in rows]

        # The full-text index holds the people who were there before it existed.
        assert fts('"sam"*') == [samuel]
        assert fts('"anatomy"*') == [samuel]
        assert fts('"ines"*') == [ines]
        assert fts('"nessie"') == [ines]
        assert fts('"cardiology"') == [ines]
        # And the people list finds them through it (headline and notes are not in the
        # name, so only the index can find these).
        assert person_ids(PeopleFilter(text="demonstr")) == [samuel]
        assert person_ids(PeopleFilter(text="cardio")) == [ines]
    finally:
        close_journal()


# --- a failing step rolls everything back ------------------------------------------------


def _failing_step(database: SqliteDatabase) -> None:
    database.execute_sql('CREATE TABLE "half_done" ("id" INTEGER NOT NULL PRIMARY KEY)')
    database.execute_sql('INSERT INTO "half_done" DEFAULT VALUES')
    raise RuntimeError("step failed half way")


@pytest.fixture
def failing_next_step(monkeypatch: pytest.MonkeyPatch) -> int:
    failing = migrations.LATEST_VERSION + 1
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, failing: _failing_step})
    monkeypatch.setattr(migrations, "LATEST_VERSION", failing)
    return failing


def test_failing_step_on_a_new_file_leaves_it_at_version_zero_with_no_tables(
    bare_db: SqliteDatabase, failing_next_step: int
) -> None:
    with pytest.raises(RuntimeError, match="half way"):
        migrations.migrate(bare_db, target=failing_next_step)
    assert migrations.schema_version(bare_db) == 0
    assert table_names(bare_db) == set()


def test_failing_step_leaves_an_existing_journal_at_its_version_with_its_data(
    journal: Path, failing_next_step: int
) -> None:
    from networkjournal.store.people import PersonData, create_person

    pid = create_person(PersonData(given_name="Still", family_name="Here"))
    tables_before = table_names(db)
    with pytest.raises(RuntimeError, match="half way"):
        migrations.migrate(db)
    assert migrations.schema_version(db) == failing_next_step - 1
    assert table_names(db) == tables_before
    assert "half_done" not in table_names(db)
    assert get_person(pid).display_name == "Still Here"


def test_open_journal_with_a_failing_step_keeps_the_journal_at_its_old_version(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from networkjournal.store.people import PersonData, create_person

    pid = create_person(PersonData(given_name="Still", family_name="Here"))
    old_version = migrations.LATEST_VERSION
    close_journal()
    failing = old_version + 1
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, failing: _failing_step})
    monkeypatch.setattr(migrations, "LATEST_VERSION", failing)

    with pytest.raises(RuntimeError, match="half way"):
        open_journal(journal)
    close_journal()
    monkeypatch.undo()

    open_journal(journal)
    assert migrations.schema_version(db) == old_version
    assert "half_done" not in table_names(db)
    assert get_person(pid).display_name == "Still Here"


def test_failing_first_open_leaves_no_seeded_networks_behind(
    journal_path: Path, failing_next_step: int
) -> None:
    with pytest.raises(RuntimeError, match="half way"):
        open_journal(journal_path)
    assert migrations.schema_version(db) == 0
    assert table_names(db) == set()
    close_journal()
