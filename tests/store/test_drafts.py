"""Drafts: the entry being typed is kept in the journal, so a crash loses nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.drafts import (
    ENTRY_DRAFT,
    discard_draft,
    entry_drafts,
    save_entry_draft,
)
from networkjournal.store.journal import EntryData, FollowUpData
from networkjournal.store.schema import Draft, db


def typed_entry() -> EntryData:
    """An entry with every field set, as the log dialog might hold it half-typed."""
    return EntryData(
        occurred_at=dt.datetime(2024, 3, 10, 14, 30),
        kind="supervision",
        title="Audit with Dr Okafor",
        location="Café Nero — upstairs",
        notes='## Agenda\n\n- Inês\'s data\n- "quotes" and \\backslashes\\\n\n',
        template="Supervision meeting",
        participant_ids=[7, 3],
        new_people=["Zoë Ng", "Alex Brooks"],
        follow_ups=[
            FollowUpData("Send proforma", dt.date(2024, 3, 17), 3),
            FollowUpData("Book room", None, None, dt.datetime(2024, 3, 11, 9, 5, 7), 12),
            FollowUpData("  half typed "),
        ],
    )


def test_a_saved_draft_comes_back_exactly(journal: Path) -> None:
    data = typed_entry()
    draft_id = save_entry_draft(data, entry_id=5)
    [draft] = entry_drafts()
    assert draft.id == draft_id
    assert draft.data == data
    assert draft.entry_id == 5
    assert isinstance(draft.updated_at, dt.datetime)


def test_a_draft_of_a_new_entry_has_no_entry_id(journal: Path) -> None:
    save_entry_draft(EntryData(occurred_at=dt.datetime(2024, 1, 1, 9, 0)))
    [draft] = entry_drafts()
    assert draft.entry_id is None
    assert draft.data == EntryData(occurred_at=dt.datetime(2024, 1, 1, 9, 0))


def test_saving_again_by_draft_id_updates_the_one_row(journal: Path) -> None:
    data = typed_entry()
    draft_id = save_entry_draft(data)
    data.notes += "more typing"
    data.follow_ups = data.follow_ups[:1]
    assert save_entry_draft(data, draft_id=draft_id) == draft_id
    assert Draft.select().count() == 1
    [draft] = entry_drafts()
    assert draft.data == data


def test_saving_by_a_draft_id_that_is_gone_makes_a_new_draft(journal: Path) -> None:
    draft_id = save_entry_draft(typed_entry())
    discard_draft(draft_id)
    again = save_entry_draft(typed_entry(), draft_id=draft_id)
    assert [d.id for d in entry_drafts()] == [again]


def test_drafts_come_newest_first(journal: Path) -> None:
    first = save_entry_draft(EntryData(occurred_at=dt.datetime(2024, 1, 1), title="First"))
    second = save_entry_draft(EntryData(occurred_at=dt.datetime(2024, 1, 2), title="Second"))
    third = save_entry_draft(EntryData(occurred_at=dt.datetime(2024, 1, 3), title="Third"))
    Draft.update(updated_at=dt.datetime(2030, 1, 1)).where(Draft.id == first).execute()
    assert [d.id for d in entry_drafts()] == [first, third, second]


def test_discard_draft_forgets_it(journal: Path) -> None:
    keep = save_entry_draft(EntryData(occurred_at=dt.datetime(2024, 1, 1), title="Keep"))
    gone = save_entry_draft(EntryData(occurred_at=dt.datetime(2024, 1, 1), title="Gone"))
    discard_draft(gone)
    assert [d.id for d in entry_drafts()] == [keep]
    discard_draft(gone)  # twice is harmless
    assert Draft.select().count() == 1


@pytest.mark.parametrize(
    "payload",
    [
        "{not json",
        "",
        "null",
        "[1, 2]",
        '"just a string"',
        "{}",
        '{"entry": "x"}',
        '{"entry": {}}',
        '{"entry": {"occurred_at": "yesterday"}}',
        '{"entry": {"occurred_at": 5}}',
        '{"entry": {"occurred_at": "2024-01-01T09:00", "mood": "from a newer version"}}',
        '{"entry": {"occurred_at": "2024-01-01T09:00", "follow_ups": [{"nope": 1}]}}',
        '{"entry": {"occurred_at": "2024-01-01T09:00", "follow_ups": 3}}',
        '{"entry": {"occurred_at": "2024-01-01T09:00", '
        '"follow_ups": [{"title": "x", "due_on": "soon"}]}}',
    ],
)
def test_a_damaged_draft_is_skipped_not_raised(journal: Path, payload: str) -> None:
    good = save_entry_draft(typed_entry())
    db.execute_sql(
        "INSERT INTO draft(kind, payload, updated_at) VALUES (?, ?, ?)",
        (ENTRY_DRAFT, payload, dt.datetime(2030, 1, 1)),
    )
    assert [d.id for d in entry_drafts()] == [good]


def test_drafts_of_other_kinds_are_not_entry_drafts(journal: Path) -> None:
    db.execute_sql(
        "INSERT INTO draft(kind, payload, updated_at) VALUES ('person', '{}', ?)",
        (dt.datetime(2030, 1, 1),),
    )
    assert entry_drafts() == []


def test_a_draft_survives_closing_and_reopening_the_journal(journal: Path) -> None:
    data = typed_entry()
    draft_id = save_entry_draft(data, entry_id=9)
    close_journal()
    open_journal(journal)
    [draft] = entry_drafts()
    assert (draft.id, draft.data, draft.entry_id) == (draft_id, data, 9)


def test_a_draft_survives_the_program_being_killed(journal: Path) -> None:
    close_journal()
    script = (
        "import datetime as dt, os, sys\n"
        "from pathlib import Path\n"
        "from networkjournal.store.db import open_journal\n"
        "from networkjournal.store.drafts import save_entry_draft\n"
        "from networkjournal.store.journal import EntryData\n"
        "open_journal(Path(sys.argv[1]))\n"
        "save_entry_draft(EntryData(dt.datetime(2024, 3, 10, 14, 30), title='Typed before'))\n"
        "os._exit(9)  # no close, no clean-up: as if the program crashed\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(journal)], check=False, timeout=60)
    assert done.returncode == 9
    open_journal(journal)
    [draft] = entry_drafts()
    assert draft.data.title == "Typed before"
