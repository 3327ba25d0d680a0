"""A note beside the journal that this program closed it cleanly after checking it.

``<journal>.checked`` holds the file's size and modification time as the last
checked session left it. While the file is exactly so (and no write-ahead log is
left), nothing has touched it since: the window may open it at once and run the
file check on a thread (:func:`networkjournal.store.db.open_journal`,
``defer_check``). Any doubt means no note, and a full check before opening.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from networkjournal.paths import ensure_private_file


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _stamp(path: Path) -> dict[str, int]:
    info = path.stat()
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns}


def note(path: Path) -> None:
    """Note the journal as this checked session leaves it (after its last close)."""
    try:
        marker = _marker(path)
        marker.write_text(json.dumps(_stamp(path)), encoding="utf-8")
        ensure_private_file(marker)
    except OSError:
        forget(path)  # no note: the next start checks in full


def forget(path: Path) -> None:
    """Drop the note, so the next open checks the file in full."""
    with contextlib.suppress(OSError):
        _marker(path).unlink(missing_ok=True)


def unchanged_since(path: Path) -> bool:
    """Whether the file is exactly as this program left it after a checked session."""
    try:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return False  # a crash or another program: check in full
        noted = json.loads(_marker(path).read_text(encoding="utf-8"))
        return bool(noted == _stamp(path))
    except (OSError, ValueError):
        return False
