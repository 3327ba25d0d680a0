"""The map's tools: you in the middle, filters, search, the right-click menu, dragging people."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from networkjournal.store import map_places, people
from networkjournal.store.organisations import (
    OrganisationData,
    create_organisation,
    list_organisations,
)
from networkjournal.store.people import PersonData
from networkjournal.store.people_list import Criterion, CriterionKind, PeopleFilter, person_ids
from networkjournal.store.tags import list_tags
from networkjournal.store.topics import list_topics
from networkjournal.ui.panels.map_panel import YOU, MapPanel, you_weight
from networkjournal.ui.widgets.map_filters import window_start
from tests.ui.test_map_panel import TODAY, laid_out


def shown(panel: MapPanel) -> set[int]:
    return set(panel.node_items())


def matching(kind: CriterionKind, value: object) -> set[int]:
    return set(person_ids(PeopleFilter(criteria=(Criterion(kind, value),))))


def test_you_sit_in_the_middle_and_those_you_see_most_sit_nearer(panel: MapPanel) -> None:
    you = panel.you_item()
    assert you is not None and (you.pos().x(), you.pos().y()) == (0.0, 0.0)
    assert you.label.text() == "You"
    assert YOU not in panel.node_items()
    assert you_weight(0) == 0.0 < you_weight(3) < you_weight(10)


def test_each_filter_shows_only_the_people_it_chooses(qtbot: QtBot, panel: MapPanel) -> None:
    everyone = shown(panel)
    organisation = max(list_organisations(), key=lambda row: row.members).id
    tag = list_tags()[0].id
    topic = list_topics()[0].id
    filters = panel.filters
    for combo, kind, value in (
        (filters.organisation, CriterionKind.ORGANISATION, organisation),
        (filters.tag, CriterionKind.TAG, tag),
        (filters.topic, CriterionKind.TOPIC, topic),
    ):
        laid_out(qtbot, panel, lambda c=combo, v=value: filters.choose(c, v))
        assert shown(panel) == matching(kind, value)
        assert 0 < len(shown(panel)) < len(everyone)
        laid_out(qtbot, panel, lambda c=combo: filters.choose(c, None))
        assert shown(panel) == everyone


def test_the_time_window_keeps_people_seen_in_it(qtbot: QtBot, panel: MapPanel) -> None:
    everyone = shown(panel)
    laid_out(qtbot, panel, lambda: panel.filters.choose(panel.filters.window, "quarter"))
    since = window_start("quarter", TODAY)
    assert since == TODAY - dt.timedelta(days=90)
    assert shown(panel) == matching(CriterionKind.CONTACTED_SINCE, since.isoformat())
    assert 0 < len(shown(panel)) < len(everyone)
    assert window_start("year", TODAY) == dt.date(TODAY.year, 1, 1)


def test_filters_that_leave_no_one_say_so_and_clearing_brings_everyone_back(
    qtbot: QtBot, panel: MapPanel
) -> None:
    nobody = create_organisation(OrganisationData(name="Chess club (no members yet)"))
    laid_out(qtbot, panel, panel.reload)  # the new organisation is offered
    filters = panel.filters
    laid_out(qtbot, panel, lambda: filters.choose(filters.organisation, nobody))
    assert not shown(panel)
    assert panel.pages.currentWidget() is panel.empty
    assert "No one matches" in panel.empty.text()
    laid_out(qtbot, panel, filters.clear)
    assert panel.pages.currentWidget() is panel.view
    assert len(shown(panel)) == len(person_ids(PeopleFilter()))


def test_the_search_finds_centres_and_selects_a_person(qtbot: QtBot, panel: MapPanel) -> None:
    target = sorted(panel.node_items())[7]
    name = panel.node_items()[target].name
    with qtbot.waitSignal(panel.personSelected) as selected:
        qtbot.keyClicks(panel.search, name.upper())
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert selected.args == [target]
    assert panel.selected_person_id() == target
    centre = panel.view.mapToScene(panel.view.viewport().rect().center())
    assert (centre - panel.node_items()[target].pos()).manhattanLength() < 5
    assert panel.node_items()[target].label.isVisible()  # zoomed in far enough to read


def test_the_search_says_when_no_one_matches(qtbot: QtBot, panel: MapPanel) -> None:
    with qtbot.assertNotEmitted(panel.personSelected, wait=20):
        qtbot.keyClicks(panel.search, "zzzqqq")
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert "zzzqqq" in panel.search_message.text()


def test_return_goes_through_every_match_in_turn(qtbot: QtBot, panel: MapPanel) -> None:
    letter = "a"
    matches = {pid for pid, node in panel.node_items().items() if letter in node.name.lower()}
    assert len(matches) > 2
    found = set()
    qtbot.keyClicks(panel.search, letter)
    for _ in matches:
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
        found.add(panel.selected_person_id())
    assert found == matches
    assert panel.search_message.text().endswith(f"of {len(matches)}")


def menu_actions(menu: QMenu) -> dict[str, object]:
    return {action.objectName(): action for action in menu.actions() if action.objectName()}


def test_the_right_click_menu_offers_to_log_a_meeting_and_add_a_relationship(
    qtbot: QtBot, panel: MapPanel
) -> None:
    person_id = sorted(panel.node_items())[2]
    panel.select_person(person_id)
    at = panel.view.mapFromScene(panel.node_items()[person_id].scenePos())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, panel.view.mapToGlobal(at))
    QApplication.sendEvent(panel.view.viewport(), event)
    menu = panel.findChild(QMenu, "map_context_menu")
    assert menu is not None and menu.isVisible()
    actions = menu_actions(menu)
    assert panel.node_items()[person_id].name in actions["map_log_meeting"].text()
    with qtbot.waitSignal(panel.logMeetingRequested) as logged:
        actions["map_log_meeting"].trigger()
    assert logged.args == [person_id]
    menu.close()
    menu = panel.person_menu(person_id)
    with qtbot.waitSignal(panel.addRelationshipRequested) as adding:
        menu_actions(menu)["map_add_relationship"].trigger()
    assert adding.args == [person_id]
    with qtbot.waitSignal(panel.personOpened) as opened:
        menu_actions(menu)["map_open_profile"].trigger()
    assert opened.args == [person_id]
    background = menu_actions(panel.person_menu(None))
    assert "map_log_meeting" not in background and "map_menu_fit" in background


def drag(panel: MapPanel, person_id: int, by: QPoint) -> None:
    """Press on a person, move in steps, release: the real mouse events a drag makes."""
    viewport: QWidget = panel.view.viewport()
    start = panel.view.mapFromScene(panel.node_items()[person_id].scenePos())
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, at: QPoint, button: Qt.MouseButton, held) -> None:
        local = QPointF(at)
        global_ = QPointF(viewport.mapToGlobal(at))
        QApplication.sendEvent(viewport, QMouseEvent(kind, local, global_, button, held, mods))

    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start + by * step / 5, none, left)
    send(QEvent.Type.MouseButtonRelease, start + by, left, none)


def test_a_dragged_person_stays_put_is_remembered_and_can_be_undone(
    qtbot: QtBot, demo: Path
) -> None:
    stack = QUndoStack()
    made = MapPanel(today=TODAY, stack=stack)
    qtbot.addWidget(made)
    made.resize(900, 700)
    made.show()
    with qtbot.waitSignal(made.laidOut, timeout=10_000):
        pass
    person_id = made.scene.edges[0].source  # someone with a line to them
    before = made.node_items()[person_id].pos()
    drag(made, person_id, QPoint(60, 40))
    after = made.node_items()[person_id].pos()
    assert (after - before).manhattanLength() > 30
    assert made.node_items()[person_id].is_pinned()
    assert map_places.pinned_places() == {person_id: (after.x(), after.y())}
    assert stack.count() == 1 and "Move" in stack.undoText()
    # Their lines followed them: one now ends at the rim of their circle.
    radius = made.node_items()[person_id].radius
    ends = [
        point
        for item in made.scene.lines.values()
        for line in item.lines()
        for point in (line.p1(), line.p2())
    ]
    assert any(abs(QLineF(end, after).length() - radius) < 0.5 for end in ends)
    assert not any(item.lines() for item in made.scene.moving_lines.values())

    # A new person is laid out around them; they do not move.
    people.create_person(PersonData(given_name="Nia", family_name="Newcomer"))
    laid_out(qtbot, made, made.reload)
    assert made.node_items()[person_id].pos() == after

    stack.undo()
    assert made.node_items()[person_id].pos() == before
    assert not made.node_items()[person_id].is_pinned()
    assert map_places.pinned_places() == {}
    stack.redo()
    assert made.node_items()[person_id].pos() == after
    made.stop_layout()

    # Another session of the map starts with them where they were put.
    again = MapPanel(today=TODAY)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.laidOut, timeout=10_000):
        pass
    assert again.node_items()[person_id].pos() == after
    assert again.node_items()[person_id].is_pinned()
    menu = menu_actions(again.person_menu(person_id))
    menu["map_unpin"].trigger()
    assert not again.node_items()[person_id].is_pinned()
    assert map_places.pinned_places() == {}
    again.stop_layout()


def test_a_shaky_click_does_not_move_anyone(qtbot: QtBot, panel: MapPanel) -> None:
    person_id = sorted(panel.node_items())[6]
    before = panel.node_items()[person_id].pos()
    drag(panel, person_id, QPoint(1, 1))
    assert panel.node_items()[person_id].pos() == before
    assert not panel.pinned_ids()


def test_the_keyboard_zooms_fits_and_opens(qtbot: QtBot, panel: MapPanel) -> None:
    view = panel.view
    scale = view.scale_factor()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() > scale
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.scale_factor() - scale) < 1e-9
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    person_id = sorted(panel.node_items())[1]
    panel.select_person(person_id)
    with qtbot.waitSignal(panel.personOpened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [person_id]


def test_the_introduction_tree_is_a_second_page(qtbot: QtBot, panel: MapPanel) -> None:
    panel.tree_button.click()
    tree = panel.introductions
    assert tree is not None and panel.pages.currentWidget() is tree
    assert not panel.search.isEnabled()
    introduced = [p for p in people.person_choices() if people.get_person(p.id).introduced_by_id]
    assert introduced
    target = introduced[0].id
    with qtbot.waitSignal(panel.personSelected) as selected:
        assert tree.select_person(target)
        tree.personSelected.emit(target)
    assert selected.args == [target]
    assert len(tree.chain_to(target)) >= 2
    panel.map_button.click()
    assert panel.pages.currentWidget() is panel.view and panel.search.isEnabled()


def test_an_empty_journal_shows_how_to_start(qtbot: QtBot, journal: Path) -> None:
    made = MapPanel(today=TODAY)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: not made.is_laying_out())
    assert made.pages.currentWidget() is made.empty
    assert "No one is on the map yet" in made.empty.text()
    assert made.you_item() is None


def test_filtering_and_back_moves_no_one_and_lay_out_again_starts_afresh(
    qtbot: QtBot, panel: MapPanel
) -> None:
    before = {pid: node.pos() for pid, node in panel.node_items().items()}
    network = panel.filters.network.itemData(1)
    laid_out(qtbot, panel, lambda: panel.set_network(network))
    assert all(node.pos() == before[pid] for pid, node in panel.node_items().items())
    laid_out(qtbot, panel, lambda: panel.set_network(None))
    assert {pid: node.pos() for pid, node in panel.node_items().items()} == before
    assert not panel.is_laying_out()

    kept = sorted(before)[0]
    panel.pin(kept, (500.0, 500.0))
    actions = menu_actions(panel.person_menu(None))
    with qtbot.waitSignal(panel.laidOut, timeout=10_000):
        actions["map_lay_out_again"].trigger()
        assert panel.is_laying_out()
    after = {pid: node.pos() for pid, node in panel.node_items().items()}
    assert after[kept].x() == 500.0 and after[kept].y() == 500.0
    assert sum(after[pid] != before[pid] for pid in before) > len(before) // 2
