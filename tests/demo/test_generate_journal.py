"""Generated journals for benchmarks: the sizes asked for, a realistic shape, sound data."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from pathlib import Path
from typing import Any

import pytest

from networkjournal.demo import generate_journal
from networkjournal.demo.names import random_name
from networkjournal.store.contacts import normalise_contact
from networkjournal.store.db import open_journal
from networkjournal.store.people import PersonData, create_person
from networkjournal.store.schema import db
from networkjournal.store.text import fold
from tests.demo.journal_dump import dump_journal

TODAY = dt.date(2026, 3, 14)


@pytest.fixture
def generated(journal: Path) -> dict[str, int]:
    """A journal of 300 people, 2,000 entries and 1,000 facts."""
    return generate_journal(seed=1, people=300, interactions=2000, facts=1000, today=TODAY)


def _scalar(sql: str) -> Any:
    return db.execute_sql(sql).fetchone()[0]


def test_generated_journal_has_exactly_the_numbers_asked_for(generated: dict[str, int]) -> None:
    assert (generated["people"], generated["interactions"], generated["facts"]) == (300, 2000, 1000)
    assert _scalar("SELECT COUNT(*) FROM person") == 300
    assert _scalar("SELECT COUNT(*) FROM interaction") == 2000
    assert _scalar("SELECT COUNT(*) FROM fact") == 1000
    # the full-text index holds every person (even rows) and every entry (odd rows)
    assert _scalar("SELECT COUNT(*) FROM search_index WHERE rowid % 2 = 0") == 300
    assert _scalar("SELECT COUNT(*) FROM search_index WHERE rowid % 2 = 1") == 2000


def test_every_generated_entry_has_one_to_four_people(generated: dict[str, int]) -> None:
    sizes = [
        row[0]
        for row in db.execute_sql(
            "SELECT COUNT(ip.id) FROM interaction i "
            "LEFT JOIN interaction_person ip ON ip.interaction_id = i.id GROUP BY i.id"
        )
    ]
    assert len(sizes) == 2000
    assert min(sizes) == 1
    assert max(sizes) == 4
    assert statistics.mean(sizes) < 2.5  # most entries are with one person


def test_a_few_people_are_in_far_more_entries_than_most(generated: dict[str, int]) -> None:
    per_person = sorted(
        row[0]
        for row in db.execute_sql(
            "SELECT COUNT(ip.id) FROM person p "
            "LEFT JOIN interaction_person ip ON ip.person_id = p.id GROUP BY p.id"
        )
    )
    median = statistics.median(per_person)
    assert 1 <= median <= 15
    assert per_person[-1] >= 10 * median


def test_generated_journal_has_no_broken_links(generated: dict[str, int]) -> None:
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_every_generated_person_is_searchable_by_their_facts(generated: dict[str, int]) -> None:
    # Facts go in before their people; each person's document must still hold them all.
    in_step = _scalar(
        "SELECT COUNT(*) FROM person_document d JOIN search_index s ON s.rowid = d.doc_id "
        "WHERE s.name = d.name AND s.details = d.details"
    )
    fact = db.execute_sql("SELECT person_id, text FROM fact ORDER BY id LIMIT 1").fetchone()

    assert in_step == 300
    assert fact[0] * 2 in {
        row[0]
        for row in db.execute_sql(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?",
            ('details:"' + fact[1].replace('"', '""') + '"',),
        )
    }


def test_generated_contact_details_are_stored_normalised(generated: dict[str, int]) -> None:
    rows = db.execute_sql("SELECT kind, value FROM contact_method").fetchall()
    assert len(rows) >= 300
    for kind, value in rows:
        assert normalise_contact(kind, value) == value


def test_generated_people_sort_by_their_folded_name_and_all_have_a_network_role(
    generated: dict[str, int],
) -> None:
    for display, sort_name in db.execute_sql("SELECT display_name, sort_name FROM person"):
        assert sort_name == fold(display)
    assert _scalar("SELECT COUNT(*) FROM person_network WHERE role = ''") == 0
    assert _scalar("SELECT COUNT(DISTINCT network_id) FROM person_network") == 3


def test_generated_dates_lie_in_the_last_five_years_and_never_after_today(
    generated: dict[str, int],
) -> None:
    first, last = db.execute_sql(
        "SELECT MIN(occurred_at), MAX(occurred_at) FROM interaction"
    ).fetchone()
    assert dt.datetime.fromisoformat(first) >= dt.datetime(2021, 3, 14)
    assert dt.datetime.fromisoformat(last) < dt.datetime(2026, 3, 14)
    assert _scalar("SELECT MAX(created_at) FROM interaction") <= "2026-03-14 00:00:00"
    assert _scalar("SELECT MAX(noted_on) FROM fact") < "2026-03-14"
    assert _scalar("SELECT MAX(created_at) FROM person") < "2026-03-14"
    birth_years = [
        int(row[0][:4])
        for row in db.execute_sql("SELECT birthday FROM person WHERE birthday NOT LIKE '--%'")
    ]
    assert birth_years
    assert min(birth_years) > 1940


def test_generated_journal_has_dates_periods_and_snoozes_but_no_placeholder_years(
    generated: dict[str, int],
) -> None:
    dates = db.execute_sql("SELECT person_id, date, yearly FROM important_date").fetchall()
    own = [date for person, date, _yearly in dates if person is None]
    about_people = [(date, yearly) for person, date, yearly in dates if person is not None]

    assert generated["important_dates"] == len(dates)
    assert len(own) >= 5
    assert any(date > TODAY.isoformat() for date in own)
    assert any(date < TODAY.isoformat() for date in own)
    assert len(about_people) >= 5 and all(yearly for _date, yearly in about_people)
    assert any(date.startswith("--") for date, _yearly in about_people)
    assert any(not date.startswith("--") for date, _yearly in about_people)
    periods, snoozed = db.execute_sql(
        "SELECT COUNT(keep_in_touch_days), SUM(snoozed_until > ?) FROM person",
        (TODAY.isoformat(),),
    ).fetchone()
    assert 0 < periods < 300 // 2
    assert snoozed >= 1
    stored = db.execute_sql(
        "SELECT birthday FROM person WHERE birthday IS NOT NULL "
        "UNION ALL SELECT date FROM important_date"
    ).fetchall()
    assert any(value.startswith("--") for (value,) in stored)
    assert not any(value.startswith(("0000", "1604", "1900")) for (value,) in stored)


def test_people_are_met_no_later_than_their_first_entry(generated: dict[str, int]) -> None:
    rows = db.execute_sql(
        "SELECT p.met_on, MIN(i.occurred_at) FROM person p "
        "JOIN interaction_person ip ON ip.person_id = p.id "
        "JOIN interaction i ON i.id = ip.interaction_id GROUP BY p.id"
    ).fetchall()
    assert rows
    for met_on, first_entry in rows:
        # A partial date compares as text with its own prefix of the entry's date.
        assert met_on <= first_entry[: len(met_on)]


def test_same_seed_and_day_generate_an_identical_journal(journal: Path, tmp_path: Path) -> None:
    generate_journal(seed=5, people=60, interactions=300, facts=100, today=TODAY)
    first = dump_journal()

    open_journal(tmp_path / "second" / "journal.sqlite3")
    generate_journal(seed=5, people=60, interactions=300, facts=100, today=TODAY)

    assert dump_journal() == first
    assert first["interaction"] and first["fact"]


def test_another_seed_generates_another_journal(journal: Path, tmp_path: Path) -> None:
    generate_journal(seed=5, people=60, interactions=300, facts=100, today=TODAY)
    first = dump_journal()

    open_journal(tmp_path / "second" / "journal.sqlite3")
    generate_journal(seed=6, people=60, interactions=300, facts=100, today=TODAY)

    assert dump_journal()["person"] != first["person"]


def test_entries_or_facts_without_people_are_refused(journal: Path) -> None:
    with pytest.raises(ValueError, match="at least one person"):
        generate_journal(seed=1, people=0, interactions=10, facts=0, today=TODAY)
    with pytest.raises(ValueError, match="at least one person"):
        generate_journal(seed=1, people=0, interactions=0, facts=10, today=TODAY)
    with pytest.raises(ValueError, match="negative"):
        generate_journal(seed=1, people=-1, interactions=0, facts=0, today=TODAY)
    assert _scalar("SELECT COUNT(*) FROM person") == 0


def test_people_alone_make_a_journal_without_entries(journal: Path) -> None:
    made = generate_journal(seed=1, people=25, interactions=0, facts=0, today=TODAY)

    assert (made["people"], made["interactions"], made["facts"]) == (25, 0, 0)


def test_generate_refuses_a_journal_that_already_has_people(journal: Path) -> None:
    create_person(PersonData(given_name="Real", family_name="Person"))

    with pytest.raises(ValueError, match="empty journal"):
        generate_journal(seed=1, people=10, interactions=10, facts=10, today=TODAY)

    assert _scalar("SELECT COUNT(*) FROM person") == 1


def test_twenty_thousand_generated_names_are_mostly_distinct() -> None:
    rng = random.Random(1)
    names = [random_name(rng) for _ in range(20_000)]

    assert len({name.display for name in names}) >= 0.85 * len(names)
    assert any(not name.display.isascii() and name.latin_given.isascii() for name in names)
