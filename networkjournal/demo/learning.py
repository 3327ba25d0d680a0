"""What the demo student is learning and working on with people: modules to publications.

Each :class:`TopicSpec` in :mod:`networkjournal.demo.learning_data` says when
it began the way the story does (``("met:nwosu", 12)``), or by the journal
entry it began with, and how long it ran.
Someone met only after a topic finished was never on it, so is left off; a
topic that would have finished after yesterday is still going, so "done"
becomes "active", and one that would begin after yesterday is left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from networkjournal.demo.entry_calendar import Dates
from networkjournal.demo.placing import EntryIndex, calendar, partial, typed_on
from networkjournal.demo.timeline import DAY
from networkjournal.store.schema import Topic, TopicPerson

if TYPE_CHECKING:
    from networkjournal.demo.builder import DemoJournal


@dataclass(frozen=True)
class TopicSpec:
    """One topic of the demo, before it is dated."""

    title: str
    kind: str  # one of networkjournal.store.topics.TOPIC_KINDS
    status: str  # idea, active, done or dropped: as planned, before the calendar has its say
    start: tuple[str, int]  # (anchor, days after it), as in entry_story.Beat
    people: tuple[tuple[str, str], ...]  # (cast key, role)
    weeks: int | None = None  # how long it ran until done or dropped
    notes: str = ""
    precision: str = "month"  # how much of its dates the student wrote down
    entry: str = ""  # words from the title of the entry it began with, which then dates it


def add_topics(journal: DemoJournal, specs: tuple[TopicSpec, ...]) -> None:
    """Store the topics and who is on each, in the order they began."""
    dates = calendar(journal)
    entries = EntryIndex(journal)
    placed = []
    for spec in specs:
        start = _start(dates, entries, spec)
        if start > dates.latest:
            continue  # not begun yet, on this calendar
        end: dt.date | None = None
        status = spec.status
        if spec.weeks is not None and status in ("done", "dropped"):
            end = start + spec.weeks * 7 * DAY
            if end > dates.latest:
                end, status = None, "active" if status == "done" else status
        people = [
            (key, role) for key, role in spec.people if dates.met[key] <= (end or dates.latest)
        ]
        placed.append((start, spec, status, end, people))
    placed.sort(key=lambda item: (item[0], item[1].title))
    for start, spec, status, end, people in placed:
        rng = journal.rng("topic", spec.title)
        keys = [key for key, _role in people]
        created = typed_on(journal, start, rng, keys)
        updated = typed_on(journal, end, rng, keys) if end else created
        topic = Topic.create(
            title=spec.title,
            kind=spec.kind,
            status=status,
            started_on=partial(start, spec.precision),
            ended_on=partial(end, spec.precision) if end else None,
            notes=spec.notes,
            created_at=created,
            updated_at=max(created, updated),
        )
        if not people:
            continue
        TopicPerson.insert_many(
            [(topic.id, journal.person_ids[key], role) for key, role in people],
            fields=[TopicPerson.topic, TopicPerson.person, TopicPerson.role],
        ).execute()


def _start(dates: Dates, entries: EntryIndex, spec: TopicSpec) -> dt.date:
    """Return the day a topic began: its first entry's, if it names one that was written."""
    anchor, days = spec.start
    start = dates.anchor(anchor) + days * DAY
    if spec.entry:
        for key, _role in spec.people:
            found = entries.titled(key, spec.entry, start)
            if found is not None:
                return found.day
    return start
