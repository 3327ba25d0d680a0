"""The whole journal as one JSON file, and back: the lossless way to take everything out.

An archive holds every table of :mod:`networkjournal.store.schema` (found from
``schema.MODELS``, so a table added there is archived without a change here),
each row as an object keyed by column name, exactly as SQLite stores it:
dates and times as the ISO text the journal keeps (``2026-01-09 14:30:00``;
partial dates as ``--09-23``), booleans as 0/1, photos and other blobs as
base64. The search index is left out: it is derived, and rebuilt on import.

```json
{"format": "networkjournal-archive", "version": 1, "schema_version": 3,
 "journal_id": "…", "tables": {"journal_info": [{"key": "journal_id", …}], …}}
```

An archive is restored only into an empty journal (one with nothing but what
a new journal starts with: its id, the three networks and the note templates,
which the archive's take the place of), in one transaction, with every id as
it was. The journal takes the archive's ``journal_id``: someone restoring onto
a new laptop keeps their calendar's event UIDs, so re-importing a calendar
updates events instead of doubling them.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import sqlite3
from typing import Any, TypeGuard

import peewee

from networkjournal.store import migrations
from networkjournal.store.db import journal_id, write
from networkjournal.store.imported import ImportFormatError
from networkjournal.store.partial_dates import PartialDate, PartialDateError
from networkjournal.store.schema import (
    MODELS,
    BaseModel,
    JournalInfo,
    Network,
    NoteTemplate,
    PartialDateField,
    db,
)

FORMAT = "networkjournal-archive"
VERSION = 1

# What a brand-new journal already holds; an archive replaces these rows.
_STARTING_TABLES = frozenset(m._meta.table_name for m in (JournalInfo, Network, NoteTemplate))

# How a message names what a journal that is not empty holds (one, more than one).
_WHAT_ROWS_ARE = {
    "person": ("person", "people"),
    "interaction": ("journal entry", "journal entries"),
    "topic": ("topic", "topics"),
    "organisation": ("organisation", "organisations"),
    "tag": ("tag", "tags"),
    "follow_up": ("follow-up", "follow-ups"),
    "important_date": ("important date", "important dates"),
    "draft": ("unsaved draft", "unsaved drafts"),
}


class ArchiveError(ImportFormatError):
    """An archive that cannot be restored; names the file, and the line when one is known."""

    def __init__(self, source: str, message: str, line: int = 0) -> None:
        super().__init__(source, line, message)
        if not line:
            self.args = (f"{source}: {message}",)


def archived_models() -> list[type[BaseModel]]:
    """Every table an archive holds, parents before the tables that point at them."""
    ordered: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in ordered:
            return
        for field in _columns(model):
            if isinstance(field, peewee.ForeignKeyField) and field.rel_model is not model:
                visit(field.rel_model)
        ordered.append(model)

    for model in MODELS:
        visit(model)
    return ordered


def _columns(model: type[BaseModel]) -> list[peewee.Field]:
    return list(model._meta.sorted_fields)


def _kind(field: peewee.Field) -> str:
    """How a column is written in an archive (raises TypeError for a field type not foreseen)."""
    if isinstance(field, peewee.BlobField):
        return "blob"
    if isinstance(field, peewee.BooleanField):
        return "boolean"
    if isinstance(field, PartialDateField):
        return "partial date"
    if isinstance(field, peewee.DateTimeField):
        return "datetime"
    if isinstance(field, peewee.DateField):
        return "date"
    if isinstance(field, peewee.ForeignKeyField | peewee.IntegerField):
        return "integer"
    if isinstance(field, peewee.TextField):
        return "text"
    raise TypeError(f"the archive does not know how to write {type(field).__name__}")


# --- export -------------------------------------------------------------------------------


def export_archive() -> str:
    """Return the open journal, every table of it, as archive JSON text.

    Rows are in primary-key order and written one to a line, so two exports
    of the same journal are identical and a difference reads as a diff.
    """
    with db.atomic():  # one consistent reading of every table
        header = {
            "format": FORMAT,
            "version": VERSION,
            "schema_version": migrations.schema_version(db),
            "journal_id": journal_id(),
        }
        tables = [(model._meta.table_name, _export_rows(model)) for model in archived_models()]
    lines = ["{"]
    lines += [f"  {json.dumps(key)}: {json.dumps(value)}," for key, value in header.items()]
    lines.append('  "tables": {')
    for number, (name, rows) in enumerate(tables):
        comma = "," if number < len(tables) - 1 else ""
        if not rows:
            lines.append(f"    {json.dumps(name)}: []{comma}")
            continue
        lines.append(f"    {json.dumps(name)}: [")
        lines += [
            f"      {json.dumps(row, ensure_ascii=False)}{',' if i < len(rows) - 1 else ''}"
            for i, row in enumerate(rows)
        ]
        lines.append(f"    ]{comma}")
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def _export_rows(model: type[BaseModel]) -> list[dict[str, Any]]:
    fields = _columns(model)
    names = [field.column_name for field in fields]
    blobs = {field.column_name for field in fields if _kind(field) == "blob"}
    order = next(field.column_name for field in fields if field.primary_key)
    cursor = db.execute_sql(
        f"SELECT {', '.join(_quoted(n) for n in names)} FROM {_quoted(model._meta.table_name)} "
        f"ORDER BY {_quoted(order)}"
    )
    rows = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        for name in blobs:
            if row[name] is not None:
                row[name] = base64.b64encode(bytes(row[name])).decode("ascii")
        rows.append(row)
    return rows


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --- import -------------------------------------------------------------------------------


def import_archive(data: bytes, source: str) -> dict[str, int]:
    """Restore an archive into the open journal, which must be empty; return rows per table.

    Everything is checked before anything is written, and the restore is one
    transaction: a truncated, garbled or foreign file, or one written by a
    newer version, raises :class:`ImportFormatError` and changes nothing.
    """
    archive = _parse(data, source)
    tables = _validated_tables(archive, source)
    with write():
        _require_empty(source)
        # Rows may point at rows restored after them: the links are checked once all are in.
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        children_first = list(reversed(archived_models()))
        for model in children_first:
            db.execute_sql(f"DELETE FROM {_quoted(model._meta.table_name)}")
        # The search index is written by the triggers as the rows go in. Children
        # first makes that cheap: a fact's trigger finds no person yet and does
        # nothing, and each person's document is written once, whole, when the
        # person arrives, instead of again for every fact about them.
        for model in children_first:
            _insert_rows(model, tables[model._meta.table_name], source)
        _check_links(source)
        db.execute_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
    return {name: len(rows) for name, rows in tables.items()}


def _parse(data: bytes, source: str) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArchiveError(
            source, f"is not a Network Journal archive (not UTF-8 text: {exc.reason})"
        ) from exc
    if not text.strip():
        raise ArchiveError(source, "is empty, not a Network Journal archive")
    try:
        archive = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArchiveError(
            source,
            f"the archive is cut short or garbled ({exc.msg}, column {exc.colno})",
            exc.lineno,
        ) from exc
    except RecursionError as exc:
        raise ArchiveError(source, "is not a Network Journal archive (nested too deeply)") from exc
    if not isinstance(archive, dict) or archive.get("format") != FORMAT:
        raise ArchiveError(source, "is not a Network Journal archive")
    version = archive.get("version")
    if not _is_int(version) or version < 1:
        raise ArchiveError(source, "the archive's format version is missing or not a number")
    if version > VERSION:
        raise ArchiveError(
            source,
            f"the archive was written by a newer version of Network Journal (archive format "
            f"{version}; this version reads up to {VERSION}): update the program first",
        )
    schema_version = archive.get("schema_version")
    if not _is_int(schema_version) or schema_version < 1:
        raise ArchiveError(source, "the archive's schema version is missing or not a number")
    if schema_version > migrations.LATEST_VERSION:
        raise ArchiveError(
            source,
            f"the archive was written by a newer version of Network Journal (journal format "
            f"{schema_version}; this version reads up to {migrations.LATEST_VERSION}): "
            "update the program first",
        )
    if not isinstance(archive.get("journal_id"), str) or not isinstance(
        archive.get("tables"), dict
    ):
        raise ArchiveError(source, "the archive has no journal id or no tables")
    return archive


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _validated_tables(archive: dict[str, Any], source: str) -> dict[str, list[dict[str, Any]]]:
    """Return every table's rows as values ready for SQLite, or raise naming what is wrong.

    An archive of the current schema must hold every table and column. One of
    an older schema may lack what was added since: such columns take their
    defaults. A table or column this version does not know is refused, since
    restoring without it would lose data.
    """
    given: dict[str, Any] = archive["tables"]
    older = archive["schema_version"] < migrations.LATEST_VERSION
    known = {model._meta.table_name: model for model in archived_models()}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise ArchiveError(
            source, f"the archive holds tables this version does not know: {', '.join(unknown)}"
        )
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, model in known.items():
        if name not in given and not older:
            raise ArchiveError(source, f"the archive is incomplete: it has no table {name}")
        rows = given.get(name, [])
        if not isinstance(rows, list):
            raise ArchiveError(source, f"table {name} is not a list of rows")
        tables[name] = [
            _validated_row(model, row, number, older, source) for number, row in enumerate(rows, 1)
        ]
    info = tables[JournalInfo._meta.table_name]
    stored = [row["value"] for row in info if row["key"] == "journal_id"]
    if not stored:
        info.append({"key": "journal_id", "value": archive["journal_id"]})
    elif stored[0] != archive["journal_id"]:
        raise ArchiveError(source, "the archive's journal id does not match its journal_info table")
    return tables


def _validated_row(
    model: type[BaseModel], row: object, number: int, older: bool, source: str
) -> dict[str, Any]:
    table = model._meta.table_name
    where = f"table {table}, row {number}"
    if not isinstance(row, dict):
        raise ArchiveError(source, f"{where} is not an object")
    fields = {field.column_name: field for field in _columns(model)}
    unknown = sorted(set(row) - set(fields))
    if unknown:
        raise ArchiveError(
            source, f"{where} has columns this version does not know: {', '.join(unknown)}"
        )
    values: dict[str, Any] = {}
    for name, field in fields.items():
        if name not in row:
            if older and not field.primary_key and (field.null or field.default is not None):
                values[name] = field.db_value(
                    field.default() if callable(field.default) else field.default
                )
                continue
            raise ArchiveError(source, f"{where} has no {name}")
        try:
            values[name] = _value(field, row[name])
        except (ValueError, TypeError) as exc:
            raise ArchiveError(source, f"{where}: {name} {exc}") from exc
    return values


def _value(field: peewee.Field, value: object) -> object:
    """Return ``value`` as SQLite should store it in ``field``; ValueError says what is wrong."""
    if value is None:
        if field.null:
            return None
        raise ValueError("cannot be empty")
    kind = _kind(field)
    if kind in ("integer", "boolean"):
        if not isinstance(value, int):  # JSON true/false are accepted for booleans only
            raise ValueError("must be a whole number")
        if isinstance(value, bool) and kind == "integer":
            raise ValueError("must be a whole number")
        if kind == "boolean" and value not in (0, 1):
            raise ValueError("must be 0 or 1")
        return int(value)
    if not isinstance(value, str):
        raise ValueError("must be text")
    if kind == "blob":
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error as exc:
            raise ValueError("is not base64") from exc
    try:
        if kind == "date":
            dt.date.fromisoformat(value)
        elif kind == "datetime":
            dt.datetime.fromisoformat(value)
        elif kind == "partial date" and value:
            PartialDate.from_iso(value)
    except (ValueError, PartialDateError) as exc:
        raise ValueError(f"is not a {kind}: {value!r}") from exc
    return value


def _require_empty(source: str) -> None:
    held: dict[str, int] = {}
    for model in archived_models():
        name = model._meta.table_name
        if name not in _STARTING_TABLES:
            held[name] = int(db.execute_sql(f"SELECT COUNT(*) FROM {_quoted(name)}").fetchone()[0])
    if any(held.values()):
        # Every other table hangs off one of these, so naming them says enough.
        named = [
            f"{held[name]} {one if held[name] == 1 else many}"
            for name, (one, many) in _WHAT_ROWS_ARE.items()
            if held[name]
        ]
        raise ArchiveError(
            source,
            f"this journal already holds {_listed(named[:3]) if named else 'records'}; an "
            "archive is restored only into an empty journal (choose a new folder with --data-dir)",
        )


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _insert_rows(model: type[BaseModel], rows: list[dict[str, Any]], source: str) -> None:
    if not rows:
        return
    names = [field.column_name for field in _columns(model)]
    sql = (
        f"INSERT INTO {_quoted(model._meta.table_name)} ({', '.join(_quoted(n) for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    try:
        db.cursor().executemany(sql, [[row[n] for n in names] for row in rows])
    except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:
        raise ArchiveError(
            source,
            f"table {model._meta.table_name} breaks a rule of the journal ({exc})",
        ) from exc


def _check_links(source: str) -> None:
    dangling = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if dangling:
        table, rowid, parent, _fk = dangling[0]
        more = f" (and {len(dangling) - 1} more)" if len(dangling) > 1 else ""
        raise ArchiveError(
            source,
            f"table {table}, row with id {rowid} points to a missing {parent}{more}",
        )
