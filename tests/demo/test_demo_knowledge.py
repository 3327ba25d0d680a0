"""The demo's facts and disclosures: what the student knows about people, and they about them."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from networkjournal.demo import build_demo
from networkjournal.demo.knowledge_home import HOME_FACTS
from networkjournal.demo.knowledge_told import DISCLOSURES
from networkjournal.demo.knowledge_work import WORK_FACTS
from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.facts import FACT_CATEGORIES
from networkjournal.store.referees import referees
from networkjournal.store.search import search
from networkjournal.store.text import fold
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
    from networkjournal.store.schema import db

    return db.execute_sql(sql, params).fetchall()


def test_demo_reports_plausible_numbers_of_facts_and_disclosures(demo: dict[str, int]) -> None:
    assert 120 <= demo["facts"] <= 300
    assert 40 <= demo["disclosures"] <= 120
    assert demo["facts"] == _rows("SELECT COUNT(*) FROM fact")[0][0]
    assert demo["disclosures"] == _rows("SELECT COUNT(*) FROM disclosure")[0][0]


def test_close_people_and_academics_have_several_facts_and_acquaintances_fewer(
    demo: dict[str, int],
) -> None:
    rows = _rows(
        "SELECT p.id, p.closeness, "
        "EXISTS (SELECT 1 FROM person_network pn JOIN network n ON n.id = pn.network_id "
        "        WHERE pn.person_id = p.id AND n.name = 'Academic support'), "
        "(SELECT COUNT(*) FROM fact f WHERE f.person_id = p.id) FROM person p"
    )
    with_facts = [facts for _id, _closeness, _academic, facts in rows if facts]
    assert len(with_facts) >= 0.85 * len(rows)
    for _id, closeness, academic, facts in rows:
        if (closeness or 0) >= 4 or (academic and (closeness or 0) >= 2):
            assert 2 <= facts <= 6, _id
        if (closeness or 0) <= 1:
            assert facts <= 2, _id


def test_facts_use_every_category_the_store_knows_and_no_other(demo: dict[str, int]) -> None:
    used = Counter(category for (category,) in _rows("SELECT category FROM fact"))

    assert set(used) == set(FACT_CATEGORIES)
    assert used["other"] < used["career"]


def test_facts_and_disclosures_from_an_entry_point_at_one_with_that_person_that_day(
    demo: dict[str, int],
) -> None:
    for table, day in (("fact", "noted_on"), ("disclosure", "shared_on")):
        linked = _rows(
            f"SELECT x.person_id, x.{day}, i.occurred_at, x.created_at, i.created_at, "
            "EXISTS (SELECT 1 FROM interaction_person ip "
            "        WHERE ip.interaction_id = i.id AND ip.person_id = x.person_id) "
            f"FROM {table} x JOIN interaction i ON i.id = x.interaction_id"
        )
        total = _rows(f"SELECT COUNT(*) FROM {table}")[0][0]
        assert 0.1 * total <= len(linked) < total, table
        for _person, noted, occurred, typed, entry_typed, was_there in linked:
            assert was_there, (table, _person, occurred)
            assert noted == occurred[:10]
            assert typed == entry_typed  # written down with the entry


def test_every_referee_saw_me_do_at_least_two_things(demo: dict[str, int]) -> None:
    found = referees()

    assert len(found) == 3
    for referee in found:
        assert len(referee.witnessed) >= 2, referee.name
        assert all(item.witnessed for item in referee.witnessed)
        assert sum(1 for item in referee.witnessed if item.interaction_id) >= 2, referee.name


def test_people_know_the_student_s_plans_setbacks_and_what_they_saw(demo: dict[str, int]) -> None:
    told = [text for (text,) in _rows("SELECT text FROM disclosure WHERE NOT witnessed")]
    saw = [text for (text,) in _rows("SELECT text FROM disclosure WHERE witnessed")]

    assert len(saw) >= 25
    assert len(told) >= 25
    assert sum("anatomy spotter" in text for text in told) >= 4
    assert any("cardiology" in text for text in told)
    assert any("sepsis audit" in text for text in told)
    assert any("re-audit at the gastro audit meeting" in text for text in saw)
    assert any("OSCE practice" in text for text in saw)
    assert any("post-take round" in text for text in saw)


def test_search_finds_a_person_through_what_i_know_about_them(demo: dict[str, int]) -> None:
    own_words = {
        person_id: fold(f"{name} {headline} {notes} {referee_note}")
        for person_id, name, headline, notes, referee_note in _rows(
            "SELECT id, display_name, headline, notes, referee_note FROM person"
        )
    }
    hits = {hit.id for hit in search("cardiology") if hit.kind == "person"}
    through_facts = {
        person_id
        for (person_id,) in _rows("SELECT person_id FROM fact WHERE text LIKE '%cardiology%'")
        if "cardiology" not in own_words[person_id]
    }

    assert through_facts
    assert through_facts <= hits


def test_nothing_known_holds_patient_identifiable_text(demo: dict[str, int]) -> None:
    texts = [
        text for (text,) in _rows("SELECT text FROM fact UNION ALL SELECT text FROM disclosure")
    ]

    for text in texts:
        for pattern in IDENTIFYING:
            assert not pattern.search(text), (pattern.pattern, text)


def test_knowledge_data_names_only_cast_members_and_store_categories() -> None:
    from networkjournal.demo.cast import CAST

    keys = {spec.key for spec in CAST}
    facts = {**HOME_FACTS, **WORK_FACTS}

    assert not set(HOME_FACTS) & set(WORK_FACTS)
    assert set(facts) <= keys and set(DISCLOSURES) <= keys
    assert all(fact.category in FACT_CATEGORIES for known in facts.values() for fact in known)
    texts = [(key, fact.text) for key, known in facts.items() for fact in known]
    assert len(texts) == len(set(texts))
