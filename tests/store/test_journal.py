"""The journal: entries with who was there and their follow-ups, each saved all or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from peewee import DoesNotExist, IntegrityError

from networkjournal.store.errors import ValidationError
from networkjournal.store.journal import (
    KINDS,
    SNIPPET_LENGTH,
    EntryData,
    EntryFilter,
    FollowUpData,
    create_entry,
    default_title,
    entry_count,
    entry_ids,
    entry_rows,
    forget_entry,
    get_entry,
    kind_label,
    restore_entries,
    restore_entry,
    set_entries_trashed_at,
    snapshot_entry,
    timeline,
    trash_entries,
    update_entry,
    validate_entry,
)
from networkjournal.store.networks import network_order
from networkjournal.store.people import (
    ContactMethodData,
    NetworkRole,
    PersonChoice,
    PersonData,
    create_person,
    forget_person,
    get_person,
    move_to_trash,
    person_choices,
    set_archived,
)
from networkjournal.store.people_list import PeopleFilter, SortKey, person_ids, person_rows
from networkjournal.store.schema import FollowUp, Interaction, InteractionPerson, Person, db

AT = dt.datetime(2024, 3, 10, 14, 30)


def add(name: str, **fields: object) -> int:
    """Add a person whose display name is ``name``."""
    return create_person(PersonData(display_name=name, **fields))  # type: ignore[arg-type]


def entry(title: str = "", at: dt.datetime = AT, **fields: object) -> int:
    """Add an entry and return its id."""
    return create_entry(EntryData(occurred_at=at, title=title, **fields)).entry_id  # type: ignore[arg-type]


def counts() -> tuple[int, int, int, int]:
    """How many people, entries, participants and follow-ups are stored."""
    return (
        Person.select().count(),
        Interaction.select().count(),
        InteractionPerson.select().count(),
        FollowUp.select().count(),
    )


def ids(**flt: object) -> list[int]:
    return entry_ids(EntryFilter(**flt))  # type: ignore[arg-type]


# --- create ----------------------------------------------------------------------------------


def test_create_entry_saves_every_field_participants_and_follow_ups(journal: Path) -> None:
    alex, sam = add("Alex Brooks"), add("Sam Patel")
    data = EntryData(
        occurred_at=AT,
        kind="supervision",
        title="Audit supervision",
        location="Library, room 2",
        notes="## Agenda\n\n- data collection",
        template="Supervision meeting",
        participant_ids=[sam, alex],
        follow_ups=[
            FollowUpData("Send the audit proforma", dt.date(2024, 3, 17), alex),
            FollowUpData("Book the next meeting"),
        ],
    )
    saved = create_entry(data)
    assert saved.created_people == {}
    assert len(saved.follow_up_ids) == 2
    stored = get_entry(saved.entry_id)
    expected = dataclasses.replace(
        data,
        follow_ups=[
            dataclasses.replace(f, id=fid)
            for f, fid in zip(data.follow_ups, saved.follow_up_ids, strict=True)
        ],
    )
    assert stored == expected


def test_create_entry_adds_typed_names_as_people_with_given_and_family_split(
    journal: Path,
) -> None:
    known = add("Known Person")
    saved = create_entry(
        EntryData(
            occurred_at=AT,
            kind="coffee",
            participant_ids=[known],
            new_people=["Alex  Brooks", "Mary Ann Smith", "Madonna", "  ", "Alex Brooks"],
        )
    )
    assert list(saved.created_people) == ["Alex Brooks", "Mary Ann Smith", "Madonna"]
    alex = get_person(saved.created_people["Alex Brooks"])
    assert (alex.given_name, alex.family_name, alex.display_name) == (
        "Alex",
        "Brooks",
        "Alex Brooks",
    )
    mary = get_person(saved.created_people["Mary Ann Smith"])
    assert (mary.given_name, mary.family_name) == ("Mary Ann", "Smith")
    madonna = get_person(saved.created_people["Madonna"])
    assert (madonna.given_name, madonna.family_name, madonna.display_name) == (
        "Madonna",
        "",
        "Madonna",
    )
    assert get_entry(saved.entry_id).participant_ids == [
        known,
        *saved.created_people.values(),
    ]


def test_create_entry_with_a_follow_up_about_an_unknown_person_leaves_nothing_behind(
    journal: Path,
) -> None:
    known = add("Known Person")
    before = counts()
    with pytest.raises(IntegrityError):
        create_entry(
            EntryData(
                occurred_at=AT,
                title="Coffee",
                participant_ids=[known],
                new_people=["Alex Brooks"],
                follow_ups=[FollowUpData("Fine"), FollowUpData("Email them", person_id=9999)],
            )
        )
    assert counts() == before
    assert db.execute_sql("SELECT COUNT(*) FROM search_index").fetchone()[0] == 1


def test_create_entry_with_an_unknown_participant_leaves_nothing_behind(journal: Path) -> None:
    before = counts()
    with pytest.raises(IntegrityError):
        create_entry(
            EntryData(
                occurred_at=AT,
                title="Coffee",
                participant_ids=[9999],
                new_people=["Alex Brooks"],
                follow_ups=[FollowUpData("Email Alex")],
            )
        )
    assert counts() == before
    assert db.execute_sql("SELECT COUNT(*) FROM search_index").fetchone()[0] == 0


# --- validation ------------------------------------------------------------------------------


def test_every_kind_has_a_label_and_unknown_kinds_are_capitalised() -> None:
    assert kind_label("ward round") == "Ward round"
    assert all(kind_label(kind) == label for kind, label in KINDS.items())
    assert kind_label("picnic") == "Picnic"


def test_an_unknown_kind_is_refused_under_the_kind_field(journal: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        create_entry(EntryData(occurred_at=AT, kind="picnic", title="Picnic"))
    assert caught.value.field == "kind"
    assert "picnic" in caught.value.message
    assert counts() == (0, 0, 0, 0)


@pytest.mark.parametrize(
    "data",
    [
        EntryData(occurred_at=AT),
        EntryData(occurred_at=AT, title="   ", notes="\n\n  \n", location="Library"),
        EntryData(occurred_at=AT, new_people=["  ", ""]),
    ],
)
def test_an_entry_with_no_title_nobody_and_no_notes_is_refused(
    journal: Path, data: EntryData
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_entry(data)
    assert caught.value.field == "title"
    assert counts() == (0, 0, 0, 0)


@pytest.mark.parametrize(
    "fields",
    [{"title": "Coffee"}, {"notes": "Talked about audits"}, {"new_people": ["Alex Brooks"]}],
)
def test_a_title_someone_or_notes_is_enough_for_an_entry(
    journal: Path, fields: dict[str, Any]
) -> None:
    eid = entry(**fields)
    assert Interaction.get_by_id(eid).title == fields.get("title", "")


def test_a_blank_follow_up_title_is_refused_naming_which_follow_up(journal: Path) -> None:
    data = EntryData(
        occurred_at=AT,
        title="Coffee",
        new_people=["Alex Brooks"],
        follow_ups=[FollowUpData("Email Alex"), FollowUpData(" \t ")],
    )
    with pytest.raises(ValidationError) as caught:
        create_entry(data)
    assert caught.value.field == "follow_ups[1]"
    assert counts() == (0, 0, 0, 0)


def test_validate_entry_cleans_a_copy_and_leaves_the_original_alone() -> None:
    data = EntryData(
        occurred_at=dt.datetime(2024, 3, 10, 14, 30, 5, 123456),
        title="  Coffee \n with   Alex ",
        location=" The  Old Library ",
        notes="\n\nLine one\n  indented\n\n",
        participant_ids=[3, 1, 3, 2, 1],
        new_people=[" Alex   Brooks ", "Alex Brooks", ""],
        follow_ups=[FollowUpData("  Send   slides ")],
    )
    original = dataclasses.replace(data, follow_ups=list(data.follow_ups))
    cleaned = validate_entry(data)
    assert cleaned.title == "Coffee with Alex"
    assert cleaned.location == "The Old Library"
    assert cleaned.notes == "Line one\n  indented"
    assert cleaned.occurred_at == dt.datetime(2024, 3, 10, 14, 30, 5)
    assert cleaned.participant_ids == [3, 1, 2]
    assert cleaned.new_people == ["Alex Brooks"]
    assert [f.title for f in cleaned.follow_ups] == ["Send slides"]
    assert data == original


@pytest.mark.parametrize(
    ("names", "title"),
    [
        ([], "Coffee"),
        (["Alex Brooks"], "Coffee with Alex Brooks"),
        (["Alex Brooks", "Sam Patel"], "Coffee with Alex Brooks and Sam Patel"),
        (["Alex", "Sam", "Inês"], "Coffee with Alex, Sam and Inês"),
        (["Alex", "Sam", "Inês", "Zoë", "Kai"], "Coffee with Alex, Sam and 3 others"),
    ],
)
def test_default_title_names_up_to_three_people_then_counts_the_others(
    names: list[str], title: str
) -> None:
    assert default_title("coffee", names) == title


def test_default_title_uses_the_kind_label() -> None:
    assert default_title("ward round", ["Dr Okafor"]) == "Ward round with Dr Okafor"


# --- update, get ------------------------------------------------------------------------------


def test_update_entry_replaces_participants_and_keeps_follow_ups_by_id(journal: Path) -> None:
    alex, sam, ines = add("Alex Brooks"), add("Sam Patel"), add("Inês Costa")
    saved = create_entry(
        EntryData(
            occurred_at=AT,
            title="Coffee",
            participant_ids=[alex, sam],
            follow_ups=[FollowUpData("Keep me", dt.date(2024, 4, 1)), FollowUpData("Drop me")],
        )
    )
    kept_id = saved.follow_up_ids[0]
    data = get_entry(saved.entry_id)
    data.title = "Long coffee"
    data.participant_ids = [ines, alex]
    data.follow_ups = [
        dataclasses.replace(data.follow_ups[0], title="Kept and renamed", person_id=ines),
        FollowUpData("Brand new"),
    ]
    again = update_entry(saved.entry_id, data)
    assert again.entry_id == saved.entry_id
    assert again.follow_up_ids[0] == kept_id
    new_id = again.follow_up_ids[1]
    assert new_id != kept_id
    stored = get_entry(saved.entry_id)
    assert stored.title == "Long coffee"
    assert stored.participant_ids == [ines, alex]
    assert stored.follow_ups == [
        FollowUpData("Kept and renamed", dt.date(2024, 4, 1), ines, None, kept_id),
        FollowUpData("Brand new", None, None, None, new_id),
    ]
    assert FollowUp.select().count() == 2  # the dropped one is gone


def test_update_entry_touches_updated_at_not_created_at(journal: Path) -> None:
    eid = entry("Coffee")
    old = dt.datetime(2020, 1, 1)
    Interaction.update(created_at=old, updated_at=old).where(Interaction.id == eid).execute()
    update_entry(eid, EntryData(occurred_at=AT, title="Tea"))
    row = Interaction.get_by_id(eid)
    assert row.created_at == old
    assert row.updated_at > old


def test_update_of_a_missing_entry_raises_and_creates_nobody(journal: Path) -> None:
    with pytest.raises(LookupError):
        update_entry(42, EntryData(occurred_at=AT, title="Tea", new_people=["Alex Brooks"]))
    assert counts() == (0, 0, 0, 0)


def test_update_with_an_unknown_participant_keeps_the_old_entry(journal: Path) -> None:
    alex = add("Alex Brooks")
    saved = create_entry(
        EntryData(
            occurred_at=AT, title="Coffee", participant_ids=[alex], follow_ups=[FollowUpData("x")]
        )
    )
    before = get_entry(saved.entry_id)
    with pytest.raises(IntegrityError):
        update_entry(
            saved.entry_id,
            EntryData(occurred_at=AT, title="Changed", participant_ids=[9999], new_people=["B C"]),
        )
    assert get_entry(saved.entry_id) == before
    assert Person.select().count() == 1


def test_get_entry_keeps_the_order_participants_were_given_in(journal: Path) -> None:
    a, b, c = add("Ann"), add("Bea"), add("Cat")
    eid = entry("Study group", participant_ids=[c, a, b])
    assert get_entry(eid).participant_ids == [c, a, b]
    assert entry_rows([eid])[eid].people == ("Cat", "Ann", "Bea")


def test_get_entry_of_an_unknown_id_raises(journal: Path) -> None:
    with pytest.raises(DoesNotExist):
        get_entry(12345)


# --- undo: snapshot and restore ---------------------------------------------------------------


def full_entry(journal: Path) -> tuple[int, list[int], list[int]]:
    alex, sam = add("Alex Brooks"), add("Sam Patel")
    saved = create_entry(
        EntryData(
            occurred_at=AT,
            kind="call",
            title="Call about the zebracorn audit",
            location="Phone",
            notes="Notes *here*",
            template="Mentor or tutor meeting",
            participant_ids=[sam, alex],
            follow_ups=[
                FollowUpData("Send data", dt.date(2024, 3, 20), alex),
                FollowUpData("Done already", None, None, dt.datetime(2024, 3, 11, 9, 0)),
            ],
        )
    )
    return saved.entry_id, [sam, alex], saved.follow_up_ids


def test_restore_entry_brings_back_a_forgotten_entry_with_the_same_ids(journal: Path) -> None:
    eid, people, follow_up_ids = full_entry(journal)
    later = create_entry(
        EntryData(occurred_at=AT, title="Later", follow_ups=[FollowUpData("Later one")])
    )
    trash_entries([eid])
    snapshot = snapshot_entry(eid)
    forget_entry(eid)
    assert not Interaction.select().where(Interaction.id == eid).exists()
    assert FollowUp.select().count() == 1
    restore_entry(snapshot)
    assert snapshot_entry(eid) == snapshot
    assert get_entry(later.entry_id).follow_ups[0].id == later.follow_up_ids[0]
    assert get_entry(eid).participant_ids == people
    assert [f.id for f in get_entry(eid).follow_ups] == follow_up_ids
    assert ids(text="zebracorn", trashed=True) == [eid]


def test_restore_entry_undoes_an_edit_exactly(journal: Path) -> None:
    eid, _people, follow_up_ids = full_entry(journal)
    ines = add("Inês Costa")
    snapshot = snapshot_entry(eid)
    changed = get_entry(eid)
    changed.title = "Something else"
    changed.notes = "Rewritten"
    changed.participant_ids = [ines]
    changed.follow_ups = [
        dataclasses.replace(changed.follow_ups[1], title="Renamed"),
        FollowUpData("Added by the edit"),
    ]
    update_entry(eid, changed)
    restore_entry(snapshot)
    assert snapshot_entry(eid) == snapshot
    assert sorted(f.id for f in FollowUp.select(FollowUp.id)) == follow_up_ids
    assert ids(text="zebracorn") == [eid]
    assert ids(text="rewritten") == []


def test_restore_entry_leaves_out_people_forgotten_since(journal: Path) -> None:
    eid, (sam, alex), _ = full_entry(journal)
    snapshot = snapshot_entry(eid)
    forget_entry(eid)
    forget_person(alex)
    restore_entry(snapshot)
    restored = get_entry(eid)
    assert restored.participant_ids == [sam]
    assert [f.person_id for f in restored.follow_ups] == [None, None]


# --- trash and forget -------------------------------------------------------------------------


def test_trash_entries_returns_previous_times_and_keeps_an_earlier_trash_time(
    journal: Path,
) -> None:
    first, second = entry("First"), entry("Second")
    earlier = dt.datetime(2020, 5, 5, 5, 5, 5)
    set_entries_trashed_at({first: earlier})
    before = trash_entries([first, second])
    assert before == {first: earlier, second: None}
    assert Interaction.get_by_id(first).deleted_at == earlier
    assert Interaction.get_by_id(second).deleted_at is not None
    assert ids() == []
    assert ids(trashed=True) == [second, first]
    set_entries_trashed_at(before)
    assert Interaction.get_by_id(first).deleted_at == earlier
    assert Interaction.get_by_id(second).deleted_at is None


def test_restore_entries_takes_entries_out_of_the_trash(journal: Path) -> None:
    first, second = entry("First"), entry("Second")
    trash_entries([first, second])
    restore_entries([first])
    assert ids() == [first]
    assert ids(trashed=True) == [second]
    assert entry_count() == 1
    assert entry_count(EntryFilter(trashed=True)) == 1


def test_trashing_an_entry_keeps_its_participants_and_follow_ups(journal: Path) -> None:
    eid, people, follow_up_ids = full_entry(journal)
    trash_entries([eid])
    restore_entries([eid])
    data = get_entry(eid)
    assert data.participant_ids == people
    assert [f.id for f in data.follow_ups] == follow_up_ids


def _index_storage() -> bytes:
    stored = b""
    tables = [
        name
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_index_%'"
        )
    ]
    assert len(tables) >= 4
    for table in tables:
        for row in db.execute_sql(f"SELECT * FROM {table}").fetchall():
            stored += b"|".join(
                value if isinstance(value, bytes) else str(value).encode() for value in row
            )
    return stored


def test_forget_entry_removes_it_and_every_trace_from_the_search_index(journal: Path) -> None:
    alex = add("Alex Brooks")
    keep = entry("Lunch", notes="ordinary words")
    eid = create_entry(
        EntryData(
            occurred_at=AT,
            title="Quokka",
            location="Ystradgynlais",
            notes="zebracorn",
            participant_ids=[alex],
            follow_ups=[FollowUpData("Write up")],
        )
    ).entry_id
    assert b"zebracorn" in _index_storage()  # the check below can see the word
    forget_entry(eid)
    assert not Interaction.select().where(Interaction.id == eid).exists()
    assert InteractionPerson.select().count() == 0
    assert FollowUp.select().count() == 0
    assert Person.select().count() == 1  # the people stay
    assert ids() == [keep]
    stored = _index_storage()
    for word in (b"zebracorn", b"quokka", b"Quokka", b"ystradgynlais", b"Ystradgynlais"):
        assert word not in stored, word


# --- which entries: filters and order ---------------------------------------------------------


def test_entries_come_newest_first_and_ties_by_id_newest_first(journal: Path) -> None:
    old = entry("Old", at=dt.datetime(2023, 1, 1, 9, 0))
    tie_a = entry("Tie A")
    new = entry("New", at=dt.datetime(2025, 1, 1, 9, 0))
    tie_b = entry("Tie B")
    assert ids() == [new, tie_b, tie_a, old]
    assert entry_count() == 4


def test_text_filter_uses_full_text_search_with_prefixes_and_folded_diacritics(
    journal: Path,
) -> None:
    ines = entry("Coffee", notes="Inês wants to do an audit on sepsis")
    location = entry("Teaching", location="Anatomy lab")
    other = entry("Lunch", notes="Nothing about that")
    assert ids(text="ines") == [ines]
    assert ids(text="INÊS") == [ines]
    assert ids(text="aud sep") == [ines]
    assert ids(text="anat") == [location]
    assert ids(text="coffee") == [ines]
    assert ids(text="about -audit") == [other]
    assert ids(text="udit") == []  # words match from their start
    assert ids(text='"audit on sepsis"') == [ines]
    assert ids(text='"sepsis on audit"') == []


def test_text_with_nothing_to_search_for_filters_nothing(journal: Path) -> None:
    first = entry("Quiz night", notes="Who knew?!")
    second = entry("Quiz night", notes="Who knew")
    # as in search everywhere: punctuation, or only words to leave out, ask for nothing
    assert set(ids(text="?!")) == {first, second}
    assert set(ids(text="-quiz")) == {first, second}


@pytest.mark.parametrize(
    "text",
    ['"', "AND", "OR", "NOT", "NEAR(a b)", "*", "(", ")", "^x", "a:b", "-", "+", "-x", '-"x y"'],
)
def test_text_filter_never_raises_on_search_syntax(journal: Path, text: str) -> None:
    entry("Coffee", notes="x y a b")
    assert entry_count(EntryFilter(text=text)) == len(ids(text=text))


def test_kind_filter(journal: Path) -> None:
    call = entry("Call", kind="call")
    entry("Coffee", kind="coffee")
    assert ids(kind="call") == [call]
    assert ids(kind="ward round") == []


def test_person_filter_shows_entries_they_were_in(journal: Path) -> None:
    alex, sam = add("Alex Brooks"), add("Sam Patel")
    both = entry("Both", participant_ids=[alex, sam])
    only_sam = entry("Sam", participant_ids=[sam], at=AT + dt.timedelta(hours=1))
    entry("Nobody")
    assert ids(person_id=alex) == [both]
    assert ids(person_id=sam) == [only_sam, both]


def test_network_filter_shows_entries_with_anyone_in_that_network(journal: Path) -> None:
    social, _personal, academic = network_order()
    tutor = add("Dr Tutor", networks=[NetworkRole(academic, "tutor")])
    flatmate = add("Flatmate", networks=[NetworkRole(social)])
    both_networks = add("Both", networks=[NetworkRole(social), NetworkRole(academic)])
    mixed = entry("Mixed", participant_ids=[flatmate, tutor])
    social_only = entry("Party", participant_ids=[flatmate], at=AT + dt.timedelta(hours=1))
    twice = entry("Twice", participant_ids=[both_networks, tutor], at=AT - dt.timedelta(hours=1))
    entry("Alone")
    assert ids(network_id=academic) == [mixed, twice]
    assert ids(network_id=social) == [social_only, mixed, twice]


def test_date_filter_includes_the_whole_of_the_start_and_end_days(journal: Path) -> None:
    day = dt.date(2024, 3, 10)
    before = entry("Before", at=dt.datetime(2024, 3, 9, 23, 59, 59))
    first = entry("First thing", at=dt.datetime(2024, 3, 10, 0, 0))
    last = entry("Last thing", at=dt.datetime(2024, 3, 10, 23, 59))
    after = entry("After", at=dt.datetime(2024, 3, 11, 0, 0))
    assert ids(start=day, end=day) == [last, first]
    assert ids(start=day) == [after, last, first]
    assert ids(end=day) == [last, first, before]
    assert ids(start=day + dt.timedelta(days=1), end=day) == []


def test_filters_combine(journal: Path) -> None:
    alex = add("Alex Brooks")
    hit = entry("Audit call", kind="call", participant_ids=[alex])
    entry("Audit call", kind="call")
    entry("Audit coffee", kind="coffee", participant_ids=[alex])
    entry("Audit call", kind="call", participant_ids=[alex], at=AT.replace(year=2020))
    flt = EntryFilter(text="audit", kind="call", person_id=alex, start=AT.date())
    assert entry_ids(flt) == [hit]
    assert entry_count(flt) == 1


def test_the_trash_filter_shows_only_trashed_entries_and_text_still_applies(
    journal: Path,
) -> None:
    live = entry("Audit live")
    gone = entry("Audit gone")
    trash_entries([gone])
    assert ids(text="audit") == [live]
    assert ids(text="audit", trashed=True) == [gone]


# --- list columns -----------------------------------------------------------------------------


def test_entry_rows_give_the_columns_and_a_title_made_from_kind_and_people(
    journal: Path,
) -> None:
    alex, sam = add("Alex Brooks"), add("Sam Patel")
    untitled = entry(kind="coffee", location="Café Nero", participant_ids=[alex, sam])
    titled = entry("Journal club", kind="teaching session", at=AT + dt.timedelta(days=1))
    rows = entry_rows([titled, untitled, 999])
    assert set(rows) == {titled, untitled}
    assert rows[untitled].title == "Coffee with Alex Brooks and Sam Patel"
    assert rows[untitled].people == ("Alex Brooks", "Sam Patel")
    assert rows[untitled].location == "Café Nero"
    assert rows[untitled].occurred_at == AT
    assert rows[untitled].kind == "coffee"
    assert rows[titled].title == "Journal club"
    assert rows[titled].people == ()
    assert rows[titled].snippet == ""
    assert entry_rows([]) == {}


def test_entry_rows_of_many_entries(journal: Path) -> None:
    made = [entry(f"Entry {n}", at=AT + dt.timedelta(minutes=n)) for n in range(1203)]
    rows = entry_rows(made)
    assert len(rows) == 1203
    assert rows[made[-1]].title == "Entry 1202"


def test_snippet_is_one_line_of_words_without_markdown_marks_or_link_targets(
    journal: Path,
) -> None:
    notes = (
        "# Heading\n\n"
        "- **bold** and _em_ item\n"
        "+ plus item\n"
        "* star item\n"
        "> quoted `code`\n"
        "See [the paper](https://example.org/paper?id=1) and [notes](file:///home/me/x.md).\n"
        "~~struck~~"
    )
    eid = entry("Notes", notes=notes)
    snippet = entry_rows([eid])[eid].snippet
    assert snippet == (
        "Heading bold and em item plus item star item quoted code See the paper and notes . struck"
    )


def test_snippet_never_shows_a_link_target_even_a_long_one(journal: Path) -> None:
    eid = entry("Notes", notes="Read [the paper](https://example.org/" + "x" * 700 + ") soon")
    snippet = entry_rows([eid])[eid].snippet
    assert "example.org" not in snippet
    assert "http" not in snippet


def test_snippet_of_an_image_shows_its_description_only(journal: Path) -> None:
    eid = entry("Notes", notes="![the ward whiteboard](https://example.org/board.png) today")
    assert entry_rows([eid])[eid].snippet == "the ward whiteboard today"


def test_long_notes_are_cut_to_the_snippet_length_with_an_ellipsis(journal: Path) -> None:
    eid = entry("Notes", notes=("word " * 100).strip() + "\nsecond line")
    snippet = entry_rows([eid])[eid].snippet
    assert len(snippet) <= SNIPPET_LENGTH
    assert snippet.endswith("…")
    assert "\n" not in snippet
    assert snippet.startswith("word word")
    exact = entry("Exact", notes="a" * SNIPPET_LENGTH)
    assert entry_rows([exact])[exact].snippet == "a" * SNIPPET_LENGTH


# --- a person's timeline and last contact -----------------------------------------------------


def test_timeline_lists_a_persons_entries_newest_first_without_the_trash(journal: Path) -> None:
    alex, sam = add("Alex Brooks"), add("Sam Patel")
    old = entry("Old", participant_ids=[alex], at=dt.datetime(2022, 1, 1, 12, 0))
    new = entry(kind="call", participant_ids=[alex, sam], at=dt.datetime(2024, 1, 1, 12, 0))
    trashed = entry("Trashed", participant_ids=[alex], at=dt.datetime(2025, 1, 1, 12, 0))
    entry("Sam only", participant_ids=[sam])
    trash_entries([trashed])
    rows = timeline(alex)
    assert [row.id for row in rows] == [new, old]
    assert rows[0].title == "Call with Alex Brooks and Sam Patel"
    assert timeline(add("Nobody")) == []


def test_last_contact_is_the_latest_entry_of_any_kind_outside_the_trash(journal: Path) -> None:
    alex, sam, ines, never = add("Alex"), add("Sam"), add("Inês"), add("Never")
    entry("Coffee", kind="coffee", participant_ids=[alex], at=dt.datetime(2024, 1, 1, 9, 0))
    entry("Text", kind="message", participant_ids=[alex], at=dt.datetime(2024, 5, 1, 22, 15))
    entry("Call", kind="call", participant_ids=[sam, alex], at=dt.datetime(2024, 3, 1, 8, 0))
    entry("Ward", kind="ward round", participant_ids=[ines], at=dt.datetime(2023, 6, 1, 7, 0))
    gone = entry("Gone", kind="social", participant_ids=[ines], at=dt.datetime(2025, 1, 1, 20, 0))
    trash_entries([gone])
    rows = person_rows([alex, sam, ines, never])
    assert rows[alex].last_contact == dt.datetime(2024, 5, 1, 22, 15)
    assert rows[sam].last_contact == dt.datetime(2024, 3, 1, 8, 0)
    assert rows[ines].last_contact == dt.datetime(2023, 6, 1, 7, 0)
    assert rows[never].last_contact is None
    assert person_ids(PeopleFilter(), SortKey.LAST_CONTACT) == [ines, sam, alex, never]
    assert person_ids(PeopleFilter(), SortKey.LAST_CONTACT, descending=True) == [
        alex,
        sam,
        ines,
        never,
    ]
    restore_entries([gone])
    assert person_rows([ines])[ines].last_contact == dt.datetime(2025, 1, 1, 20, 0)


def test_people_list_text_search_finds_people_who_were_in_matching_entries(
    journal: Path,
) -> None:
    alex, sam = add("Alex Brooks"), add("Sam Patel")
    entry("Zebracorn audit", participant_ids=[alex])
    gone = entry("Zebracorn in the trash", participant_ids=[sam])
    trash_entries([gone])
    assert person_ids(PeopleFilter(text="zebrac")) == [alex]


# --- picking who was there --------------------------------------------------------------------


def test_person_choices_offer_everyone_outside_the_trash_by_folded_name_with_emails(
    journal: Path,
) -> None:
    zoe = add(
        "Zoë Ng",
        nickname="Zed",
        contacts=[
            ContactMethodData("phone", "+44 7700 900123"),
            ContactMethodData("email", "zoe@example.org"),
            ContactMethodData("email", "z.ng@example.ac.uk"),
        ],
    )
    ines = add("Inês Costa")
    archived = add("Archie Old")
    trashed = add("Aaron Gone")
    same_name = add("Inês Costa")
    set_archived([archived], True)
    move_to_trash([trashed])
    assert person_choices() == [
        PersonChoice(archived, "Archie Old", "", (), True),
        PersonChoice(ines, "Inês Costa", "", (), False),
        PersonChoice(same_name, "Inês Costa", "", (), False),
        PersonChoice(zoe, "Zoë Ng", "Zed", ("zoe@example.org", "z.ng@example.ac.uk"), False),
    ]


def test_a_follow_up_deleted_elsewhere_while_the_entry_was_open_is_kept_on_save(
    journal: Path,
) -> None:
    saved = create_entry(
        EntryData(occurred_at=AT, title="Coffee", follow_ups=[FollowUpData("Send slides")])
    )
    data = get_entry(saved.entry_id)  # the editor is open …
    FollowUp.delete_by_id(saved.follow_up_ids[0])  # … and the follow-ups panel deletes it
    data.follow_ups[0].title = "Send the slides"
    again = update_entry(saved.entry_id, data)
    stored = get_entry(saved.entry_id).follow_ups
    assert [(f.id, f.title) for f in stored] == [(again.follow_up_ids[0], "Send the slides")]
