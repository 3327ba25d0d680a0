"""The demo student's important dates: the course's milestones and deadlines, and people's.

Dates are placed the way the story's beats are (``("today", 41)``,
``("y3", 0)``, ``("met:bennett", 2)``), so whatever day the demo is built on
some fall in the coming month, some further off and some are past.  What is
coming up is always the same stretch of the student's fourth year: a rotation
ends, the next begins, a mock OSCE, the MedSoc ball, then finals.
"""

from __future__ import annotations

from networkjournal.demo.entry_calendar import FRI, MON, SAT, THU, TUE, WED
from networkjournal.demo.important_dates import DateSpec
from networkjournal.store.partial_dates import PartialDate

D = DateSpec

COURSE_DATES: tuple[DateSpec, ...] = (
    D("Moved into halls", ("freshers", -2), yearly=True),
    D("Clinical placements began", ("y3", 0)),
    D("Emergency medicine SSC began", ("met:bennett", 0), weekday=MON),
    D("Trust QI day: sepsis QIP abstract deadline", ("met:nwosu", 111)),
    D(
        "Gastro audit summary due for the department newsletter",
        ("today", 5),
        noted=("today", -12),  # Dr Hussain asked for it (entry_research's audit_write_up)
    ),
    D("Psychiatry rotation ends", ("today", 8), weekday=FRI),
    D("Paediatrics rotation starts", ("today", 11), weekday=MON),
    D("Mock OSCE, clinical skills centre", ("today", 16), weekday=SAT),
    D("MedSoc ball", ("today", 24), weekday=SAT),
    D("Academic foundation programme: applications close", ("today", 34), weekday=WED),
    D("Year 4 written finals", ("today", 41), weekday=TUE),
    D("Paediatrics rotation ends", ("today", 50), weekday=FRI),
    D("Year 4 OSCE", ("today", 62), weekday=MON),
)

PEOPLE_DATES: tuple[DateSpec, ...] = (
    D("Grandad's anniversary: ring Nana", ("today", 9), yearly=True, person="nana", years_ago=6),
    D(
        "Auntie Bisi and Uncle Femi's wedding anniversary",
        ("today", 21),
        yearly=True,
        person="auntie_bisi",
        years_ago=None,  # nobody remembers the year, and she would know
    ),
    D(
        "Mum and Dad's wedding anniversary",
        ("today", 47),
        yearly=True,
        person="mum",
        years_ago=26,
    ),
    D("Name day", on=PartialDate(None, 5, 15), yearly=True, person="zofia"),
    D("Graduation (law)", ("y3", 300), weekday=WED, person="chloe"),
    D("SQE2 exams begin", ("today", 40), weekday=TUE, person="chloe"),
    D("Graduation (pharmacy)", ("y4", 300), weekday=THU, person="yusuf"),
)

IMPORTANT_DATES: tuple[DateSpec, ...] = COURSE_DATES + PEOPLE_DATES
