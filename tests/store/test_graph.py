"""The network map's query: who is on the map, and which lines join them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from networkjournal.store import graph
from networkjournal.store.db import write
from networkjournal.store.graph import (
    EdgeKind,
    GraphEdge,
    GraphFilter,
    GraphNode,
    introduction_tree,
    network_graph,
)
from networkjournal.store.journal import EntryData, create_entry, trash_entries
from networkjournal.store.networks import create_network
from networkjournal.store.organisations import MemberData, OrganisationData, create_organisation
from networkjournal.store.people import (
    NetworkRole,
    PersonData,
    create_person,
    move_to_trash,
    set_archived,
)
from networkjournal.store.people_list import PeopleFilter, count_people
from networkjournal.store.relationships import RelationshipData, create_relationship
from networkjournal.store.schema import Person, Tag
from networkjournal.store.tags import set_person_tags
from networkjournal.store.topics import TopicData, TopicMember, create_topic

TODAY = dt.date(2024, 6, 15)


def at(days_ago: int) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(12))


def add(name: str, *, network: int | None = None, days: int | None = None) -> int:
    pid = create_person(
        PersonData(
            display_name=name,
            keep_in_touch_days=days,
            networks=[NetworkRole(network)] if network else [],
        )
    )
    with write():
        Person.update(created_at=at(800)).where(Person.id == pid).execute()
    return pid


def log(days_ago: int, *people: int) -> int:
    return create_entry(EntryData(at(days_ago), participant_ids=list(people))).entry_id


def introduce(person: int, introducer: int | None) -> None:
    with write():
        Person.update(introduced_by=introducer).where(Person.id == person).execute()


def ids(nodes: list[GraphNode]) -> set[int]:
    return {node.person_id for node in nodes}


def edges_of(edges: list[GraphEdge], kind: EdgeKind) -> set[tuple[int, int, str, bool]]:
    return {(e.source, e.target, e.label, e.directed) for e in edges if e.kind is kind}


def only(kind: EdgeKind, network_id: int | None = None) -> GraphFilter:
    return GraphFilter(network_id=network_id, kinds=frozenset({kind}))


@pytest.fixture
def people(journal: Path) -> dict[str, int]:
    """Five people in two networks, an organisation, a topic, a tag, and a hidden pair."""
    study = create_network("Study group", colour="#112233")
    band = create_network("Band", colour="#445566")
    found = {
        "ada": add("Ada", network=study),
        "ben": add("Ben", network=study),
        "cy": add("Cy", network=band),
        "dee": add("Dee"),
        "eve": add("Eve", network=band),
        "archived": add("Archie", network=study),
        "trashed": add("Trish", network=study),
    }
    set_archived([found["archived"]], True)
    move_to_trash([found["trashed"]])
    found["study"], found["band"] = study, band
    return found


def test_the_map_shows_every_active_person_and_nobody_hidden(people: dict[str, int]) -> None:
    nodes, _edges = network_graph(GraphFilter(), TODAY)

    assert ids(nodes) == {people[n] for n in ("ada", "ben", "cy", "dee", "eve")}
    ada = next(node for node in nodes if node.person_id == people["ada"])
    assert (ada.name, ada.networks) == ("Ada", ((people["study"], "Study group", "#112233"),))


def test_filters_choose_people_by_network_organisation_tag_topic_and_when_seen(
    people: dict[str, int],
) -> None:
    org = create_organisation(
        OrganisationData("Anatomy", members=[MemberData(people["ben"]), MemberData(people["cy"])])
    )
    topic = create_topic(TopicData("Audit", people=[TopicMember(people["dee"])]))
    set_person_tags(people["eve"], ["drummer"])
    tag = Tag.get(Tag.name == "drummer").id
    log(10, people["ada"])
    log(400, people["cy"])

    def shown(flt: GraphFilter) -> set[int]:
        return ids(network_graph(flt, TODAY)[0])

    assert shown(GraphFilter(network_id=people["band"])) == {people["cy"], people["eve"]}
    assert shown(GraphFilter(organisation_id=org)) == {people["ben"], people["cy"]}
    assert shown(GraphFilter(tag_id=tag)) == {people["eve"]}
    assert shown(GraphFilter(topic_id=topic)) == {people["dee"]}
    assert shown(GraphFilter(seen_since=TODAY - dt.timedelta(days=30))) == {people["ada"]}
    assert shown(GraphFilter(network_id=people["study"], organisation_id=org)) == {people["ben"]}


def test_relationships_are_edges_directed_only_for_directed_kinds(people: dict[str, int]) -> None:
    create_relationship(RelationshipData(people["ada"], people["ben"], "friend"))
    create_relationship(RelationshipData(people["cy"], people["ada"], "supervises"))

    _nodes, edges = network_graph(only(EdgeKind.RELATIONSHIP), TODAY)

    assert edges_of(edges, EdgeKind.RELATIONSHIP) == {
        (people["ada"], people["ben"], "Friend", False),
        (people["cy"], people["ada"], "Supervises", True),
    }


def test_introductions_point_from_introducer_to_introduced(people: dict[str, int]) -> None:
    introduce(people["ben"], people["ada"])

    _nodes, edges = network_graph(only(EdgeKind.INTRODUCTION), TODAY)

    assert edges_of(edges, EdgeKind.INTRODUCTION) == {
        (people["ada"], people["ben"], graph.INTRODUCED_LABEL, True)
    }


def test_shared_organisations_and_topics_give_one_edge_per_pair_naming_them_all(
    people: dict[str, int],
) -> None:
    pair = [MemberData(people["ada"]), MemberData(people["ben"])]
    create_organisation(OrganisationData("Anatomy", members=pair))
    create_organisation(OrganisationData("Choir", members=pair))
    create_topic(TopicData("Audit", people=[TopicMember(people["cy"]), TopicMember(people["dee"])]))

    _nodes, edges = network_graph(GraphFilter(), TODAY)

    assert edges_of(edges, EdgeKind.ORGANISATION) == {
        (people["ada"], people["ben"], "Anatomy, Choir", False)
    }
    assert edges_of(edges, EdgeKind.TOPIC) == {(people["cy"], people["dee"], "Audit", False)}


def test_each_kind_of_edge_can_be_turned_off(people: dict[str, int]) -> None:
    create_relationship(RelationshipData(people["ada"], people["ben"], "friend"))
    introduce(people["ben"], people["ada"])
    pair = [MemberData(people["ada"]), MemberData(people["ben"])]
    create_organisation(OrganisationData("Anatomy", members=pair))
    create_topic(TopicData("Audit", people=[TopicMember(p.person_id) for p in pair]))

    everything = network_graph(GraphFilter(), TODAY)[1]
    assert {edge.kind for edge in everything} == set(EdgeKind)
    for kind in EdgeKind:
        kept = frozenset(EdgeKind) - {kind}
        edges = network_graph(GraphFilter(kinds=kept), TODAY)[1]
        assert {edge.kind for edge in edges} == kept


def test_no_edge_reaches_someone_hidden_or_filtered_out(people: dict[str, int]) -> None:
    for hidden in ("archived", "trashed", "cy"):
        create_relationship(RelationshipData(people["ada"], people[hidden], "friend"))
        introduce(people[hidden], people["ada"])
    members = [MemberData(people[n]) for n in ("ada", "ben", "archived", "trashed", "cy")]
    create_organisation(OrganisationData("Anatomy", members=members))

    nodes, edges = network_graph(GraphFilter(network_id=people["study"]), TODAY)

    shown = ids(nodes)
    assert shown == {people["ada"], people["ben"]}
    assert edges
    assert all(edge.source in shown and edge.target in shown for edge in edges)


def test_big_organisations_give_no_pairwise_edges(
    people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(graph, "MAX_SHARED_MEMBERS", 2)
    everyone = [people[n] for n in ("ada", "ben", "cy")]
    create_organisation(OrganisationData("Hospital", members=[MemberData(p) for p in everyone]))
    create_organisation(OrganisationData("Choir", members=[MemberData(p) for p in everyone[:2]]))

    edges = network_graph(only(EdgeKind.ORGANISATION), TODAY)[1]
    assert edges_of(edges, EdgeKind.ORGANISATION) == {
        (people["ada"], people["ben"], "Choir", False)
    }
    # Narrowed to a network, the hospital is small on the map and its edges come back.
    narrowed = network_graph(only(EdgeKind.ORGANISATION, network_id=people["study"]), TODAY)[1]
    assert edges_of(narrowed, EdgeKind.ORGANISATION) == {
        (people["ada"], people["ben"], "Choir, Hospital", False)
    }


def test_recent_entries_count_the_last_year_outside_the_trash(people: dict[str, int]) -> None:
    ada = people["ada"]
    log(0, ada)
    log(364, ada, people["ben"])
    log(365, ada)  # a year and a day ago: too old
    trash_entries([log(5, ada)])
    log(-3, ada)  # planned for later this week

    nodes = {node.person_id: node for node in network_graph(GraphFilter(), TODAY)[0]}

    assert nodes[ada].recent_entries == 2
    assert nodes[people["ben"]].recent_entries == 1
    assert nodes[people["cy"]].recent_entries == 0
    assert nodes[ada].last_contact == at(-3)
    assert nodes[people["cy"]].last_contact is None


def test_going_cold_follows_the_keep_in_touch_rule(journal: Path) -> None:
    cold = add("Cold", days=30)
    warm = add("Warm", days=30)
    no_period = add("Free")
    log(31, cold)
    log(29, warm)
    log(400, no_period)

    nodes = {node.person_id: node for node in network_graph(GraphFilter(), TODAY)[0]}

    assert nodes[cold].going_cold
    assert not nodes[warm].going_cold
    assert not nodes[no_period].going_cold


def test_introduction_tree_puts_introducers_first_and_survives_loops(journal: Path) -> None:
    first, second, third = add("First"), add("Second"), add("Third")
    loop_a, loop_b = add("Loop A"), add("Loop B")
    hidden = add("Hidden")
    introduce(second, first)
    introduce(third, second)
    introduce(loop_a, loop_b)
    introduce(loop_b, loop_a)
    introduce(first, hidden)
    move_to_trash([hidden])

    tree = introduction_tree(TODAY)

    parents = dict(tree)
    assert parents == {
        first: None,  # introduced by someone in the trash
        second: first,
        third: second,
        loop_a: None,  # the loop is broken at the person added first
        loop_b: loop_a,
    }
    order = [pid for pid, _parent in tree]
    assert all(order.index(p) < order.index(c) for c, p in tree if p is not None)


def test_introduction_tree_of_someone_who_introduced_themselves(journal: Path) -> None:
    alone = add("Alone")
    introduce(alone, alone)

    assert introduction_tree(TODAY) == [(alone, None)]


def test_demo_journal_has_a_node_per_active_person(journal: Path) -> None:
    from networkjournal.demo import build_demo

    build_demo(seed=1, today=TODAY)

    nodes, edges = network_graph(GraphFilter(), TODAY)

    assert len(nodes) == count_people(PeopleFilter()) > 0
    shown = ids(nodes)
    assert {edge.kind for edge in edges} == set(EdgeKind)
    assert all(edge.source in shown and edge.target in shown for edge in edges)
    assert len(introduction_tree(TODAY)) == len(nodes)
