"""The journal panel: its lazy model, its filters and its empty states, over a real journal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from networkjournal.demo import generate_journal
from networkjournal.store import journal, networks, people
from networkjournal.store.db import write
from networkjournal.store.journal import EntryData
from networkjournal.store.people import NetworkRole, PersonData
from networkjournal.ui.formatting import format_date
from networkjournal.ui.models.journal_table_model import (
    CACHE_LIMIT,
    ENTRY_ID_ROLE,
    JournalTableModel,
)
from networkjournal.ui.panels.journal_panel import JournalPanel

NOW = dt.datetime.now().replace(second=0, microsecond=0)


def network_id(name: str) -> int:
    return next(n.id for n in networks.list_networks() if n.name == name)


def titles(panel: JournalPanel) -> list[str]:
    """The titles the table shows, top to bottom."""
    model = panel.model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def log(title: str, days_ago: int, who: list[int], kind: str = "meeting", notes: str = "") -> int:
    data = EntryData(
        occurred_at=NOW - dt.timedelta(days=days_ago),
        kind=kind,
        title=title,
        notes=notes,
        participant_ids=who,
    )
    return journal.create_entry(data).entry_id


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    """Three people in different networks."""
    academic, social = network_id("Academic support"), network_id("Social")
    return {
        "brooks": people.create_person(
            PersonData(display_name="Dr Alex Brooks", networks=[NetworkRole(academic)])
        ),
        "sam": people.create_person(
            PersonData(given_name="Sam", family_name="Patel", networks=[NetworkRole(social)])
        ),
        "ines": people.create_person(PersonData(given_name="Inês", family_name="Ødegård")),
    }


@pytest.fixture
def entries(cast: dict[str, int]) -> dict[str, int]:
    """Four entries over a year, logged out of order."""
    return {
        "audit": log(
            "Audit planning", 20, [cast["brooks"]], "supervision", "Ethics form and the QIP."
        ),
        "coffee": log("Coffee after anatomy", 1, [cast["sam"]], "coffee", "Rowing trials."),
        "call": log("Call about the elective", 200, [cast["ines"], cast["sam"]], "call"),
        "today": log("Study group", 0, [cast["ines"]], notes="Renal physiology: clearance."),
    }


@pytest.fixture
def make_panel(qtbot: QtBot, journal: Path):
    def make(row_actions: list[QAction | None] | None = None) -> JournalPanel:
        panel = JournalPanel(row_actions or [])
        qtbot.addWidget(panel)
        panel.resize(1000, 600)
        panel.show()
        return panel

    return make


def test_journal_model_passes_the_model_tester(qtmodeltester, entries) -> None:
    model = JournalTableModel()
    model.reload()
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_entries_are_listed_newest_first_with_their_ids(make_panel, entries) -> None:
    panel = make_panel()
    assert titles(panel) == [
        "Study group",
        "Coffee after anatomy",
        "Audit planning",
        "Call about the elective",
    ]
    assert panel.model.index(1, 0).data(ENTRY_ID_ROLE) == entries["coffee"]
    assert panel.model.row_of(entries["call"]) == 3
    assert not panel.table.isSortingEnabled()


def test_columns_read_as_the_journal_speaks(make_panel, entries) -> None:
    panel = make_panel()
    model = panel.model
    coffee = model.row_of(entries["coffee"])
    assert [model.index(coffee, column).data() for column in range(5)] == [
        "yesterday",
        "Coffee",
        "Coffee after anatomy",
        "Sam Patel",
        "Rowing trials.",
    ]
    call = model.row_of(entries["call"])
    assert model.index(call, 3).data() == "Inês Ødegård, Sam Patel"
    # Older than a fortnight: the date itself; the tooltip adds the time.
    assert model.index(call, 0).data() == format_date((NOW - dt.timedelta(days=200)).date())
    assert NOW.strftime("%H:%M") in model.index(call, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_typing_a_word_from_the_notes_finds_the_entry(make_panel, entries, qtbot: QtBot) -> None:
    panel = make_panel()
    search = panel.filter_bar.search
    assert search.objectName() == "journal_search_field"
    qtbot.keyClicks(search, "clearan")  # a prefix, as typed so far
    qtbot.waitUntil(lambda: titles(panel) == ["Study group"])
    search.clear()
    qtbot.keyClicks(search, "ethics")
    qtbot.waitUntil(lambda: titles(panel) == ["Audit planning"])
    search.clear()
    qtbot.waitUntil(lambda: len(titles(panel)) == 4)


def test_choosing_a_kind_shows_only_that_kind(make_panel, entries, qtbot: QtBot) -> None:
    panel = make_panel()
    combo = panel.filter_bar.kind
    assert combo.itemText(0) == "All kinds"
    combo.setCurrentIndex(combo.findData("call"))
    qtbot.waitUntil(lambda: titles(panel) == ["Call about the elective"])
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(titles(panel)) == 4)


def test_choosing_a_network_shows_entries_with_its_people(make_panel, entries, qtbot) -> None:
    panel = make_panel()
    combo = panel.filter_bar.network
    assert combo.itemText(0) == "All networks"
    combo.setCurrentIndex(combo.findData(network_id("Social")))
    qtbot.waitUntil(lambda: titles(panel) == ["Coffee after anatomy", "Call about the elective"])


def test_a_new_network_appears_after_refresh_and_the_choice_is_kept(
    make_panel, entries, qtbot: QtBot
) -> None:
    panel = make_panel()
    combo = panel.filter_bar.network
    combo.setCurrentIndex(combo.findData(network_id("Social")))
    qtbot.waitUntil(lambda: len(titles(panel)) == 2)
    networks.create_network("Rowing club")
    panel.refresh_networks()
    assert combo.findText("Rowing club") > 0
    assert combo.currentData() == network_id("Social")


def test_person_filter_from_outside_and_from_the_picker(make_panel, cast, entries, qtbot) -> None:
    panel = make_panel()
    panel.set_person_filter(cast["ines"])
    assert titles(panel) == ["Study group", "Call about the elective"]
    picker = panel.filter_bar.person
    assert picker.objectName() == "journal_person_picker"
    picker.setCurrentIndex(picker.findData(cast["brooks"]))
    qtbot.waitUntil(lambda: titles(panel) == ["Audit planning"])
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "x")  # a name of no one: no person filter
    qtbot.waitUntil(lambda: len(titles(panel)) == 4)
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "Sam Patel")
    qtbot.waitUntil(lambda: titles(panel) == ["Coffee after anatomy", "Call about the elective"])
    panel.set_person_filter(None)
    assert len(titles(panel)) == 4


def test_date_presets_and_a_custom_range_narrow_the_table(make_panel, entries, qtbot) -> None:
    panel = make_panel()
    bar = panel.filter_bar
    assert not bar.from_date.isVisibleTo(panel)
    bar.dates.setCurrentIndex(bar.dates.findData("week"))
    qtbot.waitUntil(lambda: titles(panel) == ["Study group", "Coffee after anatomy"])
    bar.dates.setCurrentIndex(bar.dates.findData("month"))
    qtbot.waitUntil(lambda: len(titles(panel)) == 3)
    bar.dates.setCurrentIndex(bar.dates.findData("custom"))
    assert bar.from_date.isVisibleTo(panel) and bar.to_date.isVisibleTo(panel)
    day = QDate.currentDate()
    bar.to_date.setDate(day.addDays(-10))
    bar.from_date.setDate(day.addDays(-300))
    qtbot.waitUntil(lambda: titles(panel) == ["Audit planning", "Call about the elective"])
    # A start after the end moves the end with it: the range never runs backwards.
    bar.from_date.setDate(day.addDays(-1))
    assert bar.to_date.date() == day.addDays(-1)
    qtbot.waitUntil(lambda: titles(panel) == ["Coffee after anatomy"])


def test_empty_journal_offers_to_log_a_meeting(make_panel, qtbot: QtBot) -> None:
    panel = make_panel()
    assert panel.stack.currentWidget() is panel.empty_state
    assert "empty" in panel.empty_state.title.text()
    assert "Ctrl+L" in panel.empty_state.body.text()
    button = next(b for b in panel.empty_state._buttons if b.objectName() == "journal_log_button")
    with qtbot.waitSignal(panel.logRequested):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_no_match_says_so_and_clear_filters_shows_everything(make_panel, entries, qtbot) -> None:
    panel = make_panel()
    qtbot.keyClicks(panel.filter_bar.search, "zzzz")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty_state)
    assert panel.empty_state.title.text() == "No entries match “zzzz”"
    assert panel.empty_state.title.textFormat() == Qt.TextFormat.PlainText
    clear = next(
        b for b in panel.empty_state._buttons if b.objectName() == "journal_clear_filters_button"
    )
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.table)
    assert panel.filter_bar.search.text() == ""
    assert len(titles(panel)) == 4


def test_someone_with_no_entries_yet_is_named(make_panel, entries, qtbot: QtBot) -> None:
    panel = make_panel()
    newcomer = people.create_person(PersonData(given_name="Priya"))
    panel.refresh_people()
    panel.set_person_filter(newcomer)
    assert panel.stack.currentWidget() is panel.empty_state
    assert panel.empty_state.title.text() == "No entries with Priya yet"


def test_double_click_and_return_ask_to_open_the_entry(make_panel, entries, qtbot) -> None:
    panel = make_panel()
    row = panel.model.row_of(entries["audit"])
    rect = panel.table.visualRect(panel.model.index(row, 2))
    viewport = panel.table.viewport()
    with qtbot.waitSignal(panel.openRequested) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [entries["audit"]]
    panel.table.setFocus()
    panel.select_ids([entries["coffee"]])
    with qtbot.waitSignal(panel.openRequested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [entries["coffee"]]


def test_reload_keeps_the_selected_entries_selected(make_panel, cast, entries, qtbot) -> None:
    panel = make_panel()
    emitted: list[list[int]] = []
    panel.selectionChanged.connect(emitted.append)
    panel.select_ids([entries["audit"], entries["coffee"]])
    assert emitted[-1] == [entries["coffee"], entries["audit"]]  # in table order
    log("Newer than all", 0, [cast["sam"]])
    panel.reload()
    assert titles(panel)[0] == "Newer than all"
    assert panel.selected_ids() == [entries["coffee"], entries["audit"]]


def test_row_actions_work_on_the_table_and_fill_its_context_menu(make_panel, entries) -> None:
    edit, delete = QAction("Edit"), QAction("Delete")
    panel = make_panel([edit, None, delete])
    assert panel.table.actions() == [edit, delete]
    assert panel.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_cache_stays_bounded_while_scrolling_through_5000_entries(make_panel, qtbot) -> None:
    generate_journal(seed=1, people=50, interactions=5000, facts=0)
    panel = make_panel()
    model, table = panel.model, panel.table
    assert model.rowCount() == 5000
    assert model.cached_rows() <= 200  # only what the first screen needed
    scrollbar = table.verticalScrollBar()
    for value in range(0, scrollbar.maximum() + 1, max(1, scrollbar.pageStep())):
        scrollbar.setValue(value)
        QApplication.processEvents()
        assert model.cached_rows() <= CACHE_LIMIT
    for row in range(0, 5000, 7):  # and directly, row by row, as a screen reader might
        assert model.index(row, 2).data()
    assert model.cached_rows() <= CACHE_LIMIT
    occurred = [journal.entry_rows([model.entry_id(r)]) for r in (0, 2500, 4999)]
    when = [next(iter(rows.values())).occurred_at for rows in occurred]
    assert when == sorted(when, reverse=True)


def test_entries_written_in_one_transaction_all_appear(make_panel, cast) -> None:
    with write():
        for day in range(30):
            log(f"Ward round {day}", day, [cast["sam"]], "ward round")
    panel = make_panel()
    assert titles(panel)[:2] == ["Ward round 0", "Ward round 1"]
    assert panel.model.rowCount() == 30


def test_people_are_read_for_the_picker_only_once_the_panel_is_shown(
    qtbot: QtBot, cast: dict[str, int]
) -> None:
    panel = JournalPanel([])
    qtbot.addWidget(panel)
    assert panel.filter_bar.person.count() == 1  # "Anyone": nothing read while hidden
    panel.show()
    picker = panel.filter_bar.person
    assert picker.findData(cast["ines"]) > 0
    assert picker.itemText(0) == "Anyone"
    priya = people.create_person(PersonData(given_name="Priya"))
    panel.refresh_people()
    assert panel.filter_bar.person.findData(priya) > 0
