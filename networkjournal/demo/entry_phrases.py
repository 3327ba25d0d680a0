"""Words for the demo journal's everyday entries: family and friends from home.

Each thread of :mod:`networkjournal.demo.entry_threads` has its :class:`Words`
here, in :mod:`networkjournal.demo.entry_phrases_social` (halls, cohort,
societies, the pool) or in :mod:`networkjournal.demo.entry_phrases_study`
(teaching, research, placements).  Templates use ``{name}`` for
the first person there as the student calls them, ``{names}`` for everyone,
``{others}`` for everyone but the first, ``{topic}`` for what the student was
studying that year, and the pools of :data:`WORDS` for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Words:
    """What entries of one thread are called, where they happen and what the notes say."""

    titles: dict[str, tuple[str, ...]]  # by kind ("" for any kind); "" leaves it untitled
    lines: tuple[str, ...]  # sentences the notes open with
    kind_lines: dict[str, tuple[str, ...]] = field(default_factory=dict)  # instead, for a kind
    bullets: tuple[str, ...] = ()  # points, a few of which make a list
    places: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by kind, as titles
    template: str = ""  # the note template the shaped notes follow
    shaped: tuple[str, ...] = ()  # whole notes in the template's shape, used now and then


# How the student refers to people in notes, where it is not their nickname or first name.
CALLED: dict[str, str] = {
    "dad": "Dad",
    "okafor": "Dr Okafor",
    "krishnan": "Prof Krishnan",
    "marsh": "Dr Marsh",
    "cohen": "Prof Cohen",
    "benali": "Dr Benali",
    "tanaka": "Dr Tanaka",
    "sheikh": "Dr Sheikh",
    "banerjee": "Dr Banerjee",
    "hussain": "Dr Hussain",
    "macleod": "Dr MacLeod",
    "cholmondeley": "Mr Cholmondeley-Featherstonehaugh",
    "morales": "Dr Morales",
    "adjei": "Sister Adjei",
    "shevchenko": "Dr Shevchenko",
    "bennett": "Dr Bennett",
}

WORDS: dict[str, tuple[str, ...]] = {
    "preclinical": (
        "the brachial plexus",
        "cardiac physiology",
        "renal physiology",
        "acid-base balance",
        "the cranial nerves",
        "glycolysis and the Krebs cycle",
        "pharmacokinetics",
        "the coagulation cascade",
        "embryology of the heart",
        "the lower limb",
        "immunology",
        "neuroanatomy",
        "respiratory physiology",
        "endocrine feedback loops",
    ),
    "clinical": (
        "ECG interpretation",
        "ABGs",
        "chest X-rays",
        "fluid prescribing",
        "DKA management",
        "the cardiovascular exam",
        "the respiratory exam",
        "the abdominal exam",
        "the sepsis six",
        "anticoagulation",
        "breaking bad news",
        "the SJT",
        "the cranial nerve exam",
        "acute kidney injury",
        "history taking stations",
    ),
    "home_news": (
        "Kemi's mock exams",
        "the new boiler",
        "Dad's allotment",
        "Nana's hip",
        "Auntie Bisi's pharmacy getting busier",
        "the flu clinic at Mum's surgery",
        "the cousins visiting from Lagos",
        "Dad's TfL project running late",
        "the neighbours' extension",
        "Kemi wanting to learn to drive",
    ),
    "home_food": ("jollof", "Irish stew", "pepper soup", "moi moi", "soda bread", "egusi"),
    "food": (
        "jollof",
        "a Sunday roast",
        "pepper soup",
        "dosa",
        "pierogi",
        "ramen",
        "hotpot",
        "a curry from Tooting",
        "pasta bake",
        "shakshuka",
    ),
    "cafe": (
        "Bush House café",
        "Grind, London Bridge",
        "the Maughan Library café",
        "Monmouth",
        "the Guy's Campus coffee cart",
        "Watch House, Bermondsey",
    ),
    "pub": ("the George Inn", "the Hole in the Wall", "the Wheatsheaf", "the Market Porter"),
    "area": ("Borough Market", "Brixton", "Peckham", "Tooting", "Camden", "Southbank"),
    "opponent": ("UCL", "Imperial", "Queen Mary", "St George's", "LSE", "Brunel", "Surrey"),
    "score": ("8-6", "5-9", "11-4", "7-7", "6-10", "9-8", "12-5"),
    "specialty": (
        "cardiology",
        "paediatrics",
        "general practice",
        "anaesthetics",
        "geriatrics",
        "emergency medicine",
        "psychiatry",
        "plastic surgery",
        "neurology",
    ),
    "month": ("May", "June"),
    "film": ("a Studio Ghibli double bill", "the new Dune", "Paddington 2 (again)", "a horror"),
}

LINKS: tuple[str, ...] = (
    "https://www.bmj.com/about-bmj/resources-authors",
    "https://www.nice.org.uk/guidance/ng51",
    "https://www.nice.org.uk/guidance/ng15",
    "https://www.hqip.org.uk/",
    "https://litfl.com/ecg-library/",
    "https://geekymedics.com/category/osce/",
    "https://teachmeanatomy.info/",
    "https://www.foundationprogramme.nhs.uk/",
)

FAMILY_WORDS: dict[str, Words] = {
    "mum": Words(
        kind_lines={
            "message": (
                "Quick one: Mum checking I got home safe after a late shift.",
                "Mum sent a photo of {home_food} with no caption. Message received.",
                "Mum forwarded an article about junior doctors' hours, with three worried emojis.",
                "Texted Mum about {topic}; she replied with a voice note from the car park.",
            ),
        },
        titles={
            "call": ("Sunday call with Mum", "Call home", ""),
            "message": ("", "Texts with Mum"),
        },
        lines=(
            "Mum rang after church; mostly about {home_news}.",
            "Told Mum about {topic}; she remembered it from nursing school.",
            "Mum asked if I'm eating properly. Promised to cook {food} this week.",
            "Talked about {home_news} and Nana's birthday plans.",
            "Mum says the surgery is short-staffed again.",
        ),
        bullets=(
            "text her after late shifts",
            "Kemi's exams are in {month}",
            "she's sending a parcel with {home_food}",
            "**Nana's birthday**: card by Friday",
            "asked about placements; told her the good bits",
        ),
    ),
    "home": Words(
        titles={"social": ("Lunch at home in Croydon", "Home for the weekend", "Family lunch")},
        lines=(
            "Home for the day: {home_food}, and far too much of it.",
            "Everyone round the table for once; Dad told the TfL stories again.",
            "Helped Kemi with her chemistry; she's better at it than I was.",
            "Took washing home, came back with three tubs of {home_food}.",
        ),
        bullets=(
            "Dad wants photos of the hospital (no)",
            "Auntie Bisi sends love",
            "borrowed the old stethoscope from Mum",
            "fixed the Wi-Fi, again",
        ),
        places={"social": ("Croydon",)},
    ),
    "dad": Words(
        kind_lines={
            "message": (
                "Dad sent a link about {specialty} and asked if I'd thought about it.",
                "Dad's weekly football banter. Palace lost; he is not speaking about it.",
                "Dad sent a photo of the allotment's first courgette.",
            ),
        },
        titles={"call": ("Call with Dad", ""), "message": ("", "Dad on WhatsApp")},
        lines=(
            "Dad sent a link about {specialty} and asked if I'd thought about it.",
            "Dad says someone at TfL works in occupational health and would chat to me.",
            "Talked football and then, briefly, about money. Fine for now.",
            "Dad asked how {topic} is going; explained it with a tube-map analogy.",
        ),
        bullets=("thank him for the travel money", "ask about the TfL contact again"),
    ),
    "kemi": Words(
        kind_lines={
            "message": (
                "Kemi sent twelve TikToks and one actual question about the LNAT.",
                "Kemi asked what university is *actually* like. Told her the truth, mostly.",
                "Sent Kemi my old revision timetable; she laughed at the colour coding.",
            ),
        },
        titles={"": ("Kemi", "Kemi's law plans", ""), "coffee": ("Coffee with Kemi",)},
        lines=(
            "Kemi wants to read law and is worried about the LNAT.",
            "Sent Kemi my old revision timetable; she laughed at the colour coding.",
            "Kemi asked what university is *actually* like. Told her the truth, mostly.",
            "Talked through her personal statement ideas: **show, don't tell**.",
        ),
        bullets=("send her the LNAT practice links", "ask Chloé about law work experience"),
    ),
    "nana": Words(
        titles={"call": ("Sunday call with Nana", "Nana, via Mum's phone")},
        lines=(
            "Rang Nana through Mum. She wanted to hear all about {topic}.",
            "Nana told the story about the parish fête again, which I love.",
            "Nana's hip is better; she walked to Mass on her own.",
            "Nana asked whether I'm courting. Changed the subject to anatomy.",
        ),
        bullets=("post her a card from London", "she likes photos of the Thames"),
    ),
    "auntie": Words(
        kind_lines={
            "message": (
                "Auntie Bisi reminded me of everyone's birthdays this month.",
                "Auntie Bisi sent a picture of a drug interaction chart: 'for your exams'.",
            ),
        },
        titles={"": ("Auntie Bisi",), "social": ("Dinner at Auntie Bisi's",)},
        lines=(
            "Auntie Bisi reminded me of everyone's birthdays this month.",
            "Auntie Bisi quizzed me on drug interactions; she wins.",
            "Auntie Bisi offered a Saturday at the pharmacy to see how it runs.",
        ),
        places={"social": ("Peckham",)},
    ),
    "dami": Words(
        kind_lines={
            "message": (
                "Dami sent her old foundation application answers to look at.",
                "Dami on WhatsApp after a night shift: 'never again', then 'loved it'.",
                "Dami says to keep a log of every procedure and every bit of teaching.",
            ),
        },
        titles={"": ("Call with Dami", "Dami on foundation jobs")},
        lines=(
            "Dami's surviving FY2 in Manchester. Most honest advice I get.",
            "Dami on the foundation application: start the SJT practice early.",
            "Dami had a rough week of nights; mostly I listened.",
            "Dami says to keep a log of every procedure and every bit of teaching.",
        ),
        bullets=(
            "**SJT**: practise under timed conditions",
            "ask about Manchester rotas",
            "she'll send her old portfolio structure",
            "think about where to rank first",
        ),
    ),
    "hannah": Words(
        kind_lines={
            "message": (
                "Voice notes back and forth with Hannah about her studio crit.",
                "Hannah sent a photo of her model at 3am. It's brilliant; told her to sleep.",
            ),
        },
        titles={
            "social": ("Dinner with Hannah", "Hannah's studio crit drinks", ""),
            "coffee": ("Coffee with Hannah",),
            "message": ("", "Voice notes with Hannah"),
        },
        lines=(
            "Hannah showed me her model for the studio brief; it's brilliant.",
            "Caught up properly with Hannah: deadlines, boys, her mum's new job.",
            "Hannah pulled an all-nighter at the Bartlett; made her eat {food}.",
            "Long walk along the {area} with Hannah; the kind of chat that resets things.",
            "Hannah and I laughed about A-level chemistry again.",
        ),
        bullets=("her end-of-year show is in June", "send her the exhibition link"),
        places={"social": ("{area}", "{pub}"), "coffee": ("{cafe}",)},
    ),
    "daniel": Words(
        kind_lines={
            "message": (
                "Daniel sent the five-a-side group chat a poll nobody answered.",
                "Daniel's moving out of home; wants flat-hunting advice.",
            ),
        },
        titles={"social": ("Catching up with Daniel", "Daniel"), "message": ("", "Daniel")},
        lines=(
            "Daniel's loving the BBC apprenticeship; building something for iPlayer.",
            "Five-a-side with Daniel and the old Croydon lot; I'm very unfit.",
            "Daniel wants to move out of home next year.",
        ),
        places={"social": ("Croydon", "{pub}")},
    ),
    "grace": Words(
        kind_lines={
            "message": (
                "Grace sent her OSCE notes and a list of the stations people fail.",
                "Grace checked in before exams: 'you've got this'.",
                "Grace asked if I'd look at her AFP white-space answers.",
            ),
        },
        titles={"": ("Coffee with Grace", "Grace (medic parent)", "")},
        lines=(
            "Grace lent me her OSCE notes and told me which stations people fail.",
            "Grace on the academic foundation programme: interviews, portfolio, the lot.",
            "Grace said the first year is about surviving anatomy, not mastering it.",
            "Grace asked how I was really doing. Told her about the spotter.",
            "Grace's tip: **find one consultant who'll know your name**.",
        ),
        bullets=(
            "read her old notes on {topic}",
            "ask about her elective in Ghana",
            "she recommends Zero to Finals for revision",
            "she'll read my AFP answers",
        ),
        places={"coffee": ("{cafe}",), "meeting": ("the Maughan Library",)},
    ),
}
