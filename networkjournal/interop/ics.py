"""The journal as an iCalendar file (RFC 5545): birthdays, dates, follow-ups, keeping in touch.

Written by hand rather than with a calendar library: the file needs a dozen
properties of one component, and what matters — CRLF, folding at 75 octets
without cutting a UTF-8 sequence, escaping — fits in a page and is tested
against the ``icalendar`` package.

Every event is all-day and transparent (it does not make the user look busy).
UIDs are built from the journal's own id and the record's id, so importing a
newer export into the same calendar updates events instead of doubling them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from dataclasses import dataclass

from networkjournal import APP_NAME, __version__
from networkjournal.store.dates import UpcomingKind, list_dates, upcoming
from networkjournal.store.db import journal_id
from networkjournal.store.follow_ups import list_follow_ups
from networkjournal.store.partial_dates import MONTH_NAMES
from networkjournal.store.people_list import PeopleFilter, person_ids
from networkjournal.store.reminders import DueRow, keep_in_touch_rows

PRODID = f"-//Network Journal//Network Journal {__version__}//EN"
MAX_LINE_OCTETS = 75
CRLF = "\r\n"

# A yearly day falls at least once from today to today + 366 (twice at most, so
# birthdays are taken once each): this window sees every birthday.
_YEAR_DAYS = 366


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event of the exported calendar."""

    uid: str
    summary: str
    start: dt.date
    rule: str = ""  # RRULE value; "" for a single day
    description: str = ""


def journal_calendar(today: dt.date, *, now: dt.datetime | None = None) -> str:
    """Return the open journal's calendar as RFC 5545 text.

    ``today`` places events whose day moves (keep in touch, birthdays whose
    year is unknown); ``now`` is the DTSTAMP (naive means UTC, as the journal
    stores times), the current time when None.
    """
    return calendar_text(journal_events(today), now=now)


def journal_events(today: dt.date) -> list[CalendarEvent]:
    """Return every event the journal's calendar holds, in a stable order."""
    journal = journal_id()
    events = _birthdays(today, journal)
    events += _important_dates(today, journal)
    events += _follow_ups(journal)
    events += _keep_in_touch(today, journal)
    return events


def calendar_text(events: list[CalendarEvent], *, now: dt.datetime | None = None) -> str:
    """Return a VCALENDAR holding ``events``, with CRLF line ends and folded lines."""
    stamp = _utc_stamp(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{escape_text(PRODID)}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(APP_NAME)}",
    ]
    for event in events:
        lines += _event_lines(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def _event_lines(event: CalendarEvent, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(event.start)}",
        f"DTEND;VALUE=DATE:{_date(event.start + dt.timedelta(days=1))}",
    ]
    if event.rule:
        lines.append(f"RRULE:{event.rule}")
    lines.append(f"SUMMARY:{escape_text(event.summary)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    return lines


# --- the events -------------------------------------------------------------------------------


def _uid(kind: str, record_id: int, journal: str) -> str:
    return f"{kind}-{record_id}@{journal}.networkjournal"


def _birthdays(today: dt.date, journal: str) -> list[CalendarEvent]:
    events: list[CalendarEvent] = []
    seen: set[int] = set()
    for item in upcoming(today, days=_YEAR_DAYS):
        if item.kind != UpcomingKind.BIRTHDAY or item.person_id is None:
            continue
        if item.person_id in seen:  # a window of 367 days can hold the same day twice
            continue
        seen.add(item.person_id)
        source = item.source
        if source.month is None or source.day is None:
            continue  # upcoming() needs both, so this does not happen
        start, rule = _yearly(source.year, source.month, source.day, today)
        events.append(
            CalendarEvent(
                _uid("birthday", item.person_id, journal),
                f"{item.person_name}'s birthday",
                start,
                rule,
            )
        )
    return events


def _important_dates(today: dt.date, journal: str) -> list[CalendarEvent]:
    active = set(person_ids(PeopleFilter()))
    events: list[CalendarEvent] = []
    for row in list_dates():
        if row.person_id is not None and row.person_id not in active:
            continue
        year, month, day = row.date.year, row.date.month, row.date.day
        if month is None or day is None:
            continue  # "September 2026" has no day to put in a calendar
        if row.yearly:
            start, rule = _yearly(year, month, day, today)
        else:
            full = row.date.to_date()
            if full is None:
                continue  # a one-off date needs its year
            start, rule = full, ""
        summary = f"{row.label} — {row.person_name}" if row.person_id is not None else row.label
        events.append(CalendarEvent(_uid("date", row.id, journal), summary, start, rule))
    return events


def _follow_ups(journal: str) -> list[CalendarEvent]:
    events: list[CalendarEvent] = []
    for row in list_follow_ups():
        if row.due_on is None:
            continue
        summary = f"Follow-up: {row.title}"
        if row.person_id is not None:
            summary += f" — {row.person_name}"
        description = f"From the journal entry “{row.entry_title}”" if row.entry_title else ""
        events.append(
            CalendarEvent(
                _uid("follow-up", row.id, journal), summary, row.due_on, description=description
            )
        )
    return events


def _keep_in_touch(today: dt.date, journal: str) -> list[CalendarEvent]:
    return [
        CalendarEvent(
            _uid("keep-in-touch", row.person_id, journal),
            f"Get back in touch with {row.name}",
            max(row.due_on, today),
            description=_keep_in_touch_note(row),
        )
        for row in keep_in_touch_rows(today)
    ]


def _keep_in_touch_note(row: DueRow) -> str:
    period = f"every {_days(row.period_days)}"
    if row.period_from:
        period += f" ({row.period_from})"
    if row.last_contact is None:
        return f"Keep in touch {period}. No journal entries with them yet."
    last = row.last_contact.date()
    when = f"{last.day} {MONTH_NAMES[last.month - 1]} {last.year}"
    return f"Keep in touch {period}. Last in touch on {when}."


def _days(count: int) -> str:
    return "day" if count == 1 else f"{count} days"


# --- yearly dates ----------------------------------------------------------------------------


def _yearly(year: int | None, month: int, day: int, today: dt.date) -> tuple[dt.date, str]:
    """Return the first day and rule of a yearly event on ``day`` ``month`` (``year`` if known).

    With the year known, the series starts on the date itself; without it, on
    the latest occurrence on or before ``today`` — never on an invented year.
    29 February recurs on the last day of February, so it is kept in common years.
    """
    if year is not None:
        start = dt.date(year, month, day)
    else:
        start = _falls_on(today.year, month, day)
        if start > today:
            start = _falls_on(today.year - 1, month, day)
    if (month, day) == (2, 29):
        return start, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
    return start, "FREQ=YEARLY"


def _falls_on(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


# --- RFC 5545 text ---------------------------------------------------------------------------


def _date(value: dt.date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _utc_stamp(now: dt.datetime | None) -> str:
    if now is None:
        now = dt.datetime.now(dt.UTC)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    now = now.astimezone(dt.UTC)
    return f"{_date(now.date())}T{now:%H%M%S}Z"


_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n"})


def escape_text(value: str) -> str:
    r"""Return ``value`` as an RFC 5545 TEXT value: ``\`` ``;`` ``,`` and line breaks escaped.

    Control characters, which TEXT may not hold (tab aside), are dropped.
    """
    value = value.replace("\r\n", "\n").translate(_LINE_BREAKS)
    value = "".join(
        ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line so no physical line exceeds 75 octets (CRLF not counted).

    Breaks fall between characters, never inside a UTF-8 sequence; each
    continuation starts with a space, which counts towards its 75.
    """
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > MAX_LINE_OCTETS:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return CRLF.join(pieces)
