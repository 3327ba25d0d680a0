"""The main window, driven with real events over a real journal file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from networkjournal.store import networks, people, people_list
from networkjournal.store.people import ContactMethodData, NetworkRole, PersonData
from networkjournal.store.people_list import View
from networkjournal.ui.main_window import MainWindow
from networkjournal.ui.models.sidebar_model import ALL_PEOPLE, SidebarKey
from tests.ui.conftest import when_dialog_opens


def names_in_table(window: MainWindow) -> list[str]:
    """The names the people table shows, top to bottom."""
    model = window.people_panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def network_id(name: str) -> int:
    return next(n.id for n in networks.list_networks() if n.name == name)


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    """A few people across networks, created through the store."""
    social, support, academic = (
        network_id("Social"),
        network_id("Personal support"),
        network_id("Academic support"),
    )
    return {
        "ines": people.create_person(
            PersonData(
                given_name="Inês",
                family_name="Ødegård",
                headline="Anatomy demonstrator",
                networks=[NetworkRole(academic, "demonstrator")],
            )
        ),
        "sam": people.create_person(
            PersonData(
                given_name="Sam",
                family_name="Patel",
                headline="Flatmate",
                networks=[NetworkRole(social, "flatmate"), NetworkRole(support)],
            )
        ),
        "brooks": people.create_person(
            PersonData(
                display_name="Dr Alex Brooks",
                headline="Project supervisor",
                networks=[NetworkRole(academic, "supervisor")],
                contacts=[ContactMethodData("email", "a.brooks@example.ac.uk")],
            )
        ),
        "mum": people.create_person(PersonData(given_name="Mum", networks=[NetworkRole(support)])),
    }


def test_empty_journal_tells_a_new_user_what_to_do_first(make_window) -> None:
    window = make_window()
    panel = window.people_panel
    assert panel.stack.currentWidget() is panel.empty_state
    assert "empty" in panel.empty_state.title.text()
    buttons = {b.objectName() for b in panel.empty_state._buttons}
    assert buttons == {"empty_new_person_button", "empty_demo_button"}


def test_demo_button_on_empty_journal_fills_it(make_window, qtbot: QtBot) -> None:
    window = make_window()
    button = next(
        b for b in window.people_panel.empty_state._buttons if b.objectName() == "empty_demo_button"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.people_panel.model.rowCount() > 40
    assert window.people_panel.stack.currentWidget() is window.people_panel.table
    assert not window.actions["action_demo_journal"].isEnabled()


def test_selecting_a_network_in_the_sidebar_filters_the_table(make_window, cast) -> None:
    window = make_window()
    assert len(names_in_table(window)) == 4
    window.sidebar.select_key(SidebarKey("network", network_id("Academic support")))
    assert names_in_table(window) == ["Dr Alex Brooks", "Inês Ødegård"]
    window.sidebar.select_key(SidebarKey("network", network_id("Personal support")))
    assert names_in_table(window) == ["Mum", "Sam Patel"]
    window.sidebar.select_key(ALL_PEOPLE)
    assert len(names_in_table(window)) == 4


def test_sidebar_shows_live_counts(make_window, cast, qtbot: QtBot) -> None:
    from networkjournal.ui.models.sidebar_model import COUNT_ROLE

    window = make_window()
    model = window.sidebar.sidebar_model
    academic = SidebarKey("network", network_id("Academic support"))
    assert model.index_of(academic).data(COUNT_ROLE) == 2
    window.people_panel.select_ids([cast["ines"]])
    window.people_panel.table.setFocus()
    qtbot.keyClick(window.people_panel.table, Qt.Key.Key_Delete)
    assert model.index_of(academic).data(COUNT_ROLE) == 1
    assert model.index_of(SidebarKey("view", View.TRASH.value)).data(COUNT_ROLE) == 1


def test_typing_in_the_search_field_filters_by_name(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field
    qtbot.keyClicks(window.search_field, "ines")  # no accent typed
    qtbot.waitUntil(lambda: names_in_table(window) == ["Inês Ødegård"])
    window.search_field.clear()
    qtbot.keyClicks(window.search_field, "pat")
    qtbot.waitUntil(lambda: names_in_table(window) == ["Sam Patel"])
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(names_in_table(window)) == 4)


def test_search_with_no_match_says_so_and_offers_to_clear(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    qtbot.keyClicks(window.search_field, "zzzz")
    panel = window.people_panel
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty_state)
    assert "zzzz" in panel.empty_state.title.text()
    clear = next(b for b in panel.empty_state._buttons if b.objectName() == "clear_search_button")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(names_in_table(window)) == 4)
    assert window.search_field.text() == ""


def test_trash_a_person_with_delete_and_undo_it(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    table = window.people_panel.table
    window.people_panel.select_ids([cast["sam"]])
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Sam Patel" not in names_in_table(window)
    assert people_list.person_ids(people_list.PeopleFilter(view=View.TRASH)) == [cast["sam"]]
    assert window.actions["action_undo"].text() == "&Undo Move 1 people to the trash" or (
        window.actions["action_undo"].isEnabled()
    )
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Sam Patel" in names_in_table(window)
    assert people_list.person_ids(people_list.PeopleFilter(view=View.TRASH)) == []
    # and redo with Ctrl+Shift+Z
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Sam Patel" not in names_in_table(window)


def test_delete_key_in_search_field_does_not_trash_anyone(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    window.people_panel.select_ids([cast["sam"]])
    qtbot.keyClicks(window.search_field, "sa")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Home)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Delete)
    assert window.search_field.text() == "a"
    assert people_list.person_ids(people_list.PeopleFilter(view=View.TRASH)) == []


def test_archive_then_restore_from_the_archive(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    window.people_panel.select_ids([cast["mum"]])
    window.actions["action_archive_person"].trigger()
    assert "Mum" not in names_in_table(window)
    window.sidebar.select_key(SidebarKey("view", View.ARCHIVED.value))
    assert names_in_table(window) == ["Mum"]
    assert not window.actions["action_archive_person"].isEnabled()
    window.people_panel.select_ids([cast["mum"]])
    assert window.actions["action_restore_person"].isEnabled()
    window.actions["action_restore_person"].trigger()
    assert names_in_table(window) == []
    assert window.people_panel.stack.currentWidget() is window.people_panel.empty_state
    window.sidebar.select_key(ALL_PEOPLE)
    assert "Mum" in names_in_table(window)


def test_restore_from_trash_and_forget(make_window, cast, qtbot: QtBot, monkeypatch) -> None:
    window = make_window()
    window.people_panel.select_ids([cast["sam"], cast["mum"]])
    window.actions["action_trash_person"].trigger()
    window.sidebar.select_key(SidebarKey("view", View.TRASH.value))
    assert names_in_table(window) == ["Mum", "Sam Patel"]
    window.people_panel.select_ids([cast["mum"]])
    window.actions["action_restore_person"].trigger()
    assert names_in_table(window) == ["Sam Patel"]
    monkeypatch.setattr("networkjournal.ui.people_controller.confirm", lambda *a: True)
    window.people_panel.select_ids([cast["sam"]])
    window.actions["action_forget_person"].trigger()
    assert names_in_table(window) == []
    assert cast["sam"] not in people.person_names()
    assert not window.undo_stack.canUndo()  # forgotten data does not linger in undo


def test_clicking_a_header_sorts_the_table(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    table: QTableView = window.people_panel.table
    header = table.horizontalHeader()
    assert names_in_table(window) == ["Dr Alex Brooks", "Inês Ødegård", "Mum", "Sam Patel"]
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2),
    )
    assert names_in_table(window) == ["Sam Patel", "Mum", "Inês Ødegård", "Dr Alex Brooks"]
    role_x = header.sectionViewportPosition(2) + 10
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(role_x, header.height() // 2)
    )
    # Sorted by role; Mum has none, so comes last.
    assert names_in_table(window) == ["Inês Ødegård", "Sam Patel", "Dr Alex Brooks", "Mum"]


def _drop_on_sidebar(
    window: MainWindow, qtbot: QtBot, ids_rows: list[int], key: SidebarKey
) -> None:
    """Drag table rows and drop them on a sidebar item, with real drag events."""
    model = window.people_panel.model
    mime: QMimeData = model.mimeData([model.index(row, 0) for row in ids_rows])
    tree = window.sidebar
    rect = tree.visualRect(tree.sidebar_model.index_of(key))
    pos = QPointF(rect.center())
    viewport = tree.viewport()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)


def test_dropping_people_on_a_network_adds_them(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    academic = network_id("Academic support")
    rows = [window.people_panel.model.row_of(cast[k]) for k in ("sam", "mum")]
    _drop_on_sidebar(window, qtbot, rows, SidebarKey("network", academic))
    members = people_list.person_ids(people_list.PeopleFilter(network_id=academic))
    assert set(members) == {cast["ines"], cast["brooks"], cast["sam"], cast["mum"]}
    window.undo_stack.undo()
    members = people_list.person_ids(people_list.PeopleFilter(network_id=academic))
    assert set(members) == {cast["ines"], cast["brooks"]}


def test_dropping_people_on_trash_moves_them_there(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    rows = [window.people_panel.model.row_of(cast["mum"])]
    _drop_on_sidebar(window, qtbot, rows, SidebarKey("view", View.TRASH.value))
    assert "Mum" not in names_in_table(window)


def test_new_network_rename_and_delete_keep_people(
    make_window, cast, qtbot: QtBot, monkeypatch
) -> None:
    window = make_window()
    monkeypatch.setattr(
        "networkjournal.ui.network_controller.QInputDialog.getText",
        lambda *a, **k: ("Research", True),
    )
    window.actions["action_new_network"].trigger()
    research = network_id("Research")
    assert window.sidebar.current_key() == SidebarKey("network", research)
    # rename in place: F2, type, Enter
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F2)
    editor = window.sidebar.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Audit projects")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(n.name == "Audit projects" for n in networks.list_networks()))
    networks.add_people_to_network([cast["sam"]], research)
    window.events.people_and_networks_changed()
    monkeypatch.setattr("networkjournal.ui.network_controller.confirm", lambda *a: True)
    window.actions["action_delete_network"].trigger()
    assert all(n.id != research for n in networks.list_networks())
    assert window.sidebar.current_key() == ALL_PEOPLE
    assert "Sam Patel" in names_in_table(window)  # deleting a network keeps its people
    window.undo_stack.undo()
    assert any(n.id == research and n.name == "Audit projects" for n in networks.list_networks())
    assert people_list.person_ids(people_list.PeopleFilter(network_id=research)) == [cast["sam"]]


def test_renaming_a_network_to_an_existing_name_is_refused(
    make_window, cast, qtbot: QtBot, monkeypatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(
        "networkjournal.ui.controller.show_error", lambda _w, _t, text: errors.append(text)
    )
    window = make_window()
    social = network_id("Social")
    window.sidebar.select_key(SidebarKey("network", social))
    window.network_controller.rename_network(social, "academic SUPPORT")
    assert errors and "already" in errors[0]
    names = [n.name for n in networks.list_networks()]
    assert names == ["Social", "Personal support", "Academic support"]
    index = window.sidebar.sidebar_model.index_of(SidebarKey("network", social))
    assert index.data() == "Social"


def test_moving_a_network_reorders_the_sidebar(make_window, cast) -> None:
    window = make_window()
    academic = network_id("Academic support")
    window.sidebar.select_key(SidebarKey("network", academic))
    assert not window.actions["action_move_network_down"].isEnabled()
    window.actions["action_move_network_up"].trigger()
    assert [n.name for n in networks.list_networks()][1] == "Academic support"
    group = window.sidebar.sidebar_model.networks_group()
    assert window.sidebar.sidebar_model.index(1, 0, group).data() == "Academic support"
    window.undo_stack.undo()
    assert [n.name for n in networks.list_networks()][2] == "Academic support"


def test_window_geometry_splitter_and_columns_are_remembered(
    qtbot: QtBot, journal: Path, settings: QSettings, cast
) -> None:
    first = MainWindow(journal, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800x600; restoring clamps to it
    first.splitter.setSizes([300, 600])
    first.people_panel.table.setColumnWidth(0, 333)
    first.people_panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(journal, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 700
    assert second.splitter.sizes() == sizes
    assert second.people_panel.table.columnWidth(0) == 333
    header = second.people_panel.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        4,
        Qt.SortOrder.DescendingOrder,
    )


def test_people_table_model_passes_qt_model_tester(make_window, cast, qtmodeltester) -> None:
    window = make_window()
    qtmodeltester.check(window.people_panel.model)


def test_sidebar_model_passes_qt_model_tester(make_window, cast, qtmodeltester) -> None:
    window = make_window()
    qtmodeltester.check(window.sidebar.sidebar_model)


def test_user_text_in_names_is_never_read_as_markup(make_window, journal, qtbot: QtBot) -> None:
    people.create_person(PersonData(display_name="<b>x</b><img src=/etc/hostname>"))
    window = make_window()
    assert names_in_table(window) == ["<b>x</b><img src=/etc/hostname>"]
    qtbot.keyClicks(window.search_field, "<b>")
    qtbot.waitUntil(lambda: window.people_panel.stack.currentWidget() is not None)


def test_create_a_person_by_typing_into_the_editor(make_window, qtbot: QtBot) -> None:
    window = make_window()

    def fill(dialog) -> None:
        given = dialog.findChild(QLineEdit, "given_name_edit")
        qtbot.keyClicks(given, "Chidi")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "family_name_edit"), "Nwosu")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "headline_edit"), "FY1 doctor")
        qtbot.keyClick(given, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens("person_editor", fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert names_in_table(window) == ["Chidi Nwosu"]
    assert window.people_panel.selected_ids() == list(people.person_names())
    row = window.people_panel.model.index(0, 2)
    assert row.data() == "FY1 doctor"
    # the new person can be undone and redone
    window.actions["action_undo"].trigger()
    assert names_in_table(window) == []
    window.actions["action_redo"].trigger()
    assert names_in_table(window) == ["Chidi Nwosu"]


def test_edit_a_person_from_the_table_with_return(make_window, cast, qtbot: QtBot) -> None:
    window = make_window()
    table = window.people_panel.table
    window.people_panel.select_ids([cast["mum"]])
    table.setFocus()

    def rename(dialog) -> None:
        nickname = dialog.findChild(QLineEdit, "display_name_edit")
        nickname.clear()
        qtbot.keyClicks(nickname, "Mum (Funmi)")
        qtbot.keyClick(nickname, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens("person_editor", rename)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert "Mum (Funmi)" in names_in_table(window)
    assert window.people_panel.selected_ids() == [cast["mum"]]
    window.undo_stack.undo()
    assert "Mum" in names_in_table(window) and "Mum (Funmi)" not in names_in_table(window)


def test_tooltips_show_user_text_as_typed(make_window, journal, qtbot: QtBot) -> None:
    from networkjournal.ui.models.people_table_model import COLUMNS
    from tests.ui.conftest import tooltip_text

    name = "<b>x</b><img src=/etc/hostname>"
    people.create_person(PersonData(display_name=name, headline="<i>role</i>"))
    window = make_window()
    model = window.people_panel.model
    for column, shown, escaped in ((0, name, "&lt;b&gt;"), (2, "<i>role</i>", "&lt;i&gt;")):
        tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        # Qt reads a tooltip that looks like HTML as HTML: ours is escaped inside a paragraph.
        assert escaped in tip
        assert "<b>" not in tip and "<i>" not in tip
        assert tooltip_text(tip) == shown
    assert len(COLUMNS) == 5
