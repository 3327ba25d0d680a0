"""Forgetting from the window: the question names the entries that go with the person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from networkjournal.store import journal as entries
from networkjournal.store import people
from networkjournal.store.journal import EntryData
from networkjournal.store.people import PersonData


def test_forget_asks_then_takes_the_entries_only_they_were_in(
    make_window, journal: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = people.create_person(PersonData(display_name="Ana Silva"))
    zed = people.create_person(PersonData(display_name="Zyxwvutsrqp Qwertyuiop"))
    when = dt.datetime(2025, 3, 1, 10, 0)
    alone = entries.create_entry(EntryData(when, notes="just us", participant_ids=[zed]))
    shared = entries.create_entry(EntryData(when, notes="all", participant_ids=[zed, ana]))
    window = make_window()
    asked: list[str] = []

    def confirm(_parent, _title, _question, detail, _accept) -> bool:
        asked.append(detail)
        return True

    monkeypatch.setattr("networkjournal.ui.people_controller.confirm", confirm)
    window.people_panel.select_ids([zed])
    window.actions["action_forget_person"].trigger()
    assert len(asked) == 1 and "1 journal entries only they were in go too" in asked[0]
    assert zed not in people.person_names()
    ids = entries.entry_ids(entries.EntryFilter())
    assert alone.entry_id not in ids and shared.entry_id in ids
    assert not window.undo_stack.canUndo()
