"""Big generated journals for the benchmarks, kept on disk between runs, and the table at the end.

A journal of N people (10 N entries, 5 N facts) is generated once and kept under
``~/.cache/networkjournal-bench/``; its folder's name holds the schema version and a
digest of the generator's code, so a migration or a change to the generator builds
it afresh.  Benchmarks never write to the kept file: each works on a copy.

Run them all (tests/benchmarks is left out of the normal run; naming the folder
brings it back): ``.venv/bin/pytest -p no:cacheprovider -s tests/benchmarks``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.benchmarks import results

SEED = 1
SIZES = (2_000, 20_000)
TODAY = dt.date(2026, 3, 2)  # the generator's "today": the same journal every run
JOURNAL_FILE = "journal.sqlite3"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "networkjournal-bench"


def _generator_digest() -> str:
    """A short digest of the demo package's code: a change to it builds the journals again."""
    import networkjournal.demo

    digest = hashlib.sha256()
    for source in sorted(Path(networkjournal.demo.__file__).parent.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def cached_journal(size: int) -> Path:
    """The kept journal of ``size`` people, generated first if it is missing or out of date."""
    from networkjournal.demo.generator import generate_journal
    from networkjournal.store.db import close_journal, open_journal
    from networkjournal.store.migrations import LATEST_VERSION

    folder = CACHE / f"{size}-seed{SEED}-v{LATEST_VERSION}-{_generator_digest()}"
    journal = folder / JOURNAL_FILE
    if journal.exists():
        return journal
    CACHE.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f"{size}-building-", dir=CACHE))
    try:
        open_journal(building / JOURNAL_FILE)
        try:
            generate_journal(
                seed=SEED, people=size, interactions=10 * size, facts=5 * size, today=TODAY
            )
            from networkjournal.store.schema import db

            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            close_journal()
        # Another run may have built it meanwhile; theirs is as good as ours.
        if not folder.exists():
            building.rename(folder)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    for stale in CACHE.glob(f"{size}-seed{SEED}-v*"):
        if stale != folder:  # made by an older generator or schema: never used again
            shutil.rmtree(stale, ignore_errors=True)
    return journal


@pytest.fixture(scope="session")
def cached_journals() -> dict[int, Path]:
    """The kept journal of each size (never written to)."""
    return {size: cached_journal(size) for size in SIZES}


def copy_journal(source: Path, folder: Path) -> Path:
    """Copy a kept journal into ``folder`` (made private, as the program wants); return the copy."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    copy = folder / JOURNAL_FILE
    shutil.copyfile(source, copy)
    copy.chmod(0o600)
    return copy


@pytest.fixture(params=SIZES, ids=lambda size: f"{size}people")
def size(request: pytest.FixtureRequest) -> int:
    """How many people the journal of this benchmark holds."""
    return int(request.param)


@pytest.fixture
def big_journal(cached_journals: dict[int, Path], size: int, tmp_path: Path) -> Iterator[Path]:
    """A copy of the kept journal of ``size`` people, open; the copy is removed afterwards."""
    from networkjournal.store.db import close_journal, open_journal

    copy = copy_journal(cached_journals[size], tmp_path / "data")
    open_journal(copy)
    yield copy
    close_journal()
    shutil.rmtree(copy.parent, ignore_errors=True)  # a 20,000-person copy is large


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the one table of every figure, and save it as JSON and Markdown."""
    if not results.ROWS:
        return  # only benchmarks that keep their own printout ran: keep the last table
    table, _ = results.finish(results.ROWS)
    terminalreporter.write_sep("=", "benchmark results")
    terminalreporter.write_line(table)
    terminalreporter.write_line(
        f"(saved to {results.JSON_FILE.name} and {results.MARKDOWN_FILE.name})"
    )
