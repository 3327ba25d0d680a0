"""One window per journal: a lock file beside it, and a local socket to wake the running one.

The lock (``<journal>.lock``, Qt's :class:`QLockFile` format) is what keeps two
programs from writing one journal; the socket only lets a second launch ask the
first to come to the front. A lock left by a killed process is stale once its
pid is gone and is cleared by the next launch.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from networkjournal.lockfile import lock_path

ACTIVATE = b"activate\n"
# How long a second launch waits for the first to answer; well inside the
# two seconds it has to say so and leave.
CONNECT_TIMEOUT_MS = 500
# A lock is stale only when the process that took it is gone (Qt checks the pid
# and program name on this machine); never by age, since a window may stay open
# for weeks without touching the file.
STALE_LOCK_TIME_MS = 0


class LockUnavailable(OSError):
    """The lock file cannot be written at all (a read-only or missing folder)."""


def server_name(journal: Path) -> str:
    """The local socket's name for ``journal``: the same for every launch of this user on it."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        user = ""
    key = f"{user}\0{Path(journal).expanduser().resolve()}".encode()
    return "networkjournal-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """Holds the journal's lock and listens for later launches asking for the window."""

    activationRequested = Signal()

    def __init__(self, journal: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = Path(journal)
        self.name = server_name(self.journal)
        self._lock = QLockFile(str(lock_path(self.journal)))
        self._lock.setStaleLockTime(STALE_LOCK_TIME_MS)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock and start listening; False when another launch holds the journal.

        A stale lock (its process was killed) is removed and taken.  Raises
        :class:`LockUnavailable` when the lock cannot be written at all.
        """
        if not self._lock.tryLock(0):
            error = self._lock.error()
            if error != QLockFile.LockError.LockFailedError:
                raise LockUnavailable(
                    f"cannot write the lock file {lock_path(self.journal)} "
                    "(is the folder read-only?)"
                )
            # tryLock already clears a lock whose pid is gone; this catches what it
            # could not judge in passing (a lock file it failed to read).
            if not (self._lock.removeStaleLockFile() and self._lock.tryLock(0)):
                return False
        self._listen()
        return True

    def holds_lock(self) -> bool:
        """True while this object holds the journal's lock."""
        return self._lock.isLocked()

    def release(self) -> None:
        """Stop listening and give up the lock (on quit; also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def activate_running(self) -> bool:
        """Ask the launch holding the journal to show its window; True if the request went out."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(ACTIVATE)
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return sent

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket of that name is left over from a killed launch.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            # Still the only writer (we hold the lock); later launches just cannot wake us.
            return
        server.newConnection.connect(self._accept)
        self._server = server

    @Slot()
    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._read_ready)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    @Slot()
    def _read_ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == ACTIVATE:
                self.activationRequested.emit()
