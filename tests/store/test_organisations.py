"""Organisations and memberships: roles, dates, lists, and undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from networkjournal.store.errors import ValidationError
from networkjournal.store.organisations import (
    ORGANISATION_KINDS,
    MemberData,
    OrganisationData,
    add_membership,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    memberships_for,
    remove_membership,
    restore_organisation,
    update_organisation,
)
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonData, create_person, forget_person, move_to_trash
from networkjournal.store.schema import Membership, Organisation, db


def add(name: str, **fields: Any) -> int:
    return create_person(PersonData(display_name=name, **fields))


def organisation(name: str, kind: str = "other", *members: MemberData) -> int:
    return create_organisation(OrganisationData(name, kind, members=list(members)))


# --- create, read, edit -----------------------------------------------------------------------


def test_an_organisation_round_trips_with_its_members_roles_and_dates(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    data = OrganisationData(
        name="Cardiology Society",
        kind="society",
        notes="Meets on Thursdays",
        members=[
            MemberData(ada, "president", PartialDate(2023, 9), None),
            MemberData(ben, "treasurer", PartialDate(2021), PartialDate(2023, 6, 30)),
        ],
    )
    org = create_organisation(data)
    assert get_organisation(org) == data
    changed = OrganisationData("Hockey club", "team", "", [MemberData(ben)])
    update_organisation(org, changed)
    assert get_organisation(org) == changed
    assert Membership.select().count() == 1


def test_an_organisation_is_stored_with_name_and_roles_tidied(journal: Path) -> None:
    ada = add("Ada Okafor")
    org = organisation("  Cardiology   Society ", "society", MemberData(ada, " vice  president "))
    data = get_organisation(org)
    assert (data.name, data.members[0].role) == ("Cardiology Society", "vice president")


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (OrganisationData(" "), "name", "an organisation needs a name"),
        (OrganisationData("Club", "pub"), "kind", "'pub' is not a kind of organisation"),
        (OrganisationData("Club", members=[MemberData(404)]), "members[0]", "no such person"),
    ],
)
def test_an_organisation_the_journal_cannot_keep_is_refused(
    journal: Path, data: OrganisationData, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        create_organisation(data)
    assert refused.value.field == field
    assert message in refused.value.message
    assert Organisation.select().count() == 0


def test_a_member_listed_twice_is_refused_by_name(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    with pytest.raises(ValidationError) as refused:
        organisation("Club", "other", MemberData(ada), MemberData(ben), MemberData(ada, "captain"))
    assert refused.value.field == "members[2]"
    assert refused.value.message == "Ada Okafor is listed twice"


def test_a_membership_that_ends_before_it_starts_is_refused(journal: Path) -> None:
    ada = add("Ada Okafor")
    late = MemberData(ada, "", PartialDate(2024, 9), PartialDate(2024, 8))
    with pytest.raises(ValidationError) as refused:
        organisation("Club", "other", late)
    assert refused.value.field == "members[0]"
    assert "ends before it starts" in refused.value.message
    org = organisation("Club")
    with pytest.raises(ValidationError) as refused:
        add_membership(org, late)
    assert refused.value.field == "until"
    assert "ends before it starts" in refused.value.message
    # Within the same year either could be later.
    add_membership(org, MemberData(ada, "", PartialDate(2024, 9), PartialDate(2024)))


def test_every_kind_has_a_label() -> None:
    assert ORGANISATION_KINDS["team"] == "Sports team"
    assert "other" in ORGANISATION_KINDS


def test_a_missing_organisation_cannot_be_read_edited_or_deleted(journal: Path) -> None:
    with pytest.raises(LookupError):
        get_organisation(3)
    with pytest.raises(LookupError):
        update_organisation(3, OrganisationData("Club"))
    with pytest.raises(LookupError):
        delete_organisation(3)
    with pytest.raises(LookupError):
        add_membership(3, MemberData(add("Ada Okafor")))


# --- delete and undo --------------------------------------------------------------------------


def test_a_deleted_organisation_comes_back_with_its_id_members_and_creation_time(
    journal: Path,
) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    org = organisation(
        "Cardiology Society",
        "society",
        MemberData(ada, "president", PartialDate(2023, 9)),
        MemberData(ben, "member", PartialDate(2020), PartialDate(2022, 7)),
    )
    db.execute_sql("UPDATE organisation SET created_at = '2020-02-02 02:02:02'")
    before = (get_organisation(org), list_organisations(), memberships_for(ben))
    created = db.execute_sql("SELECT created_at FROM organisation").fetchone()
    snapshot = delete_organisation(org)
    assert Organisation.select().count() == Membership.select().count() == 0
    assert memberships_for(ben) == []
    restore_organisation(snapshot)
    assert (get_organisation(org), list_organisations(), memberships_for(ben)) == before
    assert db.execute_sql("SELECT created_at FROM organisation").fetchone() == created


def test_restoring_an_organisation_leaves_out_members_forgotten_meanwhile(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    org = organisation("Club", "other", MemberData(ada), MemberData(ben, "captain"))
    snapshot = delete_organisation(org)
    forget_person(ada)
    restore_organisation(snapshot)
    assert get_organisation(org).members == [MemberData(ben, "captain")]


# --- lists ------------------------------------------------------------------------------------


def test_organisations_are_listed_by_folded_name_counting_members_outside_the_trash(
    journal: Path,
) -> None:
    ada, ben, cy = add("Ada Okafor"), add("Ben Hale"), add("Cy Twombly")
    organisation("zoology society", "society", MemberData(ada))
    organisation("Éire club", "other", MemberData(ada), MemberData(ben), MemberData(cy))
    organisation("Anatomy", "department")
    move_to_trash([cy])
    rows = list_organisations()
    assert [(row.name, row.kind, row.members) for row in rows] == [
        ("Anatomy", "department", 0),
        ("Éire club", "other", 2),
        ("zoology society", "society", 1),
    ]


def test_memberships_are_listed_current_first_then_latest_joined(journal: Path) -> None:
    ada = add("Ada Okafor")
    for name, since, until in [
        ("Old club", PartialDate(2015), PartialDate(2016)),
        ("Left recently", PartialDate(2019), PartialDate(2023)),
        ("Current old", PartialDate(2018, 9), None),
        ("Current new", PartialDate(2023, 1, 5), None),
        ("Current undated", None, None),
    ]:
        organisation(name, "other", MemberData(ada, "member", since, until))
    organisation("Not hers", "other", MemberData(add("Ben Hale")))
    rows = memberships_for(ada)
    assert [row.organisation_name for row in rows] == [
        "Current new",
        "Current old",
        "Current undated",
        "Left recently",
        "Old club",
    ]
    assert rows[0].since == PartialDate(2023, 1, 5)
    assert rows[0].role == "member"
    assert rows[3].until == PartialDate(2023)


# --- one membership at a time -----------------------------------------------------------------


def test_adding_and_removing_a_membership(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    org = organisation("Hockey club", "team", MemberData(ben, "captain"))
    member = MemberData(ada, " goal keeper ", PartialDate(2022, 10))
    add_membership(org, member)
    assert get_organisation(org).members == [
        MemberData(ben, "captain"),
        MemberData(ada, "goal keeper", PartialDate(2022, 10)),
    ]
    assert remove_membership(org, ada) == MemberData(ada, "goal keeper", PartialDate(2022, 10))
    assert remove_membership(org, ada) is None
    assert get_organisation(org).members == [MemberData(ben, "captain")]


def test_joining_an_organisation_twice_is_refused(journal: Path) -> None:
    ada = add("Ada Okafor")
    org = organisation("Hockey club", "team", MemberData(ada))
    with pytest.raises(ValidationError) as refused:
        add_membership(org, MemberData(ada, "captain"))
    assert refused.value.field == "person_id"
    assert refused.value.message == "Ada Okafor is already a member of Hockey club"
    assert Membership.select().count() == 1
