"""Birthdays and important dates: when they fall, what is coming up, and editing them with undo."""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkjournal.store.dates import (
    DateData,
    DateRow,
    Upcoming,
    UpcomingKind,
    create_date,
    dates_of,
    delete_date,
    get_date,
    list_dates,
    next_occurrence,
    restore_date,
    upcoming,
    update_date,
)
from networkjournal.store.db import write
from networkjournal.store.errors import ValidationError
from networkjournal.store.partial_dates import MAX_YEAR, MIN_YEAR, PartialDate
from networkjournal.store.people import (
    PersonData,
    create_person,
    forget_person,
    move_to_trash,
    set_archived,
)
from networkjournal.store.schema import Person

D = dt.date


def pd(text: str) -> PartialDate:
    return PartialDate.from_iso(text)


def add(name: str, birthday: str | None = None) -> int:
    return create_person(PersonData(display_name=name, birthday=pd(birthday) if birthday else None))


def coming(today: dt.date, days: int = 30) -> list[tuple[dt.date, str, str, int | None]]:
    return [(u.on, u.person_name, u.label, u.age) for u in upcoming(today, days)]


# --- when a date falls --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "after", "expected"),
    [
        ("--06-15", D(2024, 6, 1), D(2024, 6, 15)),
        ("--06-15", D(2024, 6, 15), D(2024, 6, 15)),  # today counts
        ("--06-15", D(2024, 6, 16), D(2025, 6, 15)),
        ("--01-03", D(2024, 12, 30), D(2025, 1, 3)),  # across the year's end
        ("--12-31", D(2024, 12, 31), D(2024, 12, 31)),
        ("1990-01-03", D(2024, 12, 20), D(2025, 1, 3)),
        ("--02-29", D(2023, 1, 1), D(2023, 2, 28)),  # common year: the 28th
        ("--02-29", D(2024, 1, 1), D(2024, 2, 29)),  # leap year: the 29th
        ("--02-29", D(2023, 3, 1), D(2024, 2, 29)),
        ("--02-29", D(2024, 3, 1), D(2025, 2, 28)),
        ("2000-02-29", D(2100, 2, 1), D(2100, 2, 28)),  # 2100 is not a leap year
        ("2000-02-29", D(2000, 3, 1), D(2001, 2, 28)),
        ("--03-01", D(2023, 2, 28), D(2023, 3, 1)),  # 1 March stays put
    ],
)
def test_a_yearly_date_falls_on_its_next_day(date: str, after: dt.date, expected: dt.date) -> None:
    assert next_occurrence(pd(date), after) == expected


def test_a_yearly_date_with_a_year_does_not_fall_before_it_first_happened() -> None:
    assert next_occurrence(pd("2026-05-01"), D(2024, 1, 1)) == D(2026, 5, 1)
    assert next_occurrence(pd("2024-02-29"), D(2020, 1, 1)) == D(2024, 2, 29)


def test_a_one_off_date_falls_only_on_itself() -> None:
    assert next_occurrence(pd("2024-06-20"), D(2024, 6, 1), yearly=False) == D(2024, 6, 20)
    assert next_occurrence(pd("2024-06-20"), D(2024, 6, 20), yearly=False) == D(2024, 6, 20)
    assert next_occurrence(pd("2024-06-20"), D(2024, 6, 21), yearly=False) is None
    assert next_occurrence(pd("2023-06-20"), D(2024, 1, 1), yearly=False) is None


@pytest.mark.parametrize("date", ["2024", "2024-06"])
@pytest.mark.parametrize("yearly", [True, False])
def test_a_date_without_a_day_never_falls(date: str, yearly: bool) -> None:
    assert next_occurrence(pd(date), D(2024, 1, 1), yearly) is None


def test_a_one_off_date_without_a_year_never_falls() -> None:
    assert next_occurrence(pd("--06-20"), D(2024, 1, 1), yearly=False) is None


month_days = st.tuples(st.integers(1, 12), st.integers(1, 31)).filter(
    lambda md: md[1] <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][md[0] - 1]
)
afters = st.dates(min_value=D(MIN_YEAR, 1, 1), max_value=D(MAX_YEAR, 12, 31))


@given(md=month_days, year=st.none() | st.integers(MIN_YEAR, MAX_YEAR), after=afters)
def test_a_yearly_date_falls_on_or_after_the_day_asked_within_a_year(
    md: tuple[int, int], year: int | None, after: dt.date
) -> None:
    if year is not None and md == (2, 29) and not calendar.isleap(year):
        year = None  # no such day in that year
    date = PartialDate(year, *md)
    found = next_occurrence(date, after)
    assert found is not None
    assert found >= after
    assert found.month == md[0]
    assert found.day == md[1] or (md == (2, 29) and found.day == 28)
    if year is None or year <= after.year:
        assert (found - after).days < 366


@given(day=st.dates(min_value=D(MIN_YEAR, 1, 1), max_value=D(MAX_YEAR, 12, 31)), after=afters)
def test_a_one_off_date_falls_on_itself_exactly_when_it_is_not_past(
    day: dt.date, after: dt.date
) -> None:
    found = next_occurrence(PartialDate.from_date(day), after, yearly=False)
    assert found == (day if day >= after else None)


@given(md=month_days, after=afters)
def test_no_day_strictly_between_after_and_the_next_occurrence_is_one(
    md: tuple[int, int], after: dt.date
) -> None:
    date = PartialDate(None, *md)
    found = next_occurrence(date, after)
    assert found is not None
    # Asking from any day up to the found one gives the same answer.
    for step in (0, (found - after).days // 2, (found - after).days):
        assert next_occurrence(date, after + dt.timedelta(days=step)) == found


# --- what is coming up --------------------------------------------------------------------------


def test_a_window_across_the_new_year_finds_a_january_birthday_in_the_right_year(
    journal: Path,
) -> None:
    add("Ana", "1990-01-03")
    add("Ben", "--12-25")
    assert coming(D(2024, 12, 20), 30) == [
        (D(2024, 12, 25), "Ben", "Birthday", None),
        (D(2025, 1, 3), "Ana", "Birthday", 35),
    ]


def test_the_window_includes_today_and_its_last_day(journal: Path) -> None:
    add("Today", "--06-15")
    add("Last", "--07-15")
    add("After", "--07-16")
    add("Yesterday", "--06-14")
    assert [name for _, name, _, _ in coming(D(2024, 6, 15), 30)] == ["Today", "Last"]
    assert upcoming(D(2024, 6, 15))[0].days_away(D(2024, 6, 15)) == 0
    assert upcoming(D(2024, 6, 15))[1].days_away(D(2024, 6, 15)) == 30


def test_a_29_february_birthday_is_kept_on_the_28th_in_a_common_year(journal: Path) -> None:
    add("Leap", "2000-02-29")
    add("Unknown Year", "--02-29")
    assert coming(D(2023, 2, 20), 10) == [
        (D(2023, 2, 28), "Leap", "Birthday", 23),
        (D(2023, 2, 28), "Unknown Year", "Birthday", None),
    ]
    assert coming(D(2024, 2, 20), 10) == [
        (D(2024, 2, 29), "Leap", "Birthday", 24),
        (D(2024, 2, 29), "Unknown Year", "Birthday", None),
    ]


def test_ages_are_given_only_when_the_birth_year_is_known(journal: Path) -> None:
    add("Known", "2001-06-20")
    add("Unknown", "--06-20")
    found = {u.person_name: u for u in upcoming(D(2024, 6, 1))}
    assert found["Known"].age == 23
    assert found["Unknown"].age is None
    assert found["Unknown"].source == pd("--06-20")
    assert found["Known"].kind is UpcomingKind.BIRTHDAY
    assert found["Known"].date_id is None


def test_birthdays_without_a_day_never_come_up(journal: Path) -> None:
    add("Year Only", "1990")
    add("Month Only", "1990-06")
    assert upcoming(D(2024, 1, 1), 366) == []


def test_birthdays_of_archived_or_trashed_people_are_left_out(journal: Path) -> None:
    archived, trashed = add("Archived", "--06-20"), add("Trashed", "--06-20")
    add("Active", "--06-20")
    set_archived([archived], True)
    move_to_trash([trashed])
    assert [name for _, name, _, _ in coming(D(2024, 6, 1))] == ["Active"]


def test_important_dates_come_up_yearly_or_once(journal: Path) -> None:
    ana = add("Ana")
    anniversary = create_date(DateData("Anniversary", pd("2019-06-20"), yearly=True, person_id=ana))
    create_date(DateData("Finals", pd("2024-06-18")))
    create_date(DateData("Old finals", pd("2023-06-18")))
    create_date(DateData("Next finals", pd("2025-06-18")))
    assert coming(D(2024, 6, 1)) == [
        (D(2024, 6, 18), "", "Finals", None),
        (D(2024, 6, 20), "Ana", "Anniversary", 5),
    ]
    assert coming(D(2025, 6, 1)) == [
        (D(2025, 6, 18), "", "Next finals", None),
        (D(2025, 6, 20), "Ana", "Anniversary", 6),
    ]
    found = upcoming(D(2024, 6, 1))[1]
    assert found.kind is UpcomingKind.DATE
    assert found.date_id == anniversary
    assert found.person_id == ana


def test_important_dates_without_a_day_never_come_up(journal: Path) -> None:
    create_date(DateData("Elective", pd("2024-06")))
    create_date(DateData("Graduation year", pd("2024"), yearly=True))
    assert upcoming(D(2024, 1, 1), 366) == []


def test_dates_about_archived_or_trashed_people_are_left_out(journal: Path) -> None:
    archived, trashed, active = add("Archived"), add("Trashed"), add("Active")
    for pid in (archived, trashed, active):
        create_date(DateData("Starts", pd("--06-20"), yearly=True, person_id=pid))
    set_archived([archived], True)
    move_to_trash([trashed])
    assert [name for _, name, _, _ in coming(D(2024, 6, 1))] == ["Active"]


def test_upcoming_is_sorted_by_day_then_person_then_label(journal: Path) -> None:
    ben, ana = add("Ben", "--06-20"), add("Ana", "--06-21")
    create_date(DateData("Viva", pd("--06-20"), yearly=True, person_id=ben))
    create_date(DateData("Exam", pd("2024-06-20")))
    create_date(DateData("Audit", pd("2024-06-21"), person_id=ana))
    assert coming(D(2024, 6, 1)) == [
        (D(2024, 6, 20), "", "Exam", None),
        (D(2024, 6, 20), "Ben", "Birthday", None),
        (D(2024, 6, 20), "Ben", "Viva", None),
        (D(2024, 6, 21), "Ana", "Audit", None),
        (D(2024, 6, 21), "Ana", "Birthday", None),
    ]


def test_a_window_longer_than_a_year_lists_each_occurrence(journal: Path) -> None:
    add("Ana", "--06-20")
    assert [on for on, *_ in coming(D(2024, 6, 1), 800)] == [
        D(2024, 6, 20),
        D(2025, 6, 20),
        D(2026, 6, 20),
    ]


def falls_on(date: PartialDate, day: dt.date) -> bool:
    """Whether a yearly ``date`` falls on ``day``, written the plain way: one day at a time."""
    if date.month is None or date.day is None:
        return False
    if date.year is not None and day < dt.date(date.year, date.month, date.day):
        return False
    if (day.month, day.day) == (date.month, date.day):
        return True
    return (
        (date.month, date.day) == (2, 29)
        and (day.month, day.day) == (2, 28)
        and (not calendar.isleap(day.year))
    )


birthdays = st.one_of(
    st.builds(PartialDate.from_date, st.dates(min_value=D(1950, 1, 1), max_value=D(2030, 12, 31))),
    month_days.map(lambda md: PartialDate(None, *md)),
    st.just(PartialDate(None, 2, 29)),
    st.just(PartialDate(2000, 2, 29)),
    st.just(PartialDate(1990, 6)),
)


@settings(
    deadline=None, max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    born=st.lists(birthdays, max_size=6),
    today=st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31)),
    days=st.integers(0, 400),
)
def test_upcoming_birthdays_are_exactly_the_days_they_fall_on_in_the_window(
    journal: Path, born: list[PartialDate], today: dt.date, days: int
) -> None:
    with write():
        Person.delete().execute()
    for n, birthday in enumerate(born):
        create_person(PersonData(display_name=f"P{n}", birthday=birthday))
    window = [today + dt.timedelta(days=n) for n in range(days + 1)]
    expected = sorted(
        (day, f"P{n}")
        for n, birthday in enumerate(born)
        for day in window
        if falls_on(birthday, day)
    )
    assert [(u.on, u.person_name) for u in upcoming(today, days)] == expected


# --- the dates themselves -----------------------------------------------------------------------


def test_a_date_reads_back_as_it_was_saved_and_updates(journal: Path) -> None:
    ana = add("Ana")
    did = create_date(DateData("  Cardiology   rotation starts ", pd("2024-09-02"), person_id=ana))
    assert get_date(did) == DateData("Cardiology rotation starts", pd("2024-09-02"), False, ana)
    update_date(did, DateData("Anniversary", pd("--05-01"), yearly=True))
    assert get_date(did) == DateData("Anniversary", pd("--05-01"), True, None)


def test_updating_a_missing_date_says_so(journal: Path) -> None:
    with pytest.raises(LookupError):
        update_date(999, DateData("Finals", pd("2024-06-01")))
    with pytest.raises(LookupError):
        get_date(999)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (DateData("   ", pd("2024-06-01")), "label"),
        (DateData("Finals", pd("--06-01")), "date"),  # once, but in which year?
        (DateData("Finals", pd("2024-06-01"), person_id=999), "person_id"),
    ],
)
def test_a_date_the_journal_cannot_keep_is_refused_naming_the_field(
    journal: Path, data: DateData, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        create_date(data)
    assert caught.value.field == field
    assert list_dates() == []


def test_deleting_a_date_can_be_undone_under_the_same_id(journal: Path) -> None:
    ana = add("Ana")
    did = create_date(DateData("Viva", pd("2024-07-01"), person_id=ana))
    snapshot = delete_date(did)
    assert list_dates() == []
    restore_date(snapshot)
    assert list_dates() == [DateRow(did, "Viva", pd("2024-07-01"), False, ana, "Ana")]
    restore_date(snapshot)  # twice is harmless
    assert len(list_dates()) == 1


def test_a_date_cannot_come_back_once_its_person_is_forgotten(journal: Path) -> None:
    ana = add("Ana")
    snapshot = delete_date(create_date(DateData("Viva", pd("2024-07-01"), person_id=ana)))
    forget_person(ana, scrub=False)
    with pytest.raises(LookupError):
        restore_date(snapshot)


def test_forgetting_a_person_forgets_their_dates(journal: Path) -> None:
    ana = add("Ana")
    create_date(DateData("Viva", pd("2024-07-01"), person_id=ana))
    forget_person(ana, scrub=False)
    assert list_dates() == []


def test_dates_are_listed_in_calendar_order_or_soonest_first(journal: Path) -> None:
    ana, ben = add("Ana"), add("Ben")
    create_date(DateData("Viva", pd("2024-07-01"), person_id=ana))
    create_date(DateData("Anniversary", pd("--03-10"), yearly=True, person_id=ana))
    create_date(DateData("Elective", pd("2024-09")))
    create_date(DateData("Gone", pd("2023-12-01")))
    create_date(DateData("Ben's viva", pd("2024-06-20"), person_id=ben))
    assert [r.label for r in list_dates()] == [
        "Anniversary",
        "Ben's viva",
        "Viva",
        "Elective",
        "Gone",
    ]
    assert [r.label for r in list_dates(D(2024, 6, 1))] == [
        "Ben's viva",
        "Viva",
        "Anniversary",  # next March
        "Elective",  # never falls: no day
        "Gone",  # past
    ]
    assert [r.label for r in dates_of(ana)] == ["Anniversary", "Viva"]
    assert [r.label for r in dates_of(ana, D(2024, 6, 1))] == ["Viva", "Anniversary"]
    assert dates_of(ben)[0].person_name == "Ben"


def test_upcoming_rows_say_how_far_away_they_are() -> None:
    row = Upcoming(UpcomingKind.DATE, D(2024, 6, 20), "Viva", None, "", 1, pd("2024-06-20"), None)
    assert row.days_away(D(2024, 6, 15)) == 5
    assert row.days_away(D(2024, 6, 25)) == -5
