"""The follow-ups panel: overdue first, styled by status, and ticking asks instead of writing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from pytestqt.qtbot import QtBot

from networkjournal.store import follow_ups, journal, people
from networkjournal.store.follow_ups import FollowUpStatus
from networkjournal.store.journal import EntryData, FollowUpData
from networkjournal.store.people import PersonData
from networkjournal.ui.models.follow_ups_model import (
    DONE,
    DUE,
    ENTRY,
    FOLLOW_UP_ID_ROLE,
    PERSON,
    STATUS_ROLE,
    TITLE,
    FollowUpsModel,
    muted_colour,
    overdue_colour,
)
from networkjournal.ui.panels.follow_ups_panel import FollowUpsPanel

TODAY = dt.date.today()


def titles(panel: FollowUpsPanel) -> list[str]:
    model = panel.model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def is_done(follow_up_id: int) -> bool:
    rows = follow_ups.list_follow_ups(include_done=True)
    return next(r for r in rows if r.id == follow_up_id).done_at is not None


@pytest.fixture
def todo(journal: Path) -> dict[str, int]:
    """Follow-ups overdue, due today, tomorrow, undated, and one already done."""
    sam = people.create_person(PersonData(given_name="Sam", family_name="Patel"))
    saved = journal_entry(sam)
    made = {
        "undated": follow_ups.create_follow_up(FollowUpData("Read the QIP guidance")),
        "tomorrow": follow_ups.create_follow_up(
            FollowUpData("Book supervision", TODAY + dt.timedelta(days=1), sam)
        ),
        "today": follow_ups.create_follow_up(FollowUpData("Ring Mum", TODAY)),
        "overdue": follow_ups.create_follow_up(
            FollowUpData("Send the audit draft", TODAY - dt.timedelta(days=3), sam), saved
        ),
        "done": follow_ups.create_follow_up(
            FollowUpData("Thank-you card", TODAY - dt.timedelta(days=10))
        ),
    }
    follow_ups.set_done([made["done"]], True)
    return made | {"entry": saved, "sam": sam}


def journal_entry(person_id: int) -> int:
    data = EntryData(
        occurred_at=dt.datetime.now() - dt.timedelta(days=5),
        kind="supervision",
        title="Audit supervision",
        participant_ids=[person_id],
    )
    return journal.create_entry(data).entry_id


@pytest.fixture
def make_panel(qtbot: QtBot, journal: Path):
    def make() -> FollowUpsPanel:
        panel = FollowUpsPanel()
        qtbot.addWidget(panel)
        panel.resize(1000, 600)
        panel.show()
        return panel

    return make


def row_of(panel: FollowUpsPanel, follow_up_id: int) -> int:
    row = panel.model.row_of(follow_up_id)
    assert row is not None
    return row


def test_follow_ups_model_passes_the_model_tester(qtmodeltester, todo) -> None:
    model = FollowUpsModel()
    model.set_show_done(True)
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_overdue_come_first_and_done_ones_are_hidden(make_panel, todo) -> None:
    panel = make_panel()
    assert titles(panel) == [
        "Send the audit draft",
        "Ring Mum",
        "Book supervision",
        "Read the QIP guidance",
    ]
    assert panel.model.index(0, DONE).data(FOLLOW_UP_ID_ROLE) == todo["overdue"]
    assert panel.summary.text() == "4 to do · 1 overdue"


def test_show_done_lists_finished_ones_last(make_panel, todo, qtbot: QtBot) -> None:
    panel = make_panel()
    box = panel.show_done
    assert box.objectName() == "follow_ups_show_done"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert titles(panel)[-1] == "Thank-you card"
    assert panel.model.index(4, DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert "Thank-you card" not in titles(panel)


def test_columns_say_when_and_for_whom(make_panel, todo) -> None:
    panel = make_panel()
    model = panel.model
    overdue = row_of(panel, todo["overdue"])
    assert [model.index(overdue, c).data() for c in (TITLE, DUE, PERSON, ENTRY)] == [
        "Send the audit draft",
        "Overdue · 3 days",
        "Sam Patel",
        "Audit supervision",
    ]
    assert model.index(row_of(panel, todo["today"]), DUE).data() == "Today"
    assert model.index(row_of(panel, todo["tomorrow"]), DUE).data() == "Tomorrow"
    assert model.index(row_of(panel, todo["undated"]), DUE).data() == ""


def test_overdue_is_red_today_is_bold_done_is_struck_through(make_panel, todo) -> None:
    panel = make_panel()
    panel.show_done.setChecked(True)
    model = panel.model
    palette = QGuiApplication.palette()
    overdue = row_of(panel, todo["overdue"])
    assert model.index(overdue, DUE).data(STATUS_ROLE) == FollowUpStatus.OVERDUE
    foreground = model.index(overdue, DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(foreground) == overdue_colour(palette)
    assert model.index(overdue, PERSON).data(Qt.ItemDataRole.ForegroundRole) is None

    today = row_of(panel, todo["today"])
    font = model.index(today, TITLE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(today, TITLE).data(Qt.ItemDataRole.ForegroundRole) is None

    done = row_of(panel, todo["done"])
    font = model.index(done, TITLE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    colour = QColor(model.index(done, TITLE).data(Qt.ItemDataRole.ForegroundRole))
    assert colour == muted_colour(palette)

    upcoming = row_of(panel, todo["tomorrow"])
    assert model.index(upcoming, TITLE).data(Qt.ItemDataRole.FontRole) is None


def test_clicking_the_tick_box_asks_and_does_not_write(make_panel, todo, qtbot) -> None:
    panel = make_panel()
    row = row_of(panel, todo["today"])
    index = panel.model.index(row, DONE)
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    centre = panel.table.visualRect(index).center()  # the box is drawn in the middle
    with qtbot.waitSignal(panel.doneToggled) as toggled:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert toggled.args == [todo["today"], True]
    assert not is_done(todo["today"])
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_clicking_beside_the_tick_box_only_selects(make_panel, todo, qtbot: QtBot) -> None:
    panel = make_panel()
    emitted: list[tuple[int, bool]] = []
    panel.doneToggled.connect(lambda fid, done: emitted.append((fid, done)))
    rect = panel.table.visualRect(panel.model.index(0, DONE))
    beside = QPoint(rect.left() + 2, rect.center().y())  # where Qt alone would draw the box
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=beside)
    assert emitted == []
    assert panel.selected_ids() == [todo["overdue"]]


def test_space_toggles_every_selected_follow_up_without_writing(make_panel, todo, qtbot) -> None:
    panel = make_panel()
    panel.select_ids([todo["overdue"], todo["tomorrow"]])
    panel.table.setFocus()
    emitted: list[tuple[int, bool]] = []
    panel.doneToggled.connect(lambda fid, done: emitted.append((fid, done)))
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert emitted == [(todo["overdue"], True), (todo["tomorrow"], True)]
    assert not is_done(todo["overdue"]) and not is_done(todo["tomorrow"])
    # When every selected one is done, Space ticks them on again.
    follow_ups.set_done([todo["overdue"], todo["tomorrow"]], True)
    panel.show_done.setChecked(True)
    panel.select_ids([todo["overdue"], todo["tomorrow"]])
    emitted.clear()
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert sorted(emitted) == sorted([(todo["overdue"], False), (todo["tomorrow"], False)])


def test_reload_after_the_caller_writes_shows_the_tick(make_panel, todo) -> None:
    panel = make_panel()
    panel.show_done.setChecked(True)
    panel.doneToggled.connect(lambda fid, done: follow_ups.set_done([fid], done))
    panel.doneToggled.connect(lambda _fid, _done: panel.reload())
    panel.select_ids([todo["today"]])
    index = panel.model.index(row_of(panel, todo["today"]), DONE)
    panel.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert is_done(todo["today"])
    assert panel.selected_ids() == [todo["today"]]
    row = row_of(panel, todo["today"])
    assert panel.model.index(row, DONE).data(STATUS_ROLE) == FollowUpStatus.DONE


def test_activating_a_row_opens_its_entry(make_panel, todo, qtbot: QtBot) -> None:
    panel = make_panel()
    rect = panel.table.visualRect(panel.model.index(row_of(panel, todo["overdue"]), TITLE))
    viewport = panel.table.viewport()
    with qtbot.waitSignal(panel.openEntryRequested) as opened:
        # A real double-click starts with a press: the view opens only what was pressed.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [todo["entry"]]
    # A follow-up without an entry has nothing to open.
    emitted: list[int] = []
    panel.openEntryRequested.connect(emitted.append)
    panel.select_ids([todo["undated"]])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert emitted == []


def test_person_filter_lists_only_their_follow_ups(make_panel, todo) -> None:
    panel = make_panel()
    panel.set_person_filter(todo["sam"])
    assert titles(panel) == ["Send the audit draft", "Book supervision"]


def test_nothing_to_follow_up_says_so(make_panel, qtbot: QtBot) -> None:
    panel = make_panel()
    assert panel.stack.currentWidget() is panel.empty_state
    assert panel.empty_state.title.text() == "Nothing to follow up"
    assert panel.summary.text() == ""


def test_all_done_points_at_show_done(make_panel, todo) -> None:
    follow_ups.set_done([todo[k] for k in ("undated", "tomorrow", "today", "overdue")], True)
    panel = make_panel()
    assert panel.stack.currentWidget() is panel.empty_state
    assert "Show done" in panel.empty_state.body.text()
    panel.show_done.setChecked(True)
    assert panel.stack.currentWidget() is panel.table
    assert panel.model.rowCount() == 5
