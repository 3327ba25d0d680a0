"""Calendar export: what each event says and when, and a file every calendar can read.

The file is parsed with the ``icalendar`` package, a reader we did not write.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from networkjournal.interop.ics import escape_text, fold_line, journal_calendar
from networkjournal.store.dates import DateData, create_date
from networkjournal.store.db import close_journal, journal_id, open_journal
from networkjournal.store.follow_ups import create_follow_up
from networkjournal.store.journal import EntryData, FollowUpData, create_entry
from networkjournal.store.networks import list_networks
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import (
    NetworkRole,
    PersonData,
    create_person,
    move_to_trash,
    set_archived,
)
from networkjournal.store.schema import ImportantDate

TODAY = dt.date(2025, 3, 10)  # a common year: 29 February does not fall in it
NOW = dt.datetime(2025, 3, 10, 9, 15, 42)  # naive UTC, as the journal keeps times
FINALS = "Finals; written papers, part 1\nbring ID \\ pencils"
LONG_TITLE = "Ask about the sepsis audit, the QIP and the poster — " + "研究と論文 " * 30


@dataclass(frozen=True)
class Made:
    """The ids of what the example journal holds."""

    ana: int
    xiaoming: int
    olga: int
    noor: int
    okafor: int
    brooks: int
    archived: int
    trashed: int
    anniversary: int
    founders: int
    finals: int
    rotation: int
    trashed_date: int
    audit: int
    long: int
    done: int
    undated: int


def p(text: str) -> PartialDate:
    return PartialDate.from_iso(text)


def build_journal() -> Made:
    """Fill the open journal with one of everything the calendar treats differently."""
    academic = {n.name: n.id for n in list_networks()}["Academic support"]  # every 90 days
    ana = create_person(PersonData(display_name="Ana Silva", birthday=p("1999-09-23")))
    xiaoming = create_person(PersonData(display_name="王小明", birthday=p("--12-05")))
    olga = create_person(PersonData(display_name="Ольга Петрова", birthday=p("1996-02-29")))
    noor = create_person(PersonData(display_name="Noor Haddad", birthday=p("--02-29")))
    create_person(PersonData(display_name="Month Only", birthday=p("2001-05")))
    okafor = create_person(PersonData(display_name="Dr Ada Okafor", keep_in_touch_days=14))
    brooks = create_person(
        PersonData(display_name="Alex Brooks", networks=[NetworkRole(academic, "supervisor")])
    )
    archived = create_person(
        PersonData(display_name="Archie Ved", birthday=p("1990-04-01"), keep_in_touch_days=7)
    )
    trashed = create_person(
        PersonData(display_name="Tess Rash", birthday=p("1990-04-02"), keep_in_touch_days=7)
    )
    create_entry(EntryData(dt.datetime(2025, 2, 1, 10, 0), participant_ids=[okafor, archived]))
    create_entry(EntryData(dt.datetime(2025, 1, 6, 18, 30), participant_ids=[brooks, trashed]))
    set_archived([archived], True)
    move_to_trash([trashed])

    def date(label: str, iso: str, yearly: bool, person_id: int | None = None) -> int:
        return create_date(DateData(label, p(iso), yearly, person_id))

    made = {
        "anniversary": date("Wedding anniversary", "2020-06-14", True, ana),
        "founders": date("Founders' day", "--11-05", True),
        "finals": date(FINALS, "2025-06-02", False),
        "rotation": date("Cardiology rotation starts", "2025-09", False),
        "trashed_date": date("Tess's graduation", "2025-07-01", False, trashed),
    }
    # The editor folds line breaks into spaces; a label stored by other means may keep one,
    # and the file must survive it.
    ImportantDate.update(label=FINALS).where(ImportantDate.id == made["finals"]).execute()
    audit = create_follow_up(FollowUpData("Send the audit draft, v2; ask", TODAY, ana))
    long = create_follow_up(FollowUpData(LONG_TITLE, dt.date(2025, 4, 1)))
    done = create_follow_up(
        FollowUpData("Already sent", dt.date(2025, 3, 1), done_at=dt.datetime(2025, 3, 1, 12))
    )
    undated = create_follow_up(FollowUpData("Someday: read the BMJ piece"))
    return Made(
        ana, xiaoming, olga, noor, okafor, brooks, archived, trashed, **made,
        audit=audit, long=long, done=done, undated=undated,
    )  # fmt: skip


@pytest.fixture
def made(journal: Path) -> Made:
    return build_journal()


def events_by_uid(text: str) -> dict[str, Any]:
    calendar = Calendar.from_ical(text)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def uid(kind: str, record_id: int) -> str:
    return f"{kind}-{record_id}@{journal_id()}.networkjournal"


def rule(event: Any) -> str | None:
    """The event's RRULE as we write it (icalendar writes its parts in another order)."""
    value = event.get("RRULE")
    if value is None:
        return None
    parts = dict(part.split("=") for part in value.to_ical().decode().split(";"))
    order = ["FREQ", "BYMONTH", "BYMONTHDAY"]
    return ";".join(f"{key}={parts.pop(key)}" for key in order if key in parts) + "".join(
        f";{key}={value}" for key, value in parts.items()
    )


# --- what the events say ------------------------------------------------------------------------


def test_the_calendar_is_named_and_versioned(made: Made) -> None:
    calendar = Calendar.from_ical(journal_calendar(TODAY, now=NOW))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["X-WR-CALNAME"]) == "Network Journal"
    assert "Network Journal" in str(calendar["PRODID"])


def test_each_event_has_the_right_summary_day_and_recurrence(made: Made) -> None:
    events = events_by_uid(journal_calendar(TODAY, now=NOW))
    expected = {
        # A birthday with its year starts on the day they were born.
        uid("birthday", made.ana): ("Ana Silva's birthday", dt.date(1999, 9, 23), "FREQ=YEARLY"),
        # Without the year: the latest birthday on or before today, never an invented year.
        uid("birthday", made.xiaoming): ("王小明's birthday", dt.date(2024, 12, 5), "FREQ=YEARLY"),
        uid("birthday", made.olga): (
            "Ольга Петрова's birthday",
            dt.date(1996, 2, 29),
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
        ),
        uid("birthday", made.noor): (
            "Noor Haddad's birthday",
            dt.date(2025, 2, 28),  # 29 Feb, year unknown, in a common year
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1",
        ),
        uid("date", made.anniversary): (
            "Wedding anniversary — Ana Silva",
            dt.date(2020, 6, 14),
            "FREQ=YEARLY",
        ),
        uid("date", made.founders): ("Founders' day", dt.date(2024, 11, 5), "FREQ=YEARLY"),
        uid("date", made.finals): (
            FINALS,
            dt.date(2025, 6, 2),
            None,
        ),
        uid("follow-up", made.audit): (
            "Follow-up: Send the audit draft, v2; ask — Ana Silva",
            TODAY,
            None,
        ),
        uid("follow-up", made.long): (
            f"Follow-up: {LONG_TITLE.strip()}",
            dt.date(2025, 4, 1),
            None,
        ),
        # 14 days after 1 Feb is past: the reminder stands on today.
        uid("keep-in-touch", made.okafor): ("Get back in touch with Dr Ada Okafor", TODAY, None),
        # Academic support's 90 days after 6 Jan.
        uid("keep-in-touch", made.brooks): (
            "Get back in touch with Alex Brooks",
            dt.date(2025, 4, 6),
            None,
        ),
    }
    assert set(events) == set(expected)  # nothing more: no archived, trashed, done, undated …
    for key, (summary, start, recurrence) in expected.items():
        event = events[key]
        assert str(event["SUMMARY"]) == summary, key
        assert event["DTSTART"].dt == start, key
        assert type(event["DTSTART"].dt) is dt.date  # all-day
        assert event["DTEND"].dt == start + dt.timedelta(days=1), key
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert event["DTSTAMP"].dt == NOW.replace(tzinfo=dt.UTC)
        assert rule(event) == recurrence, key
    assert str(events[uid("keep-in-touch", made.brooks)]["DESCRIPTION"]) == (
        "Keep in touch every 90 days (Academic support). Last in touch on 6 January 2025."
    )


def test_a_29_february_birthday_is_kept_in_common_years(made: Made) -> None:
    events = events_by_uid(journal_calendar(TODAY, now=NOW))
    event = events[uid("birthday", made.olga)]
    start = dt.datetime.combine(event["DTSTART"].dt, dt.time())
    series = rrulestr(rule(event) or "", dtstart=start)
    days = [d.date() for d in series.between(dt.datetime(2025, 1, 1), dt.datetime(2029, 1, 1))]
    assert days == [
        dt.date(2025, 2, 28),
        dt.date(2026, 2, 28),
        dt.date(2027, 2, 28),
        dt.date(2028, 2, 29),
    ]


@pytest.mark.parametrize(
    ("birthday", "today", "start"),
    [
        ("--03-10", dt.date(2025, 3, 10), dt.date(2025, 3, 10)),  # today itself
        ("--03-11", dt.date(2025, 3, 10), dt.date(2024, 3, 11)),
        ("--01-01", dt.date(2025, 12, 31), dt.date(2025, 1, 1)),
        ("--12-31", dt.date(2025, 1, 1), dt.date(2024, 12, 31)),
        ("--02-29", dt.date(2024, 2, 29), dt.date(2024, 2, 29)),
        ("--02-29", dt.date(2024, 2, 28), dt.date(2023, 2, 28)),
    ],
)
def test_a_birthday_without_a_year_starts_on_its_latest_day_on_or_before_today(
    journal: Path, birthday: str, today: dt.date, start: dt.date
) -> None:
    person = create_person(PersonData(display_name="Sam Patel", birthday=p(birthday)))
    events = events_by_uid(journal_calendar(today, now=NOW))
    assert events[uid("birthday", person)]["DTSTART"].dt == start


def test_no_placeholder_year_appears_anywhere(made: Made) -> None:
    text = journal_calendar(TODAY, now=NOW)
    # The journal's id is random hex, so it may hold any four digits by chance.
    without_uids = "\n".join(line for line in text.split("\r\n") if not line.startswith("UID:"))
    for placeholder in ("1604", "1900", "0000"):
        assert placeholder not in without_uids
    years = {int(m) for m in re.findall(r"^DT(?:START|END);VALUE=DATE:(\d{4})", text, re.M)}
    assert years == {1996, 1999, 2020, 2024, 2025}


# --- the file itself -------------------------------------------------------------------------


def test_lines_end_in_crlf_and_stay_within_75_octets(made: Made) -> None:
    data = journal_calendar(TODAY, now=NOW).encode("utf-8")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # no line is cut inside a character
    assert any(line.startswith(b" ") for line in lines)  # the long title was folded


def test_text_is_escaped_as_rfc_5545_asks(made: Made) -> None:
    text = journal_calendar(TODAY, now=NOW)
    assert "SUMMARY:Finals\\; written papers\\, part 1\\nbring ID \\\\ pencils\r\n" in text


def test_uids_are_unique_and_the_same_in_every_export(made: Made) -> None:
    first = journal_calendar(TODAY, now=NOW)
    later = journal_calendar(TODAY, now=NOW + dt.timedelta(days=1, seconds=7))
    uids = [str(event["UID"]) for event in Calendar.from_ical(first).walk("VEVENT")]
    assert len(uids) == len(set(uids))
    assert uids == [str(event["UID"]) for event in Calendar.from_ical(later).walk("VEVENT")]
    assert first != later
    stamp = re.compile(r"^DTSTAMP:.*$", re.M)
    assert stamp.sub("", first) == stamp.sub("", later)  # only the time of export differs


def test_another_journal_gets_other_uids(made: Made, tmp_path: Path) -> None:
    first = set(events_by_uid(journal_calendar(TODAY, now=NOW)))
    open_journal(tmp_path / "other" / "journal.sqlite3")
    try:
        build_journal()
        second = set(events_by_uid(journal_calendar(TODAY, now=NOW)))
    finally:
        close_journal()
    assert len(second) == len(first)
    assert not first & second


def test_the_journal_id_is_stable_and_made_if_missing(journal: Path) -> None:
    from networkjournal.store.schema import JournalInfo

    known = journal_id()
    assert journal_id() == known
    JournalInfo.delete().where(JournalInfo.key == "journal_id").execute()
    made_now = journal_id()
    assert made_now != known
    assert journal_id() == made_now


def test_a_follow_up_from_an_entry_names_the_entry(journal: Path) -> None:
    sam = create_person(PersonData(display_name="Sam Patel"))
    saved = create_entry(
        EntryData(
            dt.datetime(2025, 3, 3, 11, 0),
            kind="coffee",
            participant_ids=[sam],
            follow_ups=[FollowUpData("Send the paper", dt.date(2025, 3, 14), sam)],
        )
    )
    events = events_by_uid(journal_calendar(TODAY, now=NOW))
    event = events[uid("follow-up", saved.follow_up_ids[0])]
    assert str(event["SUMMARY"]) == "Follow-up: Send the paper — Sam Patel"
    assert str(event["DESCRIPTION"]) == "From the journal entry “Coffee with Sam Patel”"


def test_an_empty_journal_is_an_empty_calendar(journal: Path) -> None:
    calendar = Calendar.from_ical(journal_calendar(TODAY, now=NOW))
    assert calendar.walk("VEVENT") == []


def test_an_aware_export_time_is_written_in_utc(journal: Path) -> None:
    create_follow_up(FollowUpData("Call", TODAY))
    paris = dt.timezone(dt.timedelta(hours=1))
    text = journal_calendar(TODAY, now=dt.datetime(2025, 3, 10, 10, 15, 42, tzinfo=paris))
    assert "DTSTAMP:20250310T091542Z\r\n" in text


# --- escaping and folding on their own ----------------------------------------------------------


def test_escape_text_escapes_what_rfc_5545_reserves_and_drops_control_characters() -> None:
    assert escape_text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"
    assert escape_text("bell\x07 and\ttab") == "bell and\ttab"
    assert escape_text("line\u2028break") == "line\\nbreak"


@given(st.text(min_size=0, max_size=400))
def test_folding_keeps_every_character_and_every_line_short(value: str) -> None:
    line = "SUMMARY:" + escape_text(value)
    folded = fold_line(line)
    physical = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert physical[0] + "".join(part[1:] for part in physical[1:]) == line


def test_the_program_itself_needs_no_calendar_package() -> None:
    import ast

    import networkjournal

    package = Path(networkjournal.__file__).parent
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                assert name.split(".")[0] not in {"icalendar", "dateutil"}, path
