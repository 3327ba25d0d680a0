"""`networkjournal demo` from the command line: fills a new journal once, then says no."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from networkjournal.cli import main
from networkjournal.store.db import close_journal


@pytest.fixture(autouse=True)
def _close_after() -> Iterator[None]:
    """The CLI leaves its journal open, as a program about to exit may."""
    yield
    close_journal()


def test_demo_then_stats_shows_the_demo_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(tmp_path / "x")

    assert main(["--data-dir", data_dir, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "stats", "--json"]) == 0

    stats = json.loads(capsys.readouterr().out)
    assert 55 <= stats["people"] <= 65
    assert {n["name"] for n in stats["networks"] if n["people"] > 0} == {
        "Social",
        "Personal support",
        "Academic support",
    }


def test_demo_refuses_a_journal_that_is_not_empty_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(tmp_path / "x")
    assert main(["--data-dir", data_dir, "demo"]) == 0
    capsys.readouterr()

    assert main(["--data-dir", data_dir, "demo"]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert "already holds" in lines[0]
    assert "Traceback" not in captured.err


def test_demo_with_sizes_generates_a_journal_of_that_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(tmp_path / "x")

    code = main(
        ["--data-dir", data_dir, "demo", "--people", "40", "--interactions", "120", "--json"]
    )

    assert code == 0
    made = json.loads(capsys.readouterr().out)
    assert (made["people"], made["interactions"], made["facts"]) == (40, 120, 0)


def test_demo_reports_the_journal_entries_and_follow_ups_it_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = str(tmp_path / "x")

    assert main(["--data-dir", data_dir, "demo"]) == 0

    lines = capsys.readouterr().out.splitlines()
    made = dict(line.strip().split(": ") for line in lines[1:])
    assert 250 <= int(made["interactions"]) <= 500
    assert int(made["participants"]) >= int(made["interactions"])
    assert 20 <= int(made["follow_ups"]) <= 40
