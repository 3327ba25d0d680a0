"""Keeping in touch: their birthday, how often you mean to be in touch, when it is next due,
and the dates to remember about them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from networkjournal.store import dates, reminders
from networkjournal.store.people import PersonData
from networkjournal.ui.formatting import describe_period, due_text, format_date
from networkjournal.ui.panels.profile_sections.base import ProfileContext, Section
from networkjournal.ui.panels.profile_sections.flow_layout import FlowLayout
from networkjournal.ui.panels.profile_sections.widgets import (
    ItemRow,
    LinkButton,
    RowList,
    caption,
    plain_label,
    remove_button,
)
from networkjournal.ui.record_commands import DeleteRecord, record_store

DATES = record_store(dates, "date")


def birthday_text(data: PersonData, today: dt.date) -> str:
    """Their birthday as people say it, with the age they turn only when the year is known."""
    birthday = data.birthday
    if birthday is None:
        return ""
    text = birthday.display()
    on = dates.next_occurrence(birthday, today)
    if on is None:
        return text
    days = (on - today).days
    from PySide6.QtCore import QCoreApplication

    def _tr(source: str, n: int = -1) -> str:
        return QCoreApplication.translate("KeepInTouch", source, "", n)

    if birthday.year is not None:
        turns = on.year - birthday.year
        if days == 0:
            return _tr("%1 · %2 today").replace("%1", text).replace("%2", str(turns))
        if days <= 31:
            when = _tr("tomorrow") if days == 1 else _tr("in %n days", days)
            return (
                _tr("%1 · turns %2 %3")
                .replace("%1", text)
                .replace("%2", str(turns))
                .replace("%3", when)
            )
        return _tr("%1 (%2)").replace("%1", text).replace("%2", str(turns - 1))
    if days == 0:
        return _tr("%1 · today").replace("%1", text)
    if days <= 31:
        when = _tr("tomorrow") if days == 1 else _tr("in %n days", days)
        return _tr("%1 · %2").replace("%1", text).replace("%2", when)
    return text


class KeepInTouchSection(Section):
    """Birthday, keep-in-touch period and when it is due, with one-click catch-up and snooze."""

    # What the section asks the window to do for this person: "catch_up", "snooze_week",
    # "snooze_month", "unsnooze", "period", "add_date"; or to open a date to edit it.
    actionRequested = Signal(str, int)
    dateRequested = Signal(int)

    def __init__(
        self,
        context: ProfileContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "section_keep_in_touch",
            self.tr("Keeping in touch"),
            self.tr("No birthday, dates or keep-in-touch period yet."),
            parent,
        )
        self.context = context
        self.today = dt.date.today
        self.birthday = plain_label("person_birthday_label")
        self.period = plain_label("person_period_label")
        self.last_contact = plain_label("person_last_contact_label")
        self.due = plain_label("person_due_label")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        self._captions: dict[QLabel, QLabel] = {}
        for row, (text, field) in enumerate(
            (
                (self.tr("Birthday"), self.birthday),
                (self.tr("Every"), self.period),
                (self.tr("Last contact"), self.last_contact),
                (self.tr("Next"), self.due),
            )
        ):
            label = caption(text)
            label.setBuddy(field)
            self._captions[field] = label
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(field, row, 1)
        self.body_layout.addLayout(self.grid)

        self.buttons = QWidget()
        self.buttons.setObjectName("keep_in_touch_buttons")
        flow = FlowLayout(self.buttons, spacing=2)
        self.button_of: dict[str, LinkButton] = {}
        for key, text in (
            ("catch_up", self.tr("Log a catch-up…")),
            ("snooze_week", self.tr("Snooze a week")),
            ("snooze_month", self.tr("Snooze a month")),
            ("unsnooze", self.tr("Stop snoozing")),
            ("period", self.tr("Change how often…")),
        ):
            button = LinkButton(text, f"keep_in_touch_{key}_button")
            button.clicked.connect(lambda _=False, key=key: self._request(key))
            flow.addWidget(button)
            self.button_of[key] = button
        self.body_layout.addWidget(self.buttons)

        self.dates_caption = caption(self.tr("Dates to remember"))
        self.dates = RowList("person_dates_list")
        self.add_date = LinkButton(self.tr("Add a date…"), "person_add_date_button")
        self.add_date.clicked.connect(lambda: self._request("add_date"))
        self.body_layout.addWidget(self.dates_caption)
        self.body_layout.addWidget(self.dates)
        self.body_layout.addWidget(self.add_date, 0, Qt.AlignmentFlag.AlignLeft)

    def _request(self, key: str) -> None:
        if self.person_id is not None:
            self.actionRequested.emit(key, self.person_id)

    def _show(self, field: QLabel, text: str) -> None:
        field.setText(text)
        field.setVisible(bool(text))
        self._captions[field].setVisible(bool(text))

    def load(self, person_id: int, data: PersonData) -> None:
        self.person_id = person_id
        today = self.today()
        self._show(self.birthday, birthday_text(data, today))
        status = reminders.status_of(person_id, today)
        if status is None:
            self._show(self.period, self.tr("no keep-in-touch period"))
            self._show(self.last_contact, "")
            self._show(self.due, "")
        else:
            period = describe_period(status.period_days)
            if status.period_from:
                period = self.tr("%1 (%2 default)").replace("%1", period)
                period = period.replace("%2", status.period_from)
            self._show(self.period, period)
            self._show(
                self.last_contact,
                format_date(status.last_contact.date())
                if status.last_contact is not None
                else self.tr("never"),
            )
            snoozed = status.snoozed_until is not None and status.snoozed_until == status.due_on
            due = due_text(status.days_overdue(today), snoozed)
            self._show(self.due, f"{due} ({format_date(status.due_on)})")
        snoozed_now = (
            status is not None and status.snoozed_until is not None and status.snoozed_until > today
        )
        editable = self.context.editable
        self.buttons.setVisible(editable)
        self.button_of["catch_up"].setVisible(True)
        for key in ("snooze_week", "snooze_month"):
            self.button_of[key].setVisible(status is not None)
        self.button_of["unsnooze"].setVisible(snoozed_now)
        self.add_date.setVisible(editable)

        self.dates.clear()
        rows = dates.dates_of(person_id)
        for row in rows:
            self.dates.add(self._date_row(row))
        self.dates_caption.setVisible(bool(rows))
        self.set_empty(data.birthday is None and status is None and not rows)

    def _date_row(self, row: dates.DateRow) -> ItemRow:
        item = ItemRow("", f"person_date_{row.id}")
        link = LinkButton(row.label, "person_date_link")
        link.clicked.connect(lambda _=False, date_id=row.id: self.dateRequested.emit(date_id))
        item.use_link(link)
        item.add_meta(row.date.display(), keep=True)
        if row.yearly:
            item.add_meta(self.tr("every year"))
        remove = None
        if self.context.editable:
            remove = remove_button(
                self.tr("Delete %1").replace("%1", row.label),
                self.tr("Delete this date (Ctrl+Z brings it back)"),
            )
            remove.clicked.connect(lambda _=False, r=row: self._delete(r))
        item.finish(remove)
        return item

    def _delete(self, row: dates.DateRow) -> None:
        self.context.run(
            DeleteRecord(
                self.context.journal_events(),
                self.tr("Delete date %1").replace("%1", row.label),
                DATES,
                row.id,
            )
        )
