"""Words for generated journals: entry kinds, titles, note sentences, facts, headlines.

Templates use ``{name}`` for the first person present and ``{topic}``,
``{place}`` … for words drawn from the pools in :data:`WORDS`.
"""

from __future__ import annotations

import random
import re

# (kind, weight): messages and coffees are everyday; supervisions are rarer.
KINDS: list[tuple[str, int]] = [
    ("message", 20),
    ("coffee", 15),
    ("meeting", 12),
    ("call", 12),
    ("social", 12),
    ("teaching session", 8),
    ("society event", 7),
    ("ward round", 6),
    ("supervision", 5),
    ("other", 3),
]

TITLES: dict[str, list[str]] = {
    "message": ["Messages with {name}", "WhatsApp about {topic}", "Email from {name}"],
    "coffee": ["Coffee with {name}", "Flat whites with {name}", "Tea break, {place}"],
    "meeting": ["Meeting with {name}", "Catch-up: {topic}", "Careers chat with {name}"],
    "call": ["Call with {name}", "FaceTime with {name}", "Quick call about {topic}"],
    "social": ["Dinner with {name}", "Pub quiz", "{name}'s birthday drinks", "Brunch, {area}"],
    "teaching session": ["Teaching: {topic}", "Bedside teaching: {topic}", "Tutorial: {topic}"],
    "society event": ["Water-polo training", "BUCS fixture", "Swim social", "MedSoc ball"],
    "ward round": ["Ward round, {ward}", "Post-take ward round", "Consultant ward round"],
    "supervision": ["Supervision: {project}", "Project meeting", "Lab meeting"],
    "other": ["Bumped into {name}", "Note about {name}", "Card for {name}"],
}

LOCATIONS: dict[str, list[str]] = {
    "message": [""],
    "call": ["", "", "Zoom", "Teams"],
    "coffee": ["{cafe}", "{place}"],
    "meeting": ["{place}", "Teams"],
    "social": ["{area}", "{pub}"],
    "teaching session": ["{hospital}", "{place}"],
    "society event": ["the pool, Guy's Campus", "Crystal Palace National Sports Centre"],
    "ward round": ["{ward}, {hospital}"],
    "supervision": ["{place}", "Teams"],
    "other": ["", "{place}"],
}

SENTENCES: list[str] = [
    "Talked about {topic}.",
    "{name} suggested reading up on {topic} before next week.",
    "{name} mentioned {news}.",
    "Agreed to {action} by {when}.",
    "Good session; much more confident with {topic} now.",
    "Went through {topic} twice and I'm still shaky on the details.",
    "{name} is thinking about {specialty}.",
    "Asked about {topic}; {name} recommended {resource}.",
    "Busy day on the ward, so this was short.",
    "Lots of laughs.",
    "Both tired after a long week.",
    "Remember to say thank you properly.",
    "{name} asked how the {project} is going.",
    "Need to {action} before I forget.",
    "Useful tip from {name}: {tip}.",
    "Talked about {news} for most of it.",
    "{name} offered to put me in touch with someone in {specialty}.",
]
ACTION_LINE = "- [ ] {action}"

FACTS: dict[str, list[str]] = {
    "interest": [
        "Plays the {instrument}",
        "Training for {race}",
        "Supports {team}",
        "Loves {hobby}",
        "Reads a lot of {genre}",
    ],
    "family": [
        "Has {count} younger {siblings}",
        "Parents live in {town}",
        "Their {relative} is a {job}",
        "Has a dog called {pet}",
        "First in the family to go to university",
    ],
    "career": [
        "Wants to specialise in {specialty}",
        "Applying for the academic foundation programme",
        "Thinking about a PhD in {subject}",
        "Considering working in {country} after FY2",
        "Wants to do an elective in {country}",
    ],
    "education": [
        "Intercalated in {subject} at {uni}",
        "First degree in {subject} before medicine",
        "Went to school in {town}",
        "Got a distinction in the {topic} exam",
    ],
    "preference": [
        "Prefers {drink}",
        "Vegetarian",
        "Doesn't drink alcohol",
        "Prefers WhatsApp to email",
        "Morning person: best to meet before 9",
    ],
    "other": ["Speaks {language}", "Allergic to {allergen}", "Birthday falls in exam season"],
}
FACT_CATEGORIES: list[tuple[str, int]] = [
    ("interest", 30),
    ("career", 20),
    ("family", 18),
    ("education", 12),
    ("preference", 12),
    ("other", 8),
]

HEADLINES: dict[str, list[str]] = {
    "Social": [
        "Medical student, {uni}",
        "{subject} student, {uni}",
        "Water-polo teammate",
        "Works in {industry}",
        "Flatmate",
    ],
    "Personal support": ["Friend from home", "Family friend", "Student counsellor", "{job}"],
    "Academic support": [
        "FY1 doctor, {hospital}",
        "FY2 doctor, {hospital}",
        "Registrar in {specialty}, {hospital}",
        "Consultant in {specialty}, {hospital}",
        "Lecturer in {subject}, {uni}",
        "Professor of {subject}, {uni}",
        "Clinical teaching fellow, {hospital}",
        "GP, {area}",
    ],
}
ROLES: dict[str, list[str]] = {
    "Social": ["friend", "cohort", "flatmate", "teammate", "society member", "neighbour"],
    "Personal support": ["friend", "family", "cousin", "mentor", "peer supporter"],
    "Academic support": [
        "lecturer",
        "tutor",
        "supervisor",
        "demonstrator",
        "registrar",
        "consultant",
        "FY1",
        "FY2",
        "clinical supervisor",
        "research collaborator",
    ],
}

# Important dates of the user's own: (label, yearly?); exams and deadlines happen once.
JOURNAL_DATES: list[tuple[str, bool]] = [
    ("Finals", False),
    ("OSCE", False),
    ("Mock OSCE", False),
    ("{specialty} rotation starts", False),
    ("{specialty} rotation ends", False),
    ("{project} deadline", False),
    ("Portfolio sign-off", False),
    ("Elective starts", False),
    ("Conference abstract deadline", False),
    ("MedSoc ball", False),
    ("Started medical school", True),
]

# Dates in generated people's lives, all coming round every year: (label, chance the
# user knows the year).  Nobody knows the year of a name day.
PERSON_DATES: list[tuple[str, float]] = [
    ("Wedding anniversary", 0.6),
    ("Graduation day", 0.7),
    ("Work anniversary", 0.8),
    ("Name day", 0.0),
    ("Started at {uni}", 0.9),
    ("Anniversary of their {relative}'s death", 0.5),
    ("Moved to London", 0.7),
]

WORDS: dict[str, list[str]] = {
    "topic": [
        "ECG interpretation",
        "ABGs",
        "chest X-rays",
        "fluid prescribing",
        "the cardiovascular exam",
        "the respiratory exam",
        "the sepsis six",
        "DKA management",
        "the SJT",
        "foundation applications",
        "the audit cycle",
        "the brachial plexus",
        "anticoagulants",
        "elective plans",
        "intercalation options",
        "revision plans",
        "OSCE stations",
        "breaking bad news",
        "acid-base balance",
        "renal physiology",
    ],
    "news": [
        "a new job in Leeds",
        "moving flat",
        "a paper being accepted",
        "starting a PhD",
        "a half marathon in May",
        "a new puppy",
        "getting engaged",
        "a locum shift in A&E",
        "failing their driving test again",
        "a trip to Lagos",
    ],
    "action": [
        "send the draft",
        "share my notes",
        "book a room",
        "email the consultant",
        "finish the data collection",
        "submit the abstract",
        "update my portfolio",
        "ask for a reference",
        "return the textbook",
        "sort out the rota swap",
    ],
    "when": ["Friday", "the end of the month", "next week", "Monday", "the exam"],
    "specialty": [
        "cardiology",
        "paediatrics",
        "general practice",
        "anaesthetics",
        "emergency medicine",
        "psychiatry",
        "plastic surgery",
        "obstetrics and gynaecology",
        "neurology",
        "geriatrics",
        "radiology",
        "public health",
    ],
    "resource": [
        "Geeky Medics",
        "the Oxford Handbook",
        "Passmedicine",
        "Zero to Finals",
        "the NICE guideline",
        "Life in the Fast Lane",
    ],
    "tip": [
        "write the plan before the history",
        "always check the drug chart twice",
        "introduce yourself to the nurse in charge first",
        "keep a list of every procedure you do",
        "ask for feedback on the same day",
    ],
    "project": ["audit", "QIP", "systematic review", "poster", "research project", "SSC"],
    "cafe": ["Bush House café", "Grind, London Bridge", "the Maughan Library café", "Monmouth"],
    "place": [
        "Guy's Campus",
        "Strand Campus",
        "Waterloo Campus",
        "Denmark Hill",
        "the Maughan Library",
        "the hospital canteen",
    ],
    "area": ["Borough Market", "Brixton", "Peckham", "Tooting", "Camden", "Shoreditch"],
    "pub": ["the George Inn", "the Hole in the Wall", "the Wheatsheaf", "the Market Porter"],
    "hospital": [
        "King's College Hospital",
        "Guy's Hospital",
        "St Thomas' Hospital",
        "University Hospital Lewisham",
        "Princess Royal University Hospital",
    ],
    "ward": ["AMU", "Cheere Ward", "Albany Ward", "Victoria Ward", "Lonsdale Ward", "ITU"],
    "uni": ["KCL", "UCL", "Imperial", "Queen Mary", "St George's", "LSE"],
    "subject": [
        "physiology",
        "pharmacology",
        "anatomy",
        "neuroscience",
        "biochemistry",
        "global health",
        "medical education",
        "law",
        "engineering",
        "history",
    ],
    "industry": ["finance", "tech", "law", "teaching", "the civil service", "retail"],
    "job": ["nurse", "teacher", "pharmacist", "bus driver", "accountant", "GP", "solicitor"],
    "instrument": ["piano", "violin", "cello", "saxophone", "guitar", "drums"],
    "race": ["the London Marathon", "a half marathon", "a triathlon", "the Great South Run"],
    "team": ["Arsenal", "Spurs", "Chelsea", "Crystal Palace", "Millwall", "Leyton Orient"],
    "hobby": ["climbing", "baking", "film photography", "board games", "salsa", "crosswords"],
    "genre": ["science fiction", "crime novels", "poetry", "history", "graphic novels"],
    "count": ["two", "three", "one"],
    "siblings": ["brothers", "sisters", "siblings"],
    "town": ["Leicester", "Birmingham", "Lagos", "Karachi", "Kraków", "Glasgow", "Croydon"],
    "relative": ["mum", "dad", "sister", "brother", "aunt", "grandad"],
    "pet": ["Biscuit", "Luna", "Pepper", "Milo", "Nala"],
    "country": ["Australia", "New Zealand", "Canada", "Ghana", "Malaysia", "Ireland"],
    "drink": ["tea with no sugar", "oat flat whites", "hot chocolate", "green tea"],
    "language": ["Yoruba", "Urdu", "Polish", "Cantonese", "Portuguese", "Arabic", "Tamil"],
    "allergen": ["penicillin", "peanuts", "cats", "shellfish"],
}

_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, rng: random.Random, name: str = "") -> str:
    """Fill a template's ``{slots}`` with words drawn from :data:`WORDS`."""
    return _SLOT.sub(lambda m: name if m[1] == "name" else rng.choice(WORDS[m[1]]), template)


def headline(network: str, rng: random.Random) -> str:
    """Return a headline for someone whose first network is ``network``."""
    text = fill(rng.choice(HEADLINES.get(network, ["Friend"])), rng)
    return text[:1].upper() + text[1:]


def notes(rng: random.Random, name: str) -> str:
    """Return the notes of a journal entry: often none, usually a few lines, sometimes more."""
    roll = rng.random()
    if roll < 0.15:
        return ""
    count = rng.randint(1, 2) if roll < 0.55 else rng.randint(3, 5) if roll < 0.9 else 8
    text = " ".join(fill(sentence, rng, name) for sentence in rng.sample(SENTENCES, count))
    if rng.random() < 0.2:
        # Some entries end with a to-do list, the way people write Markdown notes.
        todo = [fill(ACTION_LINE, rng) for _ in range(rng.randint(1, 3))]
        text += "\n\n" + "\n".join(todo)
    return text
