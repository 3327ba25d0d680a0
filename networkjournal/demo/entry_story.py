"""The moments of the demo student's life worth a proper journal entry.

Besides the everyday threads, a journal has entries that tell a story: the
freshers' social where the student met their medic parent, the failed
anatomy spotter and the resit, a term's tutor meeting, an iftar at Yusuf's.
Each is a :class:`Beat`, placed relative to an anchor — freshers' week, a
year of the course, the day someone was met, or today — so the story keeps
its shape whatever day the demo is built on.  The research project, the
audit and the QIP are in :mod:`networkjournal.demo.entry_research`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass

from networkjournal.demo.entry_calendar import RAMADAN_STARTS, Dates, Slot, terms
from networkjournal.demo.timeline import DAY

TUTOR = "Mentor or tutor meeting"
SUPERVISION = "Supervision meeting"
STUDY = "Study session"
SOCIAL = "Society social"


@dataclass(frozen=True)
class Todo:
    """A follow-up the student noted down with an entry."""

    title: str
    due: tuple[str, int] | None = None  # ("entry" or "today", days after it); None: no date
    done_after: int | None = None  # ticked off this many days after the entry; None: open
    person: str = ""  # the cast member it concerns


@dataclass(frozen=True)
class Beat:
    """One entry of the story, placed ``days`` after an anchor (see :meth:`Dates.anchor`)."""

    name: str
    anchor: str
    days: int
    kind: str
    people: tuple[str, ...]
    title: str = ""
    notes: str = ""
    location: str = ""
    template: str = ""
    slot: Slot | None = None
    todos: tuple[Todo, ...] = ()


_YEAR_ONE: tuple[Beat, ...] = (
    Beat(
        "freshers_social",
        "met:grace",
        0,
        "society event",
        ("grace",),
        "MedSoc freshers' social",
        "**Event:** MedSoc freshers' social\n\n## Who I met\n\n"
        "- Grace, my *medic parent*: every fresher gets one from the years above\n"
        "- half of my PBL group\n\n## Worth remembering\n\n"
        "- Grace says go to every demonstrator session in the dissecting room\n"
        "- she'll pass on her old anatomy notes",
        "Guy's Bar",
        SOCIAL,
        Slot.EVENING,
        (Todo("Message Grace about her old anatomy notes", ("entry", 7), 3, "grace"),),
    ),
    Beat(
        "freshers_fair",
        "met:callum",
        0,
        "society event",
        ("callum", "rory", "ines"),
        "Freshers' fair: swimming and water polo",
        "Callum signed me up for a water-polo taster before I'd finished saying hello. "
        "Rory is a medic too, same year.\n\n- taster session **Thursday, 9pm**\n"
        "- Inês runs the swimming side\n- subs are £40 a year",
        "Freshers' fair, Guy's Campus",
        slot=Slot.DAYTIME,
        todos=(Todo("Buy a swimming cap and a mouthguard", None, 2),),
    ),
    Beat(
        "tutor_group",
        "met:okafor",
        0,
        "meeting",
        ("okafor",),
        "First personal tutor group",
        "Six of us in Dr Okafor's group. She asked what each of us was worried about; "
        "most of us said anatomy.\n\n- termly one-to-ones, booked by email\n"
        "- she replies within a week\n- **professionalism** matters from day one, and she meant it",
        "Personal tutor group, Guy's Campus",
    ),
    Beat(
        "flat_dinner",
        "freshers",
        3,
        "social",
        ("priya", "tomasz", "chloe", "yusuf"),
        "First flat dinner",
        "Everyone cooked something from home: Tomek's pierogi, Yusuf's biryani, Chloé's "
        "ratatouille, Priya's rasam and my jollof. **Best night of freshers' week.**\n\n"
        "Priya and I stayed up until 2am talking about why medicine.",
        "Great Dover Street Apartments",
        slot=Slot.EVENING,
    ),
    Beat(
        "atlas",
        "y1",
        150,
        "teaching session",
        ("rossi", "zofia"),
        "Dissection: the brachial plexus",
        "Matteo drew the brachial plexus as a big M and suddenly it made sense.\n\n"
        "- Matteo lent me his *Grant's Atlas*\n- ask him about surgical SSCs next year",
        "Dissecting room, Hodgkin Building",
        todos=(Todo("Return Matteo's anatomy atlas", ("entry", 14), None, "rossi"),),
    ),
    Beat(
        "spotter",
        "y1",
        236,
        "coffee",
        ("hamza",),
        "Failed the anatomy spotter",
        "Failed the first anatomy spotter by two marks. Hamza told me he'd resat one too "
        "and it was fine.\n\n- resit is in **August**\n- make a spotter list by region\n"
        "- tell Dr Okafor now, not later",
        "Grind, London Bridge",
        slot=Slot.DAYTIME,
        todos=(
            Todo("Email Dr Okafor about the resit", ("entry", 3), 1, "okafor"),
            Todo("Make a resit revision plan with Zofia", ("entry", 10), 6, "zofia"),
        ),
    ),
    Beat(
        "resit_plan",
        "y1",
        241,
        "meeting",
        ("okafor",),
        "Resit plan with Dr Okafor",
        "## How things are going\n\nEmbarrassed about the spotter, fine about everything else.\n\n"
        "## Advice\n\n- one region a day, out loud, with pictures\n"
        "- the dissecting room revision sessions are there for exactly this\n"
        "- a resit says nothing about the doctor I'll be\n\n"
        "## Next steps\n\n- [x] book the revision sessions\n- [ ] send her my plan",
        "Dr Okafor's office, Hodgkin Building",
        TUTOR,
    ),
    Beat(
        "exams_done",
        "y1",
        255,
        "social",
        ("priya", "kwame", "zofia", "hamza"),
        "End of first-year exams",
        "Last exam done. Pub with Priya, Kwame, Zofia and Hamza; Kwame had already "
        "worked out the pass mark from the grapevine.",
        "the George Inn",
        slot=Slot.EVENING,
    ),
    Beat(
        "resit_passed",
        "y1",
        330,
        "message",
        ("mum", "dad"),
        "Passed the anatomy resit!",
        "Results out: **passed**, comfortably. Mum cried; Dad sent seven thumbs-up emojis.",
    ),
)

_LATER_YEARS: tuple[Beat, ...] = (
    Beat(
        "tfl_contact",
        "y2",
        60,
        "call",
        ("dad",),
        "Dad's TfL contact in occupational health",
        "Dad asked around at work: an occupational health physician at TfL is happy to "
        "talk to a medical student.\n\n- email her and mention Dad\n- ask about a day shadowing",
        todos=(Todo("Email the occupational health physician Dad mentioned", ("entry", 14), 9),),
    ),
    Beat(
        "hard_block",
        "met:ruth_levy",
        -5,
        "meeting",
        ("okafor",),
        "Catch-up with Dr Okafor after a hard block",
        "## How things are going\n\nNot great. The last placement block was a lot, and I've "
        "been sleeping badly.\n\n## Advice\n\n- book a session with student wellbeing\n"
        "- it's normal, and asking early is the professional thing to do\n\n"
        "## Next steps\n\n- [x] self-refer to the wellbeing service",
        "Dr Okafor's office, Hodgkin Building",
        TUTOR,
    ),
    Beat(
        "wellbeing_1",
        "met:ruth_levy",
        0,
        "meeting",
        ("ruth_levy",),
        "Wellbeing appointment",
        "First session with Ruth. Talked about sleep, saying yes to everything, and the "
        "placement block.\n\n- *worry time*: fifteen minutes a day, then stop\n"
        "- one evening a week with no revision at all",
        "Student Services, Guy's Campus",
        todos=(Todo("Try worry time every day for two weeks", ("entry", 14), 13),),
    ),
    Beat(
        "wellbeing_2",
        "met:ruth_levy",
        21,
        "meeting",
        ("ruth_levy",),
        "",
        "Sleeping better. Worry time works more than I expected. Ruth asked what I'd say to "
        "a friend in my position; much easier to answer that way.",
        "Student Services, Guy's Campus",
    ),
    Beat(
        "wellbeing_3",
        "met:ruth_levy",
        49,
        "meeting",
        ("ruth_levy",),
        "Last wellbeing session",
        "Ruth said I can self-refer again any time; exam-season slots go quickly, so book early.",
        "Student Services, Guy's Campus",
        todos=(
            Todo("Self-refer to Ruth early if exam season gets heavy", None, None, "ruth_levy"),
        ),
    ),
    Beat(
        "ssc_presentation",
        "met:tanaka",
        120,
        "supervision",
        ("tanaka",),
        "SSC presentation: neuroimaging",
        "Presented my SSC literature review to Dr Tanaka's group. He said the diffusion "
        "imaging section was the strongest part.\n\n**Mark:** distinction (provisional)",
        "Institute of Psychiatry, Denmark Hill",
        todos=(Todo("Write the SSC reflection for my portfolio", ("entry", 14), 10),),
    ),
    Beat(
        "bartlett_show",
        "y3",
        270,
        "social",
        ("hannah", "daniel"),
        "Hannah's end-of-year show at the Bartlett",
        "Hannah's housing scheme model had a crowd round it all evening. Daniel and I were "
        "very proud and slightly out of our depth.",
        "the Bartlett, UCL",
        slot=Slot.EVENING,
    ),
    Beat(
        "mock_osce",
        "met:shevchenko",
        21,
        "teaching session",
        ("shevchenko", "kwame", "hamza"),
        "Mock OSCE with Dr Shevchenko",
        "Six stations, eight minutes each. Passed five; ran out of time on the "
        "**abdominal exam**.\n\n- summarise at the end, even if rushed\n"
        "- Kwame was brilliant at the cardiovascular station",
        "King's College Hospital",
    ),
    Beat(
        "new_teammate",
        "met:kofi",
        0,
        "society event",
        ("kofi", "jack", "callum"),
        "Kofi's first training",
        "Jack brought Kofi, a physicist in his first year, to training. Strong swimmer, "
        "no idea about the rules yet; Callum has him in goal for the next fixture.",
        "the pool, Guy's Campus",
        slot=Slot.TRAINING,
    ),
    Beat(
        "sjt",
        "today",
        -24,  # with Dami's 30-day period: due again within the week
        "call",
        ("dami",),
        "Dami on the SJT",
        "Dami on the situational judgement test: it rewards being a *safe, honest colleague*, "
        "not a hero.\n\n- rank the options by what protects the patient first\n"
        "- timed practice papers, then review every wrong answer\n"
        "- [Foundation Programme](https://www.foundationprogramme.nhs.uk/) dates are out",
        todos=(
            Todo("Ask Dami for her old SJT notes", ("entry", 3), 2, "dami"),
            Todo("Do two timed SJT practice papers", ("today", 10)),
        ),
    ),
    Beat(
        "personal_statement",
        "today",
        -9,
        "call",
        ("kemi",),
        "Kemi's personal statement",
        "Kemi sent her law personal statement draft. It's good; the opening is too long.\n\n"
        "- cut the quote at the start\n- more on debating and the Saturday job\n"
        "- she wants it back by the weekend",
        todos=(Todo("Send Kemi comments on her personal statement", ("today", -2), None, "kemi"),),
    ),
    Beat(
        "osce_practice",
        "today",
        -3,
        "teaching session",
        ("kwame", "hamza"),
        "OSCE practice",
        "**Topic:** the neurological exam\n\n## What we covered\n\n"
        "- cranial nerves, timed at seven minutes\n- upper limb tone, power and reflexes\n\n"
        "## Still unclear\n\n- how to present a cerebellar picture without rambling",
        "Clinical skills suite, Guy's Campus",
        STUDY,
        todos=(
            Todo("Practise the cranial nerve exam on Priya", ("today", 4), None, "priya"),
            Todo("Book a clinical skills room for next week", ("today", -1)),
        ),
    ),
)

_TUTOR_NOTES: tuple[tuple[str, str, str], ...] = (
    # (how things are going, advice, next step), by year of the course (the last repeats)
    (
        "Settling in; anatomy is a lot, the flat is great.",
        "- find a study group early\n- sleep is not optional",
        "- [x] join Kwame's anatomy group",
    ),
    (
        "Second year is better. Thinking about which SSC to pick.",
        "- pick an SSC for the supervisor, not the topic\n"
        "- keep a note of everything for the portfolio",
        "- [x] email Dr Tanaka about the neuroimaging SSC",
    ),
    (
        "Clinical years at last: tiring, but I finally feel useful on the wards.",
        "- ask for feedback on the same day\n"
        "- a research project is worth it if the supervisor is good",
        "- [ ] ask around about research projects",
    ),
    (
        "Busy with placements, the research project and the SJT.",
        "- start the academic foundation application early\n- line up two referees who have "
        "actually seen me work",
        "- [ ] draft the AFP white-space answers",
    ),
)


def tutor_meetings(dates: Dates, rng: random.Random) -> list[Beat]:
    """One meeting with the personal tutor each term, stopping a few months ago.

    The last one left "book the next one" undone, which keep-in-touch will flag.
    """
    beats: list[Beat] = []
    until = dates.timeline.today - 130 * DAY
    for start, end in terms(dates.timeline.freshers, until):
        day = min(start + rng.randint(18, 45) * DAY, end, until)
        year = min((day - dates.timeline.freshers).days // 364, len(_TUTOR_NOTES) - 1)
        going, advice, step = _TUTOR_NOTES[year]
        notes = (
            f"## How things are going\n\n{going}\n\n## Advice\n\n{advice}\n\n"
            f"## Next steps\n\n{step}"
        )
        title = rng.choice(("Personal tutor meeting", "Termly catch-up with Dr Okafor", ""))
        place = rng.choice(("Dr Okafor's office, Hodgkin Building", "Teams"))
        beats.append(
            Beat(
                f"tutor_{start.isoformat()}",
                "freshers",
                (day - dates.timeline.freshers).days,
                "meeting",
                ("okafor",),
                title,
                notes,
                place,
                TUTOR,
            )
        )
    if beats:
        last = beats[-1]
        todo = Todo("Book next term's tutor meeting with Dr Okafor", ("entry", 100), None, "okafor")
        beats[-1] = dataclasses.replace(last, todos=(todo,))
    return beats


def iftars(dates: Dates) -> list[Beat]:
    """Yusuf's iftar for the flat, every Ramadan since halls."""
    beats = []
    for start in RAMADAN_STARTS:
        day = start + 10 * DAY
        if not dates.timeline.freshers <= day <= dates.latest:
            continue
        first_year = day < dates.year_start(2)
        people = ("yusuf", "priya", "tomasz", "chloe") if first_year else ("yusuf", "priya")
        beats.append(
            Beat(
                f"iftar_{start.year}",
                "freshers",
                (day - dates.timeline.freshers).days,
                "social",
                people,
                "Iftar at Yusuf's",
                "Yusuf hosted iftar again: dates, lentil soup and his mum's samosas. We all "
                "watched the sunset time on his phone together.",
                "Great Dover Street Apartments" if first_year else "Yusuf's flat, Whitechapel",
                slot=Slot.EVENING,
            )
        )
    return beats


def life_beats(dates: Dates, rng: random.Random) -> list[Beat]:
    """Return the beats of the student's own story, personal and early years."""
    return [*_YEAR_ONE, *_LATER_YEARS, *tutor_meetings(dates, rng), *iftars(dates)]


def supervision_notes(agenda: str, feedback: str, actions: str) -> str:
    """Return notes in the shape of the "Supervision meeting" template."""
    return f"## Agenda\n\n{agenda}\n\n## Feedback\n\n{feedback}\n\n## Agreed actions\n\n{actions}"


def due_date(todo: Todo, entry_day: dt.date, today: dt.date) -> dt.date | None:
    """Return the day a follow-up is due, from its entry's day or from today."""
    if todo.due is None:
        return None
    anchor, days = todo.due
    return (entry_day if anchor == "entry" else today) + days * DAY
