"""The organisations of the demo student's life, and who is in each, in what role.

Since and until follow the story: the flat in halls broke up at the end of
first year; Hannah and Daniel left sixth form the summer before freshers'
week; junior doctors started their posts in an August.  See
:class:`networkjournal.demo.organisations.Member`.
"""

from __future__ import annotations

from networkjournal.demo.organisations import AUGUST, Member, OrganisationSpec

M = Member
Org = OrganisationSpec

_END_OF_HALLS = ("y1", 260)  # mid June of first year
_MEDICS = ("priya", "kwame", "meilin", "olu", "zofia", "rory", "hamza", "ayesha", "aleksandra")

_UNIVERSITY: tuple[Org, ...] = (
    Org(
        "KCL MBBS {year} cohort",
        "cohort",
        (
            *(M(key, "medical student", ("freshers", 0)) for key in _MEDICS),
            M("arjun", "year representative", ("freshers", 0)),
            M("fatima", "medical student", ("freshers", 0)),
            M("sofia", "intercalating in global health", ("freshers", 0)),
            M("ciaran", "graduate entrant", ("freshers", 0)),
        ),
        "Everyone who started the MBBS with me, whatever year they are in now.",
    ),
    Org(
        "Great Dover Street Apartments",
        "hall",
        (
            *(M(key, "flatmate", until=_END_OF_HALLS) for key in ("priya", "tomasz", "chloe")),
            M("yusuf", "flatmate", until=_END_OF_HALLS),
            M("jiwoo", "neighbour, flat 4", until=_END_OF_HALLS),
        ),
        "Flat 3, first year.",
    ),
    Org(
        "KCL Swimming and Water Polo Club",
        "society",
        (
            M("callum", "water-polo captain", ("freshers", -120)),
            M("ines", "swimming captain", ("freshers", -120)),
            M("declan", "coach", None),
            M("rory", "member"),
            M("omar", "member"),
            M("jack", "goalkeeper"),
            M("tolu", "social sec", ("y2", 250)),
            M("lucia", "member"),
            M("ben", "treasurer", ("y2", 250)),
            M("nadia", "member"),
            M("kofi", "member"),
        ),
        "Training late on Tuesdays and Thursdays; BUCS fixtures on Wednesday afternoons.",
    ),
    Org(
        "KCL MedSoc",
        "society",
        (
            M("fatima", "president", ("y2", 240)),
            M("grace", "medic parents scheme lead", ("freshers", -120)),
            M("arjun", "member"),
            M("priya", "member"),
            M("kwame", "member"),
            M("meilin", "member"),
        ),
    ),
    Org(
        "KCL African-Caribbean Society",
        "society",
        (M("olu", "president", ("y2", 240)), M("kwame", "member")),
    ),
    Org(
        "GKT School of Medical Education",
        "school",
        (
            M("okafor", "senior lecturer; personal tutor", None),
            M("cohen", "Year 3 lead", None),
            M("marsh", "lecturer in pharmacology", None),
            M("benali", "lecturer in biochemistry", None),
            M("tanaka", "reader in neuroscience", None),
            M("gallagher", "clinical skills tutor", None),
            M("lau", "clinical librarian", None),
            M("rossi", "anatomy demonstrator", ("y1", 0)),
        ),
    ),
    Org(
        "Sixth form, Croydon",
        "school",
        (
            M("hannah", "classmate", ("freshers", -745), ("freshers", -90)),
            M("daniel", "classmate", ("freshers", -745), ("freshers", -90)),
        ),
    ),
)

_HOSPITALS: tuple[Org, ...] = (
    Org(
        "King's College Hospital",
        "hospital",
        (
            M("nwosu", "FY1", AUGUST),
            M("hussain", "gastroenterology registrar", AUGUST),
            M("macleod", "consultant geriatrician", None),
            M("adjei", "ward sister, AMU", None),
            M("shevchenko", "clinical teaching fellow", AUGUST),
        ),
    ),
    Org(
        "St Thomas' Hospital",
        "hospital",
        (
            M("banerjee", "medical registrar", AUGUST),
            M("morales", "anaesthetics registrar", AUGUST),
            M("bennett", "consultant in emergency medicine", None),
            M("papadopoulou", "research nurse", None),
        ),
    ),
    Org(
        "Guy's Hospital",
        "hospital",
        (
            M("cholmondeley", "consultant colorectal surgeon", None),
            M("clarke", "FY2", AUGUST),
        ),
    ),
    Org(
        "Gastroenterology, King's College Hospital",
        "department",
        (M("hussain", "ST6 registrar", AUGUST),),
        "Department audit meeting on the first Wednesday of the month.",
    ),
    Org(
        "Cardiology, St Thomas' Hospital",
        "department",
        (
            M("krishnan", "honorary consultant cardiologist", None),
            M("papadopoulou", "research nurse, trials unit", None),
            M("banerjee", "registrar on the cardiology rota", AUGUST),
        ),
    ),
    Org(
        "Cardiovascular research centre, King's College London",
        "department",
        (
            M("krishnan", "professor; group lead", None),
            M("zielinska", "postdoctoral research associate", None),
            M("chen", "PhD student", None),
        ),
        "The lab on St Thomas' Campus.",
    ),
)

_ELSEWHERE: tuple[Org, ...] = (
    Org(
        "Transport for London",
        "company",
        (M("dad", "civil engineer", None),),
        "Dad knows the occupational health team.",
    ),
)

ORGANISATIONS: tuple[Org, ...] = _UNIVERSITY + _HOSPITALS + _ELSEWHERE
