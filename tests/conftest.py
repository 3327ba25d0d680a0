"""Shared fixtures: every test gets its own real journal file in a temporary directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a real screen in tests.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every path the program uses at the test's temporary directory."""
    monkeypatch.setenv("NETWORKJOURNAL_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where this test's journal lives."""
    return tmp_path / "data" / "journal.sqlite3"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Path]:
    """A freshly created, migrated and seeded journal, open for the test."""
    from networkjournal.store.db import close_journal, open_journal

    open_journal(journal_path)
    yield journal_path
    close_journal()
