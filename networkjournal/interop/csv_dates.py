"""Dates as CSV exporters write them: ISO, "12 Jan 2024", "15-Jan-24", "01/12/24", "--12-21".

A numeric date is read in the order the caller says (month first for the
American exporters, day first otherwise) unless a column's own dates settle it.
An unknown year stays unknown; Outlook's "0/0/00" is no date at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from networkjournal.store.partial_dates import MONTH_NAMES, PartialDate, PartialDateError

# ---------------------------------------------------------------- dates

_MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTHS.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)})
_MONTHS["sept"] = 9
_NO_DATE = re.compile(r"0{1,2}[/.-]0{1,2}[/.-]0{2,4}")  # Outlook's "0/0/00"
_NUMERIC_DATE = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})(?:[/.-]([0-9]{2}|[0-9]{4}))?")
_YEAR_UNKNOWN = 1604  # Apple's and CardBook's year for "no year"


def date_order(values: Iterable[str]) -> str | None:
    """Return "dmy" or "mdy" when a column's numeric dates show which it is, else None."""
    day_first = month_first = False
    for value in values:
        m = _NUMERIC_DATE.fullmatch(value.strip())
        if m:
            a, b = int(m[1]), int(m[2])
            day_first |= a > 12 >= b
            month_first |= b > 12 >= a
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None


def read_date(text: str, order: str) -> PartialDate | None:
    """Read a date as exporters write it; None for an empty one.

    Raises :class:`PartialDateError` for text that is not a date.
    """
    s = " ".join(text.split())
    if not s or _NO_DATE.fullmatch(s):
        return None
    if m := re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ][0-9:.]+Z?)?", s):
        return _date(m[1], m[2], m[3])
    if m := re.fullmatch(r"([0-9]{4})([0-9]{2})([0-9]{2})", s):
        return _date(m[1], m[2], m[3])
    if m := re.fullmatch(r"--([0-9]{2})-?([0-9]{2})", s):
        return _date(None, m[1], m[2])
    if m := re.fullmatch(r"([0-9]{4})(?:-([0-9]{2}))?", s):
        return PartialDate(int(m[1]), int(m[2]) if m[2] else None)
    if m := _NUMERIC_DATE.fullmatch(s):
        day, month = (m[1], m[2]) if order == "dmy" else (m[2], m[1])
        return _date(m[3], month, day)
    if m := re.fullmatch(
        r"([0-9]{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\.?,?(?:[ -]([0-9]{2}|[0-9]{4}))?", s
    ):
        return _date(m[3], _month(m[2]), m[1])
    if m := re.fullmatch(r"([A-Za-z]{3,9})\.? ([0-9]{1,2})(?:st|nd|rd|th)?,?(?: ([0-9]{4}))?", s):
        return _date(m[3], _month(m[1]), m[2])
    if m := re.fullmatch(r"([A-Za-z]{3,9})\.? ([0-9]{4})", s):
        return PartialDate(int(m[2]), _month(m[1]))
    raise PartialDateError(f"{s!r} is not a date")


def _month(word: str) -> int:
    month = _MONTHS.get(word.lower())
    if month is None:
        raise PartialDateError(f"{word!r} is not a month")
    return month


def _date(year: str | None, month: int | str, day: int | str) -> PartialDate:
    full_year = _full_year(year) if year else None
    return PartialDate(None if full_year == _YEAR_UNKNOWN else full_year, int(month), int(day))


def _full_year(text: str) -> int:
    """Return a four-digit year; two digits mean the latest such year not in the future."""
    year = int(text)
    if len(text) == 2:
        this_year = dt.date.today().year
        year += 2000 if 2000 + year <= this_year else 1900
    return year
