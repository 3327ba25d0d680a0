"""Whether the window has a journal open, read from its Qt lock file without Qt.

The window holds a ``QLockFile`` named ``<journal>.lock`` while the journal is
open.  Qt writes the owner into it one item a line: the process id, the
program's name, the host name, the machine id and the boot id.  Command-line
writers read it here and refuse while its owner is alive; a lock left behind
by a process that has died (or by a boot that has ended) does not count.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

LOCK_SUFFIX = ".lock"
_BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")


@dataclass(frozen=True)
class LockOwner:
    """The process named in a journal's lock file."""

    pid: int
    program: str
    hostname: str
    boot_id: str = ""


def lock_path(journal: Path) -> Path:
    """Return the lock file the window holds while ``journal`` is open."""
    return journal.with_name(journal.name + LOCK_SUFFIX)


def read_lock(journal: Path) -> LockOwner | None:
    """Return who the lock file of ``journal`` names, or None if there is none to read."""
    try:
        text = lock_path(journal).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    lines = text.splitlines()
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None  # half-written or not Qt's: nobody can be shown to hold it
    return LockOwner(
        pid=pid,
        program=lines[1] if len(lines) > 1 else "",
        hostname=lines[2] if len(lines) > 2 else "",
        boot_id=lines[4] if len(lines) > 4 else "",
    )


def live_lock_owner(journal: Path) -> LockOwner | None:
    """Return the live process holding ``journal`` open, or None when it is free.

    A lock taken on another computer (a journal on a shared drive) cannot be
    checked from here, so it counts as live: refusing is the safe mistake.
    """
    owner = read_lock(journal)
    if owner is None:
        return None
    if owner.hostname and owner.hostname != socket.gethostname():
        return owner
    if owner.boot_id and owner.boot_id != _boot_id():
        return None  # taken before the last restart: that process is gone
    return owner if _process_is_alive(owner.pid) else None


def open_elsewhere_message(journal: Path, owner: LockOwner) -> str:
    """Say, in one sentence, that ``journal`` is open in the window and what to do."""
    where = f" on {owner.hostname}" if owner.hostname != socket.gethostname() else ""
    return (
        f"the journal at {journal} is open in Network Journal (process {owner.pid}{where}); "
        "close the window first, then try again"
    )


def _boot_id() -> str:
    try:
        return _BOOT_ID_FILE.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _process_is_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        return True  # os.kill would end the process there; refusing is the safe mistake
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists; it belongs to someone else
    except OSError:
        return False
    return True
