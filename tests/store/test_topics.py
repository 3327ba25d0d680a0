"""Topics: what we learn or work on together, the people on them, and opportunities."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from networkjournal.store.errors import ValidationError
from networkjournal.store.follow_ups import create_follow_up
from networkjournal.store.journal import FollowUpData
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonData, create_person, forget_person, move_to_trash
from networkjournal.store.schema import FollowUp, Topic, TopicPerson, db
from networkjournal.store.topics import (
    OPPORTUNITY_KINDS,
    TOPIC_KINDS,
    TOPIC_STATUSES,
    TopicData,
    TopicMember,
    create_topic,
    delete_topic,
    ends_before_starts,
    get_topic,
    get_topic_row,
    is_supervising_role,
    list_topics,
    opportunities,
    restore_topic,
    topics_for,
    update_topic,
)


def add(name: str, **fields: Any) -> int:
    return create_person(PersonData(display_name=name, **fields))


def topic(title: str, kind: str = "other", status: str = "idea", **people: str) -> int:
    """Add a topic; ``people`` maps a person id (as ``p<id>``) to their role."""
    members = [TopicMember(int(key[1:]), role) for key, role in people.items()]
    return create_topic(TopicData(title, kind, status, people=members))


def on(topic_id: int, **people: str) -> None:
    data = get_topic(topic_id)
    data.people = [TopicMember(int(key[1:]), role) for key, role in people.items()]
    update_topic(topic_id, data)


def titles(rows: list[Any]) -> list[str]:
    return [row.title for row in rows]


# --- create, read, edit -----------------------------------------------------------------------


def test_a_topic_round_trips_through_create_get_and_update(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    data = TopicData(
        title="Sepsis audit",
        kind="audit",
        status="active",
        started_on=PartialDate(2023, 9),
        ended_on=PartialDate(2024, 6, 30),
        notes="Re-audit in **spring**",
        people=[TopicMember(ben, "supervisor"), TopicMember(ada, "data collection")],
    )
    topic_id = create_topic(data)
    assert get_topic(topic_id) == data
    changed = TopicData("Anatomy module", "module", "done", PartialDate(2022), None, "", [])
    update_topic(topic_id, changed)
    assert get_topic(topic_id) == changed
    assert TopicPerson.select().count() == 0


def test_a_topic_is_stored_with_its_title_and_roles_tidied(journal: Path) -> None:
    ada = add("Ada Okafor")
    topic_id = create_topic(
        TopicData("  Sepsis    audit ", people=[TopicMember(ada, "  co-  supervisor ")])
    )
    data = get_topic(topic_id)
    assert data.title == "Sepsis audit"
    assert data.people == [TopicMember(ada, "co- supervisor")]


def test_editing_a_topic_marks_when_it_changed(journal: Path) -> None:
    topic_id = topic("Sepsis audit")
    db.execute_sql("UPDATE topic SET updated_at = '2020-01-01 00:00:00' WHERE id = ?", (topic_id,))
    update_topic(topic_id, TopicData("Sepsis re-audit"))
    assert get_topic_row(topic_id).updated_at > dt.datetime(2020, 1, 1)


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (TopicData("  "), "title", "a topic needs a title"),
        (TopicData("Audit", kind="thesis"), "kind", "'thesis' is not a kind of topic"),
        (TopicData("Audit", status="paused"), "status", "'paused' is not a status"),
        (
            TopicData("Audit", started_on=PartialDate(2024, 3), ended_on=PartialDate(2023)),
            "ended_on",
            "it ends before it starts",
        ),
        (
            TopicData(
                "Audit", started_on=PartialDate(2024, 3, 10), ended_on=PartialDate(2024, 3, 9)
            ),
            "ended_on",
            "it ends before it starts",
        ),
    ],
)
def test_a_topic_the_journal_cannot_keep_is_refused_naming_the_field(
    journal: Path, data: TopicData, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        create_topic(data)
    assert refused.value.field == field
    assert message in refused.value.message
    assert Topic.select().count() == 0


def test_a_person_listed_twice_on_a_topic_is_refused_by_name(journal: Path) -> None:
    ada = add("Ada Okafor")
    with pytest.raises(ValidationError) as refused:
        create_topic(TopicData("Audit", people=[TopicMember(ada, "lead"), TopicMember(ada)]))
    assert refused.value.field == "people[1]"
    assert refused.value.message == "Ada Okafor is listed twice"
    with pytest.raises(ValidationError) as refused:
        create_topic(TopicData("Audit", people=[TopicMember(999)]))
    assert refused.value.field == "people[0]"
    assert Topic.select().count() == 0


@pytest.mark.parametrize(
    ("start", "end", "backwards"),
    [
        (PartialDate(2024), PartialDate(2023), True),
        (PartialDate(2024, 5), PartialDate(2024, 4), True),
        (PartialDate(2024, 5, 2), PartialDate(2024, 5, 1), True),
        (PartialDate(2024, 5), PartialDate(2024), False),  # the same year: could be later
        (PartialDate(2024), PartialDate(2024, 1), False),
        (PartialDate(2024, 5, 2), PartialDate(2024, 5), False),
        (PartialDate(2024, 5, 2), PartialDate(2024, 5, 2), False),
        (PartialDate(None, 5, 2), PartialDate(2020, 1, 1), False),  # no year: no order
        (None, PartialDate(2020), False),
        (PartialDate(2020), None, False),
    ],
)
def test_ends_before_starts_compares_only_what_both_dates_say(
    start: PartialDate | None, end: PartialDate | None, backwards: bool
) -> None:
    assert ends_before_starts(start, end) is backwards


def test_the_kinds_and_statuses_are_the_contracts(journal: Path) -> None:
    assert list(TOPIC_STATUSES) == ["idea", "active", "done", "dropped"]
    assert set(OPPORTUNITY_KINDS) <= set(TOPIC_KINDS)
    assert TOPIC_KINDS["qip"] == "Quality improvement project"


# --- delete and undo --------------------------------------------------------------------------


def test_a_deleted_topic_comes_back_with_its_id_people_roles_and_times(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    topic_id = create_topic(
        TopicData(
            "Sepsis audit",
            "audit",
            "active",
            PartialDate(2023, 9),
            None,
            "notes",
            [TopicMember(ben, "supervisor"), TopicMember(ada, "data collection")],
        )
    )
    db.execute_sql(
        "UPDATE topic SET created_at = '2023-09-01 10:00:00', updated_at = '2023-10-01 11:00:00'"
    )
    before_row, before_data = get_topic_row(topic_id), get_topic(topic_id)
    created = db.execute_sql("SELECT created_at FROM topic").fetchone()
    snapshot = delete_topic(topic_id)
    assert Topic.select().count() == TopicPerson.select().count() == 0
    restore_topic(snapshot)
    assert get_topic_row(topic_id) == before_row
    assert get_topic(topic_id) == before_data
    assert db.execute_sql("SELECT created_at FROM topic").fetchone() == created


def test_restoring_a_topic_links_its_follow_ups_again(journal: Path) -> None:
    topic_id = topic("Sepsis audit")
    follow_up = create_follow_up(FollowUpData("Email the proforma"))
    FollowUp.update(topic=topic_id).where(FollowUp.id == follow_up).execute()
    snapshot = delete_topic(topic_id)
    linked = "SELECT topic_id FROM follow_up WHERE id = ?"
    assert db.execute_sql(linked, (follow_up,)).fetchone() == (None,)
    restore_topic(snapshot)
    assert db.execute_sql(linked, (follow_up,)).fetchone() == (topic_id,)


def test_restoring_a_topic_leaves_out_people_forgotten_meanwhile(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    topic_id = topic("Audit", **{f"p{ada}": "lead", f"p{ben}": "helper"})
    snapshot = delete_topic(topic_id)
    forget_person(ben)
    restore_topic(snapshot)
    assert get_topic(topic_id).people == [TopicMember(ada, "lead")]


def test_a_missing_topic_cannot_be_read_edited_or_deleted(journal: Path) -> None:
    with pytest.raises(LookupError):
        get_topic(5)
    with pytest.raises(LookupError):
        update_topic(5, TopicData("Audit"))
    with pytest.raises(LookupError):
        delete_topic(5)
    with pytest.raises(LookupError):
        get_topic_row(5)


# --- lists ------------------------------------------------------------------------------------


def test_topics_are_listed_active_then_ideas_done_dropped_then_by_title(journal: Path) -> None:
    topic("b dropped", status="dropped")
    topic("Zeta idea", status="idea")
    topic("alpha idea", status="idea")
    topic("Done thing", status="done")
    topic("Éclair study", status="active")
    topic("Active audit", status="active")
    assert titles(list_topics()) == [
        "Active audit",
        "Éclair study",
        "alpha idea",
        "Zeta idea",
        "Done thing",
        "b dropped",
    ]


def test_list_topics_narrows_by_kind_status_person_and_text(journal: Path) -> None:
    ada = add("Ada Okafor")
    topic("Sepsis audit", "audit", "active", **{f"p{ada}": "lead"})
    topic("Hand hygiene audit", "audit", "idea")
    topic("Anatomy", "module", "active")
    create_topic(TopicData("Statistics", "skill", notes="Learning R for the sepsis work"))
    assert titles(list_topics(kind="audit")) == ["Sepsis audit", "Hand hygiene audit"]
    assert titles(list_topics(status="active")) == ["Anatomy", "Sepsis audit"]
    assert titles(list_topics(person_id=ada)) == ["Sepsis audit"]
    assert titles(list_topics(text="SEPSIS")) == ["Sepsis audit", "Statistics"]
    assert titles(list_topics(text="hygiene aud")) == ["Hand hygiene audit"]
    assert titles(list_topics(kind="audit", status="idea", text="hand")) == ["Hand hygiene audit"]


def test_topics_for_gives_a_persons_role_on_each_in_list_order(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    topic("Old audit", "audit", "done", **{f"p{ada}": "data collection"})
    topic("Paper", "publication", "idea", **{f"p{ada}": "co-author"})
    topic("Sepsis audit", "audit", "active", **{f"p{ada}": "lead", f"p{ben}": "supervisor"})
    topic("Ben only", "audit", "active", **{f"p{ben}": "lead"})
    topic("Given up", "research", "dropped", **{f"p{ada}": ""})
    got = [(row.title, role) for row, role in topics_for(ada)]
    assert got == [
        ("Sepsis audit", "lead"),
        ("Paper", "co-author"),
        ("Old audit", "data collection"),
        ("Given up", ""),
    ]
    assert topics_for(add("Nobody")) == []


def test_a_topic_row_leaves_out_people_in_the_trash_but_the_editor_keeps_them(
    journal: Path,
) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    topic_id = topic("Audit", **{f"p{ada}": "lead", f"p{ben}": "supervisor"})
    move_to_trash([ben])
    assert get_topic_row(topic_id).people == ((ada, "Ada Okafor", "lead"),)
    assert [m.person_id for m in get_topic(topic_id).people] == [ada, ben]


# --- supervising roles and opportunities ------------------------------------------------------


@pytest.mark.parametrize(
    "role",
    [
        "supervisor",
        "Supervisor",
        "co-supervisor",
        "could supervise",
        "Supervising consultant",
        "mentor",
        "Mentoring",
        "lead",
        "project lead",
        "Co-lead",
        "PI",
        "co-PI",
    ],
)
def test_roles_that_mean_supervising(role: str) -> None:
    assert is_supervising_role(role)


@pytest.mark.parametrize(
    "role",
    ["", "data collection", "co-author", "study partner", "pianist", "leadership course", "spin"],
)
def test_roles_that_do_not_mean_supervising(role: str) -> None:
    assert not is_supervising_role(role)


def test_opportunities_are_research_audit_qip_and_publication_ideas_or_under_way(
    journal: Path,
) -> None:
    for kind in TOPIC_KINDS:
        for status in TOPIC_STATUSES:
            topic(f"{kind} {status}", kind, status)
    got = sorted(item.topic.title for item in opportunities())
    assert got == sorted(
        f"{kind} {status}" for kind in OPPORTUNITY_KINDS for status in ("idea", "active")
    )
    assert [item.topic.status for item in opportunities()][:4] == ["active"] * 4


def test_an_opportunity_lists_its_supervisors_and_suggests_who_has_supervised_its_kind(
    journal: Path,
) -> None:
    reg = add("Dr Reg Idowu")
    mentor = add("Mia Mentor")
    student = add("Sam Student")
    gone = add("Gone Person")
    other_kind = add("Pat Publisher")
    topic("Sepsis audit", "audit", "done", **{f"p{reg}": "supervisor", f"p{student}": "lead"})
    topic("Falls audit", "audit", "dropped", **{f"p{reg}": "co-supervisor"})
    topic("Hand audit", "audit", "active", **{f"p{gone}": "supervisor"})
    topic("Paper", "publication", "done", **{f"p{other_kind}": "supervisor"})
    move_to_trash([gone])
    new = topic("VTE audit", "audit", "idea", **{f"p{mentor}": "mentor", f"p{student}": "helper"})
    (item,) = [item for item in opportunities() if item.topic.id == new]
    assert item.supervisors == ((mentor, "Mia Mentor", "mentor"),)
    # Sam led the sepsis audit, but is on this one already; Gone is in the trash;
    # Pat supervised a publication, not an audit.
    assert item.suggested == ((reg, "Dr Reg Idowu", "supervised: Falls audit, Sepsis audit"),)
    (hand,) = [item for item in opportunities() if item.topic.title == "Hand audit"]
    assert hand.supervisors == ()
    assert {pid for pid, _name, _why in hand.suggested} == {reg, student, mentor}
