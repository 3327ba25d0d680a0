"""Pulling the plug: kill -9 at random moments, then the journal must be whole.

Under the ``slow`` marker (``pytest -m slow``; .ci/run runs them). Each round
kills a real process writing to a real journal file: an import of 6,000 cards
(which must land all or nothing), or a window making edits as fast as it can
(every edit it reported saved must still be there). After every kill SQLite's
``integrity_check`` is ok and ``foreign_key_check`` finds nothing.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from networkjournal.interop.vcard import VCardPerson, write_vcards
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.people import ContactMethodData

pytestmark = pytest.mark.slow

ROUNDS = 30
CARDS = 6000


def check_whole(journal: Path) -> sqlite3.Connection:
    """Open the journal as SQLite would after a crash, and check it is whole."""
    raw = sqlite3.connect(journal)
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    return raw


def run_until_killed(args: list[str], env: dict[str, str], wait: float) -> None:
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(wait)
    process.send_signal(signal.SIGKILL)
    process.wait()


@pytest.fixture
def cards(tmp_path: Path) -> Path:
    people = [
        VCardPerson(
            given_name=f"Given{i}",
            family_name=f"Family{i}",
            contacts=[ContactMethodData("email", f"person{i}@example.org")],
            notes=f"Card {i}",
        )
        for i in range(CARDS)
    ]
    path = tmp_path / "phone.vcf"
    path.write_text(write_vcards(people), encoding="utf-8")
    return path


def test_an_import_killed_at_any_moment_lands_all_or_nothing(tmp_path: Path, cards: Path) -> None:
    rng = random.Random(7)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def fresh(name: str) -> tuple[Path, list[str]]:
        home = tmp_path / name
        journal = home / "journal.sqlite3"
        open_journal(journal)  # an empty journal, as the first start leaves it
        close_journal()
        command = [sys.executable, "-m", "networkjournal", "--data-dir", str(home)]
        return journal, [*command, "import", str(cards)]

    # How long a whole import takes on this machine: the kills fall across it.
    journal, command = fresh("whole")
    started = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True)
    whole = time.monotonic() - started
    landed = {0: 0, CARDS: 0}
    for round_ in range(ROUNDS):
        journal, command = fresh(f"round{round_}")
        run_until_killed(command, env, rng.uniform(0.1, 1.3 * whole))
        raw = check_whole(journal)
        [(count,)] = raw.execute("SELECT count(*) FROM person").fetchall()
        raw.close()
        assert count in landed, f"round {round_}: {count} people: an import landed in part"
        landed[count] += 1
    # The kills fell both before and after the commit at least once.
    assert landed[0] and landed[CARDS], landed


EDITOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from networkjournal.store.db import open_journal
    from networkjournal.store.people import PersonData
    from networkjournal.ui import commands

    app = QApplication([])
    journal = Path(sys.argv[1])
    open_journal(journal)
    from networkjournal.ui.main_window import MainWindow

    window = MainWindow(journal, QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.show()
    count = [0]

    def edit():
        count[0] += 1
        name = f"Typed {count[0]}"
        command = commands.CreatePerson(window.events, PersonData(display_name=name))
        commands.run(window.undo_stack, command)
        print(name, flush=True)  # said saved only after the commit
        QTimer.singleShot(0, edit)

    QTimer.singleShot(0, edit)
    app.exec()
    """
)


def test_edits_in_the_window_survive_a_kill_at_any_moment(tmp_path: Path) -> None:
    rng = random.Random(11)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = tmp_path / "editor.py"
    script.write_text(EDITOR, encoding="utf-8")
    for round_ in range(ROUNDS):
        journal = tmp_path / f"edits{round_}" / "journal.sqlite3"
        journal.parent.mkdir()
        process = subprocess.Popen(
            [sys.executable, str(script), str(journal), str(tmp_path / "s.ini")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert process.stdout is not None
        first = process.stdout.readline()  # the window is up and saving
        assert first.startswith("Typed"), first
        time.sleep(rng.uniform(0.05, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        said_saved = [first.strip(), *(line.strip() for line in process.stdout if line.strip())]
        raw = check_whole(journal)
        stored = {name for (name,) in raw.execute("SELECT display_name FROM person")}
        raw.close()
        missing = [name for name in said_saved if name not in stored]
        assert missing == [], f"round {round_}: saved edits lost: {missing[:5]}"
