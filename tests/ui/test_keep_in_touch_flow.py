"""Keeping in touch in the real window: the overview, Reconnect, snooze, catch-up, dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from networkjournal.demo import build_demo
from networkjournal.store import dashboard, dates, people, reminders
from networkjournal.store import journal as entries
from networkjournal.store.journal import EntryData, EntryFilter
from networkjournal.store.networks import list_networks
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import NetworkRole, PersonData
from networkjournal.ui.main_window import (
    KEEP_IN_TOUCH_TAB,
    OVERVIEW_TAB,
    PEOPLE_TAB,
    MainWindow,
)
from networkjournal.ui.models.sidebar_model import ALL_PEOPLE, RECONNECT, UPCOMING
from tests.ui.conftest import when_dialog_opens

TODAY = dt.date.today()


def net(name: str) -> int:
    return next(n.id for n in list_networks() if n.name == name)


@pytest.fixture
def cast(journal: Path) -> dict[str, int]:
    """Three people due (one long overdue), one in touch, one with no period at all."""
    social, academic = net("Social"), net("Academic support")
    made = {
        name: people.create_person(PersonData(display_name=name, networks=roles))
        for name, roles in (
            ("Ana Silva", [NetworkRole(social)]),
            ("Dr Olu Bello", [NetworkRole(academic, "supervisor")]),
            ("Kit Long", [NetworkRole(social)]),
            ("Sam Recent", [NetworkRole(social)]),
            ("Nobody Due", []),
        )
    }

    def met(name: str, days_ago: int) -> None:
        when = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(12))
        entries.create_entry(EntryData(occurred_at=when, participant_ids=[made[name]]))

    met("Ana Silva", 200)
    met("Dr Olu Bello", 120)
    met("Kit Long", 900)
    met("Sam Recent", 2)
    return made


def reconnect_names(window: MainWindow) -> list[str]:
    model = window.keep_in_touch_panel.reconnect_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def due_names() -> set[str]:
    return {row.name for row in reminders.due_rows(TODAY)}


def test_the_first_start_of_a_day_opens_on_the_overview(
    qtbot: QtBot, journal: Path, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    people.create_person(PersonData(display_name="Ana Silva"))
    first = MainWindow(journal, settings)
    qtbot.addWidget(first)
    assert first.tabs.currentIndex() == OVERVIEW_TAB
    assert first.dashboard_panel.network_cards[None].figures["people"].value() == 1
    first.tabs.setCurrentIndex(PEOPLE_TAB)
    first.close()

    again = MainWindow(journal, settings)  # later the same day: where the user left off
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == PEOPLE_TAB

    # The next morning, with "Show Overview Each Day" turned off, it stays where it was.
    again.actions["action_toggle_daily_overview"].trigger()
    settings.setValue("overview/last_shown", (TODAY - dt.timedelta(days=1)).isoformat())
    again.close()
    turned_off = MainWindow(journal, settings)
    qtbot.addWidget(turned_off)
    assert not turned_off.actions["action_toggle_daily_overview"].isChecked()
    assert turned_off.tabs.currentIndex() == PEOPLE_TAB


def test_a_going_cold_figure_on_the_demo_overview_filters_the_people_table(
    make_window, journal: Path, qtbot: QtBot
) -> None:
    build_demo(seed=1)
    window = make_window()
    window.tabs.setCurrentIndex(OVERVIEW_TAB)
    board = window.dashboard_panel
    academic = net("Academic support")
    figures = {f.network_id: f for f in dashboard.network_figures(TODAY)}
    cold = figures[academic].going_cold
    assert all(f.people > 0 for f in figures.values())
    assert 0 < cold < figures[academic].people
    button = board.network_cards[academic].figures["going_cold"]
    assert button.accessibleName().startswith(str(cold))

    board.scroll_area.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert window.tabs.currentIndex() == PEOPLE_TAB
    assert window.people_panel.model.rowCount() == cold
    due = {row.person_id for row in reminders.due_rows(TODAY, network_id=academic)}
    model = window.people_panel.model
    assert {model.person_id(row) for row in range(model.rowCount())} == due

    # Clicking All people in the sidebar (already chosen) shows everyone again.
    sidebar = window.sidebar
    rect = sidebar.visualRect(sidebar.sidebar_model.index_of(ALL_PEOPLE))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.people_panel.model.rowCount() == figures[None].people


def test_reconnect_in_the_sidebar_lists_who_is_due_most_overdue_first(
    make_window, cast: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    index = window.sidebar.sidebar_model.index_of(RECONNECT)
    assert window.sidebar.sidebar_model.data(index, Qt.ItemDataRole.UserRole + 3) == 3
    window.sidebar.select_key(RECONNECT)

    assert window.tabs.currentIndex() == KEEP_IN_TOUCH_TAB
    assert reconnect_names(window) == ["Kit Long", "Ana Silva", "Dr Olu Bello"]
    assert window.count_label.text() == "3 due"


def test_snooze_a_week_takes_someone_off_the_list_until_undone(
    make_window, cast: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    window.sidebar.select_key(RECONNECT)
    panel = window.keep_in_touch_panel
    panel.select_people([cast["Ana Silva"]])
    snooze = window.actions["action_snooze_week"]
    assert snooze.isEnabled()
    snooze.trigger()

    assert "Ana Silva" not in reconnect_names(window)
    status = reminders.status_of(cast["Ana Silva"], TODAY)
    assert status is not None and status.snoozed_until == TODAY + dt.timedelta(days=7)
    index = window.sidebar.sidebar_model.index_of(RECONNECT)
    assert window.sidebar.sidebar_model.data(index, Qt.ItemDataRole.UserRole + 3) == 2

    window.actions["action_undo"].trigger()
    assert "Ana Silva" in reconnect_names(window)
    status = reminders.status_of(cast["Ana Silva"], TODAY)
    assert status is not None and status.snoozed_until is None


def test_a_catch_up_is_one_shortcut_and_a_save_away(
    make_window, cast: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    window.sidebar.select_key(RECONNECT)
    window.keep_in_touch_panel.select_people([cast["Kit Long"]])
    window.keep_in_touch_panel.reconnect_table.setFocus()

    def save(dialog: QDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens("entry_editor", save)
    qtbot.keyClick(
        window.keep_in_touch_panel.reconnect_table,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    [entry_id, *_] = entries.entry_ids(EntryFilter(person_id=cast["Kit Long"]))
    entry = entries.get_entry(entry_id)
    assert (entry.kind, entry.title) == ("message", "Catch-up with Kit Long")
    assert "Kit Long" not in due_names()
    assert "Kit Long" not in reconnect_names(window)


def test_change_how_often_from_the_profile_with_undo(
    make_window, cast: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    window.show_person(cast["Ana Silva"])
    section = window.person_panel.keep_in_touch
    assert "2 months (Social default)" in section.period.text()

    def two_weeks(dialog: QDialog) -> None:
        number = dialog.findChild(QSpinBox, "period_number_spin")
        number.lineEdit().selectAll()
        qtbot.keyClicks(number, "2")
        unit = dialog.findChild(QComboBox, "period_unit_combo")
        unit.setCurrentIndex(unit.findData("weeks"))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_dialog_opens("period_dialog", two_weeks)
    qtbot.mouseClick(section.button_of["period"], Qt.MouseButton.LeftButton)

    assert people.get_person(cast["Ana Silva"]).keep_in_touch_days == 14
    assert section.period.text() == "2 weeks"
    window.actions["action_undo"].trigger()
    assert people.get_person(cast["Ana Silva"]).keep_in_touch_days is None


def test_a_date_added_from_the_profile_is_coming_up_and_can_be_deleted(
    make_window, cast: dict[str, int], qtbot: QtBot
) -> None:
    window = make_window()
    window.show_person(cast["Dr Olu Bello"])
    soon = TODAY + dt.timedelta(days=3)

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "important_date_label_edit"), "Viva")
        date_edit = dialog.findChild(object, "important_date_edit")
        qtbot.keyClicks(date_edit.lineEdit(), soon.strftime("%d/%m/%Y"))
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_dialog_opens("important_date_dialog", fill)
    section = window.person_panel.keep_in_touch
    qtbot.mouseClick(section.add_date, Qt.MouseButton.LeftButton)

    [row] = dates.dates_of(cast["Dr Olu Bello"])
    assert (row.label, row.date.to_date(), row.yearly) == ("Viva", soon, False)
    [shown] = window.person_panel.keep_in_touch.dates.rows()
    assert shown.link is not None and shown.link.full_text() == "Viva"
    window.sidebar.select_key(UPCOMING)
    upcoming = window.keep_in_touch_panel.upcoming_table.model()
    whats = [upcoming.index(r, 1).data() for r in range(upcoming.rowCount())]
    assert "Viva" in whats

    window.show_person(cast["Dr Olu Bello"])
    [date_row] = window.person_panel.keep_in_touch.dates.rows()
    qtbot.mouseClick(date_row.remove, Qt.MouseButton.LeftButton)
    assert dates.dates_of(cast["Dr Olu Bello"]) == []
    window.actions["action_undo"].trigger()
    assert [r.label for r in dates.dates_of(cast["Dr Olu Bello"])] == ["Viva"]


def test_export_calendar_from_the_file_menu(
    make_window, cast: dict[str, int], qtbot: QtBot, tmp_path: Path
) -> None:
    people.update_person(
        cast["Ana Silva"],
        PersonData(
            display_name="Ana Silva",
            networks=[NetworkRole(net("Social"))],
            birthday=PartialDate(None, 3, 14),
        ),
    )
    window = make_window()
    target = tmp_path / "mine.ics"

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(target))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    when_dialog_opens("export_file_dialog", choose)
    window.actions["action_export_calendar"].trigger()

    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert "Ana Silva's birthday" in summaries
    assert "Get back in touch with Kit Long" in summaries
    assert not target.with_name("mine.ics.part").exists()
