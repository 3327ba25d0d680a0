"""One instance per journal: the lock beside it, the second launch that wakes the first."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from networkjournal.lockfile import live_lock_owner, lock_path
from networkjournal.ui.single_instance import SingleInstance, server_name


@pytest.fixture
def first(journal_path: Path) -> Iterator[SingleInstance]:
    """The launch that got there first, holding the journal."""
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    instance = SingleInstance(journal_path)
    assert instance.acquire()
    yield instance
    instance.release()


def test_second_instance_on_the_same_journal_is_refused_and_wakes_the_first(
    qtbot: QtBot, first: SingleInstance, journal_path: Path
) -> None:
    # What the command line reads to refuse writing while the window is open.
    owner = live_lock_owner(journal_path)
    assert owner is not None and owner.pid == os.getpid()
    second = SingleInstance(journal_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.activationRequested, timeout=3000):
        assert second.activate_running()
    assert first.holds_lock()
    assert not second.holds_lock()


def test_another_journal_is_not_blocked(first: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance(tmp_path / "elsewhere" / "journal.sqlite3")
    (tmp_path / "elsewhere").mkdir()
    assert other.name != first.name
    assert other.acquire()
    other.release()


def test_the_lock_is_free_again_after_release(first: SingleInstance, journal_path: Path) -> None:
    first.release()
    later = SingleInstance(journal_path)
    assert later.acquire()
    later.release()


def test_a_lock_left_by_a_killed_process_is_cleared(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_path(journal_path)
    # A process takes the lock the way the program does, then dies without releasing it.
    script = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(lock)], check=True, timeout=60)
    assert lock.exists()
    dead_pid = int(lock.read_text().split()[0])
    assert dead_pid != os.getpid()

    instance = SingleInstance(journal_path)
    assert instance.acquire()
    assert int(lock.read_text().split()[0]) == os.getpid()
    instance.release()
    assert live_lock_owner(journal_path) is None


def test_a_socket_left_by_a_killed_process_does_not_stop_the_next_launch(
    qtbot: QtBot, journal_path: Path
) -> None:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    # A killed launch leaves its socket file behind (on Unix) as well as its lock.
    script = (
        "import os, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtNetwork import QLocalServer\n"
        "app = QCoreApplication([])\n"
        "assert QLocalServer().listen(sys.argv[1])\n"
        "os._exit(0)\n"
    )
    name = server_name(journal_path)
    subprocess.run([sys.executable, "-c", script, name], check=True, timeout=60)
    instance = SingleInstance(journal_path)
    assert instance.acquire()
    with qtbot.waitSignal(instance.activationRequested, timeout=3000):
        assert SingleInstance(journal_path).activate_running()
    instance.release()


def test_a_second_launch_of_the_program_says_so_and_leaves_quickly(
    qtbot: QtBot, first: SingleInstance, journal_path: Path
) -> None:
    woken: list[bool] = []
    first.activationRequested.connect(lambda: woken.append(True))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    second = subprocess.Popen(
        [sys.executable, "-m", "networkjournal", "--data-dir", str(journal_path.parent)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # The first launch keeps its event loop turning, as a running window does.
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
    finally:
        if second.poll() is None:
            second.kill()
    elapsed = time.monotonic() - started
    _out, err = second.communicate()
    assert second.returncode != 0
    assert err.strip().splitlines() == [
        f"Network Journal is already open on {journal_path}; showing that window."
    ]
    assert elapsed < 5
    qtbot.waitUntil(lambda: bool(woken), timeout=2000)
