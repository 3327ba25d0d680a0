"""Tags: matched without regard to case, counted without the trash, renamed, deleted, restored."""

from __future__ import annotations

from pathlib import Path

import pytest

from networkjournal.store.errors import ValidationError
from networkjournal.store.people import PersonData, create_person, forget_person, move_to_trash
from networkjournal.store.schema import PersonTag, Tag
from networkjournal.store.tags import (
    TagRow,
    delete_tag,
    list_tags,
    person_tags,
    rename_tag,
    restore_tag,
    set_person_tags,
    set_tag_colour,
)


def add(name: str) -> int:
    return create_person(PersonData(display_name=name))


def tag_id(name: str) -> int:
    return next(row.id for row in list_tags() if row.name == name)


def test_setting_tags_creates_them_and_returns_the_previous_names(journal: Path) -> None:
    ada = add("Ada Okafor")
    assert set_person_tags(ada, ["ENT", "placement 3"]) == []
    assert person_tags(ada) == ["ENT", "placement 3"]
    assert set_person_tags(ada, ["Referee?"]) == ["ENT", "placement 3"]
    assert person_tags(ada) == ["Referee?"]


def test_a_tag_is_matched_whatever_its_case_and_keeps_its_first_spelling(journal: Path) -> None:
    ada, ben = add("Ada Okafor"), add("Ben Hale")
    set_person_tags(ada, ["ENT", "Ärztin"])
    set_person_tags(ben, ["ent", "  ärztin ", "New"])
    assert person_tags(ben) == ["Ärztin", "ENT", "New"]
    assert Tag.select().count() == 3


def test_empty_and_repeated_names_are_ignored(journal: Path) -> None:
    ada = add("Ada Okafor")
    set_person_tags(ada, ["", "  ", "Surgery", "surgery", "SURGERY", "  two   words "])
    assert person_tags(ada) == ["Surgery", "two words"]
    assert PersonTag.select().count() == 2


def test_tags_nobody_carries_any_more_are_kept(journal: Path) -> None:
    ada = add("Ada Okafor")
    set_person_tags(ada, ["Old"])
    set_person_tags(ada, [])
    assert list_tags() == [TagRow(tag_id("Old"), "Old", "", 0)]


def test_undoing_a_tag_change_puts_the_old_tags_back(journal: Path) -> None:
    ada = add("Ada Okafor")
    set_person_tags(ada, ["ENT", "Hockey"])
    before = set_person_tags(ada, ["Cardiology"])
    set_person_tags(ada, before)
    assert person_tags(ada) == ["ENT", "Hockey"]
    assert Tag.select().count() == 3


def test_setting_tags_of_a_missing_person_says_so(journal: Path) -> None:
    with pytest.raises(LookupError):
        set_person_tags(99, ["ENT"])
    assert Tag.select().count() == 0


def test_tags_are_listed_by_folded_name_counting_people_outside_the_trash(journal: Path) -> None:
    ada, ben, cy = add("Ada"), add("Ben"), add("Cy")
    set_person_tags(ada, ["zeta", "Émigré", "alpha"])
    set_person_tags(ben, ["alpha", "zeta"])
    set_person_tags(cy, ["alpha"])
    move_to_trash([cy])
    assert [(row.name, row.people) for row in list_tags()] == [
        ("alpha", 2),
        ("Émigré", 1),
        ("zeta", 2),
    ]


def test_renaming_a_tag(journal: Path) -> None:
    ada = add("Ada")
    set_person_tags(ada, ["ent", "Hockey"])
    rename_tag(tag_id("ent"), "ENT")  # a change of case is a rename, not a clash
    assert person_tags(ada) == ["ENT", "Hockey"]
    with pytest.raises(ValidationError) as refused:
        rename_tag(tag_id("ENT"), "hockey")
    assert refused.value.field == "name"
    assert refused.value.message == "there is already a tag called 'Hockey'"
    with pytest.raises(ValidationError) as refused:
        rename_tag(tag_id("ENT"), "   ")
    assert refused.value.field == "name"
    with pytest.raises(LookupError):
        rename_tag(999, "Free")


def test_a_tags_colour_can_be_changed_and_changed_back(journal: Path) -> None:
    set_person_tags(add("Ada"), ["ENT"])
    ent = tag_id("ENT")
    assert set_tag_colour(ent, "#ff0000") == ""
    assert list_tags()[0].colour == "#ff0000"
    assert set_tag_colour(ent, "") == "#ff0000"


def test_a_deleted_tag_comes_back_with_its_id_colour_and_people(journal: Path) -> None:
    ada, ben, cy = add("Ada"), add("Ben"), add("Cy")
    for person in (ada, ben, cy):
        set_person_tags(person, ["ENT", "Other"])
    ent = tag_id("ENT")
    set_tag_colour(ent, "#00ff00")
    before = list_tags()
    snapshot = delete_tag(ent)
    assert person_tags(ada) == ["Other"]
    restore_tag(snapshot)
    assert list_tags() == before
    assert person_tags(ben) == ["ENT", "Other"]
    # Someone forgotten meanwhile is not brought back with the tag.
    snapshot = delete_tag(ent)
    forget_person(cy)
    restore_tag(snapshot)
    assert [row.people for row in list_tags() if row.id == ent] == [2]
    with pytest.raises(LookupError):
        delete_tag(999)
