"""The overview: every figure opens exactly the people it counts; an empty journal reads well."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from networkjournal.demo import build_demo
from networkjournal.store import follow_ups, journal, networks, people, people_list
from networkjournal.store.journal import EntryData, FollowUpData
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import PersonData
from networkjournal.store.people_list import Criterion, CriterionKind, PeopleFilter
from networkjournal.store.schema import Network
from networkjournal.ui.panels.dashboard_panel import DashboardPanel
from networkjournal.ui.panels.profile_sections.widgets import LinkButton
from networkjournal.ui.widgets.dashboard_cards import FIGURE_KEYS
from networkjournal.ui.widgets.month_chart import MonthChart
from networkjournal.ui.widgets.month_chart import month_end as last_day_of

DEMO_DAY = dt.date(2026, 3, 14)
TODAY = dt.date.today()


@pytest.fixture
def make_panel(qtbot: QtBot, journal: Path):
    def make(today: dt.date = TODAY, width: int = 1000, height: int = 700) -> DashboardPanel:
        panel = DashboardPanel()
        qtbot.addWidget(panel)
        panel.resize(width, height)
        panel.reload(today)
        panel.show()
        qtbot.waitExposed(panel)
        settle()
        return panel

    return make


def settle() -> None:
    """Let the layouts place what reload built, as they do before anyone can click it."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def person(name: str, days: int | None = None, network: str | None = None, **more) -> int:
    given, family = name.split()
    data = PersonData(given_name=given, family_name=family, keep_in_touch_days=days, **more)
    pid = people.create_person(data)
    if network is not None:
        network_id = Network.get(Network.name == network).id
        networks.add_people_to_network([pid], network_id)
    return pid


def seen(person_id: int, days_ago: int, today: dt.date = TODAY) -> None:
    when = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(10, 0))
    journal.create_entry(EntryData(occurred_at=when, kind="coffee", participant_ids=[person_id]))


def row_texts(card) -> list[list[str]]:
    """Each row of a list card as the texts of its labels and links, left to right."""
    rows = []
    for row in card.rows.rows():
        texts = []
        for child in row.findChildren(object):
            if hasattr(child, "full_text"):
                texts.append(child.full_text())
            elif isinstance(child, QLabel):
                texts.append(child.text())
        rows.append(texts)
    return rows


# --- the demo journal ------------------------------------------------------------


@pytest.fixture
def demo_panel(make_panel, journal):
    build_demo(seed=1, today=DEMO_DAY)
    return make_panel(DEMO_DAY)


def test_the_demo_fills_every_section(demo_panel: DashboardPanel) -> None:
    everyone = demo_panel.network_cards[None]
    for key in ("people", "active", "going_cold"):
        assert everyone.figures[key].value() > 0, key
    assert demo_panel.reconnect_card.rows.rows()
    assert not demo_panel.chart.is_empty()
    assert next(iter(demo_panel.network_cards)) is None  # Everyone first
    assert len(demo_panel.network_cards) == 1 + Network.select().count()
    assert demo_panel.title.text() == "Saturday 14 March 2026"


def test_each_figure_opens_exactly_the_people_it_counts(demo_panel, qtbot: QtBot) -> None:
    checked = 0
    for card in demo_panel.network_cards.values():
        for key in FIGURE_KEYS:
            button = card.figures[key]
            with qtbot.waitSignal(demo_panel.peopleRequested) as requested:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            criteria, label = requested.args
            assert all(isinstance(c, Criterion) for c in criteria)
            shown = people_list.count_people(PeopleFilter(criteria=criteria))
            assert shown == button.value(), (card.name, key)
            assert label.startswith(card.name)
            checked += 1
    assert checked == 4 * len(demo_panel.network_cards)


def test_a_network_figure_names_its_network_and_what_it_counts(demo_panel, qtbot) -> None:
    academic = Network.get(Network.name == "Academic support").id
    card = demo_panel.network_cards[academic]
    button = card.figures["going_cold"]
    with qtbot.waitSignal(demo_panel.peopleRequested) as requested:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert requested.args == [
        (
            Criterion(CriterionKind.NETWORK, academic),
            Criterion(CriterionKind.DUE, DEMO_DAY.isoformat()),
        ),
        "Academic support · going cold",
    ]
    assert button.accessibleDescription() == "Show who in Academic support is due for a catch-up"
    assert button.toolTip()  # says what it opens


def test_a_figure_opens_from_the_keyboard(demo_panel, qtbot: QtBot) -> None:
    button = demo_panel.network_cards[None].figures["people"]
    button.setFocus()
    with qtbot.waitSignal(demo_panel.peopleRequested) as requested:
        qtbot.keyClick(button, Qt.Key.Key_Return)
    assert requested.args == [(), "Everyone"]


def test_a_bar_of_the_chart_opens_that_months_entries(demo_panel, qtbot: QtBot) -> None:
    chart: MonthChart = demo_panel.chart
    demo_panel.scroll_area.ensureWidgetVisible(chart)
    bar = next(b for b in reversed(chart.bars()) if b.network_id is not None and b.count)
    with qtbot.waitSignal(demo_panel.entriesRequested) as requested:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_centre(bar))
    assert requested.args == [bar.network_id, bar.month, last_day_of(bar.month)]


def test_newest_people_open_their_profile(demo_panel, qtbot: QtBot) -> None:
    link = demo_panel.network_cards[None].newest_links[0]
    person_id = int(link.objectName().rsplit("_", 1)[1])
    with qtbot.waitSignal(demo_panel.personRequested) as requested:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert requested.args == [person_id]


# --- sections ----------------------------------------------------------------------


def test_reconnect_lists_the_five_most_overdue_then_how_many_more(make_panel, qtbot) -> None:
    ids = []
    for n, name in enumerate(["Ana Silva", "Ben Okafor", "Cy Young", "Dee Lane", "Eve Moss"]):
        ids.append(person(name, 7))
        seen(ids[-1], 30 - n)
    for name in ("Fay Roe", "Gus Grey"):
        seen(person(name, 7), 8)
    panel = make_panel()
    rows = row_texts(panel.reconnect_card)
    assert rows[0] == ["Ana Silva", "3 weeks overdue"]  # seen 30 days ago, due after 7
    assert [row[0] for row in rows[:5]] == [
        "Ana Silva",
        "Ben Okafor",
        "Cy Young",
        "Dee Lane",
        "Eve Moss",
    ]
    assert rows[5] == ["and 2 more"]
    name = panel.reconnect_card.findChild(object, f"reconnect_person_{ids[1]}")
    with qtbot.waitSignal(panel.personRequested) as requested:
        qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    assert requested.args == [ids[1]]
    more = panel.findChild(object, "dashboard_reconnect_more")
    with qtbot.waitSignal(panel.reconnectRequested):
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.reconnectRequested):
        qtbot.mouseClick(panel.reconnect_card.see_all, Qt.MouseButton.LeftButton)


def test_follow_ups_show_overdue_first_then_today_only(make_panel, qtbot: QtBot) -> None:
    sam = person("Sam Patel")
    follow_ups.create_follow_up(FollowUpData("Ring Mum", TODAY))
    follow_ups.create_follow_up(FollowUpData("Send the draft", TODAY - dt.timedelta(days=3), sam))
    follow_ups.create_follow_up(FollowUpData("Book supervision", TODAY + dt.timedelta(days=1)))
    follow_ups.create_follow_up(FollowUpData("Someday"))
    panel = make_panel()
    assert row_texts(panel.follow_ups_card) == [
        ["Send the draft · Sam Patel", "3 days overdue"],
        ["Ring Mum", "today"],
    ]
    overdue = panel.follow_ups_card.rows.rows()[0].findChild(QLabel, "follow_up_due")
    today = panel.follow_ups_card.rows.rows()[1].findChild(QLabel, "follow_up_due")
    assert overdue.palette().windowText().color() != today.palette().windowText().color()
    link = panel.follow_ups_card.rows.rows()[1].findChildren(LinkButton)[0]
    with qtbot.waitSignal(panel.followUpsRequested):
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)


def test_coming_up_says_the_age_only_when_the_year_is_known(make_panel, qtbot) -> None:
    today = dt.date(2026, 11, 25)
    ana = person("Ana Silva", birthday=PartialDate(2001, 12, 1))
    person("Ben Okafor", birthday=PartialDate(None, 12, 20))
    person("Cy Young", birthday=PartialDate(None, 3, 1))  # months away
    panel = make_panel(today)
    assert row_texts(panel.upcoming_card) == [
        ["Tue 1 Dec", "Ana Silva's birthday (turns 25)"],
        ["Sun 20 Dec", "Ben Okafor's birthday"],
    ]
    first = panel.upcoming_card.rows.rows()[0]
    link = first.findChildren(LinkButton)[0]
    assert link.font().bold()  # this week
    assert not panel.upcoming_card.rows.rows()[1].findChildren(LinkButton)[0].font().bold()
    with qtbot.waitSignal(panel.personRequested) as requested:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert requested.args == [ana]


def test_an_empty_journal_reads_well(make_panel) -> None:
    panel = make_panel()
    assert panel.reconnect_card.empty_label.text() == (
        "No one to reconnect with — you're in touch with everyone."
    )
    assert panel.follow_ups_card.empty_label.isVisibleTo(panel)
    assert panel.upcoming_card.empty_label.isVisibleTo(panel)
    assert panel.summary.text().startswith("Your journal is empty")
    assert panel.chart.is_empty()
    everyone = panel.network_cards[None]
    assert [everyone.figures[key].value() for key in FIGURE_KEYS] == [0, 0, 0, 0]
    assert not everyone.newest.isVisibleTo(panel)


def test_names_are_shown_literally_never_as_rich_text(make_panel) -> None:
    pid = person("<b>Bo</b> <i>Ld</i>", 7)
    seen(pid, 20)
    panel = make_panel()
    assert row_texts(panel.reconnect_card)[0][0] == "<b>Bo</b> <i>Ld</i>"
    for label in panel.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_the_layout_reflows_to_a_narrow_window(make_panel, qtbot: QtBot) -> None:
    panel = make_panel(width=1000, height=700)
    qtbot.waitUntil(lambda: panel.lists.columns() == 3)
    assert panel.networks.columns() == 4
    panel.resize(560, 500)
    qtbot.waitUntil(lambda: panel.lists.columns() == 1)
    assert panel.networks.columns() == 2
    content = panel.scroll_area.widget()
    assert content.width() <= panel.scroll_area.viewport().width()
    assert panel.scroll_area.verticalScrollBar().maximum() > 0  # a short window scrolls


def test_reload_replaces_what_was_shown(make_panel) -> None:
    panel = make_panel()
    pid = person("Ana Silva", 7)
    seen(pid, 10)
    panel.reload(TODAY)
    assert row_texts(panel.reconnect_card)[0][0] == "Ana Silva"
    assert panel.network_cards[None].figures["people"].value() == 1
