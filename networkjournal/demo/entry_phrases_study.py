"""Words for the demo journal's teaching, research and placement entries (see entry_phrases).

Placement notes never identify anyone who was being cared for: no names, no
numbers, no dates of birth; only what the student saw, did and learned.
"""

from __future__ import annotations

from networkjournal.demo.entry_phrases import Words

_STUDY_SHAPE = (
    "**Topic:** {topic}\n\n## What we covered\n\n- {point}\n- {point2}\n\n"
    "## Still unclear\n\n- {unclear}"
)


def _ward_shape(rotation: str, role: str) -> str:
    """Notes in the shape of the "Placement contact" template, for one rotation."""
    return (
        f"**Placement:** {rotation}\n**Their role:** {role}\n\n## What I saw or did\n\n"
        "- {seen}\n\n## Could help with\n\n- {help}\n\n_No patient-identifiable details._"
    )


STUDY_WORDS: dict[str, Words] = {
    "study": Words(
        titles={"": ("Study session: {topic}", "Revision with {names}", "")},
        lines=(
            "Went through {topic} with {names} until it stuck.",
            "{name} quizzed me on {topic}; I got about two thirds.",
            "Past paper questions on {topic}, then argued about the answers.",
            "Slow start, good finish: {topic} finally makes sense.",
        ),
        bullets=(
            "redo the questions on {topic}",
            "{name} will send the flashcards",
            "book a clinical skills room for Friday",
            "**exam** in five weeks",
        ),
        places={
            "": ("the Maughan Library", "Guy's Campus library", "New Hunt's House, study room 2")
        },
        template="Study session",
        shaped=(_STUDY_SHAPE,),
    ),
    "physiology": Words(
        titles={"teaching session": ("Lecture: {topic}", "Physiology lecture")},
        lines=(
            "{name}'s lecture on {topic}: the clearest diagrams of the term.",
            "{name} stopped half way for questions and actually waited for them.",
        ),
        places={"teaching session": ("Greenwood Lecture Theatre, Guy's Campus",)},
    ),
    "dissection": Words(
        titles={"teaching session": ("Dissection: {topic}", "Anatomy practical")},
        lines=(
            "Dissecting room with {names}. {name} showed us {topic} properly.",
            "{name} quizzed table 14 on {topic}; Zofia got everything.",
            "Long practical; {name} talked about plastic surgery training between questions.",
        ),
        bullets=("learn the spotter list", "read Teach Me Anatomy on {topic}"),
        places={"teaching session": ("Dissecting room, Hodgkin Building",)},
    ),
    "rossi": Words(
        kind_lines={
            "message": (
                "{name} emailed a contact for the surgical SSC. Replied the same day.",
                "{name} got through to the next round of plastics interviews.",
            ),
        },
        titles={"": ("Matteo on a surgical SSC",)},
        lines=(
            "{name} suggested a surgical SSC and offered to ask his consultant.",
            "{name} got through to the next round of plastics interviews.",
        ),
        places={"coffee": ("the hospital canteen",)},
    ),
    "biochemistry": Words(
        titles={"teaching session": ("Biochemistry lecture",)},
        lines=("{name}'s lecture on {topic}. Too fast; will need the recording.",),
        places={"teaching session": ("Greenwood Lecture Theatre, Guy's Campus",)},
    ),
    "pharmacology": Words(
        titles={"teaching session": ("Pharmacology lecture", "Lecture: {topic}")},
        lines=(
            "{name} on {topic}: good mnemonics, awful puns.",
            "{name}'s lecture tied the drug chart to what we'll see on the wards.",
        ),
        places={"teaching session": ("Lecture theatre 2, New Hunt's House",)},
    ),
    "clinical_skills": Words(
        titles={"teaching session": ("Clinical skills: {skill}", "Clinical skills session")},
        lines=(
            "{name} ran {skill} stations; I forgot to wash my hands at the first one.",
            "Practised with {names}; {name} says my examination is too quiet.",
            "Venepuncture on the arm model; third go worked.",
        ),
        bullets=("introduce yourself, check the name band", "**narrate** what you're doing"),
        places={"teaching session": ("Clinical skills suite, Guy's Campus",)},
    ),
    "gp": Words(
        titles={"teaching session": ("GP placement", "GP teaching with Dr Sheikh")},
        lines=(
            "Early train with Hamza. {name} let us take histories in the practice.",
            "{name} talked about continuity of care and why he chose general practice.",
            "Sat in on {name}'s morning clinic: coughs, sick notes and one real worry.",
        ),
        bullets=("write up a reflective entry", "read about the QOF before next week"),
        places={"teaching session": ("GP surgery, Lambeth",)},
    ),
    "neuro_ssc": Words(
        titles={
            "supervision": ("SSC meeting with Dr Tanaka",),
            "teaching session": ("Friday journal club", "Neuroimaging journal club"),
        },
        lines=(
            "{name} went through the diffusion imaging pipeline for my SSC.",
            "Journal club: a trial in stroke thrombolysis. {name} asked me to summarise it.",
            "{name} said my SSC literature review was 'promising but long'.",
        ),
        bullets=("cut the review to 3,000 words", "read the methods section twice"),
        places={"": ("Institute of Psychiatry, Denmark Hill",)},
    ),
    "year3": Words(
        titles={"teaching session": ("Year 3 teaching day", "Prof Cohen on professionalism")},
        lines=("{name} on professionalism in clinical years: 'you are now part of the team'.",),
        bullets=("placement handbook on KEATS", "sign up for the portfolio system"),
        places={"teaching session": ("Greenwood Lecture Theatre, Guy's Campus",)},
    ),
    "lab": Words(
        titles={"meeting": ("Lab day", "Lab with Kasia", "")},
        lines=(
            "Western blots with {names}. Second gel finally looked like the textbook.",
            "{name} checked my lab book and made me date every page properly.",
            "Cleaned the echo dataset with {name}; it is all pseudonymised IDs, nothing else.",
            "{name} showed me how she'd structure the results section of the research project.",
            "Quiet lab day: ran the analysis again, same answer, which is good.",
        ),
        bullets=(
            "label the samples the lab way",
            "back up the analysis to the shared drive",
            "read the methods of the 2019 paper",
            "ask Xiaowen about the R script",
        ),
        places={"": ("Cardiovascular lab, St Thomas' Campus",)},
    ),
    "xiaowen": Words(
        kind_lines={
            "message": (
                "{name} sent a fixed version of my R script with a smiley face.",
                "{name} is writing up her PhD and sleeping very little.",
            ),
        },
        titles={
            "social": ("Hotpot with Xiaowen", "Dinner in Chinatown"),
            "coffee": ("Coffee with Xiaowen", ""),
            "message": ("", "Xiaowen"),
        },
        lines=(
            "{name} took me for hotpot in Chinatown; she ordered for both of us.",
            "{name} is writing up her PhD and sleeping very little.",
            "{name} fixed my R script in four minutes.",
        ),
        places={"social": ("Chinatown",), "coffee": ("{cafe}",)},
    ),
    "trials_unit": Words(
        titles={"meeting": ("Trials unit with Eleni", "GCP and consent training")},
        lines=(
            "{name} explained how consent works in a trial; far more careful than I'd imagined.",
            "{name} took me through the trial's data governance: who sees what, and why.",
            "{name} showed me a site file; everything signed, dated and version controlled.",
        ),
        places={"meeting": ("Cardiovascular trials unit, St Thomas' Hospital",)},
    ),
    "amu": Words(
        titles={
            "ward round": ("Ward round, AMU", "Post-take ward round", ""),
            "teaching session": ("Jobs list teaching with Chidi",),
        },
        lines=(
            "Ward round on AMU with {names}. I wrote the jobs list; {name} checked it.",
            "{name} showed me how to prioritise the jobs list before the consultant arrives.",
            "Busy take. Presented one admission to the consultant; got good feedback.",
            "Went through {topic} on the ward round; {name} drew it on a paper towel.",
        ),
        bullets=(
            "learn the trust sepsis pathway",
            "practise presenting in under two minutes",
            "ask Sister Adjei about discharge planning",
            "bloods before 10am",
        ),
        places={"": ("Acute medical unit, King's College Hospital",)},
        template="Placement contact",
        shaped=(_ward_shape("Acute medicine, King's College Hospital", "FY1"),),
    ),
    "chidi": Words(
        kind_lines={
            "message": (
                "{name} asked how the sepsis audit is going; he wants to present it.",
                "{name} sent his FY1 jobs-list template. Gold.",
            ),
        },
        titles={"": ("Catch-up with Chidi", "Chidi's FY1 tips")},
        lines=(
            "{name} says FY1 is survivable if you're organised. Showed me his list app.",
            "{name} asked how the sepsis audit is going; he wants to present it.",
            "{name}'s rotation moved to cardiology; he loves it.",
        ),
        places={"coffee": ("the hospital canteen",)},
    ),
    "take": Words(
        titles={
            "ward round": ("Post-take ward round", "Medical take", ""),
            "teaching session": ("ECG quiz with Dr Banerjee",),
        },
        lines=(
            "{name}'s ten-minute ECG quiz after handover. Got the AF, missed the heart block.",
            "Post-take round with {names}; {name} let me present two admissions.",
            "{name} talked through {topic} at the nurses' station.",
        ),
        bullets=("LITFL ECG library every night", "read about {topic}"),
        places={"": ("Medical take, St Thomas' Hospital",)},
    ),
    "elderly_care": Words(
        titles={
            "ward round": ("Consultant ward round, elderly care", "Ward round with Dr MacLeod")
        },
        lines=(
            "{name}'s ward round: slow, kind, and every plan included the family.",
            "{name} asked me to do a full falls assessment and watched the whole thing.",
            "{name} on deprescribing: 'what is each of these tablets for, today?'",
            "{name} pointed out the audit on antibiotic prescribing: review dates missing.",
        ),
        bullets=("read the frailty guidance", "practise the 4AT", "ask about the antibiotic audit"),
        places={"ward round": ("Elderly care wards, King's College Hospital",)},
        template="Placement contact",
        shaped=(_ward_shape("Elderly care, King's College Hospital", "consultant"),),
    ),
    "theatre": Words(
        titles={"other": ("Theatre list", "Thursday theatre list")},
        lines=(
            "Scrubbed in on {name}'s list; held the camera for most of a laparoscopic case.",
            "{name} quizzed me on the blood supply of the colon at the brief. Glad I'd read it.",
        ),
        bullets=("read the notes before the team brief", "learn the WHO checklist by heart"),
        places={"other": ("Theatres, Guy's Hospital",)},
    ),
    "anaesthetics": Words(
        titles={
            "teaching session": ("Anaesthetic room teaching",),
            "other": ("Anaesthetics list",),
        },
        lines=(
            "{name} let me site a cannula in the anaesthetic room. First time, first go.",
            "{name} taught airway adjuncts: sized a guedel and a nasal airway on the mannequin.",
            "{name} talked about training in Bogotá versus London.",
        ),
        places={"": ("Theatres, St Thomas' Hospital",)},
    ),
    "discharge": Words(
        titles={"teaching session": ("Discharge planning with Sister Adjei",)},
        lines=(
            "{name} walked me through a complex discharge: carers, pharmacy, transport, the lot.",
            "{name} says the best doctors know the ward nurses' names. Noted.",
        ),
        places={"teaching session": ("Acute medical unit, King's College Hospital",)},
    ),
    "bedside": Words(
        titles={"teaching session": ("Bedside teaching: {topic}", "Teaching with Dr Shevchenko")},
        lines=(
            "Bedside teaching with {names}: {topic}. {name} made each of us examine.",
            "{name} ran a mock OSCE station on {topic}; I ran out of time.",
            "{name} on how to present a case: headline first, then the details.",
        ),
        bullets=("practise {topic} on Priya", "**OSCE** mark scheme on KEATS"),
        places={"teaching session": ("King's College Hospital",)},
    ),
    "surgery": Words(
        titles={"ward round": ("Surgical ward round",), "coffee": ("Coffee with Emily",)},
        lines=(
            "Surgical ward round at 7:30 with {name}; eighteen patients seen by 8:15.",
            "{name} on foundation applications: rank by rotation, not just by city.",
            "{name} taught me to write a post-op check properly.",
        ),
        places={
            "ward round": ("Surgical wards, Guy's Hospital",),
            "coffee": ("the hospital canteen",),
        },
    ),
    "gastro": Words(
        titles={"ward round": ("Gastro ward round",)},
        lines=(
            "Gastro ward round with {name}. He mentioned the IBD clinic letters audit again.",
            "{name} explained the IBD biologics pathway on the round.",
        ),
        places={"ward round": ("Gastroenterology ward, King's College Hospital",)},
        template="Placement contact",
        shaped=(_ward_shape("Gastroenterology, King's College Hospital", "registrar"),),
    ),
}

# Words the shaped notes above draw on, besides entry_phrases.WORDS.
SHAPE_WORDS: dict[str, tuple[str, ...]] = {
    "point": (
        "the key definitions, twice",
        "a past-paper question each",
        "drawing it from memory",
        "the mark scheme for the station",
        "the common mistakes list",
    ),
    "point2": (
        "explaining it to each other out loud",
        "five-minute timed stations",
        "flashcards on the hard bits",
        "the NICE summary",
    ),
    "unclear": (
        "when to use which investigation",
        "the numbers: need to learn them cold",
        "the last two steps",
        "nothing much, for once",
    ),
    "skill": (
        "venepuncture",
        "blood pressure measurement",
        "basic life support",
        "hand hygiene",
        "the cardiovascular exam",
        "the respiratory exam",
        "catheterisation on the model",
    ),
    "seen": (
        "presented a new admission on the round",
        "did a full set of observations and an ECG",
        "joined a family meeting, watching how bad news is shared",
        "wrote the ward round entries under supervision",
        "took bloods twice, both first time",
    ),
    "help": (
        "a reference later on",
        "audit projects on the unit",
        "taster days in the specialty",
        "practice presenting cases",
    ),
}
