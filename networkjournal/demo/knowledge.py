"""What the student knows about people, and what people know about the student.

Facts ("what I know about them") and disclosures ("what they know about
me": what the student told them, or what they saw the student do) are data,
written down per cast member in :mod:`networkjournal.demo.knowledge_home`,
:mod:`networkjournal.demo.knowledge_work` and :mod:`networkjournal.demo.knowledge_told`.
Each is dated in the time the student has known the person; many name the
journal entry they came from, and some everyday facts are tied to whichever
entry with that person falls nearest.  Rows are stored in the order they were
typed in, so ids run with time as they would in a real journal.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from networkjournal.demo.entry_calendar import Dates
from networkjournal.demo.placing import EntryIndex, Found, When, calendar, day_for, typed_on
from networkjournal.store.schema import Disclosure, Fact

if TYPE_CHECKING:
    from networkjournal.demo.builder import DemoJournal

# How often a fact with no entry named is tied to an entry with them within three weeks.
_LINK_CHANCE = 0.5
_NEAR_DAYS = 21


@dataclass(frozen=True)
class Known:
    """A fact about someone before it is dated: what, and when in knowing them it was learned."""

    category: str  # one of networkjournal.store.facts.FACT_CATEGORIES
    text: str
    at: When = 0.5
    entry: str = ""  # words from the title of the entry it came from; "" for none in particular


@dataclass(frozen=True)
class Told:
    """Something a person knows about the student: told them (or, ``saw``, saw them do it)."""

    text: str
    at: When = 0.5
    entry: str = ""  # words from the title of the entry it came from; "*" the nearest with them
    saw: bool = False


@dataclass(frozen=True)
class _Dated:
    """A fact or disclosure worked out, ready to store."""

    key: str
    text: str
    day: dt.date
    typed: dt.datetime
    entry_id: int | None
    extra: Any  # the fact's category, or whether the disclosure was witnessed


def add_knowledge(
    journal: DemoJournal,
    facts: dict[str, tuple[Known, ...]],
    told: dict[str, tuple[Told, ...]],
) -> None:
    """Store the facts and disclosures of everyone in the journal's cast."""
    dates = calendar(journal)
    entries = EntryIndex(journal)
    fact_rows: list[_Dated] = []
    for key, known in facts.items():
        rng = journal.rng("facts", key)
        fact_rows += [_date_fact(journal, dates, entries, key, fact, rng) for fact in known]
    told_rows: list[_Dated] = []
    for key, items in told.items():
        rng = journal.rng("disclosures", key)
        told_rows += [_date_told(journal, dates, entries, key, item, rng) for item in items]
    ids = journal.person_ids
    Fact.insert_many(
        [
            (ids[r.key], r.extra, r.text, r.day, r.entry_id, r.typed)
            for r in sorted(fact_rows, key=_typing_order)
        ],
        fields=[
            Fact.person,
            Fact.category,
            Fact.text,
            Fact.noted_on,
            Fact.interaction,
            Fact.created_at,
        ],
    ).execute()
    Disclosure.insert_many(
        [
            (ids[r.key], r.text, r.day, r.extra, r.entry_id, r.typed)
            for r in sorted(told_rows, key=_typing_order)
        ],
        fields=[
            Disclosure.person,
            Disclosure.text,
            Disclosure.shared_on,
            Disclosure.witnessed,
            Disclosure.interaction,
            Disclosure.created_at,
        ],
    ).execute()


def _typing_order(row: _Dated) -> tuple[dt.datetime, dt.date, str, str]:
    return row.typed, row.day, row.key, row.text


def _date_fact(
    journal: DemoJournal,
    dates: Dates,
    entries: EntryIndex,
    key: str,
    fact: Known,
    rng: random.Random,
) -> _Dated:
    """Date one fact, and tie it to its entry if it names one or one falls close by."""
    day = day_for(dates, key, fact.at)
    found: Found | None = None
    if fact.entry:
        found = entries.titled(key, fact.entry, day)
    elif rng.random() < _LINK_CHANCE:
        found = entries.nearest(key, day, _NEAR_DAYS)
    return _placed(journal, key, fact.text, day, found, fact.category, rng)


def _date_told(
    journal: DemoJournal,
    dates: Dates,
    entries: EntryIndex,
    key: str,
    item: Told,
    rng: random.Random,
) -> _Dated:
    """Date one disclosure, tied to the entry it names (or, for "*", the nearest one)."""
    day = day_for(dates, key, item.at)
    found: Found | None = None
    if item.entry == "*":
        found = entries.nearest(key, day, 366)
    elif item.entry:
        found = entries.titled(key, item.entry, day)
    return _placed(journal, key, item.text, day, found, item.saw, rng)


def _placed(
    journal: DemoJournal,
    key: str,
    text: str,
    day: dt.date,
    found: Found | None,
    extra: Any,
    rng: random.Random,
) -> _Dated:
    """Return the row: dated by its entry when it has one, else by ``day``, typed that evening."""
    typed = typed_on(journal, day, rng, (key,))  # drawn either way, so the rest stay put
    if found is None:
        return _Dated(key, text, day, typed, None, extra)
    return _Dated(key, text, found.day, found.typed, found.entry_id, extra)
