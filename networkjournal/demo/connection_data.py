"""Who knows whom in the demo cast, and the student's tags on people.

The chain of supervision runs consultant → registrar → foundation doctor
(Prof Krishnan → Dr Banerjee → Chidi); introductions are added from the
cast itself (see :func:`networkjournal.demo.connections.introductions`).
"""

from __future__ import annotations

from itertools import combinations

from networkjournal.demo.connections import Link

L = Link

_FLAT = ("priya", "tomasz", "chloe", "yusuf")

_FAMILY: tuple[L, ...] = (
    L("mum", "dad", "partner", "Married"),
    L("mum", "kemi", "family", "Mother and daughter"),
    L("dad", "kemi", "family", "Father and daughter"),
    L("nana", "mum", "family", "Mother and daughter"),
    L("nana", "kemi", "family", "Grandmother and granddaughter"),
    L("dad", "auntie_bisi", "family", "Brother and sister"),
    L("mum", "auntie_bisi", "family", "Sisters-in-law"),
    L("auntie_bisi", "kemi", "family", "Aunt and niece"),
    L("dad", "dami", "family", "Uncle and niece"),
    L("auntie_bisi", "dami", "family", "Aunt and niece"),
    L("kemi", "dami", "family", "Cousins"),
)

_FRIENDS: tuple[L, ...] = (
    *(
        L(a, b, "flatmate", "Flat 3, Great Dover Street, first year")
        for a, b in combinations(_FLAT, 2)
    ),
    L("rory", "nadia", "partner", "Together since the club's Christmas social"),
    L("omar", "lucia", "partner"),
    L("hannah", "daniel", "friend", "Sixth form in Croydon"),
    L("mum", "hannah", "knows", "Hannah has been coming round since sixth form"),
    L("tomasz", "jiwoo", "friend", "Neighbours in halls"),
    L("priya", "meilin", "friend", "Same PBL group in first year"),
    L("priya", "kwame", "friend"),
    L("kwame", "hamza", "friend", "OSCE practice partners"),
    L("kwame", "zofia", "friend", "Dissection table 14"),
    L("kwame", "olu", "friend", "African-Caribbean Society"),
    L("zofia", "sofia", "friend", "Global health society"),
    L("yusuf", "ayesha", "friend", "Islamic Society"),
    L("grace", "priya", "knows", "Grace is Priya's medic parent too"),
    L("rory", "callum", "friend", "Water-polo teammates"),
    L("callum", "ines", "knows", "Run the club together"),
    L("jack", "kofi", "friend", "Jack brought Kofi to training"),
    L("declan", "callum", "mentors", "Coach and captain"),
)

_WORK: tuple[L, ...] = (
    L("okafor", "cohen", "colleague", "Medical school"),
    L("okafor", "krishnan", "colleague", "She forwarded my research email to him"),
    L("okafor", "tanaka", "knows"),
    L("okafor", "grace", "mentors", "Was Grace's personal tutor too"),
    L("marsh", "benali", "colleague", "Preclinical teaching"),
    L("cohen", "shevchenko", "colleague", "Medical education"),
    L("gallagher", "shevchenko", "knows", "Clinical skills teaching"),
    L("krishnan", "zielinska", "supervises", "Her postdoc supervisor"),
    L("krishnan", "chen", "supervises", "PhD supervisor"),
    L("zielinska", "chen", "mentors", "Day to day in the lab"),
    L("zielinska", "papadopoulou", "colleague", "Cardiovascular trials unit"),
    L("chen", "papadopoulou", "colleague"),
    L("krishnan", "banerjee", "supervises", "Educational supervisor"),
    L("banerjee", "nwosu", "supervises", "On the medical take"),
    L("nwosu", "adjei", "colleague", "Acute medical unit"),
    L("shevchenko", "nwosu", "mentors", "Teaching fellow for the FY1s"),
    L("banerjee", "hussain", "colleague", "Core medical training together"),
    L("banerjee", "morales", "colleague", "Both ST5s at St Thomas'"),
    L("cholmondeley", "rossi", "supervises", "Consultant on Matteo's core surgical rotation"),
    L("cholmondeley", "clarke", "supervises", "Clinical supervisor on her surgical rotation"),
    L("clarke", "rossi", "colleague", "Same surgical firm"),
    L("ciaran", "bennett", "colleague", "Worked together when he was a paramedic"),
)

RELATIONSHIPS: tuple[L, ...] = _FAMILY + _FRIENDS + _WORK

TAGS: dict[str, tuple[str, ...]] = {
    "family": ("mum", "dad", "kemi", "nana", "auntie_bisi", "dami"),
    "Croydon": ("mum", "dad", "kemi", "hannah", "daniel"),
    "flatmates": _FLAT,
    "study group": ("kwame", "zofia", "priya", "hamza", "meilin"),
    "water polo": ("callum", "rory", "omar", "jack", "nadia", "kofi", "declan", "tolu", "ben"),
    "swimming": ("ines", "lucia"),
    "cardiology": ("kwame", "krishnan", "zielinska", "chen", "papadopoulou", "banerjee", "dami"),
    "research": ("krishnan", "zielinska", "chen", "papadopoulou", "lau", "tanaka", "cohen"),
    "audit": ("hussain", "banerjee", "nwosu", "macleod"),
    "surgery": ("rossi", "cholmondeley", "clarke", "aleksandra", "olu"),
    "emergency medicine": ("bennett", "ciaran", "rory"),
    "medical education": ("cohen", "shevchenko", "gallagher", "okafor"),
    "mentor": ("grace", "okafor", "rossi", "dami", "zielinska", "shevchenko"),
    "AFP advice": ("dami", "grace", "okafor"),
}

TAG_COLOURS: dict[str, str] = {
    "family": "#c0392b",
    "cardiology": "#8e44ad",
    "water polo": "#2980b9",
    "swimming": "#3498db",
    "research": "#16a085",
    "referee": "#d4a017",
    "mentor": "#27ae60",
}
