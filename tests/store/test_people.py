"""People: create, edit, archive, trash, restore and forget — each one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from peewee import DoesNotExist, IntegrityError

from networkjournal.store.db import close_journal, open_journal
from networkjournal.store.errors import ValidationError
from networkjournal.store.networks import network_order, reorder_networks
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import (
    ContactMethodData,
    NetworkRole,
    PersonData,
    create_person,
    empty_trash,
    forget_person,
    get_person,
    move_to_trash,
    person_names,
    restore_from_trash,
    restore_person,
    set_archived,
    set_trashed_at,
    snapshot_person,
    trashed_at,
    trashed_ids,
    update_person,
    validate_person,
)
from networkjournal.store.schema import ContactMethod, Person, PersonNetwork, db
from networkjournal.store.text import fold

PHOTO = bytes(range(256)) * 4 + b"\x00\xff\x00 end"


def full_person(social: int, academic: int, introduced_by: int | None = None) -> PersonData:
    """A person with every field of PersonData set to something that is not its default."""
    return PersonData(
        given_name="Samuel",
        family_name="Okafor",
        display_name="Dr Sam Okafor",
        nickname="Sam",
        pronouns="he/him",
        headline="Anatomy demonstrator",
        photo=PHOTO,
        birthday=PartialDate(None, 2, 29),
        met_on=PartialDate(2019, 9),
        met_at="Dissection room 3",
        how_met="He ran the Thursday session",
        introduced_by_id=introduced_by,
        closeness=4,
        knows_me=2,
        keep_in_touch_days=45,
        is_referee=True,
        referee_note="Saw my QIP poster",
        notes="Interested in **surgical** training.\nSecond line.",
        networks=[NetworkRole(social, "flatmate"), NetworkRole(academic, "demonstrator")],
        contacts=[
            ContactMethodData("email", "Sam.Okafor@Example.AC.UK", "work", True),
            ContactMethodData("linkedin", "uk.linkedin.com/in/sam-okafor/", "", False),
            ContactMethodData("phone", " +44 7700  900123 ", "mobile", False),
        ],
    )


def ids_by_name() -> dict[str, int]:
    return dict(
        zip(["Social", "Personal support", "Academic support"], network_order(), strict=True)
    )


def person_count() -> int:
    return int(Person.select().count())


# --- create / get / update -------------------------------------------------------------


def test_every_field_round_trips_through_create_and_get(journal: Path) -> None:
    nets = ids_by_name()
    introducer = create_person(PersonData(given_name="Priya"))
    data = full_person(nets["Social"], nets["Academic support"], introduced_by=introducer)
    pid = create_person(data)
    stored = get_person(pid)

    for field in dataclasses.fields(PersonData):
        if field.name not in ("contacts", "networks"):
            assert getattr(stored, field.name) == getattr(data, field.name), field.name
    assert stored.photo == PHOTO
    assert isinstance(stored.photo, bytes)
    assert stored.birthday == PartialDate(None, 2, 29)
    assert stored.birthday is not None and not stored.birthday.has_year
    assert stored.is_referee is True
    assert stored.networks == [
        NetworkRole(nets["Social"], "flatmate"),
        NetworkRole(nets["Academic support"], "demonstrator"),
    ]
    assert stored.contacts == [
        ContactMethodData("email", "Sam.Okafor@example.ac.uk", "work", True),
        ContactMethodData("linkedin", "https://www.linkedin.com/in/sam-okafor", "", False),
        ContactMethodData("phone", "+44 7700 900123", "mobile", False),
    ]
    assert [c.preferred for c in stored.contacts] == [True, False, False]
    assert all(type(c.preferred) is bool for c in stored.contacts)


def test_round_trip_survives_closing_and_reopening_the_journal(journal: Path) -> None:
    nets = ids_by_name()
    pid = create_person(full_person(nets["Social"], nets["Academic support"]))
    before = get_person(pid)
    close_journal()
    open_journal(journal)
    assert get_person(pid) == before


def test_update_replaces_every_field_contacts_and_networks(journal: Path) -> None:
    nets = ids_by_name()
    pid = create_person(full_person(nets["Social"], nets["Academic support"]))
    new = PersonData(
        given_name="Samuel",
        family_name="Okafor-Jones",
        headline="FY1 doctor",
        birthday=PartialDate(1998, 2, 28),
        closeness=5,
        knows_me=3,
        networks=[NetworkRole(nets["Personal support"], "  close   friend ")],
        contacts=[ContactMethodData("x", "@samokafor")],
    )
    update_person(pid, new)
    stored = get_person(pid)
    assert stored.display_name == "Samuel Okafor-Jones"
    assert stored.nickname == "" and stored.photo is None and stored.met_on is None
    assert stored.introduced_by_id is None and stored.keep_in_touch_days is None
    assert stored.birthday == PartialDate(1998, 2, 28)
    assert stored.networks == [NetworkRole(nets["Personal support"], "close friend")]
    assert stored.contacts == [ContactMethodData("x", "https://x.com/samokafor")]
    assert ContactMethod.select().where(ContactMethod.person == pid).count() == 1
    assert PersonNetwork.select().where(PersonNetwork.person == pid).count() == 1


def test_update_moves_updated_at_forward_and_keeps_created_at(journal: Path) -> None:
    pid = create_person(PersonData(given_name="Ada"))
    old = dt.datetime(2020, 1, 1, 9, 0, 0)
    Person.update(created_at=old, updated_at=old).where(Person.id == pid).execute()
    update_person(pid, PersonData(given_name="Ada", family_name="Lovelace"))
    person = Person.get_by_id(pid)
    assert person.created_at == old
    assert person.updated_at > old


def test_names_are_trimmed_and_inner_spaces_collapsed(journal: Path) -> None:
    pid = create_person(
        PersonData(given_name="  Mary  Anne ", family_name=" Smith ", headline=" FY2   doctor ")
    )
    stored = get_person(pid)
    assert (stored.given_name, stored.family_name, stored.display_name) == (
        "Mary Anne",
        "Smith",
        "Mary Anne Smith",
    )
    assert stored.headline == "FY2 doctor"


def test_notes_keep_their_line_breaks_and_spacing(journal: Path) -> None:
    notes = "  - point one\n\n    indented code\n"
    pid = create_person(PersonData(given_name="Ada", notes=notes))
    assert get_person(pid).notes == notes


def test_contacts_keep_their_order(journal: Path) -> None:
    emails = [f"person{i}@example.org" for i in (3, 1, 2, 0)]
    pid = create_person(
        PersonData(given_name="Ada", contacts=[ContactMethodData("email", e) for e in emails])
    )
    assert [c.value for c in get_person(pid).contacts] == emails


def test_networks_come_back_in_the_users_network_order(journal: Path) -> None:
    nets = ids_by_name()
    pid = create_person(
        PersonData(
            given_name="Ada",
            networks=[NetworkRole(nets["Academic support"]), NetworkRole(nets["Social"])],
        )
    )
    assert [n.network_id for n in get_person(pid).networks] == [
        nets["Social"],
        nets["Academic support"],
    ]
    reorder_networks([nets["Academic support"], nets["Personal support"], nets["Social"]])
    assert [n.network_id for n in get_person(pid).networks] == [
        nets["Academic support"],
        nets["Social"],
    ]


def test_the_same_network_twice_is_stored_once_with_the_first_role(journal: Path) -> None:
    social = ids_by_name()["Social"]
    pid = create_person(
        PersonData(
            given_name="Ada",
            networks=[NetworkRole(social, "flatmate"), NetworkRole(social, "teammate")],
        )
    )
    assert get_person(pid).networks == [NetworkRole(social, "flatmate")]


def test_get_person_of_unknown_id_raises(journal: Path) -> None:
    with pytest.raises(DoesNotExist):
        get_person(12345)


# --- display name -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PersonData(given_name="Inês", family_name="Ødegård"), "Inês Ødegård"),
        (PersonData(given_name="Inês"), "Inês"),
        (PersonData(family_name="Ødegård"), "Ødegård"),
        (PersonData(nickname="  Nessie "), "Nessie"),
        (PersonData(given_name="Inês", nickname="Nessie"), "Inês"),
        (PersonData(display_name=" Prof.  I. Ødegård ", given_name="Inês"), "Prof. I. Ødegård"),
        (PersonData(display_name="   ", given_name="Inês", family_name="O"), "Inês O"),
    ],
)
def test_display_name_is_derived_from_given_family_or_nickname(
    journal: Path, data: PersonData, expected: str
) -> None:
    pid = create_person(data)
    assert get_person(pid).display_name == expected
    assert Person.get_by_id(pid).sort_name == fold(expected)


def test_sort_name_is_the_folded_display_name(journal: Path) -> None:
    pid = create_person(PersonData(given_name="ÍÑÊS", family_name="Ødegård"))
    assert Person.get_by_id(pid).sort_name == "ines odegard"
    update_person(pid, PersonData(given_name="Zoë"))
    assert Person.get_by_id(pid).sort_name == "zoe"


# --- validation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonData(), "display_name"),
        (PersonData(given_name="   ", family_name="\t", nickname=" \n "), "display_name"),
        (PersonData(given_name="Ada", closeness=0), "closeness"),
        (PersonData(given_name="Ada", closeness=6), "closeness"),
        (PersonData(given_name="Ada", knows_me=-1), "knows_me"),
        (PersonData(given_name="Ada", knows_me=4), "knows_me"),
        (PersonData(given_name="Ada", keep_in_touch_days=0), "keep_in_touch_days"),
        (PersonData(given_name="Ada", keep_in_touch_days=-7), "keep_in_touch_days"),
        (
            PersonData(
                given_name="Ada",
                contacts=[
                    ContactMethodData("email", "ada@example.org"),
                    ContactMethodData("email", "not an email"),
                ],
            ),
            "contacts[1]",
        ),
        (PersonData(given_name="Ada", contacts=[ContactMethodData("fax", "123")]), "contacts[0]"),
        (PersonData(given_name="Ada", contacts=[ContactMethodData("phone", " ")]), "contacts[0]"),
    ],
)
def test_invalid_person_is_refused_naming_the_field_and_nothing_is_stored(
    journal: Path, data: PersonData, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_person(data)
    assert caught.value.field == field
    assert caught.value.message
    assert str(caught.value) == caught.value.message
    assert person_count() == 0


def test_bad_email_message_is_kept_under_the_contact_field(journal: Path) -> None:
    data = PersonData(given_name="Ada", contacts=[ContactMethodData("email", "ada@nowhere")])
    with pytest.raises(ValidationError, match="email address") as caught:
        create_person(data)
    assert caught.value.field == "contacts[0]"
    assert "ada@nowhere" in caught.value.message


def test_closeness_limits_one_and_five_are_accepted(journal: Path) -> None:
    for closeness in (1, 5):
        pid = create_person(PersonData(given_name="Ada", closeness=closeness))
        assert get_person(pid).closeness == closeness


def test_person_cannot_be_introduced_by_themselves(journal: Path) -> None:
    pid = create_person(PersonData(given_name="Ada", headline="Tutor"))
    with pytest.raises(ValidationError) as caught:
        update_person(pid, PersonData(given_name="Ada", introduced_by_id=pid))
    assert caught.value.field == "introduced_by_id"
    assert get_person(pid).headline == "Tutor"


def test_failed_update_leaves_the_old_data(journal: Path) -> None:
    nets = ids_by_name()
    pid = create_person(full_person(nets["Social"], nets["Academic support"]))
    before = get_person(pid)
    with pytest.raises(ValidationError):
        update_person(pid, PersonData(given_name="Changed", closeness=9))
    assert get_person(pid) == before


def test_update_that_fails_on_a_foreign_key_leaves_the_old_data(journal: Path) -> None:
    nets = ids_by_name()
    pid = create_person(full_person(nets["Social"], nets["Academic support"]))
    before = get_person(pid)
    changed = dataclasses.replace(
        before,
        given_name="Changed",
        display_name="",
        networks=[NetworkRole(9999, "ghost")],
        contacts=[ContactMethodData("email", "new@example.org")],
    )
    with pytest.raises(IntegrityError):
        update_person(pid, changed)
    assert get_person(pid) == before
    assert Person.get_by_id(pid).sort_name == "dr sam okafor"


def test_create_with_an_unknown_network_leaves_no_person_behind(journal: Path) -> None:
    data = PersonData(
        given_name="Ghost",
        networks=[NetworkRole(ids_by_name()["Social"]), NetworkRole(9999)],
        contacts=[ContactMethodData("email", "ghost@example.org")],
    )
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        create_person(data)
    assert person_count() == 0
    assert ContactMethod.select().count() == 0
    assert PersonNetwork.select().count() == 0
    assert db.execute_sql("SELECT COUNT(*) FROM search_index").fetchone()[0] == 0


def test_create_introduced_by_an_unknown_person_is_refused(journal: Path) -> None:
    with pytest.raises(IntegrityError):
        create_person(PersonData(given_name="Ada", introduced_by_id=777))
    assert person_count() == 0


def test_validate_person_does_not_change_what_it_was_given(journal: Path) -> None:
    nets = ids_by_name()
    data = full_person(nets["Social"], nets["Academic support"])
    copy = dataclasses.replace(data, contacts=list(data.contacts), networks=list(data.networks))
    validate_person(data)
    assert data == copy


def test_forgetting_the_introducer_keeps_the_person_they_introduced(journal: Path) -> None:
    introducer = create_person(PersonData(given_name="Priya"))
    pid = create_person(PersonData(given_name="Ada", introduced_by_id=introducer))
    forget_person(introducer)
    assert get_person(pid).introduced_by_id is None


# --- archive and trash -------------------------------------------------------------------


def test_archive_and_unarchive(journal: Path) -> None:
    a = create_person(PersonData(given_name="Ada"))
    b = create_person(PersonData(given_name="Ben"))
    set_archived([a], True)
    assert (Person.get_by_id(a).archived, Person.get_by_id(b).archived) == (True, False)
    set_archived([a, b], False)
    assert (Person.get_by_id(a).archived, Person.get_by_id(b).archived) == (False, False)


def test_move_to_trash_then_set_trashed_at_restores_exactly(journal: Path) -> None:
    a = create_person(PersonData(given_name="Ada"))
    b = create_person(PersonData(given_name="Ben"))
    earlier = dt.datetime(2023, 5, 1, 12, 30, 15)
    Person.update(deleted_at=earlier).where(Person.id == b).execute()

    before = move_to_trash([a, b])
    assert before == {a: None, b: earlier}
    assert Person.get_by_id(a).deleted_at is not None
    assert Person.get_by_id(b).deleted_at == earlier  # already in the trash: time kept

    set_trashed_at(before)
    assert Person.get_by_id(a).deleted_at is None
    assert Person.get_by_id(b).deleted_at == earlier


def test_restore_from_trash_takes_people_out_of_the_trash(journal: Path) -> None:
    a = create_person(PersonData(given_name="Ada"))
    b = create_person(PersonData(given_name="Ben"))
    move_to_trash([a, b])
    restore_from_trash([a])
    assert Person.get_by_id(a).deleted_at is None
    assert Person.get_by_id(b).deleted_at is not None


def test_trash_keeps_contacts_and_networks(journal: Path) -> None:
    nets = ids_by_name()
    pid = create_person(full_person(nets["Social"], nets["Academic support"]))
    before = get_person(pid)
    move_to_trash([pid])
    restore_from_trash([pid])
    assert get_person(pid) == before


def test_trashed_at_and_trashed_ids_say_who_is_in_the_trash_since_when(journal: Path) -> None:
    a = create_person(PersonData(given_name="Ada"))
    b = create_person(PersonData(given_name="Ben"))
    c = create_person(PersonData(given_name="Cy"))
    earlier = dt.datetime(2023, 5, 1, 12, 30, 15)
    Person.update(deleted_at=earlier).where(Person.id == c).execute()
    move_to_trash([b])
    assert sorted(trashed_ids()) == [b, c]
    times = trashed_at([a, b, c, 999])
    assert set(times) == {a, b, c}
    assert times[a] is None and times[c] == earlier
    assert isinstance(times[b], dt.datetime)


def test_empty_trash_forgets_only_people_in_the_trash(journal: Path) -> None:
    keep = create_person(PersonData(given_name="Keep"))
    gone = [create_person(PersonData(given_name=f"Gone {i}")) for i in range(3)]
    move_to_trash(gone)
    assert empty_trash() == 3
    assert person_names() == {keep: "Keep"}
    assert empty_trash() == 0


def test_person_names_of_some_or_all_people(journal: Path) -> None:
    a = create_person(PersonData(given_name="Ada"))
    b = create_person(PersonData(given_name="Ben"))
    assert person_names() == {a: "Ada", b: "Ben"}
    assert person_names([b]) == {b: "Ben"}
    assert person_names([]) == {}


# --- snapshots and forgetting --------------------------------------------------------------


def test_restore_person_brings_back_a_forgotten_person_under_the_same_id(journal: Path) -> None:
    nets = ids_by_name()
    pid = create_person(full_person(nets["Social"], nets["Academic support"]))
    Person.update(uid="vcard-uid-1", extra='{"X-FOO": "bar"}', archived=True).where(
        Person.id == pid
    ).execute()
    snapshot = snapshot_person(pid)
    forget_person(pid)
    assert person_names() == {}

    restore_person(snapshot)
    assert get_person(pid) == snapshot.data
    assert snapshot_person(pid) == snapshot
    assert len(get_person(pid).contacts) == 3
    assert [n.role for n in get_person(pid).networks] == ["flatmate", "demonstrator"]
    found = db.execute_sql(
        "SELECT rowid / 2 FROM search_index WHERE search_index MATCH '\"okafor\"'"
    ).fetchall()
    assert found == [(pid,)]


def test_restore_person_undoes_an_edit(journal: Path) -> None:
    nets = ids_by_name()
    pid = create_person(full_person(nets["Social"], nets["Academic support"]))
    snapshot = snapshot_person(pid)
    update_person(pid, PersonData(given_name="Someone", family_name="Else"))
    set_archived([pid], True)
    restore_person(snapshot)
    assert snapshot_person(pid) == snapshot


def test_forget_person_removes_the_person_contacts_and_memberships(journal: Path) -> None:
    nets = ids_by_name()
    keep = create_person(full_person(nets["Social"], nets["Academic support"]))
    pid = create_person(full_person(nets["Social"], nets["Academic support"]))
    forget_person(pid)
    assert not Person.select().where(Person.id == pid).exists()
    assert ContactMethod.select().where(ContactMethod.person == pid).count() == 0
    assert PersonNetwork.select().where(PersonNetwork.person == pid).count() == 0
    assert ContactMethod.select().where(ContactMethod.person == keep).count() == 3
    assert PersonNetwork.select().where(PersonNetwork.person == keep).count() == 2


def test_forget_person_removes_them_from_search_index(journal: Path) -> None:
    keep = create_person(PersonData(given_name="Anna", family_name="Keeper"))
    pid = create_person(
        PersonData(
            given_name="Zebedee",
            family_name="Quixotic",
            nickname="Zeb",
            headline="Xylophonist",
            notes="secretword",
        )
    )
    forget_person(pid)
    rows = db.execute_sql("SELECT rowid FROM search_index").fetchall()
    assert rows == [(keep * 2,)]  # people are the even rows of the index
    for word in ("zebedee", "quixotic", "xylophonist", "secretword"):
        assert (
            db.execute_sql(
                "SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?", (f'"{word}"',)
            ).fetchone()[0]
            == 0
        )
    # No trace left in the index's own storage either (deleted terms linger in
    # full-text segments until they are merged).
    stored = b""
    for table in ("data", "idx", "content", "docsize"):
        for row in db.execute_sql(f"SELECT * FROM search_index_{table}").fetchall():
            stored += repr(row).encode()
    for trace in (b"zebedee", b"Zebedee", b"quixotic", b"secretword", b"xylophonist"):
        assert trace not in stored, trace


def test_forget_person_in_the_trash_then_empty_trash_still_counts_right(journal: Path) -> None:
    pid = create_person(PersonData(given_name="Ada"))
    move_to_trash([pid])
    forget_person(pid)
    assert empty_trash() == 0
