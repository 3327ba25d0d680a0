"""The demo journal's entries: a few hundred, from freshers' week to yesterday.

Entries come from two sources: the everyday :data:`THREADS` (calls home,
training, study sessions, ward rounds) and the story's beats (supervisions,
the audit, the resit).  The story is placed first; an everyday entry that
would clash with one already on the calendar is dropped.  Each thread and
beat draws from its own random source, so the journal is the same for the
same seed and ``today``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from networkjournal.demo.cast import CAST
from networkjournal.demo.entry_calendar import (
    KIND_SLOTS,
    Dates,
    every_day,
    in_term,
    met_days,
    on_slot_day,
    spread_days,
    time_of_day,
)
from networkjournal.demo.entry_phrases import CALLED, FAMILY_WORDS, LINKS, WORDS, Words
from networkjournal.demo.entry_phrases_social import CLUB_SHAPE_WORDS, CLUB_WORDS, FRIENDS_WORDS
from networkjournal.demo.entry_phrases_study import SHAPE_WORDS, STUDY_WORDS
from networkjournal.demo.entry_placements import placement_beats
from networkjournal.demo.entry_recent import recent_beats
from networkjournal.demo.entry_research import research_beats
from networkjournal.demo.entry_story import Beat, Todo, due_date, life_beats
from networkjournal.demo.entry_threads import THREADS, Thread
from networkjournal.demo.timeline import DAY
from networkjournal.store.journal import EntryData, FollowUpData, create_entry
from networkjournal.store.schema import FollowUp, Interaction

if TYPE_CHECKING:
    from networkjournal.demo.builder import DemoJournal

THREAD_WORDS: dict[str, Words] = {**FAMILY_WORDS, **FRIENDS_WORDS, **CLUB_WORDS, **STUDY_WORDS}
_SLOT_WORDS: dict[str, tuple[str, ...]] = {**WORDS, **SHAPE_WORDS, **CLUB_SHAPE_WORDS}
_SLOT = re.compile(r"\{(\w+)\}")
_CLASH = dt.timedelta(minutes=90)  # two entries closer than this cannot both have happened
_NICKNAMES = {spec.key: spec.nickname or spec.given for spec in CAST}


@dataclass
class Planned:
    """An entry worked out but not yet saved, with the cast keys of who was there."""

    occurred_at: dt.datetime
    kind: str
    people: list[str]
    source: str  # the thread or beat it came from, for a stable order
    title: str = ""
    location: str = ""
    notes: str = ""
    template: str = ""
    todos: tuple[Todo, ...] = ()
    ticked_at: tuple[dt.time, ...] = ()  # the time of day each done follow-up was ticked off
    typed_after: dt.timedelta = field(default=dt.timedelta(hours=2))


def add_entries(journal: DemoJournal) -> None:
    """Write the demo student's journal entries and their follow-ups."""
    dates = Dates(journal.timeline, met_days(journal.timeline, journal.met_on))
    planned: list[Planned] = []
    booked: dict[dt.date, list[dt.datetime]] = defaultdict(list)
    beats = [
        *life_beats(dates, journal.rng("story", "tutor")),
        *research_beats(),
        *placement_beats(),
        *recent_beats(),
    ]
    for beat in _fitted(beats, dates):
        entry = plan_beat(beat, dates, journal.rng("story", beat.name), booked)
        if entry is not None:
            planned.append(entry)
            booked[entry.occurred_at.date()].append(entry.occurred_at)
    for thread in THREADS:
        for entry in plan_thread(thread, dates, journal.rng("entries", thread.name)):
            if not _clashes(entry.occurred_at, booked):
                planned.append(entry)
                booked[entry.occurred_at.date()].append(entry.occurred_at)
    planned.sort(key=lambda e: (e.occurred_at, e.source))
    for entry in planned:
        save_entry(journal, entry)


def called(key: str) -> str:
    """Return how the student refers to a cast member in notes: "Dr Okafor", "Tomek"."""
    return CALLED.get(key) or _NICKNAMES[key]


def _clashes(moment: dt.datetime, booked: dict[dt.date, list[dt.datetime]]) -> bool:
    return any(abs(moment - other) < _CLASH for other in booked[moment.date()])


def _fitted(beats: list[Beat], dates: Dates) -> list[Beat]:
    """Squeeze each person's story into the time since they were met, if it is short.

    A supervisor met a month ago cannot have had a year of supervisions: the
    beats after meeting them keep their order but move closer together.
    """
    longest: dict[str, int] = defaultdict(int)
    for beat in beats:
        if beat.anchor.startswith("met:"):
            longest[beat.anchor] = max(longest[beat.anchor], beat.days)
    fitted = []
    for beat in beats:
        days = beat.days
        if beat.anchor.startswith("met:") and days > 0:
            room = max(0, (dates.latest - dates.anchor(beat.anchor)).days - 10)
            if longest[beat.anchor] > room:
                days = max(0, days * room // longest[beat.anchor])
        fitted.append(dataclasses.replace(beat, days=days))
    return fitted


def plan_beat(
    beat: Beat,
    dates: Dates,
    rng: random.Random,
    booked: dict[dt.date, list[dt.datetime]] | None = None,
) -> Planned | None:
    """Place a story beat on the calendar, after everyone in it was met; None if in the future.

    Its time is drawn again (a few times) if it clashes with an entry already ``booked``.
    """
    day = dates.anchor(beat.anchor) + beat.days * DAY
    first = dates.first_day(beat.people)
    if day > dates.latest and not beat.anchor.startswith(("met:", "today")):
        return None
    day = min(max(day, first), dates.latest)
    slot = beat.slot or KIND_SLOTS[beat.kind][0]
    day = on_slot_day(day, slot, first, dates.latest) or day
    moment = dt.datetime.combine(day, time_of_day(slot, rng))
    for _ in range(4):
        if booked is None or not _clashes(moment, booked):
            break
        moment = dt.datetime.combine(day, time_of_day(slot, rng))
    return Planned(
        occurred_at=moment,
        kind=beat.kind,
        people=list(beat.people),
        source=beat.name,
        title=beat.title,
        location=beat.location,
        notes=beat.notes,
        template=beat.template,
        todos=beat.todos,
        ticked_at=tuple(dt.time(rng.randint(8, 22), rng.randint(0, 59)) for _ in beat.todos),
        typed_after=_typing_delay(beat.kind, rng),
    )


def plan_thread(thread: Thread, dates: Dates, rng: random.Random) -> list[Planned]:
    """Return the entries of one everyday thread, spread evenly over its span."""
    span = thread.span.days(dates, thread.people)
    if span is None:
        return []
    first, last = span
    days = [d for d in every_day(first, last) if in_term(d) or not thread.term_only]
    count = thread.count or max(1, round(len(days) / thread.every))
    words = THREAD_WORDS[thread.name]
    planned = []
    for index, day in enumerate(spread_days(rng, days, count)):
        kind = rng.choice(thread.kinds)
        slot = (
            rng.choice(KIND_SLOTS[kind])
            if thread.slot is None or kind == "message"
            else thread.slot
        )
        placed = on_slot_day(day, slot, first, last)
        people = _participants(thread, dates, placed, rng) if placed else []
        if placed is None or not people:
            continue
        entry = Planned(
            occurred_at=dt.datetime.combine(placed, time_of_day(slot, rng)),
            kind=kind,
            people=people,
            source=f"{thread.name}:{index:03d}",
            typed_after=_typing_delay(kind, rng),
        )
        _write_text(entry, words, dates, rng)
        planned.append(entry)
    return planned


def _participants(thread: Thread, dates: Dates, day: dt.date, rng: random.Random) -> list[str]:
    """Return who was there: the thread's people and some of its pool already met."""
    known = [key for key in thread.pool if dates.met[key] <= day and key not in thread.people]
    joining = min(rng.randint(*thread.joining), len(known))
    if not thread.people and joining == 0 and known:
        joining = 1
    return [*thread.people, *rng.sample(known, joining)]


def _typing_delay(kind: str, rng: random.Random) -> dt.timedelta:
    """How long after something happened the student wrote it down."""
    if kind in ("message", "call"):
        return dt.timedelta(minutes=rng.randint(2, 50))
    if rng.random() < 0.25:
        return dt.timedelta(hours=rng.randint(20, 28))  # the next evening
    return dt.timedelta(minutes=rng.randint(60, 300))


def _write_text(entry: Planned, words: Words, dates: Dates, rng: random.Random) -> None:
    """Fill in the title, place and notes of a thread's entry from its words."""
    year = (entry.occurred_at.date() - dates.timeline.freshers).days // 364 + 1
    names = [called(key) for key in entry.people]
    fixed = {
        "name": names[0],
        "names": _and_list(names),
        "others": _and_list(names[1:]) or names[0],
        "topic": rng.choice(_SLOT_WORDS["preclinical" if year <= 2 else "clinical"]),
    }
    fill = _filler(fixed, rng)
    entry.title = fill(_choose(words.titles, entry.kind, rng))
    fixed["event"] = entry.title  # what a society social's notes say it was, if titled
    entry.location = fill(_choose(words.places, entry.kind, rng))
    if words.shaped and rng.random() < 0.3:
        entry.notes, entry.template = fill(rng.choice(words.shaped)), words.template
        return
    if rng.random() < (0.2 if entry.kind == "message" else 0.04):
        return
    pool = words.kind_lines.get(entry.kind) or words.lines
    lines = [fill(" ".join(rng.sample(pool, min(len(pool), rng.choice((1, 1, 2))))))]
    if words.bullets and rng.random() < 0.45:
        points = rng.sample(words.bullets, min(len(words.bullets), rng.randint(1, 3)))
        lines.append("\n".join(f"- {fill(point)}" for point in points))
    if words.places.get("teaching session") and rng.random() < 0.15:
        lines.append(f"Useful: {rng.choice(LINKS)}")
    entry.notes = "\n\n".join(lines)


def _choose(options: dict[str, tuple[str, ...]], kind: str, rng: random.Random) -> str:
    return rng.choice(options.get(kind) or options.get("") or ("",))


def _filler(fixed: dict[str, str], rng: random.Random) -> Callable[[str], str]:
    """Return a function filling ``{slots}``: fixed ones as given, the rest drawn from pools."""

    def word(match: re.Match[str]) -> str:
        return fixed.get(match[1]) or rng.choice(_SLOT_WORDS[match[1]])

    def fill(template: str) -> str:
        for _ in range(3):  # a drawn word may hold a slot of its own
            template = _SLOT.sub(word, template)
        return template

    return fill


def _and_list(names: list[str]) -> str:
    """Return "A", "A and B" or "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def save_entry(journal: DemoJournal, entry: Planned) -> None:
    """Store one planned entry and its follow-ups, stamped as typed soon after it happened."""
    timeline = journal.timeline
    typed = entry.occurred_at + entry.typed_after
    typed = max([typed, *(journal.added_at[key] for key in entry.people)])
    if entry.occurred_at.date() < timeline.journal_started:
        # Written up on the journal's first weekend, from memory.
        typed = max(typed, dt.datetime.combine(timeline.journal_started, dt.time(21)))
    end_of_yesterday = dt.datetime.combine(timeline.today, dt.time()) - dt.timedelta(minutes=1)
    typed = max(min(typed, end_of_yesterday), entry.occurred_at)
    follow_ups = [
        FollowUpData(
            title=todo.title,
            due_on=due_date(todo, entry.occurred_at.date(), timeline.today),
            person_id=journal.person_ids[todo.person] if todo.person else None,
            done_at=_done_at(todo, entry.occurred_at, ticked, typed, end_of_yesterday),
        )
        for todo, ticked in zip(entry.todos, entry.ticked_at, strict=True)
    ]
    saved = create_entry(
        EntryData(
            occurred_at=entry.occurred_at,
            kind=entry.kind,
            title=entry.title,
            location=entry.location,
            notes=entry.notes,
            template=entry.template,
            participant_ids=[journal.person_ids[key] for key in entry.people],
            follow_ups=follow_ups,
        )
    )
    # create_entry stamps the clock's time; the demo's history must not depend on it.
    Interaction.update(created_at=typed, updated_at=typed).where(
        Interaction.id == saved.entry_id
    ).execute()
    if saved.follow_up_ids:
        FollowUp.update(created_at=typed).where(FollowUp.id.in_(saved.follow_up_ids)).execute()


def _done_at(
    todo: Todo,
    occurred_at: dt.datetime,
    ticked: dt.time,
    typed: dt.datetime,
    latest: dt.datetime,
) -> dt.datetime | None:
    """Return when a follow-up was ticked off: some days after the entry, never before it was."""
    if todo.done_after is None:
        return None
    done = dt.datetime.combine(occurred_at.date() + todo.done_after * DAY, ticked)
    return max(min(done, latest), typed)
