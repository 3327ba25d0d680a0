"""The introductions view: the tree of who introduced you to whom, search, and the chain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from networkjournal.store.db import write
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonData, create_person, move_to_trash
from networkjournal.store.schema import Person
from networkjournal.ui.models.introductions_model import (
    INTRODUCED,
    MET,
    NAME,
    PERSON_ID_ROLE,
    met_text,
    short_date,
)
from networkjournal.ui.panels.introductions_view import IntroductionsView
from tests.ui.conftest import tooltip_text

TODAY = dt.date(2026, 3, 2)


def add(name: str, introducer: int | None = None, **fields: object) -> int:
    return create_person(PersonData(display_name=name, introduced_by_id=introducer, **fields))


def introduce(person: int, introducer: int | None) -> None:
    """Set an introducer directly, as a loop in old or imported records would be."""
    with write():
        Person.update(introduced_by=introducer).where(Person.id == person).execute()


def make_view(qtbot: QtBot) -> IntroductionsView:
    view = IntroductionsView(today=TODAY)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    return view


@pytest.fixture
def family(journal: Path) -> dict[str, int]:
    """Met Alice and Zoë yourself; Alice → Bob → Carol → Dan → Eve; Alice → Ann."""
    people: dict[str, int] = {}
    people["alice"] = add(
        "Alice",
        headline="Anatomy demonstrator",
        how_met="Sat next to her in the first lecture",
        met_on=PartialDate(2021, 10),
        met_at="Freshers' fair",
    )
    people["zoe"] = add("Zoë", met_on=PartialDate(2022))
    people["bob"] = add("Bob", people["alice"], met_at="Anatomy lab")
    people["ann"] = add("Ann", people["alice"])
    people["carol"] = add("Dr Carol", people["bob"])
    people["dan"] = add("Dan", people["carol"])
    people["eve"] = add("Eve", people["dan"])
    return people


@pytest.fixture
def view(qtbot: QtBot, family: dict[str, int]) -> Iterator[IntroductionsView]:
    yield make_view(qtbot)


def children(index: QModelIndex) -> list[str]:
    model = index.model()
    return [model.index(row, NAME, index).data() for row in range(model.rowCount(index))]


def you_row(view: IntroductionsView) -> QModelIndex:
    return view.model.index(0, NAME)


def row(view: IntroductionsView, person_id: int) -> QModelIndex:
    found = view.model.index_of(person_id)
    assert found.isValid()
    return found


def cell(index: QModelIndex, column: int) -> str:
    return index.siblingAtColumn(column).data() or ""


def expanded(view: IntroductionsView, person_id: int) -> bool:
    return view.tree.isExpanded(row(view, person_id))


def click(qtbot: QtBot, view: IntroductionsView, index: QModelIndex, double: bool = False) -> None:
    view.tree.scrollTo(index)
    at = view.tree.visualRect(index).center()
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=at)
    if double:  # as a real double click goes: a click, then the double click
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_people_hang_under_whoever_introduced_them(
    view: IntroductionsView, family: dict[str, int]
) -> None:
    assert view.model.rowCount() == 1
    you = you_row(view)
    assert you.data() == "You"
    assert you.data(Qt.ItemDataRole.FontRole).bold()
    assert you.data(PERSON_ID_ROLE) is None
    assert children(you) == ["Alice", "Zoë"]
    assert children(row(view, family["alice"])) == ["Ann", "Bob"]  # by name
    assert children(row(view, family["bob"])) == ["Dr Carol"]
    assert children(row(view, family["eve"])) == []
    assert row(view, family["carol"]).data(PERSON_ID_ROLE) == family["carol"]


def test_rows_say_when_and_where_you_met_and_how_many_they_introduced(
    view: IntroductionsView, family: dict[str, int]
) -> None:
    alice = row(view, family["alice"])
    assert cell(alice, MET) == "Oct 2021 · Freshers' fair"
    assert cell(row(view, family["zoe"]), MET) == "2022"
    assert cell(row(view, family["bob"]), MET) == "Anatomy lab"
    assert cell(row(view, family["ann"]), MET) == ""
    assert cell(alice, INTRODUCED) == "2"
    assert cell(row(view, family["carol"]), INTRODUCED) == "1"
    assert cell(row(view, family["eve"]), INTRODUCED) == ""
    tip = tooltip_text(alice.data(Qt.ItemDataRole.ToolTipRole))
    assert "Anatomy demonstrator" in tip and "first lecture" in tip


def test_dates_read_as_far_as_they_are_known() -> None:
    assert short_date(PartialDate(2019, 9, 23)) == "23 Sep 2019"
    assert short_date(PartialDate(2021, 10)) == "Oct 2021"
    assert short_date(PartialDate(None, 9, 23)) == "23 Sep"
    assert met_text("2019", "Anatomy lab") == "2019 · Anatomy lab"
    assert met_text("", "") == ""


def test_you_and_two_levels_of_people_start_expanded(
    view: IntroductionsView, family: dict[str, int]
) -> None:
    tree = view.tree
    assert tree.isExpanded(you_row(view))
    assert expanded(view, family["alice"])  # level one
    assert expanded(view, family["bob"])  # level two
    assert not expanded(view, family["carol"])  # level three
    assert not tree.isSortingEnabled()


def test_a_loop_in_the_records_is_shown_once_without_hanging(qtbot: QtBot, journal: Path) -> None:
    first, second = add("First"), add("Second")
    introduce(first, second)
    introduce(second, first)

    view = make_view(qtbot)

    assert children(you_row(view)) == ["First"]  # broken at the person added first
    assert children(row(view, first)) == ["Second"]
    assert view.chain_to(second) == [first, second]


def test_people_in_the_trash_are_left_out_and_their_people_become_roots(
    qtbot: QtBot, family: dict[str, int]
) -> None:
    move_to_trash([family["bob"]])

    view = make_view(qtbot)

    assert not view.model.index_of(family["bob"]).isValid()
    assert children(you_row(view)) == ["Alice", "Dr Carol", "Zoë"]


def test_clicking_a_person_selects_them(
    qtbot: QtBot, view: IntroductionsView, family: dict[str, int]
) -> None:
    index = row(view, family["bob"])
    with qtbot.waitSignal(view.personSelected) as blocker:
        click(qtbot, view, index)
    assert blocker.args == [family["bob"]]
    assert view.selected_person_id() == family["bob"]
    assert view.chain_label.text() == "You → Alice → Bob"


def test_clicking_a_person_chosen_by_the_program_still_tells_listeners(
    qtbot: QtBot, view: IntroductionsView, family: dict[str, int]
) -> None:
    click(qtbot, view, row(view, family["ann"]))  # listeners were told of Ann once…
    with qtbot.assertNotEmitted(view.personSelected):
        view.select_person(family["bob"])  # …then the program moved on, and back
        view.select_person(family["ann"])
    with qtbot.waitSignal(view.personSelected) as blocker:
        click(qtbot, view, row(view, family["ann"]))
    assert blocker.args == [family["ann"]]


def test_moving_with_the_keyboard_selects_the_next_person(
    qtbot: QtBot, view: IntroductionsView, family: dict[str, int]
) -> None:
    view.select_person(family["alice"])
    view.tree.setFocus()
    with qtbot.waitSignal(view.personSelected) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert blocker.args == [family["ann"]]


def test_double_click_and_return_open_the_person(
    qtbot: QtBot, view: IntroductionsView, family: dict[str, int]
) -> None:
    with qtbot.waitSignal(view.personOpened) as blocker:
        click(qtbot, view, row(view, family["zoe"]), double=True)
    assert blocker.args == [family["zoe"]]

    view.select_person(family["bob"])
    view.tree.setFocus()
    with qtbot.waitSignal(view.personOpened) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert blocker.args == [family["bob"]]


def test_clicking_you_selects_nobody(
    qtbot: QtBot, view: IntroductionsView, family: dict[str, int]
) -> None:
    with qtbot.assertNotEmitted(view.personSelected), qtbot.assertNotEmitted(view.personOpened):
        click(qtbot, view, you_row(view), double=True)
    assert view.selected_person_id() is None


def test_select_person_opens_the_rows_above_them(
    view: IntroductionsView, family: dict[str, int]
) -> None:
    eve = row(view, family["eve"])
    assert not expanded(view, family["dan"])

    assert view.select_person(family["eve"])

    assert view.selected_person_id() == family["eve"]
    assert view.tree.selectionModel().isRowSelected(eve.row(), eve.parent())
    for above in ("carol", "dan"):
        assert expanded(view, family[above])
    assert view.tree.visualRect(eve).intersects(view.tree.viewport().rect())
    assert not view.select_person(999_999)


def test_the_chain_runs_from_the_first_person_you_met(
    view: IntroductionsView, family: dict[str, int]
) -> None:
    f = family
    assert view.chain_to(f["eve"]) == [f["alice"], f["bob"], f["carol"], f["dan"], f["eve"]]
    assert view.chain_to(f["zoe"]) == [f["zoe"]]
    assert view.chain_to(999_999) == []

    view.select_person(f["carol"])
    assert view.chain_label.text() == "You → Alice → Bob → Dr Carol"


def test_search_finds_a_nested_person_ignoring_case_and_accents(
    qtbot: QtBot, view: IntroductionsView, family: dict[str, int]
) -> None:
    with qtbot.waitSignal(view.personSelected) as blocker:
        view.search.setText("EVE")
    assert blocker.args == [family["eve"]]
    assert view.selected_person_id() == family["eve"]
    assert expanded(view, family["dan"])
    assert view.search_hint.isHidden()

    view.search.setText("zoe")
    assert view.selected_person_id() == family["zoe"]


def test_return_in_the_search_goes_to_the_next_match_and_round_again(
    qtbot: QtBot, view: IntroductionsView, family: dict[str, int]
) -> None:
    view.search.setText("an")  # Ann, Dan, in the order the tree lists them
    assert view.selected_person_id() == family["ann"]
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.selected_person_id() == family["dan"]
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.selected_person_id() == family["ann"]


def test_a_search_that_finds_nobody_says_so_under_the_field(
    view: IntroductionsView, family: dict[str, int]
) -> None:
    view.select_person(family["bob"])

    view.search.setText("Mallory")

    assert not view.search_hint.isHidden()
    assert "Mallory" in view.search_hint.text()
    assert view.selected_person_id() == family["bob"]  # left where it was
    view.search.clear()
    assert view.search_hint.isHidden()


def test_reload_keeps_the_selection_and_what_was_collapsed(
    qtbot: QtBot, view: IntroductionsView, family: dict[str, int]
) -> None:
    view.select_person(family["eve"])
    view.tree.collapse(row(view, family["alice"]))
    newcomer = add("Fay", family["zoe"])
    with write():
        Person.update(display_name="Evelyn").where(Person.id == family["eve"]).execute()

    with qtbot.assertNotEmitted(view.personSelected):
        view.reload()

    assert view.selected_person_id() == family["eve"]
    assert row(view, family["eve"]).data() == "Evelyn"
    assert view.chain_label.text().endswith("Dan → Evelyn")
    assert expanded(view, family["dan"])  # opened to show Eve
    assert expanded(view, family["bob"])
    assert expanded(view, family["zoe"])  # new parent: the default
    assert children(row(view, family["zoe"])) == ["Fay"]
    assert row(view, newcomer).parent() == row(view, family["zoe"])

    view.select_person(family["zoe"])
    view.tree.collapse(row(view, family["alice"]))
    view.reload()
    assert not expanded(view, family["alice"])


def test_reload_clears_the_chain_of_someone_now_in_the_trash(
    view: IntroductionsView, family: dict[str, int]
) -> None:
    view.select_person(family["eve"])
    move_to_trash([family["eve"]])

    view.reload()

    assert view.selected_person_id() is None
    assert view.chain_label.text() == ""


def test_an_empty_journal_shows_you_and_says_how_to_fill_the_tree(
    qtbot: QtBot, journal: Path
) -> None:
    view = make_view(qtbot)

    assert view.model.rowCount() == 1
    assert view.model.rowCount(you_row(view)) == 0
    assert view.explanation.isVisible()
    assert "Introduced by" in view.explanation.text()


def test_the_explanation_goes_once_someone_was_introduced(qtbot: QtBot, journal: Path) -> None:
    alice = add("Alice")
    view = make_view(qtbot)
    assert view.explanation.isVisible()

    add("Bob", alice)
    view.reload()

    assert not view.explanation.isVisible()


def test_controls_have_names_for_tests_and_assistive_tools(view: IntroductionsView) -> None:
    assert view.objectName() == "introductions_view"
    for control in (view.tree, view.search):
        assert control.objectName().startswith("introductions_")
        assert control.accessibleName()
    assert view.search.placeholderText() == "Find a person…"


def test_introductions_model_passes_qt_model_tester(view: IntroductionsView, qtmodeltester) -> None:
    qtmodeltester.check(view.model)


def test_the_model_still_answers_who_owns_it(view: IntroductionsView) -> None:
    assert view.model.parent() is view
