"""Reminders: once a day, when follow-ups are due or overdue, and never when turned off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from networkjournal.store import follow_ups, people
from networkjournal.store import journal as entries
from networkjournal.store.journal import EntryData, FollowUpData
from networkjournal.store.people import PersonData
from networkjournal.ui.reminders import (
    CHECK_INTERVAL_MS,
    LAST_SHOWN_KEY,
    ReminderScheduler,
    TrayReminders,
)

TODAY = dt.date(2026, 3, 10)


class Clock:
    """A day the test moves on by hand."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def shown() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def scheduler(
    qtbot: QtBot,
    journal: Path,
    settings: QSettings,
    shown: list[tuple[str, str]],
    clock: Clock,
) -> ReminderScheduler:
    return ReminderScheduler(settings, lambda title, message: shown.append((title, message)), clock)


def add(title: str, due_on: dt.date | None, person_id: int | None = None) -> int:
    return follow_ups.create_follow_up(FollowUpData(title, due_on, person_id))


def test_due_and_overdue_follow_ups_are_told_once_a_day(
    scheduler: ReminderScheduler, shown: list[tuple[str, str]], settings: QSettings
) -> None:
    ana = people.create_person(PersonData(given_name="Ana", family_name="Silva"))
    add("Send the audit draft", TODAY - dt.timedelta(days=3), ana)
    add("Ring Mum", TODAY)
    add("Book supervision", TODAY - dt.timedelta(days=1))
    add("Renew library card", TODAY + dt.timedelta(days=1))
    add("Read the QIP guidance", None)
    assert scheduler.check()
    assert shown == [
        ("3 follow-ups are due", "Send the audit draft — Ana Silva\nBook supervision\nRing Mum")
    ]
    assert settings.value(LAST_SHOWN_KEY) == "2026-03-10"
    assert not scheduler.check()
    assert len(shown) == 1


def test_a_restart_the_same_day_stays_quiet(
    journal: Path, tmp_path: Path, clock: Clock, shown: list[tuple[str, str]]
) -> None:
    add("Ring Mum", TODAY)
    path = str(tmp_path / "settings.ini")
    first = QSettings(path, QSettings.Format.IniFormat)
    ReminderScheduler(first, lambda *told: shown.append(told), clock).check()
    again = QSettings(path, QSettings.Format.IniFormat)
    assert not ReminderScheduler(again, lambda *told: shown.append(told), clock).check()
    assert shown == [("1 follow-up is due", "Ring Mum")]


def test_the_next_day_reminds_again_of_what_is_still_open(
    scheduler: ReminderScheduler, shown: list[tuple[str, str]], clock: Clock
) -> None:
    add("Ring Mum", TODAY)
    scheduler.check()
    clock.day = TODAY + dt.timedelta(days=1)
    assert scheduler.check()
    assert shown == [("1 follow-up is due", "Ring Mum")] * 2


def test_nothing_is_told_when_nothing_is_due(
    scheduler: ReminderScheduler, shown: list[tuple[str, str]], settings: QSettings
) -> None:
    add("Renew library card", TODAY + dt.timedelta(days=1))
    add("Read the QIP guidance", None)
    assert not scheduler.check()
    assert shown == []
    assert settings.value(LAST_SHOWN_KEY) is None


def test_a_follow_up_added_later_in_the_day_is_still_told(
    scheduler: ReminderScheduler, shown: list[tuple[str, str]]
) -> None:
    assert not scheduler.check()
    add("Ring Mum", TODAY)
    assert scheduler.check()
    assert len(shown) == 1


def test_done_follow_ups_do_not_count(
    scheduler: ReminderScheduler, shown: list[tuple[str, str]], settings: QSettings
) -> None:
    done = add("Send the audit draft", TODAY - dt.timedelta(days=2))
    add("Ring Mum", TODAY)
    follow_ups.set_done([done], True)
    scheduler.check()
    assert shown == [("1 follow-up is due", "Ring Mum")]
    shown.clear()
    settings.remove(LAST_SHOWN_KEY)
    follow_ups.set_done([follow_ups.list_follow_ups()[0].id], True)
    assert not scheduler.check()
    assert shown == []


def test_follow_ups_of_an_entry_in_the_trash_do_not_count(
    scheduler: ReminderScheduler, shown: list[tuple[str, str]]
) -> None:
    saved = entries.create_entry(
        EntryData(
            kind="meeting",
            occurred_at=dt.datetime(2026, 3, 1, 10, 0),
            title="Supervision",
            follow_ups=[FollowUpData("Send the audit draft", TODAY)],
        )
    )
    entries.trash_entries([saved.entry_id])
    assert not scheduler.check()
    assert shown == []


def test_turned_off_reminders_say_nothing(
    scheduler: ReminderScheduler, shown: list[tuple[str, str]], settings: QSettings
) -> None:
    add("Ring Mum", TODAY)
    settings.setValue("reminders/enabled", False)
    assert not scheduler.check()
    assert shown == []
    settings.setValue("reminders/enabled", True)
    assert scheduler.check()


def test_reminders_turned_off_in_the_settings_file_stay_off(
    journal: Path, tmp_path: Path, clock: Clock, shown: list[tuple[str, str]]
) -> None:
    add("Ring Mum", TODAY)
    path = tmp_path / "settings.ini"
    path.write_text("[reminders]\nenabled=false\n", encoding="utf-8")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert not ReminderScheduler(settings, lambda *told: shown.append(told), clock).check()
    assert shown == []


def test_many_due_follow_ups_show_the_first_few_and_how_many_more(
    scheduler: ReminderScheduler, shown: list[tuple[str, str]]
) -> None:
    for day in range(6):
        add(f"Task {day}", TODAY - dt.timedelta(days=10 - day))
    scheduler.check()
    assert shown == [("6 follow-ups are due", "Task 0\nTask 1\nTask 2\nand 3 more")]


def test_a_title_holding_a_placeholder_is_shown_as_typed(
    scheduler: ReminderScheduler, shown: list[tuple[str, str]]
) -> None:
    sam = people.create_person(PersonData(given_name="Sam"))
    add("Ask about %2 and <b>", TODAY, sam)
    scheduler.check()
    assert shown == [("1 follow-up is due", "Ask about %2 and <b> — Sam")]


def test_started_it_checks_at_once_and_again_on_its_timer_past_midnight(
    qtbot: QtBot, scheduler: ReminderScheduler, shown: list[tuple[str, str]], clock: Clock
) -> None:
    add("Ring Mum", TODAY)
    assert scheduler.timer.interval() == CHECK_INTERVAL_MS
    scheduler.start()
    assert len(shown) == 1
    assert scheduler.timer.isActive()
    scheduler.timer.setInterval(10)
    clock.day = TODAY + dt.timedelta(days=1)
    qtbot.waitUntil(lambda: len(shown) == 2)
    scheduler.stop()
    assert not scheduler.timer.isActive()


def test_without_a_system_tray_nothing_is_built_and_nothing_shown(qtbot: QtBot) -> None:
    tray = TrayReminders()
    assert tray.icon is None
    assert not tray.is_available()
    assert tray.notify("1 follow-up is due", "Ring Mum") is False


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> Iterator[TrayReminders]:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    tray = TrayReminders()
    yield tray
    tray.hide()


def test_the_tray_shows_the_reminder_and_clicking_it_brings_the_window(
    qtbot: QtBot, tray: TrayReminders
) -> None:
    assert tray.icon is not None
    assert not tray.icon.icon().isNull()
    assert not tray.icon.isVisible()
    assert tray.notify("1 follow-up is due", "Ring Mum")
    assert tray.icon.isVisible()
    assert tray.icon.toolTip() == "1 follow-up is due"
    with qtbot.waitSignal(tray.activated):
        tray.icon.messageClicked.emit()
    assert not tray.icon.isVisible()


def test_clicking_the_tray_icon_brings_the_window_but_its_menu_click_does_not(
    qtbot: QtBot, tray: TrayReminders
) -> None:
    assert tray.icon is not None
    tray.notify("1 follow-up is due", "Ring Mum")
    reason = QSystemTrayIcon.ActivationReason
    with qtbot.assertNotEmitted(tray.activated):
        tray.icon.activated.emit(reason.Context)
    with qtbot.waitSignal(tray.activated):
        tray.icon.activated.emit(reason.Trigger)


def test_a_notification_body_shows_html_looking_text_as_typed() -> None:
    from networkjournal.ui.reminders import notification_body

    typed = "Email <b>x</b><img src=/etc/hostname> & co"
    # A service that reads markup gets it escaped, so it shows the characters typed …
    assert notification_body(typed, markup=True) == (
        "Email &lt;b&gt;x&lt;/b&gt;&lt;img src=/etc/hostname&gt; &amp; co"
    )
    # … one that does not gets the text itself.
    assert notification_body(typed, markup=False) == typed


def test_without_a_notification_service_markup_is_not_assumed() -> None:
    from networkjournal.ui.reminders import notifications_read_markup

    assert notifications_read_markup() is False  # no session bus in the test run
