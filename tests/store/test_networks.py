"""Networks: create, rename, recolour, reorder, delete and restore, membership."""

from __future__ import annotations

from pathlib import Path

import pytest

from networkjournal.store.errors import ValidationError
from networkjournal.store.networks import (
    DEFAULT_NETWORKS,
    PALETTE,
    add_people_to_network,
    create_network,
    delete_network,
    list_networks,
    move_network,
    network_order,
    recolour_network,
    remove_people_from_network,
    rename_network,
    reorder_networks,
    restore_network,
    set_network_keep_in_touch,
    snapshot_network,
)
from networkjournal.store.people import (
    NetworkRole,
    PersonData,
    create_person,
    forget_person,
    get_person,
    move_to_trash,
    person_names,
    set_archived,
)
from networkjournal.store.people_list import PeopleFilter, person_ids
from networkjournal.store.schema import Network, PersonNetwork


def by_name() -> dict[str, int]:
    return {n.name: n.id for n in list_networks()}


def info(network_id: int) -> tuple[str, str, int | None, str]:
    n = Network.get_by_id(network_id)
    return n.name, n.colour, n.keep_in_touch_days, n.description


def names_in_order() -> list[str]:
    return [n.name for n in list_networks()]


def person_in(*network_ids: int, name: str = "Ada", role: str = "") -> int:
    return create_person(
        PersonData(given_name=name, networks=[NetworkRole(n, role) for n in network_ids])
    )


# --- create ---------------------------------------------------------------------------


def test_create_network_adds_it_at_the_end_with_its_details(journal: Path) -> None:
    nid = create_network("Rowing club", "#1A2B3C", keep_in_touch_days=14, description="Boat 2")
    assert info(nid) == ("Rowing club", "#1a2b3c", 14, "Boat 2")
    assert names_in_order()[-1] == "Rowing club"
    assert network_order()[-1] == nid


def test_create_network_tidies_spaces_in_the_name(journal: Path) -> None:
    nid = create_network("  Rowing    club ")
    assert info(nid)[0] == "Rowing club"


@pytest.mark.parametrize("name", ["social", "SOCIAL", " Social ", "personal  SUPPORT"])
def test_create_network_refuses_a_name_in_use_ignoring_case(journal: Path, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_network(name)
    assert caught.value.field == "name"
    assert len(list_networks()) == len(DEFAULT_NETWORKS)


def test_create_network_refuses_a_name_in_use_ignoring_non_ascii_case(journal: Path) -> None:
    create_network("Études médicales")
    with pytest.raises(ValidationError) as caught:
        create_network("ÉTUDES MÉDICALES")
    assert caught.value.field == "name"
    assert names_in_order().count("Études médicales") == 1
    assert len(list_networks()) == len(DEFAULT_NETWORKS) + 1


def test_names_differing_only_in_accents_are_different_networks(journal: Path) -> None:
    create_network("Etudes")
    create_network("Études")
    assert {"Etudes", "Études"} <= set(names_in_order())


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_create_network_refuses_an_empty_name(journal: Path, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_network(name)
    assert caught.value.field == "name"
    assert caught.value.message


def test_new_networks_get_distinct_colours_from_the_palette(journal: Path) -> None:
    ids = [create_network(f"Club {i}") for i in range(len(PALETTE))]
    colours = [info(nid)[1] for nid in ids]
    assert set(colours) == set(PALETTE)
    seeded = {colour for _name, colour, _days, _description in DEFAULT_NETWORKS}
    assert not seeded & set(colours)


@pytest.mark.parametrize("colour", ["red", "#fff", "#12345g", "123456", "#1234567", " #123456"])
def test_create_network_refuses_a_bad_colour(journal: Path, colour: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_network("Rowing club", colour)
    assert caught.value.field == "colour"
    assert "Rowing club" not in names_in_order()


# --- rename, recolour, keep in touch ------------------------------------------------------


def test_rename_network_changes_only_its_name(journal: Path) -> None:
    nid = by_name()["Social"]
    before = info(nid)
    rename_network(nid, " Social   life ")
    assert info(nid) == ("Social life", *before[1:])


def test_rename_network_to_its_own_name_in_another_case_is_allowed(journal: Path) -> None:
    nid = by_name()["Social"]
    rename_network(nid, "SOCIAL")
    assert info(nid)[0] == "SOCIAL"


@pytest.mark.parametrize("name", ["academic support", "Personal Support", ""])
def test_rename_network_refuses_a_clash_or_empty_name(journal: Path, name: str) -> None:
    nid = by_name()["Social"]
    with pytest.raises(ValidationError) as caught:
        rename_network(nid, name)
    assert caught.value.field == "name"
    assert info(nid)[0] == "Social"


def test_recolour_network_stores_lower_case_colour(journal: Path) -> None:
    nid = by_name()["Social"]
    recolour_network(nid, "#ABCDEF")
    assert info(nid)[1] == "#abcdef"


@pytest.mark.parametrize("colour", ["", "blue", "#abc", "#abcdeg"])
def test_recolour_network_refuses_a_bad_colour(journal: Path, colour: str) -> None:
    nid = by_name()["Social"]
    with pytest.raises(ValidationError) as caught:
        recolour_network(nid, colour)
    assert caught.value.field == "colour"
    assert info(nid)[1] == "#e07a2f"


def test_set_network_keep_in_touch_sets_and_clears_the_period(journal: Path) -> None:
    nid = by_name()["Social"]
    set_network_keep_in_touch(nid, 7)
    assert info(nid)[2] == 7
    set_network_keep_in_touch(nid, None)
    assert info(nid)[2] is None


@pytest.mark.parametrize("days", [0, -1])
def test_set_network_keep_in_touch_refuses_a_period_under_one_day(journal: Path, days: int) -> None:
    nid = by_name()["Social"]
    with pytest.raises(ValidationError) as caught:
        set_network_keep_in_touch(nid, days)
    assert caught.value.field == "keep_in_touch_days"
    assert info(nid)[2] == 60


# --- order ---------------------------------------------------------------------------------


def test_reorder_networks_puts_them_in_the_given_order(journal: Path) -> None:
    social, support, academic = network_order()
    reorder_networks([academic, social, support])
    assert network_order() == [academic, social, support]
    assert names_in_order() == ["Academic support", "Social", "Personal support"]


@pytest.mark.parametrize("order", [[1, 2], [1, 2, 3, 3], [1, 2, 4], [1, 2, 3, 4], []], ids=repr)
def test_reorder_networks_refuses_anything_but_every_network_once(
    journal: Path, order: list[int]
) -> None:
    before = network_order()
    with pytest.raises(ValueError, match="every network"):
        reorder_networks(order)
    assert network_order() == before


def test_move_network_moves_one_place_and_returns_false_at_either_end(journal: Path) -> None:
    social, support, academic = network_order()
    assert move_network(social, -1) is False
    assert move_network(academic, +1) is False
    assert network_order() == [social, support, academic]
    assert move_network(academic, -1) is True
    assert network_order() == [social, academic, support]
    assert move_network(social, +1) is True
    assert network_order() == [academic, social, support]
    assert move_network(support, -2) is True
    assert network_order() == [support, academic, social]


# --- delete and restore -----------------------------------------------------------------


def test_delete_network_keeps_its_people_in_the_journal(journal: Path) -> None:
    nets = by_name()
    only_social = person_in(nets["Social"], name="Only Social")
    both = person_in(nets["Social"], nets["Academic support"], name="Both")
    delete_network(nets["Social"])
    assert "Social" not in names_in_order()
    assert set(person_names()) == {only_social, both}
    assert set(person_ids(PeopleFilter())) == {only_social, both}
    assert get_person(only_social).networks == []
    assert [n.network_id for n in get_person(both).networks] == [nets["Academic support"]]
    assert PersonNetwork.select().where(PersonNetwork.network == nets["Social"]).count() == 0


def test_restore_network_brings_back_id_place_details_and_members_with_roles(
    journal: Path,
) -> None:
    nets = by_name()
    support = nets["Personal support"]
    set_network_keep_in_touch(support, 21)
    recolour_network(support, "#010203")
    mum = person_in(support, name="Mum", role="mother")
    flatmate = person_in(support, nets["Social"], name="Flatmate", role="flatmate")
    before = snapshot_network(support)
    order_before = network_order()
    details_before = info(support)

    snapshot = delete_network(support)
    assert snapshot == before
    restore_network(snapshot)

    assert network_order() == order_before
    assert info(support) == details_before
    assert Network.get_by_id(support).position == before.position
    roles = {(p, r) for p, r in snapshot_network(support).members}
    assert roles == {(mum, "mother"), (flatmate, "flatmate")}
    assert get_person(mum).networks == [NetworkRole(support, "mother")]


def test_restore_network_skips_members_forgotten_meanwhile(journal: Path) -> None:
    social = by_name()["Social"]
    kept = person_in(social, name="Kept")
    gone = person_in(social, name="Gone")
    snapshot = delete_network(social)
    forget_person(gone)
    restore_network(snapshot)
    assert [p for p, _ in snapshot_network(social).members] == [kept]


def test_restore_network_refuses_when_its_name_was_taken_meanwhile(journal: Path) -> None:
    social = by_name()["Social"]
    snapshot = delete_network(social)
    create_network("SOCIAL")
    with pytest.raises(ValidationError) as caught:
        restore_network(snapshot)
    assert caught.value.field == "name"
    assert names_in_order().count("SOCIAL") == 1
    assert not Network.select().where(Network.id == social).exists()


# --- membership ----------------------------------------------------------------------------


def test_add_people_to_network_returns_only_those_newly_added(journal: Path) -> None:
    social = by_name()["Social"]
    already = person_in(social, name="Already", role="teammate")
    new = person_in(name="New")
    other = person_in(name="Other")
    assert add_people_to_network([already, new, new], social, role="flatmate") == [new]
    assert add_people_to_network([already, new], social) == []
    assert add_people_to_network([other], social) == [other]
    roles = dict(snapshot_network(social).members)
    assert roles == {already: "teammate", new: "flatmate", other: ""}


def test_remove_people_from_network_keeps_them_and_their_other_networks(journal: Path) -> None:
    nets = by_name()
    pid = person_in(nets["Social"], nets["Academic support"])
    remove_people_from_network([pid], nets["Social"])
    assert [n.network_id for n in get_person(pid).networks] == [nets["Academic support"]]
    assert pid in person_names()


def test_list_networks_counts_only_active_people(journal: Path) -> None:
    nets = by_name()
    social, academic = nets["Social"], nets["Academic support"]
    person_in(social, name="Active")
    person_in(social, academic, name="Active Both")
    archived = person_in(social, name="Archived")
    trashed = person_in(social, academic, name="Trashed")
    set_archived([archived], True)
    move_to_trash([trashed])
    counts = {n.name: n.people for n in list_networks()}
    assert counts == {"Social": 2, "Personal support": 0, "Academic support": 1}


def test_list_networks_lists_every_field_in_the_users_order(journal: Path) -> None:
    nid = create_network("Rowing club", "#123456", 10, "Boat 2")
    reorder_networks([nid, *network_order()[:-1]])
    first = list_networks()[0]
    assert (first.id, first.name, first.colour, first.position) == (
        nid,
        "Rowing club",
        "#123456",
        0,
    )
    assert (first.keep_in_touch_days, first.description, first.people) == (10, "Boat 2", 0)
