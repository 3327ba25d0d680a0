"""Opening and closing the journal: pragmas, permissions, checks, migrations."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from networkjournal.paths import ensure_private_dir, ensure_private_file
from networkjournal.store import migrations
from networkjournal.store.schema import JournalInfo, db

BUSY_TIMEOUT_MS = 5000
BUSY_TIMEOUT_S = BUSY_TIMEOUT_MS // 1000

# Set on every connection (peewee applies them each time it connects, in every thread).
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: losing a typed note is worse than a millisecond per commit
    "busy_timeout": BUSY_TIMEOUT_MS,
}


class JournalError(Exception):
    """A problem with the journal file that the user can act on; the message says what."""


class JournalNotFound(JournalError):
    """There is no journal at the given path."""


class JournalDamaged(JournalError):
    """The file is not a readable journal (not SQLite, or corrupt)."""


class JournalTooNew(JournalError):
    """The journal was written by a newer version of the program."""


def open_journal(path: Path, *, create: bool = True) -> Path:
    """Open (and if needed create, migrate and seed) the journal at ``path``.

    The directory is made private (0700) and the file 0600 before SQLite
    touches it.  Raises a :class:`JournalError` subclass the user can read.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise JournalNotFound(f"there is no journal at {path}")
    if not db.is_closed():
        db.close()
    ensure_private_dir(path.parent)
    ensure_private_file(path)
    db.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_S)
    try:
        db.connect()
        version = migrations.schema_version(db)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise JournalDamaged(f"{path} is not a readable journal ({exc})") from exc
    if version > migrations.LATEST_VERSION:
        db.close()
        raise JournalTooNew(
            f"{path} was written by a newer version of Network Journal "
            f"(format {version}; this version reads up to {migrations.LATEST_VERSION})"
        )
    if version < migrations.LATEST_VERSION:
        with db.atomic():
            migrations.migrate(db)
            if version == 0:
                _seed_new_journal()
    return path


def _seed_new_journal() -> None:
    from networkjournal.store.networks import seed_default_networks

    JournalInfo.create(key="journal_id", value=str(uuid.uuid4()))
    seed_default_networks()


def journal_id() -> str:
    """Return the open journal's stable id (what keeps its calendar UIDs its own).

    Every journal is given one when it is created; a journal that somehow lacks
    it gets one now, kept, so later exports agree with this one.
    """
    row = JournalInfo.get_or_none(JournalInfo.key == "journal_id")
    if row is not None:
        return str(row.value)
    with write():
        value = str(uuid.uuid4())
        JournalInfo.insert(key="journal_id", value=value).on_conflict_ignore().execute()
        return str(JournalInfo.get(JournalInfo.key == "journal_id").value)


def close_journal() -> None:
    """Close the journal's connection in this thread, if open."""
    if not db.is_closed():
        db.close()


def journal_file() -> Path | None:
    """Return the path of the open journal, or None."""
    return Path(db.database) if db.database else None


def quick_check() -> list[str]:
    """Run ``PRAGMA quick_check``; return the problems found (empty when healthy)."""
    return _check_rows("PRAGMA quick_check")


def integrity_check() -> list[str]:
    """Run the full ``PRAGMA integrity_check`` and foreign key check; return problems."""
    problems = _check_rows("PRAGMA integrity_check")
    try:
        dangling = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        return [*problems, str(exc)]
    for table, rowid, parent, _fk in dangling:
        problems.append(f"{table} row {rowid} points to a missing {parent}")
    return problems


def _check_rows(pragma: str) -> list[str]:
    try:
        rows = [row[0] for row in db.execute_sql(pragma).fetchall()]
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        # Some damage stops the check itself ("database disk image is malformed"):
        # that is what the check found, not a reason to crash.
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def pragma_values() -> dict[str, object]:
    """Return the connection's safety pragmas as SQLite reports them."""
    return {
        name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
    }


@contextmanager
def write() -> Iterator[None]:
    """One user action = one transaction: everything inside commits or nothing does."""
    with db.atomic():
        yield
