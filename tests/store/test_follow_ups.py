"""Follow-ups: where each one stands, the order the list shows them in, ticking off, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import IntegrityError

from networkjournal.store.errors import ValidationError
from networkjournal.store.follow_ups import (
    FollowUpRow,
    FollowUpStatus,
    create_follow_up,
    delete_follow_up,
    list_follow_ups,
    restore_follow_up,
    set_done,
    set_done_at,
    snapshot_follow_up,
    status,
    update_follow_up,
)
from networkjournal.store.journal import (
    EntryData,
    FollowUpData,
    create_entry,
    forget_entry,
    restore_entries,
    trash_entries,
)
from networkjournal.store.people import PersonData, create_person
from networkjournal.store.schema import FollowUp

TODAY = dt.date(2024, 6, 15)


def row(due_on: dt.date | None, done_at: dt.datetime | None = None) -> FollowUpRow:
    return FollowUpRow(1, "Email", due_on, done_at, None, "", None, "")


def add(title: str, due_on: dt.date | None = None, **fields: object) -> int:
    return create_follow_up(FollowUpData(title, due_on, **fields))  # type: ignore[arg-type]


def titles(**options: object) -> list[str]:
    return [r.title for r in list_follow_ups(**options)]  # type: ignore[arg-type]


def done_time(fid: int) -> dt.datetime | None:
    value: dt.datetime | None = FollowUp.get_by_id(fid).done_at
    return value


# --- status -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due_on", "expected"),
    [
        (dt.date(2024, 6, 14), FollowUpStatus.OVERDUE),
        (dt.date(2023, 12, 31), FollowUpStatus.OVERDUE),
        (TODAY, FollowUpStatus.TODAY),
        (dt.date(2024, 6, 16), FollowUpStatus.UPCOMING),
        (None, FollowUpStatus.SOMEDAY),
    ],
)
def test_status_of_an_open_follow_up_depends_on_its_due_date(
    due_on: dt.date | None, expected: FollowUpStatus
) -> None:
    assert status(row(due_on), TODAY) == expected


@pytest.mark.parametrize("due_on", [dt.date(2024, 1, 1), TODAY, dt.date(2025, 1, 1), None])
def test_a_done_follow_up_is_done_whatever_its_due_date(due_on: dt.date | None) -> None:
    assert status(row(due_on, dt.datetime(2024, 6, 1, 9, 0)), TODAY) == FollowUpStatus.DONE


# --- the list ---------------------------------------------------------------------------------


def test_open_follow_ups_come_overdue_today_upcoming_then_undated(journal: Path) -> None:
    today = dt.date.today()
    add("Someday A")
    add("Upcoming later", today + dt.timedelta(days=30))
    add("Today", today)
    add("Overdue", today - dt.timedelta(days=3))
    add("Upcoming soon", today + dt.timedelta(days=1))
    add("Someday B")
    add("Very overdue", today - dt.timedelta(days=300))
    add("Done", today, done_at=dt.datetime(2024, 1, 1, 9, 0))
    rows = list_follow_ups()
    assert [r.title for r in rows] == [
        "Very overdue",
        "Overdue",
        "Today",
        "Upcoming soon",
        "Upcoming later",
        "Someday A",
        "Someday B",
    ]
    assert [status(r, today) for r in rows] == [
        FollowUpStatus.OVERDUE,
        FollowUpStatus.OVERDUE,
        FollowUpStatus.TODAY,
        FollowUpStatus.UPCOMING,
        FollowUpStatus.UPCOMING,
        FollowUpStatus.SOMEDAY,
        FollowUpStatus.SOMEDAY,
    ]


def test_done_follow_ups_come_last_newest_done_first_whatever_their_due_date(
    journal: Path,
) -> None:
    add("Open, undated")
    add("Done long ago", dt.date(2024, 5, 1), done_at=dt.datetime(2024, 2, 1, 9, 0))
    add("Done recently", dt.date(2024, 6, 1), done_at=dt.datetime(2024, 6, 2, 9, 0))
    add("Done in between, undated", done_at=dt.datetime(2024, 3, 1, 9, 0))
    add("Done early, due late", dt.date(2030, 1, 1), done_at=dt.datetime(2024, 1, 1, 9, 0))
    assert titles() == ["Open, undated"]
    assert titles(include_done=True) == [
        "Open, undated",
        "Done recently",
        "Done in between, undated",
        "Done long ago",
        "Done early, due late",
    ]


def test_rows_carry_the_person_and_the_entry_with_a_title_for_an_untitled_entry(
    journal: Path,
) -> None:
    alex = create_person(PersonData(display_name="Alex Brooks"))
    titled = create_entry(
        EntryData(
            occurred_at=dt.datetime(2024, 6, 1, 10, 0),
            title="Audit meeting",
            follow_ups=[FollowUpData("Send data", dt.date(2024, 6, 2), alex)],
        )
    )
    untitled = create_entry(
        EntryData(
            occurred_at=dt.datetime(2024, 6, 1, 10, 0),
            kind="ward round",
            participant_ids=[alex],
            follow_ups=[FollowUpData("Read up", dt.date(2024, 6, 3))],
        )
    )
    loose = add("Loose end", dt.date(2024, 6, 4))
    rows = list_follow_ups()
    assert rows == [
        FollowUpRow(
            titled.follow_up_ids[0],
            "Send data",
            dt.date(2024, 6, 2),
            None,
            alex,
            "Alex Brooks",
            titled.entry_id,
            "Audit meeting",
        ),
        FollowUpRow(
            untitled.follow_up_ids[0],
            "Read up",
            dt.date(2024, 6, 3),
            None,
            None,
            "",
            untitled.entry_id,
            "Ward round with Alex Brooks",
        ),
        FollowUpRow(loose, "Loose end", dt.date(2024, 6, 4), None, None, "", None, ""),
    ]


def test_person_filter_shows_only_their_follow_ups(journal: Path) -> None:
    alex = create_person(PersonData(display_name="Alex Brooks"))
    sam = create_person(PersonData(display_name="Sam Patel"))
    add("About Alex", person_id=alex)
    add("About Sam", person_id=sam)
    add("Alex, done", person_id=alex, done_at=dt.datetime(2024, 1, 1, 9, 0))
    add("About nobody")
    assert titles(person_id=alex) == ["About Alex"]
    assert titles(person_id=alex, include_done=True) == ["About Alex", "Alex, done"]


def test_follow_ups_of_an_entry_in_the_trash_are_hidden_until_it_comes_back(
    journal: Path,
) -> None:
    saved = create_entry(
        EntryData(
            occurred_at=dt.datetime(2024, 6, 1, 10, 0),
            title="Coffee",
            follow_ups=[
                FollowUpData("From the entry"),
                FollowUpData("Done, from the entry", done_at=dt.datetime(2024, 6, 2, 9, 0)),
            ],
        )
    )
    add("Standalone")
    trash_entries([saved.entry_id])
    assert titles(include_done=True) == ["Standalone"]
    restore_entries([saved.entry_id])
    assert titles(include_done=True) == ["From the entry", "Standalone", "Done, from the entry"]


def test_forgetting_an_entry_forgets_its_follow_ups(journal: Path) -> None:
    saved = create_entry(
        EntryData(
            occurred_at=dt.datetime(2024, 6, 1, 10, 0),
            title="Coffee",
            follow_ups=[FollowUpData("From the entry")],
        )
    )
    add("Standalone")
    forget_entry(saved.entry_id)
    assert titles(include_done=True) == ["Standalone"]


# --- create, update, validation ---------------------------------------------------------------


def test_create_follow_up_for_an_entry_and_update_it(journal: Path) -> None:
    alex = create_person(PersonData(display_name="Alex Brooks"))
    eid = create_entry(EntryData(occurred_at=dt.datetime(2024, 6, 1), title="Coffee")).entry_id
    fid = create_follow_up(FollowUpData("  Send   the slides "), entry_id=eid)
    [stored] = list_follow_ups()
    assert (stored.id, stored.title, stored.entry_id) == (fid, "Send the slides", eid)
    done = dt.datetime(2024, 6, 3, 8, 0)
    update_follow_up(fid, FollowUpData(" Send slides ", dt.date(2024, 6, 5), alex, done))
    [stored] = list_follow_ups(include_done=True)
    assert (stored.title, stored.due_on, stored.person_id, stored.done_at, stored.entry_id) == (
        "Send slides",
        dt.date(2024, 6, 5),
        alex,
        done,
        eid,
    )


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_a_blank_title_is_refused(journal: Path, title: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_follow_up(FollowUpData(title))
    assert caught.value.field == "title"
    fid = add("Something")
    with pytest.raises(ValidationError):
        update_follow_up(fid, FollowUpData(title))
    assert titles() == ["Something"]


def test_a_follow_up_about_an_unknown_person_is_refused(journal: Path) -> None:
    with pytest.raises(IntegrityError):
        add("Email them", person_id=9999)
    assert FollowUp.select().count() == 0


# --- ticking off and undo ---------------------------------------------------------------------


def test_set_done_ticks_off_and_set_done_at_puts_the_old_times_back(journal: Path) -> None:
    earlier = dt.datetime(2024, 1, 2, 3, 4, 5)
    open_one = add("Open")
    done_one = add("Done", done_at=earlier)
    other = add("Other")
    before = set_done([open_one, done_one], True)
    assert before == {open_one: None, done_one: earlier}
    assert done_time(open_one) is not None
    assert done_time(done_one) is not None
    assert done_time(other) is None
    assert titles() == ["Other"]
    set_done_at(before)
    assert done_time(open_one) is None
    assert done_time(done_one) == earlier


def test_set_done_false_reopens_and_returns_when_they_were_done(journal: Path) -> None:
    earlier = dt.datetime(2024, 1, 2, 3, 4, 5)
    fid = add("Done", done_at=earlier)
    assert set_done([fid], False) == {fid: earlier}
    assert done_time(fid) is None
    set_done_at({fid: earlier})
    assert done_time(fid) == earlier


def test_delete_and_restore_bring_back_the_same_follow_up_under_its_id(journal: Path) -> None:
    alex = create_person(PersonData(display_name="Alex Brooks"))
    eid = create_entry(EntryData(occurred_at=dt.datetime(2024, 6, 1), title="Coffee")).entry_id
    fid = create_follow_up(
        FollowUpData("Send slides", dt.date(2024, 6, 5), alex, dt.datetime(2024, 6, 4, 9, 0)),
        entry_id=eid,
    )
    add("Another")
    rows_before = list_follow_ups(include_done=True)
    snapshot_before = snapshot_follow_up(fid)
    snapshot = delete_follow_up(fid)
    assert snapshot == snapshot_before
    assert snapshot.data.id == fid
    assert snapshot.entry_id == eid
    assert titles(include_done=True) == ["Another"]
    restore_follow_up(snapshot)
    assert list_follow_ups(include_done=True) == rows_before
    assert snapshot_follow_up(fid) == snapshot


def test_snapshot_of_an_unknown_follow_up_raises(journal: Path) -> None:
    with pytest.raises(LookupError):
        snapshot_follow_up(404)
    with pytest.raises(LookupError):
        delete_follow_up(404)
