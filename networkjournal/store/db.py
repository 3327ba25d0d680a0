"""Opening and closing the journal: pragmas, permissions, checks, migrations, write errors."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee

from networkjournal.paths import ensure_private_dir, ensure_private_file
from networkjournal.store import clean_close, encryption, migrations
from networkjournal.store.schema import JournalInfo, db

if TYPE_CHECKING:
    from networkjournal.store.backups import Backup

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
    """The file is not a readable journal (not SQLite, or corrupt).

    ``moved_to`` is where the damaged file was set aside (None if it was left
    in place, because another program has it open); ``backup`` is the newest
    backup that passed its check, to offer in its place (None if there is none).
    """

    def __init__(
        self,
        message: str,
        *,
        journal: Path | None = None,
        moved_to: Path | None = None,
        backup: Backup | None = None,
        problems: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.journal = journal
        self.moved_to = moved_to
        self.backup = backup
        self.problems = list(problems)


class JournalReadOnly(JournalError):
    """The journal cannot be written: its folder or disk is read-only, or it is too new."""


class JournalTooNew(JournalReadOnly):
    """The journal was written by a newer version of the program (it opens read-only)."""


class JournalEncrypted(JournalError):
    """The journal is encrypted and was not unlocked; nothing was read or changed."""


class PassphraseNeeded(JournalEncrypted):
    """The journal looks encrypted and no passphrase was given."""


class WrongPassphrase(JournalEncrypted):
    """The passphrase given does not unlock the journal."""


class EncryptionUnavailable(JournalError):
    """An encrypted journal was asked for, but SQLCipher (the ``encryption`` extra) is missing."""


class JournalDiskFull(JournalError):
    """The disk is full: the change was rolled back and nothing saved before was lost."""


# Which sqlite3 errors mean what for the user (primary result codes, sqlite3.h).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26
_DAMAGE_CODES = frozenset({_SQLITE_CORRUPT, _SQLITE_NOTADB})
_READ_ONLY_CODES = frozenset({_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CANTOPEN})

SQLITE_MAGIC = b"SQLite format 3\x00"

# What SQLite's drivers raise (SQLCipher's too, when installed), with peewee's wrapping.
_DRIVER_ERRORS: tuple[type[BaseException], ...] = encryption.driver_errors()
_DATABASE_ERRORS: tuple[type[BaseException], ...] = (peewee.DatabaseError, *_DRIVER_ERRORS)

# Why the open journal cannot be written (a newer format), or None when it can.
_read_only_reason: str | None = None
# Where the user keeps backups if not beside the journal (the window's Preferences): the
# backup before an upgrade goes there, and damage is offered the newest good one from there.
_backup_folder: Path | None = None
# Whether this session's journal passed its check (so a clean close may say so), and
# whether the check was left to deferred_check.
_verified = False
_check_pending = False


def open_journal(
    path: Path,
    *,
    create: bool = True,
    set_aside_damage: bool = True,
    passphrase: str | None = None,
    defer_check: bool = False,
    backup_folder: Path | None = None,
) -> Path:
    """Open (and if needed create, check, back up, migrate and seed) the journal at ``path``.

    The directory is made private (0700) and the file 0600 before SQLite
    touches it.  ``PRAGMA quick_check`` runs on every open: a damaged file (or
    one that is not SQLite) is moved aside as ``<name>.damaged-<UTC time>``
    with its -wal and -shm, never deleted, and :class:`JournalDamaged` names
    where it went and the newest good backup.  Pass ``set_aside_damage=False``
    when another program may have the file open: then it is only reported.

    A journal with data is backed up before it is migrated; the migration runs
    in one transaction.  A journal written by a newer version opens read-only
    (see :func:`read_only`).  Raises a :class:`JournalError` subclass the user
    can read.

    With a ``passphrase`` the journal is encrypted with SQLCipher (a new one is
    created encrypted); a wrong passphrase raises :class:`WrongPassphrase`
    and changes nothing.  An encrypted journal opened without one raises
    :class:`PassphraseNeeded` and is not treated as damaged.

    With ``defer_check`` (the window, where start-up time shows), a journal that
    this program closed cleanly and that has not changed since (same size and
    modification time, no write-ahead log left) skips the check here; the caller
    then runs :func:`deferred_check` off the GUI thread.  Anything else (a crash,
    another program, a copied-in file) is checked here as always.

    ``backup_folder`` is where the user keeps backups if not beside the journal:
    the backup before an upgrade goes there, and a damaged journal is offered the
    newest good backup from there first.
    """
    global _read_only_reason, _verified, _check_pending, _backup_folder
    path = Path(path)
    _backup_folder = backup_folder
    if not path.exists() and not create:
        raise JournalNotFound(f"there is no journal at {path}")
    close_journal()
    _read_only_reason = None
    db.use_passphrase(None)
    if passphrase is not None:
        _check_can_encrypt(passphrase)
    try:
        ensure_private_dir(path.parent)
        ensure_private_file(path)
    except OSError as exc:
        raise _cannot_open(path, exc) from exc
    if passphrase is None and not _looks_like_sqlite(path):
        if encryption.looks_encrypted(path):
            raise _locked(path)
        raise _damaged(path, "it is not an SQLite database", set_aside_damage)
    if passphrase is not None and _is_plain_journal(path):
        raise JournalError(
            f"{path} is not encrypted, but a passphrase was given; nothing was changed: "
            "open it without a passphrase"
        )
    _verified = _check_pending = False
    try:
        if defer_check and clean_close.unchanged_since(path):
            version, problems = _probe(path, passphrase, check=False)
            _check_pending = True
        else:
            version, problems = _probe(path, passphrase)
            _verified = not problems
        if problems:
            shown = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
            raise _damaged(path, f"the check found: {shown}", set_aside_damage, problems)
        db.use_passphrase(passphrase)
        db.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_S)
        db.connect()
    except _DATABASE_ERRORS as exc:
        close_journal()
        db.use_passphrase(None)
        if _sqlite_code(exc) in _DAMAGE_CODES:
            raise _damaged(path, _reason(exc), set_aside_damage) from exc
        raise _cannot_open(path, exc) from exc
    if version > migrations.LATEST_VERSION:
        _open_read_only(path, version)
    elif version < migrations.LATEST_VERSION:
        _upgrade(path, version)
    return path


def _open_read_only(path: Path, version: int) -> None:
    global _read_only_reason
    db.close()
    # query_only refuses every write on every connection, in every thread.
    db.init(str(path), pragmas={**PRAGMAS, "query_only": 1}, timeout=BUSY_TIMEOUT_S)
    db.connect()
    _read_only_reason = (
        f"{path} was written by a newer version of Network Journal (format {version}; "
        f"this version reads up to {migrations.LATEST_VERSION}), so it is open read-only: "
        "nothing can be changed until you update Network Journal"
    )


def _upgrade(path: Path, version: int) -> None:
    """Back up a journal that holds data, then migrate (and seed a new one) in one transaction."""
    from networkjournal.store.backups import BackupError, backup_now

    if version > 0:
        try:
            backup_now(
                f"before upgrade to format {migrations.LATEST_VERSION}",
                journal=path,
                folder=_backup_folder,
            )
        except BackupError as exc:
            db.close()
            raise JournalError(
                f"{path} needs upgrading, but it could not be backed up first ({exc}); "
                "nothing was changed"
            ) from exc
    try:
        with db.atomic():
            migrations.migrate(db)
            if version == 0:
                _seed_new_journal()
    except _DATABASE_ERRORS as exc:
        db.close()
        mapped = _user_facing(exc)
        if mapped is None:
            raise
        raise mapped from exc


def read_only() -> bool:
    """Return True when the open journal cannot be written (it was made by a newer version)."""
    return _read_only_reason is not None


def read_only_reason() -> str | None:
    """Return why the open journal is read-only, as a sentence to show, or None."""
    return _read_only_reason


def _looks_like_sqlite(path: Path) -> bool:
    """An empty file becomes a new journal; anything else must start with SQLite's header."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except OSError:
        return True  # unreadable: SQLite's own error says why, and nothing is moved
    return head in (b"", SQLITE_MAGIC)


def _probe(path: Path, passphrase: str | None = None, check: bool = True) -> tuple[int, list[str]]:
    """Return the journal's format version and what ``PRAGMA quick_check`` finds wrong.

    The check runs on a read-only connection of its own: closing it never
    checkpoints a write-ahead log into a damaged file, so a file found damaged
    is set aside with its -wal exactly as it was.  For an encrypted journal
    the first read is also what proves the passphrase: a wrong one raises
    :class:`WrongPassphrase` before anything could be written.
    """
    if path.stat().st_size == 0:
        return 0, []  # a journal about to be made
    if passphrase is None:
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
    else:
        connection = encryption.connect(path, passphrase, read_only=True, timeout=BUSY_TIMEOUT_S)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except encryption.driver_errors() as exc:
            connection.close()
            if _sqlite_code(exc) == _SQLITE_NOTADB:
                raise WrongPassphrase(
                    f"the passphrase does not unlock {path} (or the file is not a journal); "
                    "nothing was changed"
                ) from exc
            raise
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if not check:
            return version, []
        rows = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    finally:
        connection.close()
    return version, [] if rows == ["ok"] else rows


def _check_can_encrypt(passphrase: str) -> None:
    if not encryption.available():
        raise EncryptionUnavailable(
            f"a passphrase was given, but encrypted journals need SQLCipher: "
            f"{encryption.INSTALL_HINT}"
        )
    if not passphrase:
        raise JournalError("the passphrase is empty; nothing was changed")


def _is_plain_journal(path: Path) -> bool:
    try:
        return path.stat().st_size > 0 and _looks_like_sqlite(path)
    except OSError:
        return False


def _locked(path: Path) -> JournalEncrypted:
    hint = (
        "give its passphrase (--passphrase-file, or NETWORKJOURNAL_PASSPHRASE)"
        if encryption.available()
        else encryption.INSTALL_HINT
    )
    return PassphraseNeeded(f"{path} looks like an encrypted journal: {hint}; nothing was changed")


def encrypted() -> bool:
    """Return True when the open journal is encrypted."""
    return db.encrypted


def change_passphrase(new_passphrase: str) -> None:
    """Re-encrypt the open encrypted journal under ``new_passphrase``.

    Every page is rewritten by SQLCipher's ``PRAGMA rekey`` in one go; the new
    passphrase is then proved on a fresh connection.  Connections open in
    other threads still hold the old key: close them first.
    """
    if not db.encrypted:
        raise JournalError("the journal is not encrypted, so it has no passphrase to change")
    if _read_only_reason is not None:
        raise JournalTooNew(_read_only_reason)
    if not new_passphrase:
        raise JournalError("the new passphrase is empty; the passphrase was not changed")
    path = journal_file()
    assert path is not None
    try:
        db.execute_sql(encryption.rekey_statement(new_passphrase))
        db.use_passphrase(new_passphrase)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except _DATABASE_ERRORS as exc:
        mapped = _user_facing(exc)
        if mapped is None:
            raise
        raise mapped from exc
    _probe(path, new_passphrase)


def _damaged(
    path: Path, detail: str, set_aside: bool, problems: Sequence[str] = ()
) -> JournalDamaged:
    """Set the damaged file aside (if allowed) and say what happened and what can be done."""
    from networkjournal.store.backups import newest_good_backup

    close_journal()
    backup = None
    if _backup_folder is not None:
        backup = newest_good_backup(path, folder=_backup_folder)
    backup = backup or newest_good_backup(path)
    moved_to = set_aside_damaged_file(path) if set_aside else None
    # SQLite's check reports span lines ("*** in database main ***\n…"): the message is one.
    detail = " ".join(detail.split())
    if len(detail) > 200:
        detail = detail[:199] + "…"
    message = f"{path} is not a readable journal ({detail})"
    if moved_to is None:
        message += (
            "; close Network Journal, then run `networkjournal check` to set it aside "
            "and restore the newest backup"
        )
    else:
        message += f"; it was moved aside to {moved_to}"
        if backup is not None:
            message += (
                f"; the newest good backup is {backup.path} ({backup.described()}): "
                "run `networkjournal restore` to bring it back"
            )
        else:
            message += "; there is no backup to restore"
    return JournalDamaged(
        message, journal=path, moved_to=moved_to, backup=backup, problems=problems or [detail]
    )


def set_aside_damaged_file(path: Path) -> Path:
    """Rename ``path`` (with its -wal and -shm) to ``<name>.damaged-<UTC time>``; return it.

    The companions keep SQLite's naming beside the new name, so the set-aside
    file still opens with whatever its write-ahead log held.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
        number += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    for suffix in ("-wal", "-shm", ""):  # the main file last: it is what marks the journal
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    return target


def _cannot_open(path: Path, exc: BaseException) -> JournalError:
    code = _sqlite_code(exc)
    if code in _READ_ONLY_CODES or (
        isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    ):
        return JournalReadOnly(
            f"the journal {path} cannot be opened because its folder {path.parent} "
            "cannot be written to (read-only); nothing was changed: make the folder "
            "writable, or choose another with --data-dir"
        )
    if code == _SQLITE_FULL or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return JournalDiskFull(
            f"the disk holding {path} is full: nothing was lost; free some space and try again"
        )
    return JournalError(f"{path} could not be opened ({_reason(exc)}); nothing was changed")


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
    """Close the journal's connection in this thread, if open.

    After a session whose journal passed its check, the file's size and time are
    noted beside it (``<name>.checked``), so the next start can leave the check to
    :func:`deferred_check` if nothing touched the file in between.
    """
    global _verified, _check_pending
    if db.is_closed():
        return
    path = journal_file()
    db.close()
    if path is not None and _verified and _read_only_reason is None:
        clean_close.note(path)
    elif path is not None:
        clean_close.forget(path)  # unchecked or damaged: check in full next time
    _verified = _check_pending = False


def deferred_check(path: Path) -> list[str]:
    """Run the open check left out by ``open_journal(defer_check=True)``; safe off the GUI thread.

    Uses a read-only connection of its own (with the open journal's passphrase);
    returns the problems found (empty: healthy).
    """
    return _probe(path, db.passphrase)[1]


def check_pending() -> bool:
    """Whether the journal was opened without its check, which :func:`deferred_check` owes."""
    return _check_pending


def mark_verified() -> None:
    """Record that :func:`deferred_check` found the open journal healthy."""
    global _verified, _check_pending
    _verified, _check_pending = True, False


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
    """One user action = one transaction: everything inside commits or nothing does.

    A failure the user can do something about (a full disk, a read-only
    folder, a journal busy in another program) rolls the whole action back and
    is raised as a :class:`JournalError` that says so; what was saved before is
    untouched.  Other errors (a broken rule of the journal) pass through as
    they are.  A journal opened read-only refuses before anything is tried.
    """
    if _read_only_reason is not None:
        raise JournalTooNew(_read_only_reason)
    try:
        with db.atomic():
            yield
    except _DATABASE_ERRORS as exc:
        mapped = _user_facing(exc)
        if mapped is None:
            raise
        raise mapped from exc


def _user_facing(exc: BaseException) -> JournalError | None:
    """Return the error to show for a failed write, or None if it is not the user's to fix."""
    code = _sqlite_code(exc)
    nothing_lost = "nothing was lost, but this change was not saved"
    if code == _SQLITE_FULL:
        return JournalDiskFull(f"the disk is full: {nothing_lost}; free some space and try again")
    if code in _READ_ONLY_CODES:
        journal = journal_file()
        folder = journal.parent if journal is not None else "its folder"
        return JournalReadOnly(
            f"the journal cannot be written (its folder {folder} or disk is read-only): "
            f"{nothing_lost}; make it writable and try again"
        )
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return JournalError(
            f"the journal is busy in another program: {nothing_lost}; try again in a moment"
        )
    if code == _SQLITE_IOERR:
        return JournalError(
            f"the journal could not be written ({_reason(exc)}): {nothing_lost}; "
            "check the disk and try again"
        )
    if code in _DAMAGE_CODES:
        return JournalDamaged(
            f"the journal file is damaged ({_reason(exc)}): this change was not saved; "
            "close Network Journal and run `networkjournal check`",
            journal=journal_file(),
            problems=[_reason(exc)],
        )
    return None


def _sqlite_error(exc: BaseException) -> Any:
    """Find the sqlite3 error under ``exc`` (peewee wraps it as its first argument)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, _DRIVER_ERRORS) and hasattr(current, "sqlite_errorcode"):
            return current
        todo += [arg for arg in current.args if isinstance(arg, BaseException)]
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
    return None


def _sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code behind ``exc``, or None when it is not SQLite's."""
    found = _sqlite_error(exc)
    if found is None:
        return None
    return int(found.sqlite_errorcode) & 0xFF


def _reason(exc: BaseException) -> str:
    found = _sqlite_error(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(found if found is not None else exc)
