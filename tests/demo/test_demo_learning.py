"""The demo's topics, organisations, relationships and tags, and how they fit the timeline."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from networkjournal.demo import build_demo
from networkjournal.demo.cast import CAST
from networkjournal.demo.timeline import Timeline
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.organisations import ORGANISATION_KINDS
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.relationships import DIRECTED_KINDS, RELATIONSHIP_KINDS
from networkjournal.store.schema import db
from networkjournal.store.topics import (
    OPPORTUNITY_KINDS,
    TOPIC_KINDS,
    TOPIC_STATUSES,
    opportunities,
)
from tests.demo.identifying import IDENTIFYING

TODAY = dt.date(2026, 3, 14)


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


def _topic_people() -> list[tuple[str, str, str, str, str]]:
    """(title, kind, status, role, person's networks) of everyone on every topic."""
    return _rows(
        "SELECT t.title, t.kind, t.status, tp.role, "
        "  (SELECT group_concat(n.name, '|') FROM person_network pn "
        "   JOIN network n ON n.id = pn.network_id WHERE pn.person_id = tp.person_id) "
        "FROM topic t JOIN topic_person tp ON tp.topic_id = t.id"
    )


def test_demo_reports_what_it_made_truthfully_and_in_plausible_numbers(
    demo: dict[str, int],
) -> None:
    tables = {
        "topics": "topic",
        "topic_people": "topic_person",
        "organisations": "organisation",
        "memberships": "membership",
        "relationships": "relationship",
        "tags": "tag",
        "person_tags": "person_tag",
        "network_memberships": "person_network",
    }
    for key, table in tables.items():
        assert demo[key] == _rows(f"SELECT COUNT(*) FROM {table}")[0][0], key
    assert 15 <= demo["topics"] <= 40
    assert demo["topic_people"] >= 2 * demo["topics"] * 0.8
    assert 6 <= demo["organisations"] <= 15
    assert demo["memberships"] >= 4 * demo["organisations"]
    assert 30 <= demo["relationships"] <= 100
    assert 8 <= demo["tags"] <= 30
    assert demo["person_tags"] >= 3 * demo["tags"]


def test_topics_cover_every_kind_and_status_with_the_roles_people_play(
    demo: dict[str, int],
) -> None:
    rows = _topic_people()
    kinds = {kind for _title, kind, *_ in rows}
    statuses = {status for _title, _kind, status, *_ in rows}
    roles = {role for *_, role, _networks in rows}

    assert kinds == set(TOPIC_KINDS) - {"other"}
    assert statuses == set(TOPIC_STATUSES)
    assert {"study partner", "supervisor", "co-author", "mentor", "could supervise"} <= roles
    assert all(role for role in roles)
    titles = {title for title, *_ in rows}
    assert "Year 3 cardiology block" in titles
    assert "Re-audit of IBD clinic letters" in titles
    assert any(title.startswith("Sepsis audit") for title in titles)
    assert any(title.startswith("Case report") for title in titles)
    assert ("Suturing", "mentor") in {(title, role) for title, _k, _s, role, _n in rows}


def test_at_least_two_opportunity_ideas_have_someone_who_could_supervise(
    demo: dict[str, int],
) -> None:
    ideas = {
        title
        for title, kind, status, role, _networks in _topic_people()
        if kind in OPPORTUNITY_KINDS and status == "idea" and "supervis" in role
    }
    open_ideas = [o for o in opportunities() if o.topic.status == "idea" and o.supervisors]

    assert len(ideas) >= 2
    assert {o.topic.title for o in open_ideas} >= ideas


def test_research_and_audits_are_supervised_by_people_in_academic_support(
    demo: dict[str, int],
) -> None:
    supervisors: dict[str, list[str]] = {}
    for _title, kind, _status, role, networks in _topic_people():
        if role == "supervisor":
            supervisors.setdefault(kind, []).append(networks)

    assert supervisors["research"] and supervisors["audit"]
    for kind in ("research", "audit"):
        assert all("Academic support" in networks for networks in supervisors[kind]), kind
    project = _rows(
        "SELECT pn.role FROM topic t JOIN topic_person tp ON tp.topic_id = t.id "
        "JOIN person_network pn ON pn.person_id = tp.person_id "
        "JOIN network n ON n.id = pn.network_id "
        "WHERE t.kind = 'research' AND t.status = 'active' AND tp.role = 'supervisor' "
        "AND n.name = 'Academic support'"
    )
    assert ("project supervisor",) in project


def test_organisations_span_cohort_halls_societies_hospitals_and_departments(
    demo: dict[str, int],
) -> None:
    rows = _rows(
        "SELECT o.name, o.kind, m.role FROM organisation o "
        "JOIN membership m ON m.organisation_id = o.id"
    )
    kinds = Counter(kind for _name, kind, _role in {(n, k, "") for n, k, _r in rows})
    roles = {role for _name, _kind, role in rows}

    assert set(kinds) <= set(ORGANISATION_KINDS)
    assert {"cohort", "hall", "society", "hospital", "department"} <= set(kinds)
    assert kinds["department"] >= 2
    freshers_year = Timeline.for_today(TODAY).freshers.year
    assert f"KCL MBBS {freshers_year} cohort" in {name for name, _kind, _role in rows}
    assert {"water-polo captain", "social sec", "member", "flatmate", "president"} <= roles
    assert all(role for role in roles)


def test_relationships_use_the_store_kinds_and_introductions_match_introduced_by(
    demo: dict[str, int],
) -> None:
    rows = _rows("SELECT person_a_id, person_b_id, kind FROM relationship")
    introduced_by = dict(
        _rows("SELECT id, introduced_by_id FROM person WHERE introduced_by_id IS NOT NULL")
    )

    assert {kind for _a, _b, kind in rows} == set(RELATIONSHIP_KINDS)
    introductions = {(a, b) for a, b, kind in rows if kind == "introduced"}
    assert introductions == {(by, person) for person, by in introduced_by.items()}
    undirected = [frozenset((a, b)) for a, b, kind in rows if kind not in DIRECTED_KINDS]
    assert len(undirected) == len(set(undirected))  # no pair said twice
    assert all(a != b for a, b, _kind in rows)


def test_supervision_runs_from_consultant_through_registrar_to_foundation_doctor(
    demo: dict[str, int],
) -> None:
    headline = dict(_rows("SELECT id, headline FROM person"))
    supervises = {
        (headline[a], headline[b])
        for a, b in _rows(
            "SELECT person_a_id, person_b_id FROM relationship WHERE kind = ?", "supervises"
        )
    }
    chains = [
        (top, middle, bottom)
        for top, middle in supervises
        for middle_again, bottom in supervises
        if middle == middle_again
    ]

    assert any(
        "registrar" in middle.casefold() and "FY1" in bottom and "registrar" not in top.casefold()
        for top, middle, bottom in chains
    )


def test_tags_label_people_by_interest_and_placement_year(demo: dict[str, int]) -> None:
    tagged = Counter(
        name for (name,) in _rows("SELECT t.name FROM tag t JOIN person_tag pt ON pt.tag_id = t.id")
    )
    placement_years = {int(name.split()[1]) for name in tagged if name.startswith("placement ")}

    assert {"cardiology", "water polo", "research", "mentor", "referee"} <= set(tagged)
    assert all(count >= 1 for count in tagged.values())
    assert placement_years
    assert all(TODAY.year - 2 <= year <= TODAY.year for year in placement_years)
    assert tagged["referee"] == sum(spec.is_referee for spec in CAST)


def test_topics_and_organisations_hold_no_patient_identifiable_text(demo: dict[str, int]) -> None:
    texts = [
        text
        for (text,) in _rows(
            "SELECT title || ' ' || notes FROM topic UNION ALL "
            "SELECT name || ' ' || notes FROM organisation UNION ALL SELECT note FROM relationship"
        )
    ]
    for text in texts:
        for pattern in IDENTIFYING:
            assert not pattern.search(text), (pattern.pattern, text)


def _day(stored: str | None) -> dt.date | None:
    """The first day a stored partial date can mean (None when there is none)."""
    if stored is None:
        return None
    date = PartialDate.from_iso(stored)
    assert date.year is not None
    return dt.date(date.year, date.month or 1, date.day or 1)


@pytest.mark.parametrize(
    ("seed", "today"),
    [(1, TODAY), (2, dt.date(2025, 7, 1)), (3, dt.date(2028, 2, 29)), (4, dt.date(2031, 9, 20))],
)
def test_nothing_is_dated_before_meeting_someone_or_after_yesterday(
    journal: Path, seed: int, today: dt.date
) -> None:
    made = build_demo(seed=seed, today=today)
    freshers = Timeline.for_today(today).freshers
    midnight = dt.datetime.combine(today, dt.time()).isoformat(" ")

    assert made["facts"] >= 120 and made["topics"] >= 15
    met = {pid: _day(met_on) for pid, met_on in _rows("SELECT id, met_on FROM person")}
    added = dict(_rows("SELECT id, created_at FROM person"))
    for table, day in (("fact", "noted_on"), ("disclosure", "shared_on")):
        for pid, noted, typed in _rows(f"SELECT person_id, {day}, created_at FROM {table}"):
            noted_day = dt.date.fromisoformat(noted)
            known = met[pid]
            assert known is None or noted_day >= min(known, freshers - dt.timedelta(days=2))
            assert noted_day < today and noted <= typed[:10]
            assert added[pid] <= typed < midnight, (table, pid)
    for started, ended, status, created, updated in _rows(
        "SELECT started_on, ended_on, status, created_at, updated_at FROM topic"
    ):
        start, end = _day(started), _day(ended)
        assert start is not None and dt.date(freshers.year, 1, 1) <= start < today
        if status in ("idea", "active"):
            assert end is None
        elif status == "done":
            assert end is not None
        assert end is None or start <= end < today
        assert created <= updated < midnight
    for since, until in _rows("SELECT since, until FROM membership"):
        first, last = _day(since), _day(until)
        assert first is None or dt.date(freshers.year - 3, 1, 1) <= first < today
        assert last is None or last < today
        assert first is None or last is None or first <= last
    for a, b, created in _rows("SELECT person_a_id, person_b_id, created_at FROM relationship"):
        assert max(added[a], added[b]) <= created < midnight
