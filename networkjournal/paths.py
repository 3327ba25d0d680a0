"""Where a journal and its companions live on disk.

The journal directory is, in order of precedence, ``--data-dir``, the
``NETWORKJOURNAL_HOME`` environment variable, or the platform's user data
directory.  It is private to the user: created 0700, files inside 0600.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

APP_DIR_NAME = "networkjournal"
JOURNAL_FILE_NAME = "journal.sqlite3"
ENV_HOME = "NETWORKJOURNAL_HOME"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the journal directory (not created)."""
    if override:
        return Path(override).expanduser().absolute()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().absolute()
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


def journal_path(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the path of the journal file inside the journal directory."""
    return data_dir(override) / JOURNAL_FILE_NAME


def config_dir() -> Path:
    """Return the directory for user settings (window state, preferences)."""
    return platformdirs.user_config_path(APP_DIR_NAME, appauthor=False)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it readable by the user only."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    _remove_access_by_others(path)
    return path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty if missing and make it readable by the user only.

    Creating the file ourselves with mode 0600 before SQLite opens it means the
    journal is never readable by others, not even for a moment; SQLite gives
    its -wal and -shm companions the same permissions as the database file.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    _remove_access_by_others(path)
    return path


def _remove_access_by_others(path: Path) -> None:
    """Take away group and other access, leaving the owner's own bits as they are.

    Only the owner's bits are kept (never added): a folder or file the user
    made read-only stays read-only, so the program reports it instead of
    quietly undoing the user's choice, and a read-only disk is not written to.
    """
    current = stat.S_IMODE(path.stat().st_mode)
    if current & 0o077:
        os.chmod(path, current & 0o700)
