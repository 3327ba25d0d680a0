"""What the keep-in-touch actions do: catch up, snooze, change how often, dates, calendar export.

Every change goes through undo; the lists that show who is due listen to
``JournalEvents`` and follow.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from networkjournal.store import dates, networks, people, reminders
from networkjournal.ui.commands import StoreCommand
from networkjournal.ui.controller import Controller
from networkjournal.ui.dialogs.export_file import export_text
from networkjournal.ui.entry_controller import EntryController
from networkjournal.ui.events import JournalEvents
from networkjournal.ui.formatting import describe_period
from networkjournal.ui.record_commands import CreateRecord, DeleteRecord, UpdateRecord, record_store

DATES = record_store(dates, "date")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("KeepInTouch", text, "", n)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it has no such day."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Snooze(StoreCommand):
    """Put off reminders about people until a day (None: remind when due again)."""

    def __init__(self, events: JournalEvents, person_ids: list[int], until: dt.date | None) -> None:
        text = (
            _tr("Snooze %n people", len(person_ids))
            if until is not None
            else _tr("Stop snoozing %n people", len(person_ids))
        )
        super().__init__(events, text)
        self.person_ids, self.until = person_ids, until
        self._before: dict[int, dt.date | None] = {}

    def apply(self) -> None:
        self._before = reminders.snooze(self.person_ids, self.until)

    def revert(self) -> None:
        reminders.set_snoozes(self._before)


class SetPeriod(StoreCommand):
    """Change how often to keep in touch with people (None: their networks' default)."""

    def __init__(self, events: JournalEvents, person_ids: list[int], days: int | None) -> None:
        super().__init__(events, _tr("Change how often to keep in touch"))
        self.person_ids, self.days = person_ids, days
        self._before: dict[int, int | None] = {}

    def apply(self) -> None:
        self._before = reminders.set_periods(self.person_ids, self.days)

    def revert(self) -> None:
        reminders.restore_periods(self._before)


class KeepInTouchController(Controller):
    """Carries out the keep-in-touch and date actions on what the window has selected."""

    dateSaved = Signal(int)

    def __init__(
        self,
        window: QWidget,
        actions: dict[str, QAction],
        stack: QUndoStack,
        events: JournalEvents,
        entries: EntryController,
        selected_people: Callable[[], list[int]],
        selected_dates: Callable[[], list[int]],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window, actions, stack, events)
        self.entries = entries
        self.selected_people = selected_people
        self.selected_dates = selected_dates
        self.today = today
        self.connect_actions(
            {
                "action_catch_up": lambda: self.catch_up(self.selected_people()),
                "action_snooze_week": lambda: self.snooze(
                    self.selected_people(), self.today() + dt.timedelta(days=7)
                ),
                "action_snooze_month": lambda: self.snooze(
                    self.selected_people(), add_months(self.today(), 1)
                ),
                "action_unsnooze": lambda: self.snooze(self.selected_people(), None),
                "action_change_period": lambda: self.change_period(self.selected_people()),
                "action_add_date": lambda: self.add_date(),
                "action_edit_date": lambda: [self.edit_date(i) for i in self.selected_dates()[:1]],
                "action_delete_date": lambda: self.delete_dates(self.selected_dates()),
                "action_export_calendar": self.export_calendar,
            }
        )

    # --- people ---------------------------------------------------------------------

    @Slot(str, int)
    def request(self, what: str, person_id: int) -> None:
        """Do what a profile's keep-in-touch link asks for one person (see KeepInTouchSection)."""
        today = self.today()
        match what:
            case "catch_up":
                self.catch_up([person_id])
            case "snooze_week":
                self.snooze([person_id], today + dt.timedelta(days=7))
            case "snooze_month":
                self.snooze([person_id], add_months(today, 1))
            case "unsnooze":
                self.snooze([person_id], None)
            case "period":
                self.change_period([person_id])
            case "add_date":
                self.add_date(person_id)

    def catch_up(self, person_ids: list[int]) -> None:
        """Open the log dialog ready to save a catch-up with these people."""
        if not person_ids:
            return
        names = [people.get_person(pid).display_name for pid in person_ids]
        title = (
            self.tr("Catch-up with %1").replace("%1", names[0])
            if len(names) == 1
            else self.tr("Catch-up")
        )
        self.entries.log_entry(person_ids, kind="message", title=title)

    def snooze(self, person_ids: list[int], until: dt.date | None) -> None:
        """Put off reminders about these people until ``until`` (None: no longer)."""
        if person_ids:
            self.run_command(Snooze(self.events, person_ids, until))

    def change_period(self, person_ids: list[int]) -> None:
        """Ask how often to keep in touch with these people, and set it."""
        from networkjournal.ui.dialogs.period_dialog import PeriodDialog

        if not person_ids:
            return
        current = {people.get_person(pid).keep_in_touch_days for pid in person_ids}
        dialog = PeriodDialog(
            [people.get_person(pid).display_name for pid in person_ids],
            current.pop() if len(current) == 1 else None,
            self._default_hint(person_ids),
            parent=self.window,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_period(person_ids, dialog.days())

    def set_period(self, person_ids: list[int], days: int | None) -> None:
        """Keep in touch with these people every ``days`` (None: their networks' default)."""
        if person_ids:
            self.run_command(SetPeriod(self.events, person_ids, days))

    def _default_hint(self, person_ids: list[int]) -> str:
        """What the networks' default gives, for the dialog to say."""
        if len(person_ids) != 1:
            return self.tr("Network default: the shortest period among each person's networks.")
        mine = {role.network_id for role in people.get_person(person_ids[0]).networks}
        periods = [
            (n.keep_in_touch_days, n.name)
            for n in networks.list_networks()
            if n.id in mine and n.keep_in_touch_days
        ]
        if not periods:
            return self.tr("None of their networks has a default period.")
        days, network = min(periods)
        return (
            self.tr("Network default: every %1 (%2).")
            .replace("%1", describe_period(days))
            .replace("%2", network)
        )

    # --- dates ------------------------------------------------------------------------

    def add_date(self, person_id: int | None = None) -> int | None:
        """Ask for an important date (about ``person_id``, if given) and add it."""
        from networkjournal.ui.dialogs.important_date_dialog import ImportantDateDialog

        dialog = ImportantDateDialog(
            people.person_choices(), person_id=person_id, parent=self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        data = dialog.data()
        command = CreateRecord(
            self.events, self.tr("Add date %1").replace("%1", data.label), DATES, data
        )
        if self.run_command(command) and command.record_id is not None:
            self.dateSaved.emit(command.record_id)
            return command.record_id
        return None

    @Slot(int)
    def edit_date(self, date_id: int) -> None:
        """Open an important date to change it."""
        from networkjournal.ui.dialogs.important_date_dialog import ImportantDateDialog

        dialog = ImportantDateDialog(people.person_choices(), parent=self.window)
        dialog.set_data(dates.get_date(date_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            data = dialog.data()
            if data != dates.get_date(date_id):
                self.run_command(
                    UpdateRecord(
                        self.events,
                        self.tr("Edit date %1").replace("%1", data.label),
                        DATES,
                        date_id,
                        data,
                    )
                )

    def delete_dates(self, date_ids: list[int]) -> None:
        """Delete important dates (undo brings them back)."""
        for date_id in date_ids:
            label = dates.get_date(date_id).label
            self.run_command(
                DeleteRecord(
                    self.events, self.tr("Delete date %1").replace("%1", label), DATES, date_id
                )
            )

    # --- calendar -------------------------------------------------------------------

    @Slot()
    def export_calendar(self) -> None:
        """Save birthdays, dates, follow-ups and catch-ups as an iCalendar file."""
        from networkjournal.interop.ics import journal_calendar

        path = export_text(
            self.window,
            self.tr("Export Calendar"),
            "network-journal.ics",
            self.tr("iCalendar (*.ics);;All files (*)"),
            lambda: journal_calendar(self.today()),
        )
        if path is not None:
            self.window.statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("Calendar saved to %1").replace("%1", str(path)), 5000
            )
