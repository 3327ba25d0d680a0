"""Browsing by category: combined choices, and the sidebar's groups with live counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from networkjournal.store.networks import list_networks
from networkjournal.store.people import (
    NetworkRole,
    PersonData,
    create_person,
    move_to_trash,
    set_archived,
)
from networkjournal.store.people_list import (
    Criterion,
    CriterionKind,
    PeopleFilter,
    count_people,
    person_ids,
)
from networkjournal.store.roles import is_supervising_role
from networkjournal.store.schema import (
    Membership,
    Organisation,
    Person,
    PersonTag,
    Tag,
    Topic,
    TopicPerson,
)


def net(name: str) -> int:
    return next(n.id for n in list_networks() if n.name == name)


@pytest.fixture
def world(journal: Path) -> dict[str, int]:
    """Five people with networks, roles, an organisation, tags and topics."""
    academic, social = net("Academic support"), net("Social")
    ids = {
        "brooks": create_person(
            PersonData(
                display_name="Dr Alex Brooks",
                networks=[NetworkRole(academic, "supervisor")],
                is_referee=True,
            )
        ),
        "okafor": create_person(
            PersonData(display_name="Dr Ada Okafor", networks=[NetworkRole(academic, "Tutor")])
        ),
        "sam": create_person(
            PersonData(display_name="Sam Patel", networks=[NetworkRole(social, "flatmate")])
        ),
        "lee": create_person(
            PersonData(display_name="Olga Lee", networks=[NetworkRole(academic, "supervisor")])
        ),
        "gone": create_person(
            PersonData(display_name="Gone Person", networks=[NetworkRole(academic, "supervisor")])
        ),
    }
    move_to_trash([ids["gone"]])
    cardio = Tag.create(name="cardiology", colour="").id
    PersonTag.create(person=ids["brooks"], tag=cardio)
    PersonTag.create(person=ids["sam"], tag=cardio)
    PersonTag.create(person=ids["gone"], tag=cardio)
    society = Organisation.create(name="Cardiology Society", kind="society").id
    Membership.create(person=ids["sam"], organisation=society, role="president")
    audit = Topic.create(title="Sepsis audit", kind="audit", status="idea").id
    TopicPerson.create(topic=audit, person=ids["brooks"], role="could supervise")
    TopicPerson.create(topic=audit, person=ids["sam"], role="data collection")
    research = Topic.create(title="Heart failure study", kind="research", status="active").id
    TopicPerson.create(topic=research, person=ids["lee"], role="Supervisor")
    TopicPerson.create(topic=research, person=ids["gone"], role="supervisor")
    return {**ids, "cardio": cardio, "society": society, "audit": audit, "research": research}


def found(*criteria: Criterion) -> set[int]:
    return set(person_ids(PeopleFilter(criteria=criteria)))


def test_each_kind_of_choice_selects_its_people(world: dict[str, int]) -> None:
    academic = net("Academic support")
    assert found(Criterion(CriterionKind.NETWORK, academic)) == {
        world["brooks"],
        world["okafor"],
        world["lee"],
    }
    assert found(Criterion(CriterionKind.NETWORK, academic, "SUPERVISOR")) == {
        world["brooks"],
        world["lee"],
    }
    assert found(Criterion(CriterionKind.TAG, world["cardio"])) == {world["brooks"], world["sam"]}
    assert found(Criterion(CriterionKind.ORGANISATION, world["society"])) == {world["sam"]}
    assert found(Criterion(CriterionKind.TOPIC, world["audit"])) == {world["brooks"], world["sam"]}
    assert found(Criterion(CriterionKind.TOPIC_KIND, "research")) == {world["lee"]}
    assert found(Criterion(CriterionKind.SUPERVISES, "audit")) == {world["brooks"]}
    assert found(Criterion(CriterionKind.REFEREE)) == {world["brooks"]}


def test_choices_combine_so_every_one_must_hold(world: dict[str, int]) -> None:
    academic = Criterion(CriterionKind.NETWORK, net("Academic support"))
    cardio = Criterion(CriterionKind.TAG, world["cardio"])
    assert found(academic, cardio) == {world["brooks"]}
    # everyone in academic support who could supervise an audit
    assert found(academic, Criterion(CriterionKind.SUPERVISES, "audit")) == {world["brooks"]}
    assert found(academic, Criterion(CriterionKind.ORGANISATION, world["society"])) == set()
    flt = PeopleFilter(criteria=(academic, cardio), text="alex")
    assert person_ids(flt) == [world["brooks"]] and count_people(flt) == 1


def test_choices_keep_to_the_view(world: dict[str, int]) -> None:
    set_archived([world["brooks"]], True)
    assert found(Criterion(CriterionKind.TAG, world["cardio"])) == {world["sam"]}


@pytest.mark.parametrize(
    ("role", "supervising"),
    [
        ("supervisor", True),
        ("Co-supervisor", True),
        ("could supervise", True),
        ("mentor", True),
        ("project lead", True),
        ("Lead", True),
        ("PI", True),
        ("pipette wrangler", False),
        ("co-author", False),
        ("leadership fellow's friend", False),
        ("co-lead", True),
        ("co-PI", True),
        ("pilot", False),
        ("", False),
    ],
)
def test_supervising_roles_are_recognised_alike_in_python_and_sql(
    journal: Path, role: str, supervising: bool
) -> None:
    assert is_supervising_role(role) is supervising
    pid = create_person(PersonData(display_name="Someone"))
    topic = Topic.create(title="T", kind="audit", status="idea").id
    TopicPerson.create(topic=topic, person=pid, role=role)
    assert found(Criterion(CriterionKind.SUPERVISES, "audit")) == ({pid} if supervising else set())


def test_browse_tree_counts_active_people_per_choice(world: dict[str, int]) -> None:
    from networkjournal.store.browse import browse_tree

    tree = browse_tree()
    academic = next(item for item in tree.networks if item.label == "Academic support")
    assert academic.count == 3  # the one in the trash is not counted
    assert {(c.label.lower(), c.count) for c in academic.children} == {
        ("supervisor", 2),
        ("tutor", 1),
    }
    assert [(t.label, t.count) for t in tree.tags] == [("cardiology", 2)]
    assert [(o.label, o.count) for o in tree.organisations] == [("Cardiology Society", 1)]
    kinds = {t.criterion.value: t for t in tree.topics}
    assert kinds["audit"].count == 2 and kinds["research"].count == 1
    assert [c.label for c in kinds["audit"].children] == ["Sepsis audit"]
    assert {(s.criterion.value, s.count) for s in tree.supervises} == {
        ("audit", 1),
        ("research", 1),
    }
    assert tree.referees == 1


def test_every_browse_item_selects_as_many_people_as_it_counts(world: dict[str, int]) -> None:
    from networkjournal.store.browse import BrowseItem, browse_tree

    tree = browse_tree()

    def check(items: list[BrowseItem]) -> None:
        for item in items:
            assert count_people(PeopleFilter(criteria=(item.criterion,))) == item.count, item
            check(item.children)

    for group in (tree.networks, tree.organisations, tree.tags, tree.topics, tree.supervises):
        check(group)
    assert Person.select().count() == 5
