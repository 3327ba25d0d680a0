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
