"""Keeping in touch in the demo: the reminders the student has put off for now.

Who is due for contact follows from the entries (the last contact), each
person's own period in the cast (``keep_in_touch_days``: Mum weekly, Dad and
Nana fortnightly, Prof Krishnan monthly, Dr Okafor each term) and their
networks' periods.  The recent beats in :mod:`networkjournal.demo.entry_recent`
make sure some are due this week and some a few weeks overdue; a snooze here
quiets two who are long overdue, until a day that makes sense for each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from networkjournal.demo.timeline import DAY
from networkjournal.store.reminders import snooze

if TYPE_CHECKING:
    from networkjournal.demo.builder import DemoJournal

# (cast key, days from today the reminder is put off until)
SNOOZES: tuple[tuple[str, int], ...] = (
    ("chloe", 47),  # revising for the SQE2: message her once it is over
    ("ruth_levy", 27),  # about two weeks before finals: the time to book an exam-season slot
)


def add_snoozes(journal: DemoJournal, snoozes: tuple[tuple[str, int], ...]) -> None:
    """Put off the keep-in-touch reminders of some people until a day after today."""
    for key, days in snoozes:
        snooze([journal.person_ids[key]], journal.timeline.today + days * DAY)
