"""The Map tab in the real window: made only when first shown; it selects and opens people."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from networkjournal.demo import build_demo
from networkjournal.store import people
from networkjournal.ui.main_window import MAP_TAB, PEOPLE_TAB, MainWindow
from tests.ui.test_map_panel import click_person


def test_the_map_tab_is_built_when_shown_and_selects_people_everywhere(
    make_window, journal: Path, qtbot: QtBot
) -> None:
    build_demo(seed=1)
    window: MainWindow = make_window()
    assert window.map_host.panel is None  # start-up did not pay for the map

    window.actions["action_show_map"].trigger()
    assert window.tabs.currentIndex() == MAP_TAB
    panel = window.map_host.panel
    assert panel is not None
    qtbot.waitUntil(lambda: bool(panel.node_items()) and not panel.is_laying_out(), timeout=20_000)
    someone = next(iter(people.person_names()))

    click_person(qtbot, panel, someone)
    assert window.people_panel.selected_ids() == [someone]
    assert window.tabs.currentIndex() == MAP_TAB  # a click does not leave the map

    click_person(qtbot, panel, someone, double=True)
    assert window.tabs.currentIndex() == PEOPLE_TAB
    assert window.person_panel.person_id == someone
