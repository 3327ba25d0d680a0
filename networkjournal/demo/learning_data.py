"""The demo student's topics: modules, study groups, research, audits, QIPs, papers and skills.

They follow the journal's story (see :mod:`networkjournal.demo.entry_research`
and :mod:`networkjournal.demo.entry_placements`): the project with Prof
Krishnan, the sepsis audit that became a QIP, the re-audit of IBD clinic
letters.  A few are ideas someone offered to supervise — the opportunities
still open.  Notes never hold anything that could identify a patient.
"""

from __future__ import annotations

from networkjournal.demo.learning import TopicSpec

T = TopicSpec

_MODULES: tuple[T, ...] = (
    T(
        "Year 1 anatomy and dissection",
        "module",
        "done",
        ("y1", 7),
        (
            ("rossi", "demonstrator"),
            ("zofia", "dissection partner"),
            ("kwame", "dissection partner"),
        ),
        36,
        "Table 14 all year. Failed the first spotter in the spring; passed the resit in August.",
    ),
    T("Year 1 physiology", "module", "done", ("y1", 7), (("okafor", "lecturer"),), 36),
    T(
        "Year 1 biochemistry and metabolism",
        "module",
        "done",
        ("y1", 7),
        (("benali", "lecturer"),),
        30,
        precision="year",
    ),
    T("Year 2 pharmacology", "module", "done", ("y2", 7), (("marsh", "module lead"),), 34),
    T(
        "Neuroimaging SSC",
        "module",
        "done",
        ("met:tanaka", 0),
        (("tanaka", "SSC supervisor"),),
        18,
        "Literature review on diffusion imaging. Distinction (provisional).",
    ),
    T(
        "Surgical SSC with Matteo",
        "module",
        "dropped",
        ("y2", 30),
        (("rossi", "could supervise"),),
        6,
        "Emailed Matteo about a surgical SSC; took Dr Tanaka's neuroimaging SSC instead.",
    ),
    T(
        "Year 3 cardiology block",
        "module",
        "done",
        ("y3", 35),
        (
            ("kwame", "study partner"),
            ("banerjee", "ECG teaching"),
            ("shevchenko", "bedside teaching"),
        ),
        6,
    ),
    T(
        "Acute medicine placement",
        "module",
        "done",
        ("met:nwosu", 0),
        (("nwosu", "FY1"), ("adjei", "ward sister"), ("shevchenko", "clinical teaching fellow")),
        6,
    ),
    T(
        "Elderly care block",
        "module",
        "done",
        ("met:macleod", 0),
        (("macleod", "clinical supervisor"),),
        6,
        "Signed off. Led a family meeting with the registrar in the room.",
    ),
    T(
        "Surgery block",
        "module",
        "done",
        ("met:cholmondeley", 0),
        (("cholmondeley", "consultant"), ("clarke", "FY2")),
        6,
        "Thursday theatre list: read the notes before the team brief.",
    ),
    T(
        "Emergency medicine SSC",
        "module",
        "done",
        ("met:bennett", 2),
        (("bennett", "SSC supervisor"), ("ciaran", "introduced me")),
        10,
        "The shop floor first, the project second.",
        "day",
        entry="SSC in emergency medicine",
    ),
)

_STUDY_GROUPS: tuple[T, ...] = (
    T(
        "First-year anatomy study group",
        "study group",
        "done",
        ("y1", 20),
        (("kwame", "study partner"), ("zofia", "study partner"), ("priya", "study partner")),
        34,
        "One region a day, out loud, with pictures.",
    ),
    T(
        "Pharmacology flashcards group",
        "study group",
        "done",
        ("y2", 20),
        (("meilin", "study partner"), ("priya", "study partner"), ("hamza", "study partner")),
        30,
    ),
    T(
        "OSCE practice group",
        "study group",
        "active",
        ("y3", 10),
        (("kwame", "study partner"), ("hamza", "study partner"), ("shevchenko", "mock examiner")),
        notes="Timed stations every week; summarise at the end, even if rushed.",
    ),
    T(
        "SJT and prescribing practice",
        "study group",
        "active",
        ("today", -30),
        (("priya", "study partner"), ("hamza", "study partner"), ("dami", "adviser")),
        notes="Timed practice papers, then review every wrong answer.",
    ),
)

_RESEARCH: tuple[T, ...] = (
    T(
        "Echo secondary analysis: LV mass in the trial cohort",
        "research",
        "active",
        ("met:krishnan", 0),
        (
            ("krishnan", "supervisor"),
            ("zielinska", "co-author"),
            ("chen", "co-author"),
            ("papadopoulou", "trial data"),
        ),
        notes=(
            "Secondary analysis of the trial's pseudonymised echo data, which stays on the "
            "trust drive. Primary outcome: LV mass."
        ),
        precision="day",
        entry="First meeting with Prof Krishnan",
    ),
    T(
        "Systematic review: echo measures of LV mass",
        "research",
        "active",
        ("met:lau", 0),
        (("krishnan", "supervisor"), ("lau", "search strategy"), ("chen", "second screener")),
        notes="MEDLINE and Embase; titles screened in pairs, blind.",
        precision="day",
        entry="Search strategy",
    ),
    T(
        "Diffusion imaging follow-on project",
        "research",
        "dropped",
        ("met:tanaka", 130),
        (("tanaka", "could supervise"),),
        10,
        "Offered after the SSC; dropped to make room for cardiology.",
    ),
    T(
        "Pre-hospital sepsis recognition in ambulance handovers",
        "research",
        "idea",
        ("met:bennett", 12),
        (("bennett", "could supervise"), ("ciaran", "suggested it")),
        notes="Ciarán knows the handover forms; Dr Bennett has links with the ambulance service.",
        entry="First shift in the ED",
    ),
    T(
        "Peer-led OSCE teaching: does it help the tutors?",
        "research",
        "idea",
        ("met:shevchenko", 40),
        (("cohen", "could supervise"), ("shevchenko", "co-supervisor")),
        notes="Survey students who teach mock OSCEs; Prof Cohen researches learning on placement.",
    ),
)

_AUDITS: tuple[T, ...] = (
    T(
        "Sepsis audit: time to antibiotics on AMU",
        "audit",
        "done",
        ("met:nwosu", 12),
        (("nwosu", "lead"), ("banerjee", "supervisor")),
        3,
        "Standard: antibiotics within an hour of a positive screen (NICE NG51). Times from "
        "the electronic record only. Baseline median: 94 minutes.",
        "day",
        entry="Chidi's idea",
    ),
    T(
        "Re-audit of IBD clinic letters",
        "audit",
        "done",
        ("met:hussain", 0),
        (("hussain", "supervisor"), ("kwame", "data collection"), ("banerjee", "suggested it")),
        11,
        "Standard: a letter to the GP within 14 days. 61% in the first cycle, 79% of 142 "
        "letters in the re-audit. Letter dates only; nothing identifiable copied out.",
        "day",
        entry="the IBD audit",
    ),
    T(
        "Re-audit of antibiotic review dates on elderly care",
        "audit",
        "idea",
        ("met:macleod", 30),
        (("macleod", "could supervise"),),
        notes="Half the drug charts had no review date. Standard: NICE NG15.",
        entry="antibiotic audit",
    ),
    T(
        "Audit of VTE prophylaxis after colorectal surgery",
        "audit",
        "idea",
        ("met:cholmondeley", 20),
        (
            ("cholmondeley", "could supervise"),
            ("clarke", "could help collect data"),
            ("rossi", "suggested it"),
        ),
    ),
    T(
        "Sepsis QIP: grab bags and a 48-hour antibiotic review",
        "qip",
        "active",
        ("met:nwosu", 30),
        (("nwosu", "lead"), ("banerjee", "supervisor"), ("adjei", "nursing lead")),
        notes=(
            "From the sepsis audit. PDSA 1: a grab bag in every bay. PDSA 2: a prompt on the "
            "drug chart. Median time to antibiotics down from 94 to 58 minutes."
        ),
        precision="day",
        entry="first PDSA cycle",
    ),
    T(
        "QIP: discharge summaries written before midday on AMU",
        "qip",
        "idea",
        ("met:adjei", 30),
        (("adjei", "suggested it"), ("shevchenko", "could supervise")),
    ),
)

_PUBLICATIONS: tuple[T, ...] = (
    T(
        "BCS conference abstract: LV mass in the trial cohort",
        "publication",
        "done",
        ("met:krishnan", 150),
        (
            ("krishnan", "supervisor and senior author"),
            ("chen", "co-author"),
            ("zielinska", "co-author"),
        ),
        8,
        "Accepted as a poster.",
        "day",
        entry="conference abstract",
    ),
    T(
        "Paper: LV mass in the trial cohort",
        "publication",
        "active",
        ("met:krishnan", 200),
        (
            ("krishnan", "supervisor and senior author"),
            ("zielinska", "co-author"),
            ("chen", "co-author"),
        ),
        notes="Draft v3 with co-authors; submit within the month.",
        entry="from abstract to paper",
    ),
    T(
        "Case report: an unusual cause of breathlessness on the take",
        "publication",
        "active",
        ("met:banerjee", 40),
        (("banerjee", "supervisor"), ("nwosu", "co-author")),
        notes="Written consent taken by Dr Banerjee; no names, dates or places in the draft.",
    ),
    T(
        "Re-audit summary for the department newsletter",
        "publication",
        "active",
        ("today", -12),
        (("hussain", "supervisor"),),
        precision="day",
        entry="Re-audit write-up",
    ),
)

_SKILLS: tuple[T, ...] = (
    T(
        "Suturing",
        "skill",
        "done",
        ("y1", 120),
        (("rossi", "mentor"), ("gallagher", "skills tutor")),
        30,
        "Simple interrupted, then mattress sutures on the pig's trotter.",
    ),
    T("Cannulation", "skill", "done", ("met:morales", 0), (("morales", "mentor"),), 3),
    T(
        "ECG interpretation",
        "skill",
        "active",
        ("met:banerjee", 3),
        (("banerjee", "teacher"), ("kwame", "study partner")),
        notes="Rate, rhythm, axis, then everything else. Dr Banerjee's ECG of the week.",
    ),
    T(
        "Western blots and a proper lab book",
        "skill",
        "done",
        ("met:zielinska", 0),
        (("zielinska", "mentor"),),
        10,
        entry="Lab induction",
    ),
    T("R for the echo analysis", "skill", "active", ("met:chen", 20), (("chen", "mentor"),)),
)

TOPICS: tuple[T, ...] = _MODULES + _STUDY_GROUPS + _RESEARCH + _AUDITS + _PUBLICATIONS + _SKILLS
