"""Words for the generated journal's organisations, tags, topics, disclosures and follow-ups.

Templates use ``{slots}`` filled from the pools of :mod:`.generator_pools`
and :mod:`networkjournal.demo.phrases` (``{specialty}``, ``{subject}`` …); ``{name}``
is the first name of the person concerned.  Kinds, statuses and roles are
the ones the store accepts (see ``networkjournal.store.organisations`` and
``networkjournal.store.topics``).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from networkjournal.demo import phrases
from networkjournal.demo.generator_pools import WORDS

SOCIAL, SUPPORT, ACADEMIC = "Social", "Personal support", "Academic support"


@dataclass(frozen=True)
class OrganisationKind:
    """A kind of organisation a medical student's journal holds, and how to make one up."""

    kind: str  # one of networkjournal.store.organisations.ORGANISATION_KINDS
    share: int  # how many in a hundred organisations are of this kind
    names: tuple[str, ...]  # templates, filled from WORDS
    sizes: tuple[int, int]  # members at 20,000 people: most near the first, a few near the second
    audience: str  # the network its members mostly come from
    roles: tuple[tuple[str, int], ...]  # (role, weight); the first is the senior role
    ties: tuple[tuple[str, int], ...]  # (relationship kind, weight) between two members


ORGANISATION_KINDS: tuple[OrganisationKind, ...] = (
    OrganisationKind(
        "cohort",
        5,
        ("{uni} MBBS {year} cohort", "{uni} {subject} BSc {year}", "{uni} graduate entry {year}"),
        (200, 600),
        SOCIAL,
        (("year representative", 2), ("medical student", 80), ("graduate entrant", 8)),
        (("knows", 55), ("friend", 38), ("flatmate", 4), ("partner", 3)),
    ),
    OrganisationKind(
        "hospital",
        6,
        ("{trust}", "{city} General Hospital", "{city} Royal Infirmary"),
        (100, 800),
        ACADEMIC,
        (
            ("consultant", 10),
            ("registrar", 14),
            ("FY1", 18),
            ("FY2", 14),
            ("ward sister", 6),
            ("clinical teaching fellow", 5),
            ("physician associate", 5),
            ("pharmacist", 4),
        ),
        (("colleague", 60), ("knows", 20), ("supervises", 12), ("mentors", 8)),
    ),
    OrganisationKind(
        "department",
        30,
        ("{Department}, {trust}", "{Department} department, {city} General Hospital"),
        (8, 80),
        ACADEMIC,
        (
            ("consultant", 12),
            ("registrar", 18),
            ("FY1", 14),
            ("FY2", 12),
            ("specialist nurse", 8),
            ("clinical supervisor", 6),
        ),
        (("colleague", 60), ("knows", 18), ("supervises", 14), ("mentors", 8)),
    ),
    OrganisationKind(
        "department",
        10,
        ("{family} lab, {institute}", "{Subject} research group, {uni}"),
        (5, 30),
        ACADEMIC,
        (
            ("group lead", 6),
            ("postdoctoral researcher", 14),
            ("PhD student", 24),
            ("research nurse", 8),
            ("lab manager", 4),
            ("MSc student", 10),
        ),
        (("colleague", 50), ("supervises", 30), ("mentors", 10), ("knows", 10)),
    ),
    OrganisationKind(
        "other",
        15,
        (
            "{district} Surgery",
            "{district} Medical Centre",
            "{district} Group Practice",
            "{district} Health Centre",
        ),
        (5, 25),
        ACADEMIC,
        (("GP partner", 4), ("salaried GP", 8), ("GP registrar", 6), ("practice nurse", 6)),
        (("colleague", 70), ("knows", 20), ("mentors", 10)),
    ),
    OrganisationKind(
        "society",
        15,
        ("{uni} {society} Society", "{uni} Medics' {society} Society"),
        (20, 250),
        SOCIAL,
        (("president", 2), ("member", 90), ("committee member", 6), ("treasurer", 2)),
        (("knows", 60), ("friend", 37), ("partner", 3)),
    ),
    OrganisationKind(
        "team",
        8,
        ("{uni} {sport} Club", "{uni} Medics {sport}", "{district} {sport} Club"),
        (12, 70),
        SOCIAL,
        (("captain", 3), ("member", 80), ("coach", 2), ("social sec", 3)),
        (("friend", 50), ("knows", 47), ("partner", 3)),
    ),
    OrganisationKind(
        "hall",
        3,
        ("{hall}", "{hall}, {uni}"),
        (40, 200),
        SOCIAL,
        (("resident", 85), ("flatmate", 12), ("hall warden", 1)),
        (("flatmate", 45), ("friend", 30), ("knows", 25)),
    ),
    OrganisationKind(
        "school",
        4,
        ("{city} Sixth Form College", "{city} Grammar School", "{district} Academy"),
        (8, 40),
        SUPPORT,
        (("teacher", 2), ("classmate", 90)),
        (("friend", 55), ("knows", 40), ("partner", 5)),
    ),
    OrganisationKind(
        "company",
        4,
        ("{company}",),
        (5, 35),
        SUPPORT,
        (("manager", 2), ("colleague", 60), ("volunteer", 10)),
        (("colleague", 60), ("friend", 25), ("knows", 15)),
    ),
)

# How two people related through a network, not an organisation, are related.
NETWORK_TIES: dict[str, tuple[tuple[str, int], ...]] = {
    SOCIAL: (("friend", 50), ("knows", 45), ("partner", 5)),
    SUPPORT: (("family", 40), ("friend", 40), ("partner", 10), ("knows", 10)),
    ACADEMIC: (("colleague", 60), ("knows", 25), ("mentors", 15)),
}
ANYONE_TIES: tuple[tuple[str, int], ...] = (("knows", 80), ("friend", 20))
RELATIONSHIP_NOTES = (
    "Met through {organisation}",
    "Known each other since school",
    "Shared a flat in first year",
    "Worked together on the {project}",
)

TAGS: tuple[str, ...] = (
    "might write a reference",
    "referee",
    "AFP",
    "OSCE group",
    "MedSoc committee",
    "water polo",
    "to thank",
    "send a card",
    "research",
    "audit",
    "QIP",
    "teaching",
    "mentor",
    "shadowing",
    "elective contacts",
    "family",
    "school friends",
    "halls",
    "lab",
    "GP",
    "careers advice",
    "London",
    "Leeds",
    "abroad",
    "alumni",
    "conference",
    "journal club",
    "peer tutor",
    "wellbeing",
    "study buddy",
    "rota swaps",
    "locum",
    "ENT",
    "A&E",
    "ITU",
    "theatre",
    "paeds",
    "O&G",
    "psych",
    "surgery",
    "medicine",
    "radiology",
    "anaesthetics",
    "cardiology",
    "neuro",
    "geris",
    "public health",
    "academic",
    "clinical skills",
    "sim",
    "portfolio",
    "sign-offs",
    "faith",
    "choir",
    "running club",
    "climbing",
    "book club",
    "neighbours",
    "old colleagues",
    "ask about jobs",
    "met at a party",
    "friend of a friend",
    *(f"placement {number}" for number in range(1, 13)),
    *(f"year {number}" for number in range(1, 7)),
    *(f"FY{number} rotation" for number in range(1, 3)),
)
TAG_COLOURS = ("#e07a2f", "#2f7ae0", "#2fa84f", "#a82f8e", "#c9a227", "#808080")

# (kind, weight), from networkjournal.store.topics.TOPIC_KINDS.
TOPIC_KINDS: tuple[tuple[str, int], ...] = (
    ("module", 20),
    ("study group", 15),
    ("research", 15),
    ("audit", 12),
    ("qip", 10),
    ("publication", 8),
    ("skill", 12),
    ("other", 8),
)
TOPIC_STATUSES: tuple[tuple[str, int], ...] = (
    ("done", 45),
    ("active", 25),
    ("idea", 15),
    ("dropped", 15),
)
TOPIC_TITLES: dict[str, tuple[str, ...]] = {
    "module": ("Year {course_year} {subject}", "{Specialty} block", "{Subject} SSC"),
    "study group": ("{Topic} study group", "Finals revision group", "OSCE practice group"),
    "research": ("{Subject} research project", "{Specialty} project with {family}"),
    "audit": ("Audit of {audit}, {hospital}", "Re-audit of {audit}"),
    "qip": ("QIP: {audit}", "Improving {audit} on {ward}"),
    "publication": ("Case report: {condition}", "Review article on {topic}", "Poster: {audit}"),
    "skill": ("{Skill}", "{Skill} sign-off"),
    "other": ("Elective in {country}", "Teaching {topic} to first years", "Careers fair stall"),
}
# Roles on a topic by its kind: the first leads it, the rest are drawn for everyone else.
TOPIC_ROLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "module": ("module lead", ("lecturer", "demonstrator", "study partner", "tutor")),
    "study group": ("organiser", ("study partner", "study partner", "peer tutor")),
    "research": ("supervisor", ("co-supervisor", "collaborator", "co-author", "PhD student")),
    "audit": ("supervisor", ("data collector", "co-lead", "registrar")),
    "qip": ("project lead", ("data collector", "ward sister", "pharmacist")),
    "publication": ("senior author", ("co-author", "co-author", "reviewer")),
    "skill": ("taught me", ("signed me off", "practised with", "demonstrator")),
    "other": ("organiser", ("helper", "contact", "adviser")),
}
TOPIC_NOTES = (
    "",
    "",
    "Meet every other week.",
    "Ethics approval needed first.",
    "Data on the shared drive; no patient-identifiable details.",
    "Deadline for the abstract is in the spring.",
    "Sign-off needed in the portfolio.",
)

# What they know about me: what I told them, and (witnessed) what they saw me do.
TOLD: tuple[str, ...] = (
    "I want to do {specialty}",
    "I'm applying for the academic foundation programme",
    "I failed the {exam} and resat it",
    "I'm thinking about intercalating in {subject}",
    "I'm nervous about the {exam}",
    "I was struggling after a hard placement block",
    "I got a distinction in the {topic} exam",
    "I'd like to do FY1 in {town}",
    "I might ask them for a reference",
    "I'm worried about money this term",
    "My {relative} has been unwell",
    "I want to do an elective in {country}",
    "I'm thinking of leaving medicine; talked it through",
    "I'm training for {race}",
    "I'm applying for the {project} prize",
)
SEEN: tuple[str, ...] = (
    "Saw me present the audit at the department meeting",
    "Watched me take bloods on {ward}",
    "Watched me lead the OSCE practice",
    "Saw me run the {topic} teaching session",
    "Saw me present a case on the ward round",
    "Came to watch me play in the varsity water-polo match",
    "Saw me freeze in the mock OSCE",
    "Watched me scrub in for a {surgery} list",
    "Saw me stay late to finish the {project} data",
)
WITNESSED_SHARE = 0.3

FOLLOW_UPS: tuple[str, ...] = (
    "Send {name} the draft",
    "Email {name} about {topic}",
    "Thank {name} properly",
    "Ask {name} about {specialty} taster days",
    "Share my {topic} notes with {name}",
    "Reply to {name}",
    "Ask {name} for a reference",
    "Book a room for the {project} meeting",
    "Check in with {name} after the exam",
    "Send {name} the {project} slides",
    "{Action}",
    "{Action}",
)

_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, rng: random.Random, words: dict[str, list[str]], name: str = "") -> str:
    """Fill ``{slots}`` from ``words`` then the phrase pools; a capitalised slot gives a capital."""

    def word(match: re.Match[str]) -> str:
        slot = match[1]
        if slot == "name":
            return name
        key = slot.lower()
        pool = words.get(key) or WORDS.get(key) or phrases.WORDS[key]
        chosen = rng.choice(pool)
        return chosen[:1].upper() + chosen[1:] if slot[:1].isupper() else chosen

    return _SLOT.sub(word, template)
