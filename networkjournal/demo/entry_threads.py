"""The habits behind the demo journal: who the student sees, how often, and in which years.

A :class:`Thread` is a recurring kind of contact — Sunday calls with Mum,
water-polo training, study sessions with Kwame, ward rounds on a rotation.
The builder turns each into dated entries; the words come from
:mod:`networkjournal.demo.entry_phrases` under the thread's name.  One-off
moments with a story (supervisions, the audit, the resit) are in
:mod:`networkjournal.demo.entry_story`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from networkjournal.demo.entry_calendar import Dates, Slot
from networkjournal.demo.timeline import DAY


@dataclass(frozen=True)
class Span:
    """When a thread runs, in years of the course and relative to people met."""

    first_year: int = 1
    last_year: int | None = None  # None: up to today
    after: str = ""  # begins the day this cast member was met (a rotation, a project)
    weeks: int | None = None  # and lasts this many weeks
    quiet_days: int = 0  # stops this many days before today: someone drifting away

    def days(self, dates: Dates, people: tuple[str, ...]) -> tuple[dt.date, dt.date] | None:
        """Return the first and last day of the thread, or None if it never happens."""
        first = max(dates.year_start(self.first_year), dates.first_day(people))
        if self.after:
            first = max(first, dates.met[self.after])
        last = dates.latest
        if self.last_year is not None:
            last = min(last, dates.year_end(self.last_year))
        if self.weeks is not None:
            last = min(last, first + self.weeks * 7 * DAY)
        if self.quiet_days:
            last = min(last, dates.timeline.today - self.quiet_days * DAY)
        return (first, last) if first <= last else None


@dataclass(frozen=True)
class Thread:
    """A recurring kind of contact with some of the cast."""

    name: str  # also the key of its words in entry_phrases.THREAD_WORDS
    kinds: tuple[str, ...]  # drawn per entry; repeat a kind to make it likelier
    people: tuple[str, ...] = ()  # in every entry
    pool: tuple[str, ...] = ()  # some of these join each entry, once met
    joining: tuple[int, int] = (0, 0)  # how many of the pool join
    span: Span = Span()
    every: int = 30  # about one entry per this many days (days of term, if term_only)
    count: int | None = None  # exactly this many entries, however long the span
    term_only: bool = False
    slot: Slot | None = None  # overrides the kind's usual time (messages keep theirs)


_FLAT = ("priya", "tomasz", "chloe", "yusuf")
_STUDY = ("zofia", "priya", "hamza", "meilin")
_POOL = ("callum", "declan", "rory", "omar", "jack", "nadia", "kofi", "ines", "lucia")
_TEAM = ("callum", "rory", "omar", "jack", "nadia", "kofi")
_CLUB = ("tolu", "callum", "ines", "lucia", "omar", "rory", "nadia", "jack")

_FAMILY_AND_FRIENDS: tuple[Thread, ...] = (
    Thread(
        "mum",
        ("call", "call", "call", "message", "message"),
        ("mum",),
        every=45,
        slot=Slot.SUNDAY_EVENING,
    ),
    Thread(
        "home",
        ("social",),
        ("mum", "dad"),
        ("kemi", "auntie_bisi"),
        (1, 2),
        span=Span(quiet_days=12),  # Dad's last call is a recent beat (entry_recent)
        every=120,
        slot=Slot.WEEKEND,
    ),
    Thread("dad", ("call", "message", "message"), ("dad",), span=Span(quiet_days=12), every=150),
    Thread("kemi", ("message", "message", "call", "coffee"), ("kemi",), span=Span(2), every=130),
    Thread(
        "nana",
        ("call",),
        ("nana", "mum"),
        span=Span(quiet_days=31),  # then Rang Nana with Mum (entry_recent)
        every=100,
        slot=Slot.SUNDAY_EVENING,
    ),
    Thread("auntie", ("message", "social"), ("auntie_bisi",), count=4),
    Thread(
        "dami",
        ("call", "message", "message"),
        ("dami",),
        span=Span(2, quiet_days=25),  # then the SJT call (entry_story)
        every=110,
    ),
    Thread("hannah", ("social", "coffee", "message", "social"), ("hannah",), every=90),
    Thread(
        "daniel",
        ("social", "message"),
        ("daniel",),
        ("hannah",),
        (0, 1),
        span=Span(quiet_days=140),
        every=180,
    ),
    Thread("grace", ("coffee", "message", "meeting"), ("grace",), every=100),
)

_HALLS_AND_COHORT: tuple[Thread, ...] = (
    Thread(
        "flat",
        ("social", "social", "other"),
        (),
        _FLAT,
        (2, 4),
        span=Span(1, last_year=1),
        every=20,
    ),
    Thread("flat_reunion", ("social",), (), _FLAT, (2, 4), span=Span(2, quiet_days=235), every=150),
    Thread("priya", ("coffee", "message", "social", "coffee", "call"), ("priya",), every=50),
    Thread("yusuf", ("coffee", "message"), ("yusuf",), every=160),
    Thread("tomasz", ("message", "coffee"), ("tomasz",), span=Span(2, quiet_days=250), every=200),
    Thread("chloe", ("coffee", "message"), ("chloe",), span=Span(2, quiet_days=310), count=2),
    Thread(
        "study",
        ("teaching session", "teaching session", "meeting"),
        ("kwame",),
        _STUDY,
        (0, 2),
        every=28,
        term_only=True,
        slot=Slot.DAYTIME,
    ),
    Thread("hamza", ("coffee", "message", "call"), ("hamza",), every=120),
    Thread("zofia", ("coffee", "message"), ("zofia",), every=140),
    Thread("meilin", ("social", "coffee"), ("meilin",), ("priya",), (0, 1), count=5),
    Thread(
        "medsoc",
        ("society event",),
        ("fatima",),
        ("priya", "kwame", "meilin", "arjun"),
        (1, 3),
        every=110,
        term_only=True,
    ),
    Thread("acs", ("society event",), ("olu",), ("kwame", "meilin"), (0, 2), count=3),
    Thread("surgsoc", ("society event",), ("aleksandra",), ("kwame",), (0, 1), count=2),
    Thread("globalhealth", ("society event", "coffee"), ("sofia",), ("zofia",), (0, 1), count=4),
    Thread("yearrep", ("meeting", "message"), ("arjun",), count=3, term_only=True),
    # Then a drink after his bank shift (entry_recent).
    Thread("ciaran", ("coffee",), ("ciaran",), span=Span(quiet_days=76), count=3),
    Thread("ayesha", ("society event",), ("ayesha",), ("yusuf",), (0, 1), count=2),
    Thread(
        "jiwoo", ("social",), ("jiwoo",), ("tomasz",), (0, 1), span=Span(1, last_year=2), count=2
    ),
)

_WATER_POLO: tuple[Thread, ...] = (
    Thread(
        "training",
        ("society event",),
        (),
        _POOL,
        (2, 5),
        every=40,
        term_only=True,
        slot=Slot.TRAINING,
    ),
    Thread(
        "fixture",
        ("society event",),
        (),
        _TEAM,
        (3, 5),
        every=90,
        term_only=True,
        slot=Slot.FIXTURE,
    ),
    Thread(
        "club_social",
        ("social",),
        ("tolu",),
        _CLUB,
        (1, 3),
        span=Span(2),
        every=100,
        term_only=True,
    ),
    Thread("callum", ("message", "coffee"), ("callum",), every=170),
    Thread("declan", ("message",), ("declan",), count=3),
    Thread(
        "agm",
        ("society event",),
        ("ben",),
        ("callum", "ines", "tolu"),
        (2, 3),
        span=Span(2),
        count=2,
        term_only=True,
    ),
)

_TEACHING: tuple[Thread, ...] = (
    Thread(
        "physiology",
        ("teaching session",),
        ("okafor",),
        span=Span(1, last_year=1),
        count=3,
        term_only=True,
    ),
    Thread(
        "dissection",
        ("teaching session",),
        ("rossi",),
        ("zofia", "kwame"),
        (0, 2),
        span=Span(1, last_year=1),
        every=30,
        term_only=True,
    ),
    Thread("rossi", ("coffee", "message"), ("rossi",), span=Span(2, last_year=2), count=2),
    Thread(
        "biochemistry",
        ("teaching session",),
        ("benali",),
        span=Span(1, last_year=1),
        count=1,
        term_only=True,
    ),
    Thread(
        "pharmacology",
        ("teaching session",),
        ("marsh",),
        span=Span(2, last_year=2),
        count=2,
        term_only=True,
    ),
    Thread(
        "clinical_skills",
        ("teaching session",),
        ("gallagher",),
        ("kwame", "priya", "hamza"),
        (0, 2),
        span=Span(1, last_year=2),
        every=70,
        term_only=True,
    ),
    Thread(
        "gp",
        ("teaching session",),
        ("sheikh",),
        ("hamza",),
        (1, 1),
        span=Span(1, last_year=1),
        every=32,
        term_only=True,
        slot=Slot.GP,
    ),
    Thread(
        "neuro_ssc",
        ("supervision", "teaching session"),
        ("tanaka",),
        span=Span(2, last_year=2),
        count=4,
        term_only=True,
    ),
    Thread("year3", ("teaching session",), ("cohen",), span=Span(3, weeks=2), count=1),
)

_RESEARCH: tuple[Thread, ...] = (
    Thread(
        "lab",
        ("meeting",),
        ("zielinska",),
        ("chen",),
        (0, 1),
        every=30,
        slot=Slot.DAYTIME,
    ),
    Thread("xiaowen", ("social", "coffee", "message"), ("chen",), every=75),
    Thread("trials_unit", ("meeting",), ("papadopoulou",), count=3),
)

_PLACEMENT: tuple[Thread, ...] = (
    Thread(
        "amu",
        ("ward round", "ward round", "teaching session"),
        ("nwosu",),
        ("adjei", "shevchenko"),
        (0, 1),
        span=Span(3, after="nwosu", weeks=6),
        every=5,
    ),
    Thread("chidi", ("coffee", "message"), ("nwosu",), span=Span(3, after="nwosu"), every=90),
    Thread(
        "take",
        ("ward round", "teaching session"),
        ("banerjee",),
        ("nwosu",),
        (0, 1),
        span=Span(3, after="banerjee", weeks=5),
        every=8,
    ),
    Thread("elderly_care", ("ward round",), ("macleod",), span=Span(3, weeks=6), every=9),
    Thread(
        "theatre", ("other",), ("cholmondeley",), span=Span(3, weeks=4), count=2, slot=Slot.THEATRE
    ),
    Thread(
        "anaesthetics", ("teaching session", "other"), ("morales",), span=Span(3, weeks=3), count=3
    ),
    Thread("discharge", ("teaching session",), ("adjei",), span=Span(3, weeks=6), count=3),
    Thread(
        "bedside",
        ("teaching session",),
        ("shevchenko",),
        ("kwame", "hamza"),
        (0, 2),
        span=Span(3),
        every=70,
    ),
    Thread("surgery", ("ward round", "coffee"), ("clarke",), span=Span(3, weeks=6), count=3),
    Thread("gastro", ("ward round",), ("hussain",), span=Span(3, weeks=5), count=2),
)

THREADS: tuple[Thread, ...] = (
    _FAMILY_AND_FRIENDS + _HALLS_AND_COHORT + _WATER_POLO + _TEACHING + _RESEARCH + _PLACEMENT
)
