"""The keep-in-touch panel: the most overdue first, the dates of the next month, never a
placeholder year."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication
from pytestqt.qtbot import QtBot

from networkjournal.store import dates, journal, networks, people
from networkjournal.store.dates import DateData
from networkjournal.store.journal import EntryData
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonData
from networkjournal.store.schema import Network
from networkjournal.ui.models.follow_ups_model import overdue_colour
from networkjournal.ui.models.reconnect_model import (
    DUE,
    EVERY,
    LAST_CONTACT,
    NAME,
    NETWORKS,
    ReconnectModel,
)
from networkjournal.ui.models.upcoming_model import AGE, WHAT, WHEN, WHO, UpcomingModel
from networkjournal.ui.panels.keep_in_touch_panel import KeepInTouchPanel
from networkjournal.ui.widgets.network_chips_delegate import NetworkChipsDelegate
from tests.ui.conftest import tooltip_text

TODAY = dt.date.today()
YEAR_END = dt.date(2026, 12, 28)  # a Monday


def network_id(name: str) -> int:
    return Network.get(Network.name == name).id


def person(name: str, days: int | None = None, network: str | None = None, **more) -> int:
    given, family = name.split()
    data = PersonData(given_name=given, family_name=family, keep_in_touch_days=days, **more)
    pid = people.create_person(data)
    if network is not None:
        networks.add_people_to_network([pid], network_id(network))
    return pid


def seen(person_id: int, days_ago: int) -> None:
    when = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(10, 0))
    journal.create_entry(EntryData(occurred_at=when, kind="coffee", participant_ids=[person_id]))


@pytest.fixture
def due(journal: Path) -> dict[str, int]:
    """Three people due (26 and 3 days overdue, due today), one not yet, two never due."""
    for network in Network.select():
        networks.set_network_keep_in_touch(network.id, None)
    networks.set_network_keep_in_touch(network_id("Academic support"), 30)
    made = {
        "ana": person("Ana Silva", 14),
        "ben": person("Ben Okafor", None, "Academic support"),
        "cy": person("Cy Young", 7, "Social"),
        "dee": person("Dee Lane", 90),
        "eve": person("Eve Moss"),
        "fay": person("Fay Roe", 7),
    }
    seen(made["ana"], 40)
    seen(made["ben"], 33)
    seen(made["cy"], 7)
    seen(made["dee"], 10)
    seen(made["eve"], 400)
    seen(made["fay"], 100)
    people.set_archived([made["fay"]], True)
    return made


@pytest.fixture
def make_panel(qtbot: QtBot, journal: Path):
    def make(
        reconnect: list[QAction | None] | None = None, upcoming: list[QAction | None] | None = None
    ) -> KeepInTouchPanel:
        panel = KeepInTouchPanel(reconnect or [], upcoming or [])
        qtbot.addWidget(panel)
        panel.resize(1000, 700)
        panel.show()
        return panel

    return make


def column(model, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def select_rows(table, rows: list[int]) -> None:
    selection = table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(table.model().index(row, 0), flags)


def double_click(qtbot: QtBot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- reconnect -------------------------------------------------------------------


def test_reconnect_model_passes_the_model_tester(qtmodeltester, due) -> None:
    model = ReconnectModel()
    model.reload(TODAY)
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_the_most_overdue_come_first(make_panel, due) -> None:
    panel = make_panel()
    model = panel.reconnect_model
    assert column(model, NAME) == ["Ana Silva", "Ben Okafor", "Cy Young"]
    assert column(model, DUE) == ["3 weeks overdue", "3 days overdue", "due today"]
    assert panel.reconnect.summary.text() == "3 due · 2 overdue"


def test_columns_say_networks_last_contact_and_period(make_panel, due) -> None:
    panel = make_panel()
    model = panel.reconnect_model
    assert column(model, EVERY) == ["2 weeks", "1 month (Academic support)", "1 week"]
    assert column(model, NETWORKS) == ["", "Academic support", "Social"]
    assert column(model, LAST_CONTACT)[2] == "7 days ago"
    tip = tooltip_text(model.index(1, EVERY).data(Qt.ItemDataRole.ToolTipRole))
    assert tip == "Everyone in Academic support every 1 month"
    delegate = panel.reconnect_table.itemDelegateForColumn(NETWORKS)
    assert isinstance(delegate, NetworkChipsDelegate)


def test_someone_never_contacted_says_never(make_panel, journal) -> None:
    person("Gus Grey", 3)
    panel = make_panel()
    panel.reload(TODAY + dt.timedelta(days=10))
    assert column(panel.reconnect_model, LAST_CONTACT) == ["never"]


def test_overdue_rows_are_red_and_due_today_is_bold(make_panel, due) -> None:
    panel = make_panel()
    model = panel.reconnect_model
    red = overdue_colour(QGuiApplication.palette())
    assert QColor(model.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole)) == red
    assert QColor(model.index(0, NAME).data(Qt.ItemDataRole.ForegroundRole)) == red
    assert model.index(0, EVERY).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    font = model.index(2, DUE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()


def test_selection_gives_person_ids_in_list_order(make_panel, due, qtbot) -> None:
    panel = make_panel()
    emitted: list[list[int]] = []
    panel.reconnectSelectionChanged.connect(emitted.append)
    select_rows(panel.reconnect_table, [2, 0])
    assert panel.selected_person_ids() == [due["ana"], due["cy"]]
    assert emitted[-1] == [due["ana"], due["cy"]]
    # A reload after an edit keeps them selected.
    panel.reload()
    assert panel.selected_person_ids() == [due["ana"], due["cy"]]


def test_double_click_opens_the_person(make_panel, due, qtbot: QtBot) -> None:
    panel = make_panel()
    with qtbot.waitSignal(panel.personRequested) as opened:
        double_click(qtbot, panel.reconnect_table, 1)
    assert opened.args == [due["ben"]]


def test_the_actions_given_sit_in_the_tool_bar_and_on_the_table(make_panel, due) -> None:
    catch_up = QAction("Catch Up")
    add_date = QAction("Add Date…")
    panel = make_panel([catch_up, None], [add_date])
    assert catch_up in panel.reconnect.toolbar.actions()
    assert catch_up in panel.reconnect_table.actions()
    assert add_date in panel.upcoming.toolbar.actions()
    assert add_date not in panel.reconnect_table.actions()


def test_no_periods_at_all_explains_how_to_set_one(make_panel, journal) -> None:
    for network in Network.select():
        networks.set_network_keep_in_touch(network.id, None)
    person("Eve Moss")
    panel = make_panel()
    assert panel.reconnect.stack.currentWidget() is panel.reconnect.empty_state
    assert panel.reconnect.empty_state.title.text() == "No one to reconnect with"
    assert panel.reconnect.summary.text() == ""


def test_everyone_in_touch_says_who_is_next(make_panel, journal) -> None:
    dee = person("Dee Lane", 90)
    seen(dee, 10)
    panel = make_panel()
    empty = panel.reconnect.empty_state
    assert panel.reconnect.stack.currentWidget() is empty
    assert empty.title.text() == "You're in touch with everyone"
    assert "Dee Lane" in empty.body.text()
    assert panel.selected_person_ids() == []


def test_focus_reconnect_puts_the_keyboard_on_the_first_row(make_panel, due, qtbot) -> None:
    panel = make_panel()
    panel.activateWindow()
    panel.focus_reconnect()
    qtbot.waitUntil(panel.reconnect_table.hasFocus)
    assert panel.reconnect_table.currentIndex().row() == 0
    assert panel.selected_person_ids() == [due["ana"]]


# --- coming up -------------------------------------------------------------------


@pytest.fixture
def year_end(journal: Path) -> dict[str, int]:
    """Birthdays and dates around the turn of 2026 into 2027."""
    ana = person("Ana Silva", birthday=PartialDate(1990, 1, 2))
    ben = person("Ben Okafor", birthday=PartialDate(None, 12, 30))  # year unknown
    gone = person("Old Friend", birthday=PartialDate(None, 12, 29))
    people.move_to_trash([gone])
    anniversary = dates.create_date(
        DateData("Anniversary", PartialDate(2020, 1, 1), yearly=True, person_id=ana)
    )
    finals = dates.create_date(DateData("Finals", PartialDate(2027, 1, 15)))
    past = dates.create_date(DateData("Open day", PartialDate(2026, 12, 20)))
    later = dates.create_date(DateData("Elective", PartialDate(2027, 3, 1)))
    return {
        "ana": ana,
        "ben": ben,
        "anniversary": anniversary,
        "finals": finals,
        "past": past,
        "later": later,
    }


def test_upcoming_model_passes_the_model_tester(qtmodeltester, year_end) -> None:
    model = UpcomingModel()
    model.reload(YEAR_END)
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_coming_up_crosses_the_year_end_in_date_order(make_panel, year_end) -> None:
    panel = make_panel()
    panel.reload(YEAR_END)
    model = panel.upcoming_model
    assert column(model, WHEN) == [
        "Wed 30 Dec · in 2 days",
        "Fri 1 Jan · in 4 days",
        "Sat 2 Jan · in 5 days",
        "Fri 15 Jan · in 18 days",
    ]
    assert column(model, WHAT) == ["Birthday", "Anniversary", "Birthday", "Finals"]
    assert column(model, WHO) == ["Ben Okafor", "Ana Silva", "Ana Silva", ""]
    assert column(model, AGE) == ["", "7 years", "turns 37", ""]


def test_today_and_tomorrow_are_said_in_words(make_panel, journal) -> None:
    person("Ana Silva", birthday=PartialDate(None, YEAR_END.month, YEAR_END.day))
    person("Ben Okafor", birthday=PartialDate(None, 12, 29))
    panel = make_panel()
    panel.reload(YEAR_END)
    assert column(panel.upcoming_model, WHEN) == ["Mon 28 Dec · today", "Tue 29 Dec · tomorrow"]
    font = panel.upcoming_model.index(0, WHAT).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()  # this week's stand out


def test_no_cell_shows_a_placeholder_year(make_panel, year_end) -> None:
    panel = make_panel()
    panel.reload(YEAR_END)
    model = panel.upcoming_model
    years: set[str] = set()
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                years.update(re.findall(r"\b\d{4}\b", tooltip_text(str(index.data(role) or ""))))
    assert years <= {"2026", "2027"}


def test_selected_dates_give_their_ids_and_birthdays_none(make_panel, year_end, qtbot) -> None:
    panel = make_panel()
    panel.reload(YEAR_END)
    emitted: list[list[int]] = []
    panel.upcomingSelectionChanged.connect(emitted.append)
    select_rows(panel.upcoming_table, [0, 1, 2, 3])
    assert panel.selected_date_ids() == [year_end["anniversary"], year_end["finals"]]
    assert emitted[-1] == [year_end["anniversary"], year_end["finals"]]
    assert panel.selected_upcoming_person_ids() == [year_end["ben"], year_end["ana"]]
    select_rows(panel.upcoming_table, [0])
    assert panel.selected_date_ids() == []


def test_double_click_opens_a_date_or_the_person_whose_birthday_it_is(
    make_panel, year_end, qtbot: QtBot
) -> None:
    panel = make_panel()
    panel.reload(YEAR_END)
    with qtbot.waitSignal(panel.dateOpenRequested) as opened:
        double_click(qtbot, panel.upcoming_table, 3)
    assert opened.args == [year_end["finals"]]
    with qtbot.waitSignal(panel.personRequested) as shown:
        double_click(qtbot, panel.upcoming_table, 0)
    assert shown.args == [year_end["ben"]]


def test_nothing_coming_up_says_so(make_panel, journal) -> None:
    panel = make_panel()
    section = panel.upcoming
    assert section.stack.currentWidget() is section.empty_state
    assert section.empty_state.title.text() == "Nothing coming up in the next 30 days"
    assert panel.selected_date_ids() == []


def test_every_part_has_an_object_name(make_panel, due) -> None:
    panel = make_panel()
    for name in ("reconnect_table", "upcoming_table", "keep_in_touch_splitter"):
        assert panel.findChild(object, name) is not None
    assert panel.reconnect_table.accessibleName() == "Reconnect"
    assert panel.upcoming_table.accessibleName() == "Coming up"
