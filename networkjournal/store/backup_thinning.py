"""Which backups to keep: everything from the last day, then 7 daily, 4 weekly, 6 monthly.

A pure rule over the backups' times, kept apart from taking and restoring
them so it can be reasoned about (and property-tested) on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

MIN_INTERVAL = dt.timedelta(days=1)  # automatic backups at most this often; all of the last kept
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6


@dataclass(frozen=True)
class Retention:
    """How many backups thinning keeps: the newest of so many days, then weeks, then months."""

    daily: int = KEEP_DAILY
    weekly: int = KEEP_WEEKLY
    monthly: int = KEEP_MONTHLY

    def __post_init__(self) -> None:
        for name in ("daily", "weekly", "monthly"):
            if getattr(self, name) < 0:
                raise ValueError(f"a backup retention count cannot be negative ({name})")


def backups_to_keep(
    times: Iterable[dt.datetime],
    now: dt.datetime | None = None,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dt.datetime]:
    """Choose which backups thinning keeps: the newest of each of the last ``daily`` days
    that have backups, then of ``weekly`` more ISO weeks, then of ``monthly`` more months;
    and, when ``now`` is given, every backup of the day before it.

    The rules are borg's ``prune``: walking from newest to oldest, each rule keeps
    the newest backup of each period it has not already seen, skipping (without
    counting) a period whose newest backup an earlier rule kept.  The last day's
    backups are all kept so that a "before restore" or "before upgrade" copy is
    not thinned away by a "Back up now" an hour later.  Times must be in one
    time zone (the backups' UTC).
    """
    ordered = sorted(set(times), reverse=True)
    kept: set[dt.datetime] = set()
    rules = (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    )
    for count, period_of in rules:
        left = count
        last: object = None
        picked: set[dt.datetime] = set()
        for when in ordered:
            if left <= 0:
                break
            period = period_of(when)
            if period == last:
                continue
            last = period
            if when not in kept:
                picked.add(when)
                left -= 1
        kept |= picked
    if now is not None:
        kept |= {when for when in ordered if now - MIN_INTERVAL < when <= now}
    return kept
