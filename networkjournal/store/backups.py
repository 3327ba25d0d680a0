"""Backups of the journal: taken through SQLite's online backup API, checked, thinned, restored.

Backups live in ``<data dir>/backups/`` (0700) unless the caller names another
folder (the Settings dialog's backup folder), one file each (0600), named
``<journal stem>-<YYYYmmdd-HHMMSS>Z-<reason>.sqlite3`` in UTC, so a listing
sorts by time and says why each was taken.  A backup is written under a
hidden ``.part`` name, checked with ``PRAGMA integrity_check`` and only then
given its name: a file with a backup's name is whole and was checked.

**Whether the data changed since the last backup** is decided by content,
which is right across runs, processes and crashes whatever wrote the file: a
fresh snapshot is compared page by page with the newest backup, leaving out
the header fields that move without the data changing (the file change
counter and SQLite's version stamps).  Identical means unchanged, and the
fresh copy is thrown away.  SQLite's own file change counter would be cheaper
but is not kept up to date in WAL mode, and ``PRAGMA data_version`` only
speaks for one connection.  So that an unchanged journal is not copied again
on every call, a process remembers the journal files' size and modification
time from its last "unchanged" verdict and skips the copy while they stay
the same.

**An encrypted journal's backups are encrypted** with the same passphrase:
the backup API runs between two SQLCipher connections keyed alike, so no
page is ever written in the clear, and listing, checking and restoring open
them with that key.  SQLCipher gives every page written a fresh random IV,
so two encrypted copies of the same data differ byte for byte: for them
"unchanged" is decided on the decrypted contents instead (an SQL dump of
each, compared as it is read, in memory).  The passphrase is the open
journal's unless one is given; a backup keeps the passphrase it was taken
under.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import os
import re
import sqlite3
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from networkjournal.paths import ensure_private_dir, ensure_private_file
from networkjournal.store import encryption
from networkjournal.store.backup_thinning import MIN_INTERVAL, Retention, backups_to_keep
from networkjournal.store.db import (
    BUSY_TIMEOUT_S,
    SQLITE_MAGIC,
    JournalDamaged,
    JournalError,
    close_journal,
    journal_file,
    set_aside_damaged_file,
)
from networkjournal.store.schema import db

BACKUP_DIR_NAME = "backups"
BACKUP_SUFFIX = ".sqlite3"

# Header bytes that change without the data changing: the file change counter
# (24-27), and the "version-valid-for" number and SQLite version (92-99).
_VOLATILE_HEADER = ((24, 28), (92, 100))
_STALE_PART_SECONDS = 3600

# journal -> (newest backup it was found identical to, the journal files' state then)
_unchanged: dict[Path, tuple[Path, tuple[tuple[int, int], ...]]] = {}

# What SQLite and SQLCipher raise.
_DB_ERRORS = encryption.driver_errors()


class BackupError(JournalError):
    """A backup could not be written, read or restored; the message says why."""

    def __init__(self, message: str, *, source_damaged: bool = False) -> None:
        super().__init__(message)
        self.source_damaged = source_damaged


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was taken (UTC), why, its size, and whether it looks whole.

    ``ok`` is a cheap look at the file (SQLite's header, and a size that agrees
    with it) unless the listing was asked to verify, when it is ``quick_check``.
    """

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int
    ok: bool

    def described(self) -> str:
        """Say when and why it was taken: ``taken 2025-03-01 14:02 UTC, on demand``."""
        return f"taken {self.taken_at:%Y-%m-%d %H:%M} UTC, {self.reason}"


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did, to tell the user."""

    journal: Path
    restored: Backup
    kept_as: Backup | None  # the journal as it was, backed up first
    moved_aside: Path | None  # the journal as it was, when it was too damaged to back up


def backups_dir(journal: Path | None = None) -> Path:
    """Return the folder that holds the backups of ``journal`` (default: the open one)."""
    return _journal(journal).parent / BACKUP_DIR_NAME


def _folder_of(journal: Path, folder: Path | None) -> Path:
    """Where ``journal``'s backups are: its own subfolder of a chosen folder, or ``backups``.

    A chosen folder is the user's, not the journal's: it may hold the backups of
    several journals (another --data-dir, a second machine's synced folder), so
    each journal keeps its backups in a subfolder named by its file name and a
    digest of where it is, and never lists or restores another journal's.
    """
    if folder is None:
        return journal.parent / BACKUP_DIR_NAME
    digest = hashlib.sha256(str(journal.absolute()).encode("utf-8")).hexdigest()[:10]
    return Path(folder) / f"{journal.stem}-{digest}"


# --- taking backups ------------------------------------------------------------------------


def backup_now(
    reason: str = "on demand",
    *,
    journal: Path | None = None,
    now: dt.datetime | None = None,
    passphrase: str | None = None,
    folder: Path | None = None,
    retention: Retention | None = None,
) -> Backup:
    """Back up ``journal`` (default: the open one) now, check it, thin the old ones; return it.

    An encrypted journal is backed up encrypted with ``passphrase`` (default:
    the open journal's).  The backup goes into ``folder`` (default: the
    journal's own ``backups`` folder), which is then thinned by ``retention``
    (default: 7 daily, 4 weekly, 6 monthly).
    """
    path = _journal(journal)
    when = _utc(now)
    made = _take(path, reason, when, _journal_key(path, passphrase), folder)
    thin(path, when, folder=folder, retention=retention)
    return made


def backup_if_due(
    now: dt.datetime | None = None,
    *,
    journal: Path | None = None,
    passphrase: str | None = None,
    folder: Path | None = None,
    retention: Retention | None = None,
) -> Backup | None:
    """Back up when the newest backup is a day old or more and the data changed since.

    Returns the new backup, or None when none was due or nothing had changed.
    ``folder`` and ``retention`` are as for :func:`backup_now`.
    """
    path = _journal(journal)
    key = _journal_key(path, passphrase)
    when = _utc(now)
    newest = next(iter(list_backups(path, folder=folder)), None)
    if newest is not None and when - newest.taken_at < MIN_INTERVAL:
        return None
    state = _files_state(path)  # read before the snapshot: a later write shows as a change
    if newest is not None and _unchanged.get(path) == (newest.path, state):
        return None
    fresh = _take(path, "automatic", when, key, folder)
    if newest is not None and same_data(fresh.path, newest.path, passphrase=key):
        fresh.path.unlink()
        _unchanged[path] = (newest.path, state)
        return None
    _unchanged.pop(path, None)
    thin(path, when, folder=folder, retention=retention)
    return fresh


def _take(
    journal: Path, reason: str, now: dt.datetime, key: str | None, chosen: Path | None = None
) -> Backup:
    """Copy ``journal`` through the backup API into a new, checked backup file.

    With ``key`` both ends are SQLCipher connections keyed with it, so the
    copy is encrypted page by page as it is written.  The file goes into
    ``chosen`` or, by default, the journal's own ``backups`` folder.
    """
    if not journal.exists():
        raise BackupError(f"there is no journal at {journal} to back up")
    wanted = _folder_of(journal, chosen)
    try:
        folder = ensure_private_dir(wanted) if chosen is None else _ensure_chosen_dir(wanted)
    except OSError as exc:
        raise BackupError(_os_reason(wanted, exc)) from exc
    _remove_stale_parts(folder)
    target = _free_name(folder, journal, now, reason)
    part = folder / f".{target.name}.part"
    try:
        ensure_private_file(part)
        with (
            _connect(journal, read_only=False, key=key) as source,
            _connect(part, key=key) as copy,
        ):
            source.execute("PRAGMA query_only = 1")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # proves a key
            source.backup(copy)
            # One file, no -wal beside it: a backup is moved and copied as it is.
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = _check(copy, "PRAGMA integrity_check")
        if problems:
            raise _damaged_source(journal, problems)
        _fsync(part)
        os.replace(part, target)
        _fsync(folder)
    except _DB_ERRORS as exc:
        if key is not None and (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == 26:
            # Not read at all: most likely the wrong passphrase, so nothing is called damaged.
            raise BackupError(
                f"the passphrase does not unlock {journal}: no backup was taken; "
                "nothing was changed"
            ) from exc
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (11, 26):  # corrupt, not a database
            raise _damaged_source(journal, [str(exc)]) from exc
        raise BackupError(
            f"could not back up {journal} into {folder}: {_sqlite_reason(exc)}"
        ) from exc
    except OSError as exc:
        raise BackupError(_os_reason(folder, exc)) from exc
    finally:
        for leftover in (part, *_companions(part)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return _describe(target)


def _ensure_chosen_dir(folder: Path) -> Path:
    """Create the journal's subfolder of a folder the user chose (each 0700 when new).

    A folder of the user's own (a synced folder, an external disk) keeps its
    permissions: the journal's subfolder is private, and each backup file (0600).
    """
    if not folder.parent.exists():
        folder.parent.mkdir(mode=0o700, parents=True)
    folder.mkdir(mode=0o700, exist_ok=True)  # a file in the way raises
    return folder


def _journal_key(journal: Path, given: str | None) -> str | None:
    """The passphrase ``journal`` is encrypted with, or None for a plain journal.

    ``given`` wins; otherwise it is the open journal's (kept after a close, so
    a restore still has it).  An encrypted journal with no passphrase is
    refused: its copy would be unreadable, and a plaintext one is never made.
    """
    if _plain(journal):
        return None
    key = given
    if key is None and journal_file() == journal:
        key = db.passphrase
    if key is None and encryption.looks_encrypted(journal):
        raise BackupError(
            f"{journal} is encrypted, and no passphrase was given to back it up with: "
            "no backup was taken (an unencrypted copy is never made); nothing was changed"
        )
    return key


def _plain(path: Path) -> bool:
    """True when ``path`` starts like a plain SQLite file (or is empty, or missing)."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except OSError:
        return True
    return not head or head == SQLITE_MAGIC


def _damaged_source(journal: Path, problems: list[str]) -> BackupError:
    return BackupError(
        f"the backup of {journal} did not pass its check ({'; '.join(problems[:3])}), "
        "so it was deleted; the journal itself may be damaged: run `networkjournal check`",
        source_damaged=True,
    )


def _free_name(folder: Path, journal: Path, now: dt.datetime, reason: str) -> Path:
    """A name for a backup taken at ``now``; a second taken within the same second is moved on."""
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    when = now.replace(microsecond=0)
    while True:
        target = folder / f"{journal.stem}-{when:%Y%m%d-%H%M%S}Z-{slug}{BACKUP_SUFFIX}"
        taken = {b.taken_at for b in _scan(folder, journal)}
        if when not in taken and not target.exists():
            return target
        when += dt.timedelta(seconds=1)


def same_data(first: Path, second: Path, *, passphrase: str | None = None) -> bool:
    """Return True when two backups hold the same pages (header counters aside).

    Two encrypted backups (opened with ``passphrase``) are compared by their
    decrypted contents, as SQL dumps read side by side: their bytes always differ.
    """
    if first.stat().st_size != second.stat().st_size:
        return False
    if not (_plain(first) and _plain(second)):
        return passphrase is not None and _same_contents(first, second, passphrase)
    with first.open("rb") as a, second.open("rb") as b:
        head_a, head_b = bytearray(a.read(100)), bytearray(b.read(100))
        for start, end in _VOLATILE_HEADER:
            head_a[start:end] = head_b[start:end] = bytes(end - start)
        if head_a != head_b:
            return False
        while True:
            block_a, block_b = a.read(1 << 20), b.read(1 << 20)
            if block_a != block_b:
                return False
            if not block_a:
                return True


def _same_contents(first: Path, second: Path, key: str) -> bool:
    try:
        with (
            _connect(first, read_only=True, key=key) as a,
            _connect(second, read_only=True, key=key) as b,
            contextlib.closing(_contents(a)) as rows_a,
            contextlib.closing(_contents(b)) as rows_b,
        ):
            sentinel = object()
            pairs = itertools.zip_longest(rows_a, rows_b, fillvalue=sentinel)
            return all(x == y for x, y in pairs)
    except _DB_ERRORS:
        return False


def _contents(connection: Any) -> Generator[object]:
    """The schema, the format version and every row of every table, in storage order."""
    yield connection.execute("PRAGMA user_version").fetchone()
    schema = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    yield schema
    for kind, name, _table, _sql in schema:
        if kind == "table":
            quoted = name.replace('"', '""')
            yield name
            yield from connection.execute(f'SELECT * FROM "{quoted}"')


def _files_state(journal: Path) -> tuple[tuple[int, int], ...]:
    """Size and modification time of the journal and its -wal: every commit moves one."""
    state = []
    for path in (journal, Path(f"{journal}-wal")):
        try:
            info = path.stat()
        except FileNotFoundError:
            state.append((-1, -1))
        else:
            state.append((info.st_size, info.st_mtime_ns))
    return tuple(state)


# --- listing and thinning ------------------------------------------------------------------


_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6})Z(?:-(?P<reason>[a-z0-9-]+))?\.sqlite3$")


def list_backups(
    journal: Path | None = None,
    *,
    verify: bool = False,
    passphrase: str | None = None,
    folder: Path | None = None,
) -> list[Backup]:
    """Return the backups of ``journal`` (default: the open one), newest first.

    With ``verify``, each is opened and checked with ``PRAGMA quick_check``
    (an encrypted one with ``passphrase``, by default the open journal's).
    They are looked for in ``folder`` (default: the journal's ``backups`` folder).
    """
    path = _journal(journal)
    found = _scan(_folder_of(path, folder), path)
    if verify:
        key = _backups_key(path, passphrase)
        found = [
            _with_ok(b, b.ok and not check_backup(b.path, quick=True, passphrase=key))
            for b in found
        ]
    return found


def newest_good_backup(
    journal: Path | None = None, *, passphrase: str | None = None, folder: Path | None = None
) -> Backup | None:
    """Return the newest backup (in ``folder``, as for :func:`list_backups`) that passes
    ``quick_check``, or None."""
    path = _journal(journal)
    key = _backups_key(path, passphrase)
    for backup in list_backups(path, folder=folder):
        if backup.ok and not check_backup(backup.path, quick=True, passphrase=key):
            return backup
    return None


def check_backup(path: Path, *, quick: bool = False, passphrase: str | None = None) -> list[str]:
    """Check a backup file (integrity_check, or quick_check); return the problems found.

    An encrypted backup is opened with ``passphrase``; without one it cannot be checked.
    """
    if not _header_ok(path):
        return [f"{path.name} is not a whole SQLite file"]
    key = None if _plain(path) else passphrase
    if key is None and not _plain(path):
        return [f"{path.name} is encrypted: it needs its passphrase to be checked"]
    try:
        with _connect(path, read_only=True, key=key) as connection:
            return _check(connection, "PRAGMA quick_check" if quick else "PRAGMA integrity_check")
    except _DB_ERRORS as exc:
        if key is not None and (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == 26:
            return [
                f"the passphrase does not unlock {path.name} (it may have been taken "
                "under an earlier passphrase), or it is damaged"
            ]
        return [_sqlite_reason(exc)]


def _backups_key(journal: Path, given: str | None) -> str | None:
    """The passphrase to open ``journal``'s backups with: ``given``, or the open journal's."""
    if given is not None:
        return given
    return db.passphrase if journal_file() == journal else None


def _scan(folder: Path, journal: Path) -> list[Backup]:
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None or match["stem"] != journal.stem or not entry.is_file():
            continue
        found.append(_describe(entry))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _describe(path: Path) -> Backup:
    match = _NAME.match(path.name)
    if match is None:
        raise ValueError(f"{path.name} is not named like a backup")
    taken = dt.datetime.strptime(match["when"], "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
    reason = (match["reason"] or "backup").replace("-", " ")
    return Backup(path, taken, reason, path.stat().st_size, _header_ok(path))


def _with_ok(backup: Backup, ok: bool) -> Backup:
    return Backup(backup.path, backup.taken_at, backup.reason, backup.size, ok)


def _header_ok(path: Path) -> bool:
    """SQLite's magic string, and a file size that agrees with the page count in the header.

    An encrypted file has no readable header: it passes when it looks encrypted
    (whole pages that do not compress), and only a check with its key says more.
    """
    if not _plain(path) and encryption.looks_encrypted(path):
        return True
    try:
        with path.open("rb") as file:
            head = file.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    return page_size > 0 and size == page_size * pages


def thin(
    journal: Path | None = None,
    now: dt.datetime | None = None,
    *,
    folder: Path | None = None,
    retention: Retention | None = None,
) -> list[Path]:
    """Delete the backups :func:`backups_to_keep` does not keep; return what was deleted.

    Only ``journal``'s backups in ``folder`` (default: its ``backups`` folder)
    are looked at; ``retention`` says how many to keep (default: 7, 4, 6).
    """
    found = list_backups(journal, folder=folder)
    keep_counts = retention if retention is not None else Retention()
    keep = backups_to_keep(
        (b.taken_at for b in found),
        _utc(now),
        daily=keep_counts.daily,
        weekly=keep_counts.weekly,
        monthly=keep_counts.monthly,
    )
    deleted = []
    for backup in found:
        if backup.taken_at not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            deleted.append(backup.path)
    return deleted


# --- restoring -----------------------------------------------------------------------------


def restore(
    backup_path: Path,
    journal: Path | None = None,
    *,
    passphrase: str | None = None,
    folder: Path | None = None,
) -> RestoreReport:
    """Put the journal back as ``backup_path`` holds it; the journal as it was is kept first.

    The backup is checked before anything is touched.  The current journal is
    backed up ("before restore"), or, if it is too damaged for that, moved
    aside.  This thread's connection is closed; every other connection to the
    journal must be closed by the caller, who reopens it afterwards.  The
    backup is copied in through the backup API (in one transaction on the
    journal, so a crash leaves the old journal or the new, never a mixture),
    and the journal and its companions are left 0600.

    An encrypted backup is checked and copied in with ``passphrase`` (default:
    the open journal's), so the journal stays encrypted under it; a plain
    backup is not restored over an encrypted journal.  The "before restore"
    copy goes into ``folder`` (default: the journal's ``backups`` folder).
    """
    path = _journal(journal)
    source = Path(backup_path)
    if not source.is_file():
        raise BackupError(f"there is no backup at {source}")
    journal_key = _journal_key(path, passphrase) if path.exists() else None
    key = None if _plain(source) else _backups_key(path, passphrase)
    if journal_key is not None and key is None:
        raise BackupError(
            f"{source} is not encrypted, and restoring it would leave the encrypted journal "
            f"{path} unencrypted; nothing was changed: choose an encrypted backup"
        )
    problems = check_backup(source, passphrase=key)
    if problems:
        raise BackupError(
            f"{source} did not pass its check ({'; '.join(problems[:3])}); "
            "nothing was changed: choose another backup"
        )
    restored = _describe(source) if _NAME.match(source.name) else _outside_backup(source)
    if journal_file() == path:
        close_journal()
    kept: Backup | None = None
    moved: Path | None = None
    if path.exists() and path.stat().st_size > 0:
        try:
            kept = _take(path, "before restore", _utc(None), journal_key, folder)
        except BackupError as exc:
            if not exc.source_damaged:
                raise
            moved = set_aside_damaged_file(path)
    try:
        ensure_private_dir(path.parent)
        ensure_private_file(path)
        with (
            _connect(source, read_only=True, key=key) as origin,
            _connect(path, key=key) as target,
        ):
            # DELETE mode checkpoints and removes the old -wal through SQLite itself, and
            # lets the page size follow the backup's; WAL comes back afterwards.
            target.execute("PRAGMA journal_mode = DELETE")
            origin.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
            problems = _check(target, "PRAGMA quick_check")
    except _DB_ERRORS as exc:
        raise BackupError(
            f"could not restore {source} into {path}: {_sqlite_reason(exc)}; "
            + (f"the journal as it was is kept in {kept.path}" if kept else "nothing was lost")
        ) from exc
    except OSError as exc:
        raise BackupError(_os_reason(path.parent, exc)) from exc
    for companion in (path, *_companions(path)):
        if companion.exists():
            os.chmod(companion, 0o600)
    if problems:  # the backup passed its check a moment ago: this is not expected
        raise JournalDamaged(f"{path} did not pass its check after the restore", journal=path)
    return RestoreReport(journal=path, restored=restored, kept_as=kept, moved_aside=moved)


def _outside_backup(path: Path) -> Backup:
    taken = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(microsecond=0)
    return Backup(path, taken, "chosen file", path.stat().st_size, True)


# --- helpers -------------------------------------------------------------------------------


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool | None = None, key: str | None = None) -> Iterator[Any]:
    """A connection, closed afterwards: plain sqlite3, or SQLCipher keyed with ``key``.

    ``read_only=True`` opens an existing file read-only, ``False`` an existing
    file read-write (neither creates one); None opens or creates ``path``.
    """
    connection: Any
    if key is not None:
        connection = _keyed(path, read_only, key)
    elif read_only is None:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    else:
        mode = "ro" if read_only else "rw"
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_S
        )
    try:
        yield connection
    finally:
        connection.close()


def _keyed(path: Path, read_only: bool | None, key: str) -> Any:
    """An SQLCipher connection to ``path`` whose first statement gives it ``key``."""
    if read_only is not None:
        return encryption.connect(path, key, read_only=read_only, timeout=BUSY_TIMEOUT_S)
    found = encryption.driver()
    if found is None:
        raise BackupError(f"the journal is encrypted: {encryption.INSTALL_HINT}")
    connection = found.connect(str(path), timeout=BUSY_TIMEOUT_S)
    try:
        encryption.unlock(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def _check(connection: Any, pragma: str) -> list[str]:
    rows = [row[0] for row in connection.execute(pragma).fetchall()]
    return [] if rows == ["ok"] else rows


def _companions(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _remove_stale_parts(folder: Path) -> None:
    """Delete half-written backups an interrupted run left behind (never a fresh one)."""
    cutoff = time.time() - _STALE_PART_SECONDS
    for entry in folder.glob(".*.part*"):
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < cutoff:
                entry.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _journal(journal: Path | None) -> Path:
    path = journal if journal is not None else journal_file()
    if path is None:
        raise BackupError("no journal is open")
    return Path(path)


def _utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.UTC)
    return now.astimezone(dt.UTC) if now.tzinfo else now.replace(tzinfo=dt.UTC)


def _sqlite_reason(exc: BaseException) -> str:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == 13:
        return "the disk is full; free some space and try again"
    if code in (3, 8, 14):
        return "the folder cannot be written to (read-only)"
    return str(exc)


def _os_reason(folder: Path, exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return f"could not write a backup in {folder}: the disk is full; free some space"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"could not write a backup in {folder}: it cannot be written to (read-only)"
    return f"could not write a backup in {folder}: {exc.strerror or exc}"
