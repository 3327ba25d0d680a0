"""The demo journal's dates and reminders: what is coming up, who is due, what is overdue.

The demo is built relative to the day it is made, so each test runs against
journals built on several days — a leap day, the turn of a year, the start
of the student's fourth year — and for two seeds: what the dashboard shows
must not depend on the day someone happens to open the demo.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from networkjournal.demo import build_demo
from networkjournal.store.dashboard import network_figures
from networkjournal.store.dates import UpcomingKind, list_dates, upcoming
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.follow_ups import FollowUpStatus, list_follow_ups, status
from networkjournal.store.networks import list_networks
from networkjournal.store.reminders import due_rows, keep_in_touch_rows, status_of
from networkjournal.store.schema import Person, db

BUILDS = [
    (1, dt.date(2026, 3, 14)),
    (1, dt.date(2028, 2, 29)),
    (1, dt.date(2026, 12, 28)),
    (4, dt.date(2025, 6, 1)),
    (4, dt.date(2031, 9, 20)),
]
_PLACEHOLDER_YEAR = re.compile(r"^(0000|1604|1900)")


@pytest.fixture(scope="module", params=BUILDS, ids=[f"seed{s}-{d}" for s, d in BUILDS])
def built(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dt.date]:
    """Build the demo once per seed and day, for the module's read-only tests."""
    seed, today = request.param
    path = tmp_path_factory.mktemp("demo") / "journal.sqlite3"
    open_journal(path)
    build_demo(seed=seed, today=today)
    close_journal()
    return path, today


@pytest.fixture
def today(built: tuple[Path, dt.date]) -> Iterator[dt.date]:
    """The built demo journal, open for one test; yields the day it was built on."""
    open_journal(built[0])
    yield built[1]
    close_journal()


def test_important_dates_are_the_journal_s_own_and_about_people(today: dt.date) -> None:
    dates = list_dates()
    own = [d for d in dates if d.person_id is None]
    about_people = [d for d in dates if d.person_id is not None]

    assert len(own) >= 8
    assert len(about_people) >= 4
    assert {"Year 4 written finals", "Paediatrics rotation starts", "MedSoc ball"} <= {
        d.label for d in own
    }
    yearly = [d for d in about_people if d.yearly]
    assert any(d.date.year is None for d in yearly)  # an anniversary whose year nobody knows
    assert any(d.date.year is not None for d in yearly)


def test_some_dates_are_past_some_this_month_and_some_further_off(today: dt.date) -> None:
    one_offs = [d.date.to_date() for d in list_dates() if not d.yearly]
    soon = {u.label for u in upcoming(today, 30) if u.kind is UpcomingKind.DATE}
    later = {u.label for u in upcoming(today, 90) if u.kind is UpcomingKind.DATE} - soon

    assert any(day is not None and day < today for day in one_offs)
    assert len(soon) >= 5
    assert any(u.person_id is not None for u in upcoming(today, 30) if u.kind is UpcomingKind.DATE)
    assert {"Year 4 written finals", "Year 4 OSCE"} <= later


def test_birthdays_come_up_this_week_and_this_month_with_and_without_a_year(
    today: dt.date,
) -> None:
    birthdays = [u for u in upcoming(today, 30) if u.kind is UpcomingKind.BIRTHDAY]
    this_week = [u for u in birthdays if u.days_away(today) <= 7]

    assert len(birthdays) >= 3
    assert any(u.source.year is None for u in birthdays)
    assert any(u.source.year is not None and u.age is not None for u in birthdays)
    assert this_week
    # Mum turns 55 in twelve days whatever day the demo is built.
    mum = [u for u in birthdays if u.person_name == "Siobhán Adeyemi"]
    assert [(u.days_away(today), u.age) for u in mum] == [(12, 55)]


def test_every_network_has_people_overdue_but_not_everyone(today: dt.date) -> None:
    for network in list_networks():
        with_period = [r for r in keep_in_touch_rows() if network.name in dict(r.networks)]
        due = due_rows(today, network_id=network.id)

        assert due, network.name
        assert len(due) < len(with_period), network.name
    for figures in network_figures(today):
        assert 0 < figures.going_cold < figures.people, figures.name


def test_overdue_by_weeks_and_by_months_and_some_due_this_week(today: dt.date) -> None:
    overdue = [row.days_overdue(today) for row in due_rows(today)]
    due_soon = [r for r in due_rows(today, within_days=7) if r.days_overdue(today) < 0]

    assert any(7 <= days < 60 for days in overdue)
    assert any(days >= 60 for days in overdue)
    assert len(due_soon) >= 2
    assert any(r.period_from == "" for r in due_soon)  # someone with a period of their own


def test_a_snoozed_person_is_not_due_until_the_snooze_ends(today: dt.date) -> None:
    snoozed = list(Person.select().where(Person.snoozed_until > today))
    due = {row.person_id for row in due_rows(today)}

    assert 1 <= len(snoozed) <= 3
    for person in snoozed:
        assert person.id not in due
        standing = status_of(person.id, today)
        assert standing is not None and standing.due_on == person.snoozed_until


def test_follow_ups_are_due_today_and_overdue(today: dt.date) -> None:
    statuses = [status(row, today) for row in list_follow_ups()]

    assert statuses.count(FollowUpStatus.TODAY) >= 1
    assert statuses.count(FollowUpStatus.OVERDUE) >= 2


def test_dates_were_typed_in_after_adding_their_person_and_before_today(today: dt.date) -> None:
    rows = db.execute_sql(
        "SELECT d.created_at, p.created_at FROM important_date d "
        "LEFT JOIN person p ON p.id = d.person_id"
    ).fetchall()

    assert rows
    for typed, person_added in rows:
        assert typed < today.isoformat()
        assert person_added is None or typed >= person_added


def test_no_date_is_stored_with_a_placeholder_year(today: dt.date) -> None:
    stored = db.execute_sql(
        "SELECT birthday FROM person UNION ALL SELECT met_on FROM person "
        "UNION ALL SELECT date FROM important_date"
    ).fetchall()
    values = [value for (value,) in stored if value]

    assert any(value.startswith("--") for value in values)
    for value in values:
        assert not _PLACEHOLDER_YEAR.match(value), value
