"""The people list: views, network filter, text search, sorting and row columns."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from networkjournal.store.db import write
from networkjournal.store.networks import create_network, network_order, reorder_networks
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
    SortKey,
    View,
    count_people,
    person_ids,
    person_rows,
    view_counts,
)
from networkjournal.store.reminders import due_rows, snooze
from networkjournal.store.schema import Interaction, InteractionPerson, Person
from networkjournal.store.search import match_expression
from networkjournal.store.text import fold


def add(name: str, **fields: Any) -> int:
    """Add a person whose display name is ``name``."""
    return create_person(PersonData(display_name=name, **fields))


def found(text: str, view: View = View.ACTIVE) -> set[int]:
    return set(person_ids(PeopleFilter(view=view, text=text)))


def networks() -> dict[str, int]:
    return dict(
        zip(["Social", "Personal support", "Academic support"], network_order(), strict=True)
    )


def met(person_id: int, when: dt.datetime, deleted: bool = False) -> None:
    """Record a meeting with a person."""
    entry = Interaction.create(
        occurred_at=when, title="Coffee", deleted_at=dt.datetime(2024, 1, 1) if deleted else None
    )
    InteractionPerson.create(interaction=entry, person=person_id)


# --- views and network filter ---------------------------------------------------------------


@pytest.fixture
def three_views(journal: Path) -> dict[str, int]:
    ids = {
        "active": add("Active Person"),
        "archived": add("Archived Person"),
        "trashed": add("Trashed Person"),
        "archived_trashed": add("Archived Trashed Person"),
    }
    set_archived([ids["archived"], ids["archived_trashed"]], True)
    move_to_trash([ids["trashed"], ids["archived_trashed"]])
    return ids


def test_active_view_shows_people_neither_archived_nor_trashed(
    three_views: dict[str, int],
) -> None:
    assert person_ids(PeopleFilter()) == [three_views["active"]]


def test_archived_view_shows_archived_people_not_in_the_trash(
    three_views: dict[str, int],
) -> None:
    assert person_ids(PeopleFilter(view=View.ARCHIVED)) == [three_views["archived"]]


def test_trash_view_shows_everyone_in_the_trash_archived_or_not(
    three_views: dict[str, int],
) -> None:
    assert set(person_ids(PeopleFilter(view=View.TRASH))) == {
        three_views["trashed"],
        three_views["archived_trashed"],
    }


def test_view_counts_agree_with_the_ids_of_each_view(three_views: dict[str, int]) -> None:
    counts = view_counts()
    assert counts == {View.ACTIVE: 1, View.ARCHIVED: 1, View.TRASH: 2}
    for view in View:
        assert counts[view] == len(person_ids(PeopleFilter(view=view)))


def test_text_search_stays_inside_the_view(three_views: dict[str, int]) -> None:
    assert found("person") == {three_views["active"]}
    assert found("person", View.ARCHIVED) == {three_views["archived"]}
    assert found("trashed", View.TRASH) == {
        three_views["trashed"],
        three_views["archived_trashed"],
    }
    assert found("trashed") == set()


def test_network_filter_shows_only_members_of_that_network(journal: Path) -> None:
    nets = networks()
    social = add("Sally Social", networks=[NetworkRole(nets["Social"])])
    both = add(
        "Bo Both",
        networks=[NetworkRole(nets["Social"]), NetworkRole(nets["Academic support"])],
    )
    add("Nobody Networked")
    assert set(person_ids(PeopleFilter(network_id=nets["Social"]))) == {social, both}
    assert person_ids(PeopleFilter(network_id=nets["Academic support"])) == [both]
    assert person_ids(PeopleFilter(network_id=nets["Personal support"])) == []
    assert person_ids(PeopleFilter(network_id=nets["Social"], text="bo")) == [both]
    assert count_people(PeopleFilter(network_id=nets["Social"])) == 2


def test_count_people_agrees_with_person_ids_for_many_filters(journal: Path) -> None:
    nets = networks()
    for i in range(12):
        pid = add(
            f"Person {i} {'Samuel' if i % 3 else 'Priya'}",
            networks=[NetworkRole(nets["Social"])] if i % 2 else [],
        )
        if i % 5 == 0:
            set_archived([pid], True)
        if i % 7 == 0:
            move_to_trash([pid])
    for view in View:
        for network_id in (None, nets["Social"], nets["Academic support"]):
            for text in ("", "sam", "priya", "person 1", "nobody"):
                flt = PeopleFilter(view=view, network_id=network_id, text=text)
                assert count_people(flt) == len(person_ids(flt)), flt


# --- text search --------------------------------------------------------------------------


@pytest.fixture
def people(journal: Path) -> dict[str, int]:
    return {
        "samuel": add("Samuel Okafor", given_name="Samuel", family_name="Okafor"),
        "ines": add("Inês Ødegård", given_name="Inês", family_name="Ødegård"),
        "xiaoming": add("王小明"),
        "patel": add("Samuel Patel", given_name="Samuel", family_name="Patel"),
        "pat": add("Pat Samson", given_name="Pat", family_name="Samson"),
        "priya": add(
            "Priya Shah",
            nickname="Pree",
            headline="Cardiology registrar",
            notes="Supervises the heart failure audit.",
        ),
        "o_brien": add("Siobhán O'Brien-Núñez"),
    }


def test_typing_the_start_of_a_name_finds_them(people: dict[str, int]) -> None:
    assert found("sam") == {people["samuel"], people["patel"], people["pat"]}
    assert found("Samu") == {people["samuel"], people["patel"]}
    assert found("okaf") == {people["samuel"]}


def test_search_folds_diacritics_and_case(people: dict[str, int]) -> None:
    assert found("ines") == {people["ines"]}
    assert found("INES") == {people["ines"]}
    assert found("ODEGARD") == {people["ines"]}
    assert found("ødegård") == {people["ines"]}
    assert found("nunez") == {people["o_brien"]}
    assert found("siobhan o'brien") == {people["o_brien"]}


def test_several_words_must_each_match_the_start_of_a_word(people: dict[str, int]) -> None:
    assert found("sam pat") == {people["patel"], people["pat"]}
    assert found("pat sam") == {people["patel"], people["pat"]}
    assert found("samuel okafor") == {people["samuel"]}
    assert found("  samuel   okafor  ") == {people["samuel"]}


def test_text_in_the_middle_of_a_name_is_found(people: dict[str, int]) -> None:
    assert found("muel") == {people["samuel"], people["patel"]}
    assert found("dega") == {people["ines"]}
    assert found("uel pat") == {people["patel"]}


def test_text_in_a_script_without_spaces_is_found(people: dict[str, int]) -> None:
    assert found("小明") == {people["xiaoming"]}
    assert found("王") == {people["xiaoming"]}
    assert found("王小明") == {people["xiaoming"]}


def test_search_finds_people_by_nickname_headline_and_notes(people: dict[str, int]) -> None:
    assert found("pree") == {people["priya"]}
    assert found("cardio") == {people["priya"]}
    assert found("registrar") == {people["priya"]}
    assert found("heart fail") == {people["priya"]}
    assert found("audit") == {people["priya"]}


def test_search_sees_edits_to_a_person(people: dict[str, int]) -> None:
    from networkjournal.store.people import get_person, update_person

    data = get_person(people["priya"])
    data.headline = "Consultant nephrologist"
    update_person(people["priya"], data)
    assert found("nephro") == {people["priya"]}
    assert found("registrar") == set()


def test_empty_or_blank_text_finds_everyone(people: dict[str, int]) -> None:
    assert found("") == set(people.values())
    assert found("   ") == set(people.values())


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        '"sam',
        "sam*",
        "*",
        "-",
        "-sam",
        "sam -pat",
        "NEAR",
        "NEAR(sam pat)",
        "NEAR(sam pat, 2)",
        "(",
        ")",
        "(sam",
        "sam)",
        "AND",
        "sam AND",
        "AND sam",
        "OR",
        "NOT",
        "sam NOT pat",
        "^sam",
        "name:sam",
        "{name}: sam",
        "+",
        ":",
        "'",
        "\\",
        "%",
        "_",
        "sa_m",
        "100%",
        "a'b\"c",
        "\x00",
        "🙂",
        "ß",
        "İ",
    ],
)
def test_text_with_search_syntax_never_raises(people: dict[str, int], text: str) -> None:
    ids = person_ids(PeopleFilter(text=text))
    assert count_people(PeopleFilter(text=text)) == len(ids)
    assert set(ids) <= set(people.values())


def test_syntax_characters_are_searched_as_text(people: dict[str, int]) -> None:
    assert found("o'brien") == {people["o_brien"]}
    assert found("o'b") == {people["o_brien"]}
    assert found('"samuel') == {people["samuel"], people["patel"]}
    assert found("samuel*") == {people["samuel"], people["patel"]}
    assert found("brien-nu") == {people["o_brien"]}
    assert found("%") == set()
    assert found("_") == set()


def test_percent_and_underscore_are_not_wildcards(journal: Path) -> None:
    percent = add("Ann 100% Real")
    under = add("Bob_the_builder")
    thousand = add("Ann 1000 Real")
    add("Bobxthe builder")
    assert found("0%") == {percent}
    # "100" is still the start of the word "1000": the % only must not be a wildcard.
    assert found("100%") == {percent, thousand}
    assert found("b_t") == {under}
    assert found("%") == {percent}
    assert found("_") == {under}


def test_match_expression_quotes_every_word_as_a_prefix() -> None:
    assert match_expression("sam pat") == '"sam"* "pat"*'
    assert match_expression('say "hi"') == '"say"* "hi"'  # a quoted phrase, not a prefix
    assert match_expression('say "hi') == '"say"* "hi"'  # an unfinished quote still works
    assert match_expression("NEAR(a b)") == '"NEAR(a"* "b)"*'
    assert match_expression("- * ( )") is None
    assert match_expression("") is None


# --- sorting ------------------------------------------------------------------------------


def names_in_order(sort: SortKey, descending: bool = False) -> list[str]:
    ids = person_ids(PeopleFilter(), sort, descending)
    rows = person_rows(ids)
    return [rows[pid].name for pid in ids]


def test_sort_by_name_uses_the_folded_name(journal: Path) -> None:
    for name in ["Zoë Adams", "ødegård", "Nora", "Émile", "adam", "Paul", "ÅSA", "bea"]:
        add(name)
    expected = ["adam", "ÅSA", "bea", "Émile", "Nora", "ødegård", "Paul", "Zoë Adams"]
    assert names_in_order(SortKey.NAME) == expected
    assert names_in_order(SortKey.NAME, descending=True) == expected[::-1]


def test_sort_by_name_breaks_ties_by_id(journal: Path) -> None:
    first = add("Sam Smith")
    second = add("SAM SMITH")
    assert person_ids(PeopleFilter(), SortKey.NAME) == [first, second]
    assert person_ids(PeopleFilter(), SortKey.NAME, descending=True) == [second, first]


def test_sort_by_networks_follows_network_order_and_puts_people_without_last(
    journal: Path,
) -> None:
    nets = networks()
    add("Zed Nowhere")
    add("Amy Academic", networks=[NetworkRole(nets["Academic support"])])
    add("Bob Social", networks=[NetworkRole(nets["Social"])])
    add("Cat Support", networks=[NetworkRole(nets["Personal support"])])
    add(
        "Abe Academic And Social",
        networks=[NetworkRole(nets["Academic support"]), NetworkRole(nets["Social"])],
    )
    add("Al Nowhere")
    assert names_in_order(SortKey.NETWORKS) == [
        "Abe Academic And Social",
        "Bob Social",
        "Cat Support",
        "Amy Academic",
        "Al Nowhere",
        "Zed Nowhere",
    ]
    assert names_in_order(SortKey.NETWORKS, descending=True) == [
        "Amy Academic",
        "Cat Support",
        "Abe Academic And Social",
        "Bob Social",
        "Al Nowhere",
        "Zed Nowhere",
    ]
    reorder_networks([nets["Academic support"], nets["Personal support"], nets["Social"]])
    assert names_in_order(SortKey.NETWORKS)[:4] == [
        "Abe Academic And Social",
        "Amy Academic",
        "Cat Support",
        "Bob Social",
    ]


def test_sort_by_headline_ignores_ascii_case_and_puts_empty_headlines_last(
    journal: Path,
) -> None:
    add("Zed", headline="anatomy demonstrator")
    add("Yan", headline="Tutor")
    add("Xi", headline="FY2 doctor")
    add("Bea")
    add("Abe")
    assert names_in_order(SortKey.HEADLINE) == ["Zed", "Xi", "Yan", "Abe", "Bea"]
    assert names_in_order(SortKey.HEADLINE, descending=True) == ["Yan", "Xi", "Zed", "Abe", "Bea"]


def test_sort_by_last_contact_ignores_deleted_entries_and_puts_never_met_last(
    journal: Path,
) -> None:
    old = add("Old Friend")
    recent = add("Recent Friend")
    deleted_only = add("Deleted Entry Only")
    add("Never Met")
    met(old, dt.datetime(2021, 3, 1, 9, 0))
    met(recent, dt.datetime(2021, 1, 1, 9, 0))
    met(recent, dt.datetime(2024, 6, 1, 18, 30))
    met(deleted_only, dt.datetime(2025, 1, 1, 9, 0), deleted=True)
    assert names_in_order(SortKey.LAST_CONTACT) == [
        "Old Friend",
        "Recent Friend",
        "Deleted Entry Only",
        "Never Met",
    ]
    assert names_in_order(SortKey.LAST_CONTACT, descending=True) == [
        "Recent Friend",
        "Old Friend",
        "Deleted Entry Only",
        "Never Met",
    ]
    rows = person_rows([old, recent, deleted_only])
    assert rows[recent].last_contact == dt.datetime(2024, 6, 1, 18, 30)
    assert rows[old].last_contact == dt.datetime(2021, 3, 1, 9, 0)
    assert rows[deleted_only].last_contact is None


def test_sort_by_added_uses_creation_time_then_id(journal: Path) -> None:
    ids = [add(name) for name in ("Second", "First", "Third", "Also Third")]
    times = [
        dt.datetime(2022, 1, 2),
        dt.datetime(2022, 1, 1),
        dt.datetime(2022, 1, 3),
        dt.datetime(2022, 1, 3),
    ]
    for pid, when in zip(ids, times, strict=True):
        Person.update(created_at=when).where(Person.id == pid).execute()
    assert names_in_order(SortKey.ADDED) == ["First", "Second", "Third", "Also Third"]
    assert names_in_order(SortKey.ADDED, descending=True) == [
        "Also Third",
        "Third",
        "Second",
        "First",
    ]
    assert person_rows([ids[1]])[ids[1]].added == dt.datetime(2022, 1, 1)


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_returns_each_selected_person_once(
    people: dict[str, int], sort: SortKey, descending: bool
) -> None:
    ids = person_ids(PeopleFilter(), sort, descending)
    assert sorted(ids) == sorted(people.values())
    assert person_ids(PeopleFilter(text="sam"), sort, descending) == [
        pid for pid in ids if pid in found("sam")
    ]


# --- rows -----------------------------------------------------------------------------


def test_person_rows_give_the_columns_with_networks_in_the_users_order(journal: Path) -> None:
    nets = networks()
    extra = create_network("Rowing club", colour="#123456")
    pid = add(
        "Priya Shah",
        headline="Cardiology registrar",
        networks=[
            NetworkRole(extra, "cox"),
            NetworkRole(nets["Academic support"]),
            NetworkRole(nets["Social"]),
        ],
    )
    other = add("Nobody")
    rows = person_rows([pid, other])
    row = rows[pid]
    assert (row.id, row.name, row.headline, row.last_contact) == (
        pid,
        "Priya Shah",
        "Cardiology registrar",
        None,
    )
    assert row.networks == (
        ("Social", "#e07a2f"),
        ("Academic support", "#3b6fc4"),
        ("Rowing club", "#123456"),
    )
    assert isinstance(row.added, dt.datetime)
    assert abs(row.added - Person.get_by_id(pid).created_at) == dt.timedelta(0)
    assert rows[other].networks == ()

    reorder_networks([extra, nets["Academic support"], nets["Personal support"], nets["Social"]])
    assert [name for name, _ in person_rows([pid])[pid].networks] == [
        "Rowing club",
        "Academic support",
        "Social",
    ]


def test_person_rows_of_nobody_is_empty_and_unknown_ids_are_left_out(journal: Path) -> None:
    pid = add("Ada")
    assert person_rows([]) == {}
    assert set(person_rows([pid, 9999])) == {pid}


# --- property: search never misses a name that contains the text ------------------------

name_text = st.text(
    alphabet=st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=20
).filter(lambda s: s.strip() != "")
query_word = st.text(
    alphabet=st.characters(exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=5,
).filter(lambda s: s.strip() != "" and len(s.split()) == 1)


def replace_people(names: list[str]) -> dict[int, str]:
    """Make the journal hold exactly these people; return their stored display names."""
    with write():
        Person.delete().execute()
        ids = [add(name) for name in names]
    return {p.id: p.display_name for p in Person.select().where(Person.id.in_(ids))}


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(names=st.lists(name_text, min_size=1, max_size=6), data=st.data())
def test_search_finds_everyone_whose_folded_name_contains_the_folded_text(
    journal: Path, names: list[str], data: st.DataObject
) -> None:
    stored = replace_people(names)
    # Half the time, search for a piece of one of the names.
    if data.draw(st.booleans()):
        name = data.draw(st.sampled_from(sorted(stored.values())))
        start = data.draw(st.integers(0, len(name) - 1))
        end = data.draw(st.integers(start + 1, len(name)))
        query = name[start:end]
        assume(query.strip() != "" and len(query.split()) == 1)
    else:
        query = data.draw(query_word)
    expected = {pid for pid, name in stored.items() if fold(query) in fold(name)}
    assert set(person_ids(PeopleFilter(text=query))) >= expected


# Letters where SQLite's unicode61 tokenizer and fold() agree, a few separators, and a
# script without spaces, so the word-prefix oracle can be written in plain Python.
TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éÉèñÑüçåÅô王小明"
simple_name = st.text(alphabet=TOKEN_ALPHABET + " -'", min_size=1, max_size=16).filter(
    lambda s: re.search(r"[^\W_]", s) is not None
)
simple_query = st.text(alphabet=TOKEN_ALPHABET + "-'", min_size=1, max_size=4)


def tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def matches_by_word_prefix(searched: str, query: str) -> bool:
    """Whether the query's words follow each other in ``searched``, the last as a prefix."""
    words, query_words = tokens(searched), tokens(query)
    if not query_words:
        return False
    *whole, last = query_words
    for i in range(len(words) - len(query_words) + 1):
        if words[i : i + len(whole)] == whole and words[i + len(whole)].startswith(last):
            return True
    return False


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(names=st.lists(simple_name, min_size=1, max_size=6), data=st.data())
def test_search_returns_only_people_matching_by_containment_or_word_prefix(
    journal: Path, names: list[str], data: st.DataObject
) -> None:
    stored = replace_people(names)
    if data.draw(st.booleans()):
        name = data.draw(st.sampled_from(sorted(stored.values())))
        start = data.draw(st.integers(0, len(name) - 1))
        query = name[start : data.draw(st.integers(start + 1, len(name)))].strip()
        assume(query != "" and " " not in query)
    else:
        query = data.draw(simple_query)
    result = set(person_ids(PeopleFilter(text=query)))
    assert result >= {pid for pid, name in stored.items() if fold(query) in fold(name)}
    for pid in result:
        # The index holds the display name (given and family names are empty here).
        name = stored[pid]
        assert fold(query) in fold(name) or matches_by_word_prefix(name, query), (name, query)


# --- keep-in-touch and recency choices (the overview's figures open these) ----------------------

DAY = dt.date(2024, 6, 15)


def added_on(name: str, when: dt.datetime, **fields: Any) -> int:
    pid = add(name, **fields)
    with write():
        Person.update(created_at=when).where(Person.id == pid).execute()
    return pid


def chosen(*criteria: Criterion, text: str = "", view: View = View.ACTIVE) -> set[int]:
    return set(person_ids(PeopleFilter(view=view, text=text, criteria=criteria)))


def since(kind: CriterionKind, day: dt.date) -> Criterion:
    return Criterion(kind, day.isoformat())


def test_contacted_since_counts_entries_from_the_first_moment_of_the_day(journal: Path) -> None:
    midnight, late, before, trashed, never = (add(n) for n in "ABCDE")
    met(midnight, dt.datetime(2024, 6, 1, 0, 0))
    met(late, dt.datetime(2024, 6, 20, 23, 59))  # after the day counts too
    met(before, dt.datetime(2024, 5, 31, 23, 59))
    met(trashed, dt.datetime(2024, 6, 10), deleted=True)
    assert chosen(since(CriterionKind.CONTACTED_SINCE, dt.date(2024, 6, 1))) == {midnight, late}
    assert never not in chosen(since(CriterionKind.CONTACTED_SINCE, dt.date(1900, 1, 1)))


def test_added_since_counts_people_added_on_or_after_the_day(journal: Path) -> None:
    on_the_day = added_on("On", dt.datetime(2024, 6, 1, 0, 0))
    later = added_on("Later", dt.datetime(2024, 6, 14, 18, 0))
    added_on("Before", dt.datetime(2024, 5, 31, 23, 59))
    assert chosen(since(CriterionKind.ADDED_SINCE, dt.date(2024, 6, 1))) == {on_the_day, later}


def test_due_shows_the_people_of_the_due_list(journal: Path) -> None:
    ids = networks()
    long_ago = dt.datetime(2024, 1, 1)
    social = added_on("Social Due", long_ago, networks=[NetworkRole(ids["Social"])])
    support = added_on("Support Due", long_ago, networks=[NetworkRole(ids["Personal support"])])
    seen = added_on("Seen", long_ago, networks=[NetworkRole(ids["Social"])])
    snoozed = added_on("Snoozed", long_ago, networks=[NetworkRole(ids["Social"])])
    added_on("No Period", long_ago)
    met(seen, dt.datetime(2024, 6, 10))
    snooze([snoozed], DAY + dt.timedelta(days=1))
    due = since(CriterionKind.DUE, DAY)
    assert chosen(due) == {social, support} == {r.person_id for r in due_rows(DAY)}
    in_social = Criterion(CriterionKind.NETWORK, ids["Social"])
    assert chosen(in_social, due) == {social}
    assert chosen(in_social, due) == {r.person_id for r in due_rows(DAY, network_id=ids["Social"])}
    assert chosen(in_social, since(CriterionKind.DUE, DAY + dt.timedelta(days=1))) == {
        social,
        snoozed,
    }


def test_recency_choices_combine_with_networks_text_and_views(journal: Path) -> None:
    ids = networks()
    ana = add("Ana Lee", networks=[NetworkRole(ids["Social"])])
    ann = add("Ann Lee", networks=[NetworkRole(ids["Personal support"])])
    archived = add("Ana Archived", networks=[NetworkRole(ids["Social"])])
    for pid in (ana, ann, archived):
        met(pid, dt.datetime(2024, 6, 10))
    set_archived([archived], True)
    recent = since(CriterionKind.CONTACTED_SINCE, dt.date(2024, 6, 1))
    social = Criterion(CriterionKind.NETWORK, ids["Social"])
    assert chosen(recent, social) == {ana}
    assert chosen(recent, text="lee") == {ana, ann}
    assert chosen(social, recent, text="ana") == {ana}
    assert chosen(recent, view=View.ARCHIVED) == {archived}
    # Nobody archived is ever due, whichever view is asked.
    assert chosen(since(CriterionKind.DUE, dt.date(2100, 1, 1)), view=View.ARCHIVED) == set()
    assert count_people(PeopleFilter(criteria=(recent, social))) == 1


def test_one_letter_looks_only_at_names(journal: Path) -> None:
    from networkjournal.store.journal import EntryData, create_entry

    ada = create_person(PersonData(given_name="Ada", family_name="Byron"))
    li_an = create_person(PersonData(given_name="Li", family_name="Xan"))
    bob = create_person(PersonData(given_name="Bob", notes="an anatomy tutor"))
    create_entry(EntryData(occurred_at=dt.datetime(2025, 1, 2), notes="a", participant_ids=[bob]))
    chen = create_person(PersonData(given_name="陈", family_name="安"))
    assert set(person_ids(PeopleFilter(text="a"))) == {ada, li_an}
    assert set(person_ids(PeopleFilter(text="Á"))) == {ada, li_an}
    assert person_ids(PeopleFilter(text="安")) == [chen]
    assert bob in person_ids(PeopleFilter(text="an"))  # two letters search everything again


def test_entries_are_searched_for_their_people_from_three_letters(journal: Path) -> None:
    from networkjournal.store.journal import EntryData, create_entry, trash_entries

    cleo = create_person(PersonData(given_name="Cleo"))
    entry = create_entry(
        EntryData(occurred_at=dt.datetime(2025, 1, 2), notes="zygote lab", participant_ids=[cleo])
    )
    assert person_ids(PeopleFilter(text="zy")) == []
    assert person_ids(PeopleFilter(text="zyg")) == [cleo]
    trash_entries([entry.entry_id])
    assert person_ids(PeopleFilter(text="zygote")) == []
