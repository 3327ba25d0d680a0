"""Encryption at rest through SQLCipher (the optional ``encryption`` extra: ``sqlcipher3``).

An encrypted journal is an ordinary journal whose every page, and every page
of its write-ahead log, SQLCipher encrypts.  The passphrase is given as
``PRAGMA key`` as the very first statement on every connection, before any
other pragma (``journal_mode`` included): SQLCipher reads nothing until then.
We never write a cipher of our own.
"""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path
from types import ModuleType
from typing import Any

from peewee import SqliteDatabase

INSTALL_HINT = "install it with: pip install 'networkjournal[encryption]'"

# SQLCipher pages are a power of two of at least 512 bytes.
_MIN_PAGE = 512


def driver() -> ModuleType | None:
    """Return SQLCipher's DB-API module, or None when the extra is not installed."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    return dbapi2


def available() -> bool:
    """Return True when encrypted journals can be opened here."""
    return driver() is not None


def driver_errors() -> tuple[type[BaseException], ...]:
    """The error classes SQLite's drivers raise: the standard one, and SQLCipher's if present."""
    found = driver()
    return (sqlite3.Error,) if found is None else (sqlite3.Error, found.Error)


def looks_encrypted(path: Path) -> bool:
    """Guess whether a file that is not plain SQLite is an encrypted journal.

    SQLCipher files are meant to be indistinguishable from random bytes, so
    this is a guess: whole pages, and a first kilobyte that does not
    compress.  Text, a plain journal with a damaged header, or a repeated
    pattern all compress well; an encrypted page does not.  It decides only
    whether a file is set aside as damaged or the user is asked for a
    passphrase, and in neither case is anything lost.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(1024)
    except OSError:
        return False
    if size < _MIN_PAGE or size % _MIN_PAGE or len(head) < _MIN_PAGE:
        return False
    return len(zlib.compress(head, 9)) >= len(head)


def key_statement(passphrase: str) -> str:
    """The ``PRAGMA key`` statement for ``passphrase`` (quoted as an SQL string literal)."""
    return "PRAGMA key = '{}'".format(passphrase.replace("'", "''"))


def rekey_statement(passphrase: str) -> str:
    """The ``PRAGMA rekey`` statement that changes the open journal's passphrase."""
    return "PRAGMA rekey = '{}'".format(passphrase.replace("'", "''"))


def unlock(connection: Any, passphrase: str) -> None:
    """Give ``connection`` its key; this must be its first statement.

    SQLCipher's own log would print a line on stderr for a wrong key: the
    error we raise says it better, so the log is silenced first (it reads
    nothing from the file).
    """
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_statement(passphrase))


def connect(path: Path, passphrase: str, *, read_only: bool, timeout: float) -> Any:
    """Open an existing encrypted journal with SQLCipher and give it its key."""
    found = driver()
    if found is None:
        raise RuntimeError("SQLCipher is not installed")
    mode = "ro" if read_only else "rw"
    connection = found.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True, timeout=timeout)
    try:
        unlock(connection, passphrase)
    except BaseException:
        connection.close()
        raise
    return connection


class JournalDatabase(SqliteDatabase):
    """Peewee's SQLite database, which opens through SQLCipher when given a passphrase.

    Without a passphrase it is exactly :class:`peewee.SqliteDatabase`.  With
    one, every new connection (in every thread) gets ``PRAGMA key`` before
    peewee applies the journal's pragmas.
    """

    def __init__(self, database: str | None, *args: Any, **kwargs: Any) -> None:
        self.passphrase: str | None = None
        super().__init__(database, *args, **kwargs)

    def use_passphrase(self, passphrase: str | None) -> None:
        """Set the passphrase the next connections use (None: a plain journal)."""
        self.passphrase = passphrase

    @property
    def encrypted(self) -> bool:
        """True when the journal is opened through SQLCipher."""
        return self.passphrase is not None

    def _connect(self) -> Any:
        if self.passphrase is None:
            return super()._connect()  # type: ignore[misc]  # peewee's stubs omit it
        found = driver()
        if found is None:
            raise RuntimeError("SQLCipher is not installed")
        timeout = self._timeout  # type: ignore[attr-defined]  # set by SqliteDatabase.init
        connection = found.connect(
            self.database, timeout=timeout, isolation_level=None, **self.connect_params
        )
        try:
            unlock(connection, self.passphrase)
            self._add_conn_hooks(connection)  # type: ignore[attr-defined]
        except BaseException:
            connection.close()
            raise
        return connection
