"""What people know about the demo student: what the student told them, and what they saw.

Disclosures by cast key; see :class:`networkjournal.demo.knowledge.Told`.
A reference rests on what someone *saw* the student do, so every referee
(Dr Okafor, Prof Krishnan, Dr MacLeod) has several witnessed items, most
tied to the journal entry where it happened.
"""

from __future__ import annotations

from networkjournal.demo.knowledge import Told

T = Told

_HOME: dict[str, tuple[T, ...]] = {
    "mum": (
        T("I failed the first anatomy spotter; rang her that evening", ("y1", 236)),
        T("I passed the anatomy resit", ("y1", 330), "resit"),
        T("I had a hard placement block and went to student wellbeing", ("met:ruth_levy", 3)),
        T("I want to do cardiology, maybe as an academic", 0.85),
    ),
    "dad": (
        T(
            "I'm interested in occupational health; asked about a day shadowing",
            ("y2", 60),
            "TfL contact",
        ),
        T("I passed the anatomy resit", ("y1", 330), "resit"),
        T("I'm applying for the academic foundation programme", ("today", -40)),
    ),
    "kemi": (
        T("I failed a first-year exam and resat it; told her before her mocks", 0.8),
        T("Saw me help her rewrite her personal statement", ("today", -9), "personal", True),
    ),
    "nana": (T("All about the dissecting room, in more detail than Mum liked", ("y1", 60)),),
    "dami": (
        T("I want an academic foundation post in cardiology", ("today", -20), "SJT"),
        T("I'm nervous about the situational judgement test", ("today", -20), "SJT"),
    ),
    "hannah": (
        T("Everything: the spotter, the hard block, the research, the AFP", 0.6),
        T("Came to watch me play in the varsity water-polo match", ("y2", 160), saw=True),
    ),
    "ruth_levy": (
        T(
            "I was sleeping badly after a hard block, and saying yes to too much",
            0.0,
            "Wellbeing appointment",
        ),
    ),
    "grace": (
        T("I failed the first anatomy spotter; she sent her resit notes", ("y1", 238)),
        T("I'm interested in academic medicine, probably cardiology", 0.6),
    ),
}

_FRIENDS: dict[str, tuple[T, ...]] = {
    "priya": (
        T("I failed the anatomy spotter: she was the first person I told", ("y1", 236)),
        T("Has seen me through every exam season, at my most stressed", 0.5, saw=True),
        T("I'm seeing the wellbeing service after the hard block", ("met:ruth_levy", 2)),
        T("I want to do cardiology and an academic foundation post", 0.8),
    ),
    "yusuf": (T("I'm thinking about an academic career in cardiology", 0.75),),
    "kwame": (
        T("Watched me lead the OSCE practice", ("today", -3), "OSCE practice", True),
        T("Saw me run out of time on the abdominal exam at the mock OSCE", 0.0, "Mock OSCE", True),
        T("Collected the re-audit data with me", ("met:hussain", 45), "Audit data check", True),
        T("We both want cardiology, and are both applying for the AFP", 0.85),
    ),
    "hamza": (
        T("I failed the first anatomy spotter", ("y1", 236), "spotter"),
        T("Watched me lead the OSCE practice", ("today", -3), "OSCE practice", True),
        T("I'm applying for the academic foundation programme", 0.9),
    ),
    "zofia": (
        T("I failed the spotter; we made the resit plan together", ("y1", 240)),
        T(
            "Saw me explain the brachial plexus to our dissection table",
            ("y1", 150),
            "brachial plexus",
            True,
        ),
    ),
    "callum": (T("Saw me play every BUCS fixture in second year", ("y2", 200), saw=True),),
}

_ACADEMIC: dict[str, tuple[T, ...]] = {
    "okafor": (
        T("I failed the first anatomy spotter; told her straight away", ("y1", 241), "Resit plan"),
        T("Has seen my portfolio every term since first year", 0.5, "*", True),
        T("I want to do research in cardiology", ("met:krishnan", -6), "research email"),
        T(
            "I found a placement block hard; she suggested student wellbeing",
            ("met:ruth_levy", -5),
            "hard block",
        ),
        T("Watched me lead our tutor group's professionalism discussion", ("y2", 40), "*", True),
    ),
    "rossi": (
        T(
            "Saw me at every demonstrator session in first year",
            ("y1", 150),
            "Dissection|Anatomy",
            True,
        ),
        T("I asked him about a surgical SSC", ("y2", 30)),
    ),
    "krishnan": (
        T("I want to do cardiology, ideally as an academic", 0.0, "First meeting"),
        T("Saw me defend the statistical analysis plan", ("met:krishnan", 63), "methods", True),
        T("Saw me present the poster at the research day", ("met:krishnan", 130), "Poster", True),
        T("Has read and marked up every draft of the paper", ("today", -5), "draft v3", True),
        T("I'm applying for the AFP, and asked him to be a referee", ("today", -5), "draft v3"),
    ),
    "zielinska": (
        T("Checked my lab book every week of the project", 0.5, "*", True),
        T("Saw me present the first results", ("met:krishnan", 105), "first results", True),
        T("I want to get a paper out of the project", ("met:chen", 20), "Coffee with Kasia"),
    ),
    "chen": (T("Watched me run her R scripts on the echo data", 0.3, "statistics", True),),
    "lau": (T("Built the review's search strategy with me", 0.0, "Search strategy", True),),
    "tanaka": (T("Saw me present my neuroimaging SSC", 0.5, "SSC presentation", True),),
    "gallagher": (T("Watched me suture on the skills course", 0.4, "Clinical skills", True),),
    "sheikh": (T("Saw me take my first history at the practice", 0.1, "GP", True),),
}

_PLACEMENT: dict[str, tuple[T, ...]] = {
    "nwosu": (
        T("I wanted to do the sepsis audit with him", ("met:nwosu", 12), "sepsis audit"),
        T("Saw me put a sepsis grab bag in every bay", ("met:nwosu", 30), "first PDSA", True),
        T("Watched me run the jobs list on AMU", 0.1, "*", True),
    ),
    "banerjee": (
        T(
            "Saw me take the history on the post-take round",
            0.2,
            "Post-take|Medical take|ward round",
            True,
        ),
        T(
            "Saw me present the re-audit at the gastro audit meeting",
            ("met:hussain", 75),
            "Presented the re-audit",
            True,
        ),
        T("I want to turn the sepsis audit into a QIP", ("met:nwosu", 30), "first PDSA"),
    ),
    "hussain": (
        T(
            "Saw me present the re-audit at the gastro audit meeting",
            ("met:hussain", 75),
            "Presented the re-audit",
            True,
        ),
        T("Checked the re-audit data with me", ("met:hussain", 45), "Audit data check", True),
        T(
            "I'll write up the re-audit for the department newsletter",
            ("today", -12),
            "write-up",
        ),
    ),
    "macleod": (
        T(
            "Watched me lead a family meeting on the elderly care ward",
            ("met:macleod", 20),
            "Feedback from Dr MacLeod",
            True,
        ),
        T(
            "Saw me take a collateral history on her ward round",
            ("met:macleod", 10),
            "Ward round",
            True,
        ),
        T("Saw me present on her ward round", ("met:macleod", 30), "antibiotic audit", True),
        T(
            "I'm applying for the academic foundation programme",
            ("today", -60),
            "Reference request",
        ),
    ),
    "shevchenko": (
        T(
            "Watched me run out of time on the abdominal exam at the mock OSCE",
            0.0,
            "Mock OSCE",
            True,
        ),
        T("Saw me present at bedside teaching", 0.6, "teaching", True),
    ),
    "morales": (T("Watched me site my first cannula", 0.2, "Anaesthetic", True),),
    "adjei": (T("Saw me help plan discharges on AMU", 0.3, "Discharge planning", True),),
    "clarke": (T("Saw me present on the surgical ward round", 0.3, "Surgical ward round", True),),
    "bennett": (
        T("I'm interested in pre-hospital care", 0.0, "SSC in emergency medicine"),
        T(
            "Saw me clerk and present three new arrivals in majors",
            ("met:bennett", 12),
            "First shift in the ED",
            True,
        ),
    ),
}

DISCLOSURES: dict[str, tuple[T, ...]] = {**_HOME, **_FRIENDS, **_ACADEMIC, **_PLACEMENT}
