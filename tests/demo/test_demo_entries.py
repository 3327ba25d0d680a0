"""The demo journal's entries: a student's years in meetings, calls, ward rounds and follow-ups."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from networkjournal.demo import build_demo
from networkjournal.demo.entries import THREAD_WORDS
from networkjournal.demo.entry_threads import THREADS
from networkjournal.demo.timeline import Timeline
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.follow_ups import FollowUpStatus, list_follow_ups, status
from networkjournal.store.journal import KINDS
from networkjournal.store.schema import db
from networkjournal.store.search import search
from tests.demo.identifying import IDENTIFYING

TODAY = dt.date(2026, 3, 14)
TIMELINE = Timeline.for_today(TODAY)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """Build the demo once for the module's read-only tests."""
    path = tmp_path_factory.mktemp("demo") / "journal.sqlite3"
    open_journal(path)
    made = build_demo(seed=1, today=TODAY)
    close_journal()
    return path, made


@pytest.fixture
def demo(built: tuple[Path, dict[str, int]]) -> Iterator[dict[str, int]]:
    """The built demo journal, open for one test; yields what build_demo reported."""
    open_journal(built[0])
    yield built[1]
    close_journal()


def _rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return db.execute_sql(sql, params).fetchall()


def _entries() -> list[tuple[int, dt.datetime, str, str, str, str, str]]:
    """(id, occurred_at, kind, title, location, notes, template) of every entry."""
    return [
        (eid, dt.datetime.fromisoformat(when), kind, title, location, notes, template)
        for eid, when, kind, title, location, notes, template in _rows(
            "SELECT id, occurred_at, kind, title, location, notes, template FROM interaction"
        )
    ]


def _person_id(role: str) -> int:
    return int(_rows("SELECT person_id FROM person_network WHERE role = ?", role)[0][0])


def _entries_of(person_id: int) -> list[tuple[str, str, str]]:
    """(kind, title, notes) of the entries someone was in."""
    return _rows(
        "SELECT i.kind, i.title, i.notes FROM interaction i "
        "JOIN interaction_person ip ON ip.interaction_id = i.id WHERE ip.person_id = ?",
        person_id,
    )


def test_a_few_hundred_entries_run_from_freshers_week_to_yesterday(
    demo: dict[str, int],
) -> None:
    entries = _entries()
    days = sorted(when.date() for _id, when, *_ in entries)

    assert 250 <= len(entries) <= 500
    assert TIMELINE.freshers <= days[0] <= TIMELINE.freshers + dt.timedelta(days=7)
    assert TODAY - dt.timedelta(days=7) <= days[-1] < TODAY
    assert len({day.year for day in days}) >= 4
    # Busy all the way through, not bunched at either end.
    per_year = Counter((day - TIMELINE.freshers).days // 365 for day in days)
    assert min(per_year[year] for year in range(3)) >= 60


def test_build_demo_reports_entries_participants_and_follow_ups_as_stored(
    demo: dict[str, int],
) -> None:
    stored = {
        "interactions": "interaction",
        "participants": "interaction_person",
        "follow_ups": "follow_up",
    }
    for key, table in stored.items():
        assert demo[key] == _rows(f"SELECT COUNT(*) FROM {table}")[0][0] > 0, key


def test_every_entry_has_one_to_six_people_and_a_known_kind(demo: dict[str, int]) -> None:
    people = Counter(eid for (eid,) in _rows("SELECT interaction_id FROM interaction_person"))
    entries = _entries()

    assert all(1 <= people[eid] <= 6 for eid, *_ in entries)
    kinds = Counter(kind for _id, _when, kind, *_ in entries)
    assert set(kinds) <= set(KINDS)
    assert len(kinds) >= 8
    titled = sum(1 for entry in entries if entry[3])
    assert 0.7 * len(entries) <= titled < 0.95 * len(entries)  # some show their default title
    assert sum(1 for entry in entries if entry[4]) >= 0.4 * len(entries)


def test_entries_happen_at_times_that_fit_their_kind(demo: dict[str, int]) -> None:
    for _id, when, kind, title, *_ in _entries():
        weekday, hour = when.weekday(), when.hour + when.minute / 60
        if kind == "teaching session":
            assert weekday < 5 and 8 <= hour <= 17, (when, title)
        elif kind == "ward round":
            assert weekday < 5 and 7 <= hour <= 10, (when, title)
        elif kind == "social":
            assert weekday >= 5 or hour >= 18, (when, title)
        else:
            assert 7 <= hour < 23, (when, title)


def test_nobody_is_in_an_entry_before_the_student_met_them(demo: dict[str, int]) -> None:
    rows = _rows(
        "SELECT p.display_name, p.met_on, MIN(i.occurred_at) FROM person p "
        "JOIN interaction_person ip ON ip.person_id = p.id "
        "JOIN interaction i ON i.id = ip.interaction_id GROUP BY p.id"
    )
    for name, met_on, first in rows:
        if met_on and len(met_on) == 10:  # met on a known day
            assert first[:10] >= met_on, name


def test_entries_are_written_down_after_they_happen_and_never_after_today(
    demo: dict[str, int],
) -> None:
    midnight = dt.datetime.combine(TODAY, dt.time()).isoformat(" ")
    late = _rows(
        "SELECT i.title FROM interaction i WHERE i.created_at < i.occurred_at "
        "OR i.created_at >= ? OR i.updated_at != i.created_at",
        midnight,
    )
    assert late == []
    before_the_person = _rows(
        "SELECT i.title FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id "
        "JOIN person p ON p.id = ip.person_id WHERE i.created_at < p.created_at"
    )
    assert before_the_person == []
    follow_ups = _rows(
        "SELECT f.title FROM follow_up f JOIN interaction i ON i.id = f.interaction_id "
        "WHERE f.created_at != i.created_at OR f.done_at < f.created_at OR f.done_at >= ?",
        midnight,
    )
    assert follow_ups == []


def test_the_project_supervisor_has_supervisions_with_agreed_actions(demo: dict[str, int]) -> None:
    entries = _entries_of(_person_id("project supervisor"))

    supervisions = [notes for kind, _title, notes in entries if kind == "supervision"]
    assert len(supervisions) >= 5
    assert all("## Agreed actions" in notes for notes in supervisions)
    templates = _rows("SELECT DISTINCT template FROM interaction WHERE kind = 'supervision'")
    assert ("Supervision meeting",) in templates


def test_the_audit_and_the_qip_are_in_the_journal_and_found_by_search(
    demo: dict[str, int],
) -> None:
    hits = [hit for hit in search("audit") if hit.kind == "entry"]
    assert len(hits) >= 5
    notes = " ".join(text for (text,) in _rows("SELECT notes FROM interaction"))
    for phrase in ("sepsis audit", "audit on antibiotic prescribing", "QIP", "research project"):
        assert phrase in notes
    audit_lead = _person_id("audit supervisor")
    kwame = _person_id("study partner")
    together = _rows(
        "SELECT i.kind, i.title, i.notes FROM interaction i WHERE "
        "EXISTS (SELECT 1 FROM interaction_person ip WHERE ip.interaction_id = i.id "
        "AND ip.person_id = ?) AND EXISTS (SELECT 1 FROM interaction_person ip "
        "WHERE ip.interaction_id = i.id AND ip.person_id = ?)",
        audit_lead,
        kwame,
    )
    assert any(kind == "coffee" and "audit" in title + notes for kind, title, notes in together)


def test_follow_ups_are_done_open_overdue_due_today_and_undated(demo: dict[str, int]) -> None:
    rows = list_follow_ups(include_done=True)
    statuses = Counter(status(row, TODAY) for row in rows)

    assert 20 <= len(rows) <= 40
    assert statuses[FollowUpStatus.TODAY] == 1
    assert statuses[FollowUpStatus.OVERDUE] >= 3
    assert statuses[FollowUpStatus.DONE] >= 10
    assert statuses[FollowUpStatus.SOMEDAY] >= 2
    assert statuses[FollowUpStatus.UPCOMING] >= 1
    assert all(row.entry_id is not None for row in rows)
    assert sum(1 for row in rows if row.person_id is not None) >= len(rows) // 2


def test_contact_is_frequent_with_some_and_lapsed_with_others(demo: dict[str, int]) -> None:
    rows = _rows(
        "SELECT p.id, COUNT(ip.id), MAX(i.occurred_at) FROM person p "
        "LEFT JOIN interaction_person ip ON ip.person_id = p.id "
        "LEFT JOIN interaction i ON i.id = ip.interaction_id GROUP BY p.id"
    )
    count = {pid: n for pid, n, _last in rows}
    last = {pid: dt.date.fromisoformat(when[:10]) for pid, _n, when in rows if when}

    assert all(n >= 1 for n in count.values())  # everyone in the cast turns up somewhere
    assert count[_person_id("mum")] >= 25
    assert count[_person_id("best friend at uni")] >= 25
    assert min(count.values()) == 1  # a lecturer seen once
    lapsed = [pid for pid, day in last.items() if (TODAY - day).days >= 180]
    assert len(lapsed) >= 5
    assert (TODAY - last[_person_id("mum")]).days <= 21


def test_notes_are_markdown_of_realistic_length(demo: dict[str, int]) -> None:
    notes = [entry[5] for entry in _entries()]
    written = [text for text in notes if text]

    assert len(written) >= 0.85 * len(notes)
    lengths = [len([line for line in text.splitlines() if line.strip()]) for text in written]
    assert statistics.median(lengths) <= 4
    assert max(lengths) <= 14
    assert sum(1 for text in written if "\n- " in text or text.startswith("- ")) >= 50
    assert sum(1 for text in written if "**" in text) >= 20
    assert sum(1 for text in written if "https://" in text) >= 3
    assert any("https://www.bmj.com/" in text for text in written)


def test_no_entry_holds_patient_identifiable_text_or_unfilled_slots(demo: dict[str, int]) -> None:
    for _id, _when, _kind, title, location, notes, _template in _entries():
        text = f"{title}\n{location}\n{notes}"
        for pattern in IDENTIFYING:
            assert not pattern.search(text), (pattern.pattern, text)
        assert "{" not in text and "}" not in text, text


def test_identifying_text_guard_catches_what_it_is_for() -> None:
    samples = ["NHS 943 476 5919", "saw patient Smith", "patients: Mrs Jones", "DOB 1/2/50"]

    assert all(any(p.search(sample) for p in IDENTIFYING) for sample in samples)
    assert not any(p.search("_No patient-identifiable details._") for p in IDENTIFYING)


def test_every_thread_has_words_for_each_of_its_kinds() -> None:
    for thread in THREADS:
        words = THREAD_WORDS[thread.name]
        assert words.lines, thread.name
        for kind in thread.kinds:
            assert kind in KINDS, thread.name
            assert words.titles.get(kind) or words.titles.get(""), (thread.name, kind)


@pytest.mark.parametrize("today", [dt.date(2025, 6, 1), dt.date(2026, 5, 31), dt.date(2028, 2, 29)])
def test_entries_fit_the_calendar_whatever_day_the_demo_is_built(
    journal: Path, today: dt.date
) -> None:
    made = build_demo(seed=5, today=today)

    assert 250 <= made["interactions"] <= 500
    first, last = _rows("SELECT MIN(occurred_at), MAX(occurred_at) FROM interaction")[0]
    assert Timeline.for_today(today).freshers.isoformat() <= first[:10]
    assert last[:10] < today.isoformat()
    statuses = Counter(status(row, today) for row in list_follow_ups(include_done=True))
    assert statuses[FollowUpStatus.TODAY] == 1
    assert statuses[FollowUpStatus.OVERDUE] >= 1
    # The supervisions keep their order even when the project began recently.
    supervisions = [
        title
        for (title,) in _rows(
            "SELECT title FROM interaction WHERE kind = 'supervision' AND template != '' "
            "AND title LIKE 'Supervision: %' ORDER BY occurred_at, id"
        )
    ]
    assert supervisions[-1] == "Supervision: paper draft v3"
