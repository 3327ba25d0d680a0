"""The Map tab in the real window: made only when first shown; it selects and opens people."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QMenu
from pytestqt.qtbot import QtBot

from networkjournal.demo import build_demo
from networkjournal.store import people
from networkjournal.store.people import PersonData
from networkjournal.store.schema import Relationship
from networkjournal.ui.main_window import MAP_TAB, PEOPLE_TAB, MainWindow
from tests.ui.conftest import when_dialog_opens
from tests.ui.record_form_helpers import child, pick
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


def test_the_maps_menu_logs_a_meeting_and_adds_a_relationship(
    make_window, journal: Path, qtbot: QtBot
) -> None:
    build_demo(seed=1)
    window: MainWindow = make_window()
    window.actions["action_show_map"].trigger()
    panel = window.map_host.panel
    assert panel is not None
    qtbot.waitUntil(lambda: bool(panel.node_items()) and not panel.is_laying_out(), timeout=20_000)
    ada = people.create_person(PersonData(given_name="Ada", family_name="Mapfield"))
    ben = people.create_person(PersonData(given_name="Ben", family_name="Mapfield"))
    window.events.people_and_networks_changed()
    qtbot.waitUntil(lambda: ada in panel.node_items() and not panel.is_laying_out(), timeout=20_000)

    seen: list[list[int]] = []

    def read_entry(dialog: QDialog) -> None:
        seen.append(dialog.entry_data_unvalidated().participant_ids)
        dialog.reject()

    when_dialog_opens("entry_editor", read_entry)
    action(panel.person_menu(ada), "map_log_meeting").trigger()
    assert seen == [[ada]]

    def relate(dialog: QDialog) -> None:
        pick(qtbot, child(dialog, QComboBox, "relationship_to_combo"), "ben map", "Ben Mapfield")
        combo = child(dialog, QComboBox, "relationship_kind_combo")
        combo.setCurrentIndex(combo.findData("friend"))
        dialog.accept()

    when_dialog_opens("relationship_dialog", relate)
    action(panel.person_menu(ada), "map_add_relationship").trigger()
    saved = Relationship.select().where(Relationship.person_a == ada)
    assert [(r.person_a_id, r.person_b_id, r.kind) for r in saved] == [(ada, ben, "friend")]
    assert "relationship" in window.undo_stack.undoText().lower()
    # The map draws the new line once it has been read again.
    qtbot.waitUntil(
        lambda: any({edge.source, edge.target} == {ada, ben} for edge in panel.scene.edges),
        timeout=20_000,
    )


def action(menu: QMenu, name: str) -> QAction:
    found = menu.findChild(QAction, name)
    assert found is not None
    return found
