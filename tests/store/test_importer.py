"""Importing contacts: who they already are, what a merge adds, and all or nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from networkjournal.store.import_plan import Decision, Match, MatchReason, plan_import
from networkjournal.store.imported import ImportedContact, ParseResult, RecordError
from networkjournal.store.importer import ImportCancelled, apply_import
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import (
    ContactMethodData,
    PersonData,
    create_person,
    get_person,
    move_to_trash,
)
from networkjournal.store.schema import (
    ContactMethod,
    Membership,
    Network,
    Organisation,
    Person,
    PersonNetwork,
    Tag,
    db,
)
from networkjournal.store.search import search
from networkjournal.store.tags import person_tags
from tests.store.test_merge import dump_everything, rows

PHOTO = bytes(range(256)) * 3


def card(name: str = "", line: int = 1, **fields: Any) -> ImportedContact:
    """A record as a reader would hand it over; ``email``/``phone``/``linkedin`` are shortcuts."""
    methods = [
        ContactMethodData(kind, fields.pop(kind))
        for kind in ("email", "phone", "linkedin")
        if kind in fields
    ]
    methods += fields.pop("contacts", [])
    return ImportedContact(
        source="contacts.vcf", line=line, display_name=name, contacts=methods, **fields
    )


def file_of(*cards: ImportedContact, errors: list[RecordError] | None = None) -> ParseResult:
    return ParseResult(list(cards), errors or [])


def add(name: str, **fields: Any) -> int:
    return create_person(PersonData(display_name=name, **fields))


def people() -> int:
    return int(Person.select().count())


# --- matching --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "imported", "reason"),
    [
        (
            ContactMethodData("email", "amara.osei@nhs.net"),
            {"email": "Amara.Osei@NHS.NET"},
            "email",
        ),
        (ContactMethodData("phone", "07700 900123"), {"phone": "+44 7700 900 123"}, "phone"),
        (ContactMethodData("whatsapp", "+44 7700 900123"), {"phone": "07700900123"}, "phone"),
        (
            ContactMethodData("linkedin", "amara-osei"),
            {"linkedin": "https://uk.linkedin.com/in/Amara-Osei/?trk=x"},
            "linkedin",
        ),
        (
            ContactMethodData("linkedin", "amara-osei"),
            {"contacts": [ContactMethodData("website", "linkedin.com/in/amara-osei")]},
            "linkedin",
        ),
    ],
)
def test_a_shared_address_number_or_profile_is_a_sure_match(
    journal: Path, stored: ContactMethodData, imported: dict[str, Any], reason: str
) -> None:
    add("Someone Else", contacts=[ContactMethodData("email", "else@example.org")])
    amara = add("Amara Osei", contacts=[stored])

    plan = plan_import(file_of(card("A. Osei (work)", **imported)))

    assert [(m.person_id, m.sure, m.reason) for m in plan.matches] == [(amara, True, reason)]


def test_the_same_uid_is_a_sure_match_and_beats_an_address_of_someone_else(journal: Path) -> None:
    add("Shared Inbox", contacts=[ContactMethodData("email", "family@example.org")])
    ben = add("Ben Carter")
    Person.update(uid="urn:uuid:B3N").where(Person.id == ben).execute()

    plan = plan_import(file_of(card("Benjamin", uid="urn:uuid:b3n", email="family@example.org")))

    assert plan.matches == [Match(0, ben, True, MatchReason.UID, "urn:uuid:b3n")]


def test_the_same_name_is_only_a_suggestion_and_a_new_person_by_default(journal: Path) -> None:
    existing = add("Inês Ødegård", headline="Physio")

    plan = plan_import(file_of(card("ines odegard", email="ines@example.org")))
    summary = apply_import(plan)

    assert [(m.person_id, m.sure, m.reason) for m in plan.matches] == [(existing, False, "name")]
    assert len(summary.created) == 1 and summary.merged == []
    assert get_person(existing).contacts == []  # the suggestion was not merged into


@pytest.mark.parametrize(
    "imported",
    ["Bloggs, Jo", "Dr Jo Bloggs", "Jo Blogs", "Joe Bloggs", "Jo-Bloggs", "Anne Jo Bloggs"],
)
def test_a_very_close_name_is_suggested(journal: Path, imported: str) -> None:
    jo = add("Jo Bloggs") if imported != "Anne Jo Bloggs" else add("Jo Anne Bloggs")
    add("Someone Else")

    plan = plan_import(file_of(card(imported)))

    assert [(m.person_id, m.sure) for m in plan.matches] == [(jo, False)]
    assert plan.matches[0].reason in ("name", "close name")


@pytest.mark.parametrize(
    ("stored", "imported"), [("Ann Lee", "Ann Lea"), ("Jo Bloggs", "Jo Smith")]
)
def test_a_different_name_is_not_suggested(journal: Path, stored: str, imported: str) -> None:
    add(stored)
    assert plan_import(file_of(card(imported))).matches == []


def test_people_in_the_trash_are_not_matched_and_their_uid_is_not_reused(journal: Path) -> None:
    gone = add("Old Friend", contacts=[ContactMethodData("email", "old@example.org")])
    Person.update(uid="uid-1").where(Person.id == gone).execute()
    move_to_trash([gone])

    plan = plan_import(file_of(card("Old Friend", uid="uid-1", email="old@example.org")))
    summary = apply_import(plan)

    assert plan.matches == []
    (new,) = summary.created
    assert Person.get_by_id(new).uid is None


def test_planning_writes_nothing(journal: Path) -> None:
    add("Amara Osei", contacts=[ContactMethodData("email", "amara@example.org")])
    before = dump_everything()
    plan_import(file_of(card("Amara", email="amara@example.org"), card("New Person")))
    assert dump_everything() == before


# --- creating and merging --------------------------------------------------------------------


def rich_card(**overrides: Any) -> ImportedContact:
    fields: dict[str, Any] = {
        "uid": "urn:uuid:5f1c",
        "given_name": "Amara",
        "family_name": "Osei",
        "nickname": "Mara",
        "headline": "Anatomy demonstrator",
        "organisation": "UCL Medical School",
        "birthday": PartialDate(None, 12, 21),
        "notes": "Runs the Tuesday prosection sessions.",
        "photo": PHOTO,
        "contacts": [
            ContactMethodData("email", "amara@example.org", "home"),
            ContactMethodData("phone", "07700 900123", "cell", preferred=True),
            ContactMethodData("x", "not a handle!"),
        ],
        "categories": ["Anatomy", "Referee?"],
        "extra": ["X-SKYPE:amara.o", "X-ABUID:1234"],
    }
    fields.update(overrides)
    return card("Amara Osei", line=fields.pop("line", 1), **fields)


def test_a_new_person_gets_everything_the_record_holds(journal: Path) -> None:
    summary = apply_import(plan_import(file_of(rich_card())))

    (pid,) = summary.created
    person = Person.get_by_id(pid)
    assert (person.display_name, person.given_name, person.nickname) == (
        "Amara Osei",
        "Amara",
        "Mara",
    )
    assert person.uid == "urn:uuid:5f1c"
    assert person.headline == "Anatomy demonstrator"
    assert person.birthday == PartialDate(None, 12, 21)  # the year stays unknown
    assert person.photo == PHOTO  # the very bytes
    assert person.notes == "Runs the Tuesday prosection sessions."
    assert json.loads(person.extra) == ["X-SKYPE:amara.o", "X-ABUID:1234"]
    assert [(c.kind, c.value, c.label, c.preferred) for c in get_person(pid).contacts] == [
        ("email", "amara@example.org", "home", False),
        ("phone", "07700 900123", "cell", True),
        ("other", "not a handle!", "", False),  # refused as a handle, kept all the same
    ]
    assert person_tags(pid) == ["Anatomy", "Referee?"]
    (membership,) = Membership.select().where(Membership.person == pid)
    assert (membership.organisation.name, membership.role) == (
        "UCL Medical School",
        "Anatomy demonstrator",
    )
    assert [hit.id for hit in search("prosection")] == [pid]


def test_a_merge_fills_empty_fields_and_adds_what_is_missing_but_overwrites_nothing(
    journal: Path,
) -> None:
    ucl = Organisation.create(name="ucl medical school")
    amara = add(
        "Amara O.",
        headline="FY1 doctor",
        notes="Met at the anatomy society social.",
        contacts=[ContactMethodData("email", "AMARA@example.org")],
    )
    Membership.create(person=amara, organisation=ucl, role="alumna")
    Tag.create(name="anatomy")

    plan = plan_import(file_of(rich_card()))
    summary = apply_import(plan)

    assert plan.matches[0].reason == "email"
    assert summary.merged == [amara] and summary.created == [] and people() == 1
    person = Person.get_by_id(amara)
    assert person.display_name == "Amara O."
    assert person.headline == "FY1 doctor"  # typed by the user: kept
    assert (person.given_name, person.family_name, person.nickname) == ("Amara", "Osei", "Mara")
    assert person.notes == (
        "Met at the anatomy society social.\n\nRuns the Tuesday prosection sessions."
    )
    assert person.photo == PHOTO and person.uid == "urn:uuid:5f1c"
    assert [c.value for c in get_person(amara).contacts] == [
        "AMARA@example.org",
        "07700 900123",
        "not a handle!",
    ]
    assert person_tags(amara) == ["anatomy", "Referee?"]  # the existing tag, whatever its case
    assert rows("SELECT organisation_id, role FROM membership") == [(ucl.id, "alumna")]
    assert Organisation.select().count() == 1


def test_a_birthday_without_a_year_gains_one_but_a_different_birthday_is_kept(
    journal: Path,
) -> None:
    a = add(
        "Ada", birthday=PartialDate(None, 3, 4), contacts=[ContactMethodData("email", "a@x.org")]
    )
    b = add(
        "Bea", birthday=PartialDate(1990, 3, 4), contacts=[ContactMethodData("email", "b@x.org")]
    )

    apply_import(
        plan_import(
            file_of(
                card("Ada", email="a@x.org", birthday=PartialDate(1999, 3, 4)),
                card("Bea", email="b@x.org", birthday=PartialDate(1991, 3, 4)),
            )
        )
    )

    assert Person.get_by_id(a).birthday == PartialDate(1999, 3, 4)
    assert Person.get_by_id(b).birthday == PartialDate(1990, 3, 4)


def test_categories_can_become_networks_created_when_missing(journal: Path) -> None:
    summary = apply_import(
        plan_import(file_of(card("Tom Reyes", categories=["social", "Climbing club"]))),
        categories_as="networks",
    )

    (pid,) = summary.created
    names = {pn.network.name for pn in PersonNetwork.select().where(PersonNetwork.person == pid)}
    assert names == {"Social", "Climbing club"}
    assert Network.select().count() == 4
    assert Tag.select().count() == 0


def test_unknown_properties_merge_without_repeats(journal: Path) -> None:
    pid = add("Ada", contacts=[ContactMethodData("email", "a@x.org")])
    Person.update(extra=json.dumps(["X-SKYPE:ada"])).where(Person.id == pid).execute()

    apply_import(
        plan_import(file_of(card("Ada", email="a@x.org", extra=["X-SKYPE:ada", "X-ICQ:1"])))
    )

    assert json.loads(Person.get_by_id(pid).extra) == ["X-SKYPE:ada", "X-ICQ:1"]


def test_related_people_are_linked_by_name_and_the_rest_kept_for_export(journal: Path) -> None:
    summary = apply_import(
        plan_import(
            file_of(
                card(
                    "Jo Bloggs", line=1, related=[("friend", "Tom Reyes"), ("spouse", "Sam Hale")]
                ),
                card("Tom Reyes", line=9),
            )
        )
    )

    jo, tom = summary.created
    assert rows("SELECT person_a_id, person_b_id, kind FROM relationship") == [(jo, tom, "friend")]
    assert json.loads(Person.get_by_id(jo).extra) == ["RELATED;VALUE=text;TYPE=spouse:Sam Hale"]


# --- decisions -------------------------------------------------------------------------------


def test_decisions_can_merge_a_suggestion_skip_a_record_or_keep_both(journal: Path) -> None:
    jo = add("Jo Bloggs")
    sam = add("Sam Hale", contacts=[ContactMethodData("email", "sam@x.org")])
    plan = plan_import(
        file_of(
            card("Jo Bloggs", email="jo@x.org"),
            card("Sam Hale", email="sam@x.org", phone="07700 900555"),
            card("Skip Me"),
        )
    )

    summary = apply_import(plan, {0: Decision.MERGE, 1: Decision.CREATE, 2: Decision.SKIP})

    assert summary.merged == [jo] and summary.skipped == 1
    (new_sam,) = summary.created
    assert new_sam != sam and get_person(sam).contacts[0].value == "sam@x.org"
    assert [c.value for c in get_person(jo).contacts] == ["jo@x.org"]


def test_a_record_can_be_merged_into_a_chosen_person(journal: Path) -> None:
    add("Jo Bloggs")
    other_jo = add("Jo Bloggs")
    plan = plan_import(file_of(card("Jo Bloggs", email="jo@x.org")))

    summary = apply_import(plan, {0: Decision.MERGE}, targets={0: other_jo})

    assert summary.merged == [other_jo]


# --- within one file -------------------------------------------------------------------------


def test_a_person_repeated_in_one_file_is_merged_into_their_first_record(journal: Path) -> None:
    plan = plan_import(
        file_of(
            card("Amara Osei", line=1, email="amara@example.org"),
            card("Amara", line=8, email="AMARA@example.org", phone="07700 900123"),
            card("Mara O", line=15, phone="+44 7700 900123", headline="Demonstrator"),
        )
    )
    summary = apply_import(plan)

    assert [(m.contact_index, m.person_id, m.same_as, m.reason) for m in plan.matches] == [
        (1, None, 0, "email"),
        (2, None, 0, "phone"),
    ]
    (pid,) = summary.created
    assert summary.merged == [pid, pid] and people() == 1
    assert Person.get_by_id(pid).headline == "Demonstrator"
    assert [c.value for c in get_person(pid).contacts] == ["amara@example.org", "07700 900123"]


def test_a_repeat_in_the_file_of_someone_already_here_merges_into_them(journal: Path) -> None:
    amara = add("Amara Osei", contacts=[ContactMethodData("email", "amara@example.org")])
    plan = plan_import(
        file_of(
            card("Amara Osei", email="amara@example.org", phone="07700 900123"),
            card("Amara", phone="07700 900123", nickname="Mara"),
        )
    )

    assert [(m.person_id, m.reason) for m in plan.matches] == [(amara, "email"), (amara, "phone")]
    assert apply_import(plan).merged == [amara, amara]


# --- all or nothing --------------------------------------------------------------------------


def a_file() -> ParseResult:
    """A file with every kind of record: new, matched, repeated, name only, broken."""
    return file_of(
        rich_card(line=1),
        card("Tom Reyes", line=20, phone="020 7946 0001", related=[("friend", "Amara Osei")]),
        card("Tom R.", line=30, phone="+44 20 7946 0001", categories=["climbing"]),
        card("Name Only", line=40),
        card("Name Only", line=45),
        card("Jo Bloggs", line=50, notes="Different Jo, by the notes."),
        card("Sam Hale", line=60, linkedin="sam-hale", organisation="St Thomas'"),
        card("", line=70, notes="no name at all"),
        errors=[RecordError("contacts.vcf", 80, "the card never ends")],
    )


def test_importing_the_same_file_twice_changes_nothing(journal: Path) -> None:
    add("Jo Bloggs", headline="Registrar")
    add("Sam Hale", headline="Consultant")
    first = apply_import(plan_import(a_file()))
    before = dump_everything()

    second = apply_import(plan_import(a_file()))

    assert len(first.created) == 5 and len(first.merged) == 1 and first.unchanged == 1
    assert (second.created, second.merged, second.skipped) == ([], [], 0)
    assert second.unchanged == 7
    assert [str(e) for e in second.failed] == [
        "contacts.vcf, line 80: the card never ends",
        "contacts.vcf, line 70: a person needs a name",
    ]
    assert dump_everything() == before


def test_every_record_is_counted_once(journal: Path) -> None:
    plan = plan_import(a_file())
    summary = apply_import(plan, {5: Decision.SKIP})
    counted = (
        len(summary.created)
        + len(summary.merged)
        + summary.skipped
        + summary.unchanged
        + len(summary.failed)
    )
    assert counted == len(plan.contacts) + len(plan.errors)
    assert summary.failed[1] == RecordError("contacts.vcf", 70, "a person needs a name")


def test_cancelling_leaves_the_journal_as_it_was(journal: Path) -> None:
    add("Jo Bloggs")
    before = dump_everything()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 5

    with pytest.raises(ImportCancelled):
        apply_import(plan_import(a_file()), progress=progress)

    assert calls == [(n, 8) for n in range(6)]
    assert dump_everything() == before


def test_cancelling_at_the_very_end_still_writes_nothing(journal: Path) -> None:
    before = dump_everything()
    with pytest.raises(ImportCancelled):
        apply_import(plan_import(a_file()), progress=lambda done, total: done < total)
    assert dump_everything() == before


def test_a_dry_run_writes_nothing_and_says_exactly_what_an_import_would_do(journal: Path) -> None:
    add("Sam Hale", headline="Consultant")
    before = dump_everything()

    dry = apply_import(plan_import(a_file()), dry_run=True)

    assert dump_everything() == before
    real = apply_import(plan_import(a_file()))
    assert dry.dry_run and not real.dry_run
    assert (dry.created, dry.merged, dry.unchanged, dry.skipped, dry.failed) == (
        real.created,
        real.merged,
        real.unchanged,
        real.skipped,
        real.failed,
    )
    assert len(real.created) == 5


def test_an_unknown_choice_for_categories_is_refused(journal: Path) -> None:
    with pytest.raises(ValueError):
        apply_import(plan_import(file_of(card("Ada"))), categories_as="groups")


def test_planning_thousands_against_thousands_finds_every_sure_match(
    journal: Path,
) -> None:
    # The full-size check (10,000 records, 20,000 people) is in the report and the
    # benchmarks; this one guards against a per-record scan of the journal.
    rows = [
        {
            "display_name": f"Person {n} Surname{n % 97}",
            "sort_name": f"person {n} surname{n % 97}",
            "given_name": "",
            "family_name": "",
            "nickname": "",
            "pronouns": "",
            "headline": "",
            "met_at": "",
            "how_met": "",
            "knows_me": 0,
            "is_referee": False,
            "referee_note": "",
            "notes": "",
            "extra": "",
            "archived": False,
        }
        for n in range(4000)
    ]
    with db.atomic():
        for start in range(0, len(rows), 500):
            Person.insert_many(rows[start : start + 500]).execute()
        ContactMethod.insert_many(
            [{"person": n + 1, "kind": "email", "value": f"p{n}@example.org"} for n in range(4000)]
        ).execute()
    records = [
        card(f"Persn {n} Surname{n % 97}", email=f"P{n * 2}@example.org") for n in range(2000)
    ]

    plan = plan_import(file_of(*records))  # its speed: tests/benchmarks, not here

    assert sum(m.sure for m in plan.matches) == 2000


def test_a_record_whose_chosen_person_was_deleted_fails_alone(journal: Path) -> None:
    jo = add("Jo Bloggs")
    plan = plan_import(file_of(card("Jo Bloggs", line=3, email="jo@x.org"), card("Tom Reyes")))
    Person.delete_by_id(jo)

    summary = apply_import(plan, {0: Decision.MERGE})

    assert summary.failed == [
        RecordError(
            "contacts.vcf", 3, "the person to merge this record into is no longer in the journal"
        )
    ]
    assert len(summary.created) == 1


def test_patient_identifiers_in_imported_notes_are_found_and_can_be_redacted(
    journal: Path,
) -> None:
    from networkjournal.store.import_plan import patient_findings, redact_patient_identifiers
    from networkjournal.store.patient_guard import IdentifierKind, Strictness

    plan = plan_import(
        file_of(
            card("Ward Note", notes="Bed 4, NHS 943 476 5919, for review"),
            card("Plain Note", notes="Met at the anatomy society"),
        )
    )
    found = patient_findings(plan, Strictness.NORMAL)
    assert list(found) == [0]
    assert [f.kind for f in found[0]] == [IdentifierKind.NHS_NUMBER]
    assert patient_findings(plan, Strictness.OFF) == {}

    redact_patient_identifiers(plan, found)
    apply_import(plan)
    notes = {person.display_name: person.notes for person in Person.select()}
    assert notes["Ward Note"] == "Bed 4, NHS [redacted], for review"
    assert notes["Plain Note"] == "Met at the anatomy society"
