"""Partial dates: stored as reduced ISO 8601, typed the way people write dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from networkjournal.store.partial_dates import (
    MAX_YEAR,
    MIN_YEAR,
    PartialDate,
    PartialDateError,
    parse_partial_date,
)

years = st.integers(MIN_YEAR, MAX_YEAR)
months = st.integers(1, 12)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Every shape of valid partial date: Y, Y-M, Y-M-D and --M-D (29 Feb included)."""
    shape = draw(st.sampled_from(["y", "ym", "ymd", "md"]))
    if shape == "y":
        return PartialDate(draw(years))
    month = draw(months)
    if shape == "ym":
        return PartialDate(draw(years), month)
    if shape == "md":
        return PartialDate(None, month, draw(st.integers(1, calendar.monthrange(2000, month)[1])))
    year = draw(years)
    return PartialDate(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


@given(partial_dates())
def test_iso_round_trip_for_every_valid_partial_date(date: PartialDate) -> None:
    text = date.to_iso()
    assert PartialDate.from_iso(text) == date
    assert str(date) == text


@given(partial_dates())
def test_parsing_the_stored_form_gives_the_same_date(date: PartialDate) -> None:
    assert parse_partial_date(date.to_iso()) == date


@given(partial_dates())
def test_parsing_the_displayed_form_gives_the_same_date(date: PartialDate) -> None:
    assert parse_partial_date(date.display()) == date


@given(partial_dates())
def test_display_never_shows_a_placeholder_year(date: PartialDate) -> None:
    shown = date.display()
    if date.year is None:
        assert re.search(r"\d{3,}", shown) is None
    else:
        assert str(date.year) in shown
    assert "None" not in shown


@given(st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR, 12, 31)))
def test_complete_dates_convert_to_and_from_datetime_date(day: dt.date) -> None:
    partial = PartialDate.from_date(day)
    assert partial.to_date() == day
    assert partial.to_iso() == day.isoformat()


@given(st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR, 12, 31)))
def test_stored_forms_of_complete_dates_sort_like_the_dates(day: dt.date) -> None:
    next_day = day + dt.timedelta(days=1)
    if next_day.year <= MAX_YEAR:
        assert PartialDate.from_date(day).to_iso() < PartialDate.from_date(next_day).to_iso()


def test_incomplete_dates_have_no_datetime_date() -> None:
    assert PartialDate(2019).to_date() is None
    assert PartialDate(2019, 9).to_date() is None
    assert PartialDate(None, 9, 23).to_date() is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-09-23", PartialDate(2019, 9, 23)),
        ("2019-09", PartialDate(2019, 9)),
        ("2019", PartialDate(2019)),
        ("--09-23", PartialDate(None, 9, 23)),
        ("23/09/2019", PartialDate(2019, 9, 23)),
        ("23.09.2019", PartialDate(2019, 9, 23)),
        ("3/9/2019", PartialDate(2019, 9, 3)),
        ("23/09", PartialDate(None, 9, 23)),
        ("23 Sep 2019", PartialDate(2019, 9, 23)),
        ("23 Sept 2019", PartialDate(2019, 9, 23)),
        ("23 Sep. 2019", PartialDate(2019, 9, 23)),
        ("23rd September 2019", PartialDate(2019, 9, 23)),
        ("23 September", PartialDate(None, 9, 23)),
        ("23 SEPTEMBER", PartialDate(None, 9, 23)),
        ("Sep 23", PartialDate(None, 9, 23)),
        ("Sep 23, 2019", PartialDate(2019, 9, 23)),
        ("September 23rd 2019", PartialDate(2019, 9, 23)),
        ("September 2019", PartialDate(2019, 9)),
        ("sep 2019", PartialDate(2019, 9)),
        ("29 Feb", PartialDate(None, 2, 29)),
        ("29 Feb 2024", PartialDate(2024, 2, 29)),
        ("1st May", PartialDate(None, 5, 1)),
        ("  23   Sep   2019  ", PartialDate(2019, 9, 23)),
    ],
)
def test_parse_partial_date_accepts_what_people_type(text: str, expected: PartialDate) -> None:
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_parse_partial_date_of_empty_text_is_none(text: str) -> None:
    assert parse_partial_date(text) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("30 Feb", "February has no day 30"),
        ("29/02/2023", "February 2023 has no day 29"),
        ("29 Feb 2023", "February 2023 has no day 29"),
        ("31 April", "April has no day 31"),
        ("Smarch 3", "'Smarch' is not a month"),
        ("3 Smarch 2019", "'Smarch' is not a month"),
        ("13/13", "no month 13"),
        ("23/13/2019", "no month 13"),
        ("0/9", "September has no day 0"),
        ("99", "is not a date"),
        ("23/09/19", "four digits"),
        ("Sep 32", "September has no day 32"),
        ("September", "needs a day or a year"),
        ("next Tuesday", "is not a date"),
        ("2019-13", "no month 13"),
        ("2019-02-30", "February 2019 has no day 30"),
        ("--02-30", "February has no day 30"),
        ("1700", "out of range"),
        ("23 Sep 1799", "out of range"),
        ("2019/09/23", "is not a date"),
    ],
)
def test_parse_partial_date_refuses_impossible_dates_with_a_readable_reason(
    text: str, reason: str
) -> None:
    with pytest.raises(PartialDateError) as caught:
        parse_partial_date(text)
    message = str(caught.value)
    assert reason in message
    assert "Traceback" not in message and "re.Match" not in message
    assert message[0].isalpha() or message[0] in "'\""


@pytest.mark.parametrize(
    ("parts", "reason"),
    [
        ((None, None, None), "at least a year or a month"),
        ((None, None, 3), "at least a year or a month"),
        ((2019, None, 3), "a day needs a month"),
        ((None, 9, None), "needs a day"),
        ((1799, None, None), "out of range"),
        ((2201, 1, 1), "out of range"),
        ((2019, 0, None), "no month 0"),
        ((2019, 13, None), "no month 13"),
        ((2019, 9, 31), "September 2019 has no day 31"),
        ((None, 2, 30), "February has no day 30"),
    ],
)
def test_partial_date_refuses_impossible_parts(
    parts: tuple[int | None, int | None, int | None], reason: str
) -> None:
    with pytest.raises(PartialDateError, match=re.escape(reason)):
        PartialDate(*parts)


@pytest.mark.parametrize("text", ["", "19", "2019-9-23", "--9-23", "2019-09-23T00:00", "abcd"])
def test_from_iso_refuses_text_that_is_not_a_stored_partial_date(text: str) -> None:
    with pytest.raises(PartialDateError):
        PartialDate.from_iso(text)


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        (PartialDate(2019, 9, 23), "23 September 2019"),
        (PartialDate(2019, 9), "September 2019"),
        (PartialDate(2019), "2019"),
        (PartialDate(None, 9, 23), "23 September"),
        (PartialDate(None, 2, 29), "29 February"),
    ],
)
def test_display_reads_like_a_person_writes_it(date: PartialDate, shown: str) -> None:
    assert date.display() == shown


def test_has_year_says_whether_the_year_is_known() -> None:
    assert PartialDate(2019, 9, 23).has_year
    assert not PartialDate(None, 9, 23).has_year
