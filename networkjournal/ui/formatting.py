"""How dates and times read in lists: unambiguous in every locale ("25 Nov 2026")."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QLocale

# Day, short month name, year: never mistaken for another date, whatever the reader's habit.
DATE_FORMAT = "d MMM yyyy"
DATE_TIME_FORMAT = "d MMMM yyyy, HH:mm"


def format_date(value: dt.date) -> str:
    """Return ``value`` as "25 Nov 2026" in the user's language."""
    return QLocale().toString(value, DATE_FORMAT)


def format_datetime(value: dt.datetime) -> str:
    """Return ``value`` as "25 November 2026, 14:05" in the user's language."""
    return QLocale().toString(value, DATE_TIME_FORMAT)


def relative_day(when: dt.datetime, today: dt.date | None = None) -> str:
    """Return "today", "yesterday", "5 days ago" within a fortnight, else the date."""
    today = today or dt.date.today()
    days = (today - when.date()).days
    if days == 0:
        return QCoreApplication.translate("formatting", "today")
    if days == 1:
        return QCoreApplication.translate("formatting", "yesterday")
    if 1 < days < 14:
        return QCoreApplication.translate("formatting", "%n days ago", None, days)
    return format_date(when.date())


def utc_to_local(when: dt.datetime) -> dt.datetime:
    """Turn a stored naive-UTC time into local wall-clock time."""
    return when.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def plain_tooltip(text: str) -> str:
    """Return ``text`` as a tooltip that shows it literally.

    Qt shows a tooltip that looks like HTML as HTML; user text is escaped inside
    a paragraph that keeps its line breaks, so it always reads as typed.
    """
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def describe_period(days: int) -> str:
    """A keep-in-touch period as people say it: "3 months", "2 weeks", "10 days".

    A month is 30 days and a week 7, as the period editor counts them.
    """

    def _plural(one: str, many: str, n: int) -> str:
        return QCoreApplication.translate("Formatting", one if n == 1 else many, "", n)

    if days % 30 == 0:
        return _plural("%n month", "%n months", days // 30)
    if days % 7 == 0:
        return _plural("%n week", "%n weeks", days // 7)
    return _plural("%n day", "%n days", days)


def due_text(days_overdue: int, snoozed: bool = False) -> str:
    """Say when a catch-up is due: "due in 5 days", "due today", "3 weeks overdue",
    "5 months overdue", "over 2 years overdue"."""

    def _plural(one: str, many: str, n: int) -> str:
        return QCoreApplication.translate("Formatting", one if n == 1 else many, "", n)

    days = days_overdue
    if days == 0:
        return QCoreApplication.translate("Formatting", "due today")
    if days < 0:
        ahead = -days
        if snoozed:
            return _plural("snoozed, due in %n day", "snoozed, due in %n days", ahead)
        if ahead >= 14:
            return _plural("due in %n week", "due in %n weeks", ahead // 7)
        return _plural("due in %n day", "due in %n days", ahead)
    if days < 14:
        return _plural("%n day overdue", "%n days overdue", days)
    if days < 60:
        return _plural("%n week overdue", "%n weeks overdue", days // 7)
    if days < 365:
        return _plural("%n month overdue", "%n months overdue", days // 30)
    if days < 730:
        return QCoreApplication.translate("Formatting", "over a year overdue")
    return _plural("over %n year overdue", "over %n years overdue", days // 365)
