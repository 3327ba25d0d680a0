"""Dates where part may be unknown: a birthday without a year, "met in 2019".

A partial date is stored as reduced ISO 8601 text, which sorts sensibly and is
what vCard uses: ``2019``, ``2019-09``, ``2019-09-23``, or ``--09-23`` when the
year is unknown.  An unknown year is never stored as a placeholder year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_LOOKUP = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTH_LOOKUP.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)})
_MONTH_LOOKUP["sept"] = 9

_ISO_SHAPE = re.compile(r"--\d{2}-\d{2}|\d{4}(?:-\d{2}(?:-\d{2})?)?")

MIN_YEAR = 1800
MAX_YEAR = 2200


class PartialDateError(ValueError):
    """Text that cannot be read as a (partial) date; the message says why."""


# Not ordered: a date without a year has no place among dated ones (see sort_key).
@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose year, or day, may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        y, m, d = self.year, self.month, self.day
        if y is None and m is None:
            raise PartialDateError("a date needs at least a year or a month")
        if d is not None and m is None:
            raise PartialDateError("a day needs a month")
        if y is None and d is None:
            raise PartialDateError("a month without a year needs a day")
        if y is not None and not MIN_YEAR <= y <= MAX_YEAR:
            raise PartialDateError(f"the year {y} is out of range ({MIN_YEAR}-{MAX_YEAR})")
        if m is not None and not 1 <= m <= 12:
            raise PartialDateError(f"there is no month {m}")
        if d is not None and m is not None:
            # With the year unknown, 29 February is a valid birthday.
            last = calendar.monthrange(y if y is not None else 2000, m)[1]
            if not 1 <= d <= last:
                where = f"{MONTH_NAMES[m - 1]} {y}" if y is not None else MONTH_NAMES[m - 1]
                raise PartialDateError(f"{where} has no day {d}")

    def sort_key(self) -> tuple[int, int, int]:
        """Order by year, month, day; unknown parts sort first."""
        return (self.year or 0, self.month or 0, self.day or 0)

    @property
    def has_year(self) -> bool:
        """Whether the year is known."""
        return self.year is not None

    def to_iso(self) -> str:
        """Return the reduced ISO 8601 form used for storage."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Read the stored form back (see :meth:`to_iso`)."""
        m = re.fullmatch(r"--(\d{2})-(\d{2})", text)
        if m:
            return cls(None, int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
        if not m:
            raise PartialDateError(f"{text!r} is not a stored partial date")
        return cls(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """Return the complete partial date for ``value``."""
        return cls(value.year, value.month, value.day)

    def to_date(self) -> dt.date | None:
        """Return a real date when every part is known, else None."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def display(self) -> str:
        """Return the date as a person reads it: "23 September", "September 2019"."""
        parts: list[str] = []
        if self.day is not None:
            parts.append(str(self.day))
        if self.month is not None:
            parts.append(MONTH_NAMES[self.month - 1])
        if self.year is not None:
            parts.append(str(self.year))
        return " ".join(parts)

    def __str__(self) -> str:
        return self.to_iso()


def _month(word: str) -> int:
    month = _MONTH_LOOKUP.get(word.lower().rstrip("."))
    if month is None:
        raise PartialDateError(f"{word!r} is not a month")
    return month


def _year(text: str) -> int:
    if len(text) != 4:
        raise PartialDateError(f"write the year with four digits, not {text!r}")
    return int(text)


def parse_partial_date(text: str) -> PartialDate | None:
    """Read a date as a person types it; return None for empty text.

    Understands ISO forms (``2019-09-23``, ``2019-09``, ``2019``, ``--09-23``),
    day-first numbers as written in the UK (``23/09/2019``, ``23/09``), and
    words (``23 Sep 2019``, ``23 September``, ``Sep 23``, ``September 2019``).
    Raises :class:`PartialDateError` with a readable reason otherwise.
    """
    s = " ".join(text.strip().replace(",", " ").split())
    if not s:
        return None
    if _ISO_SHAPE.fullmatch(s):
        return PartialDate.from_iso(s)  # its error says what is wrong ("… has no day 30")
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?", s)
    if m:
        year = _year(m[3]) if m[3] else None
        return PartialDate(year, int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?)(?: (\d+))?", s)
    if m:
        return PartialDate(_year(m[3]) if m[3] else None, _month(m[2]), int(m[1]))
    m = re.fullmatch(r"([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?", s)
    if m:
        return PartialDate(_year(m[3]) if m[3] else None, _month(m[1]), int(m[2]))
    m = re.fullmatch(r"([A-Za-z]+\.?) (\d{4})", s)
    if m:
        return PartialDate(_year(m[2]), _month(m[1]))
    m = re.fullmatch(r"[A-Za-z]+\.?", s)
    if m:
        raise PartialDateError("a month on its own needs a day or a year")
    raise PartialDateError(
        f"{text.strip()!r} is not a date; try 23 Sep 2019, 23/09, Sep 2019 or 2019"
    )
