"""Words for the demo journal's halls, cohort, society and water-polo entries."""

from __future__ import annotations

from networkjournal.demo.entry_phrases import Words

_SOCIAL_SHAPE = (
    "**Event:** {event}\n\n## Who I met\n\n- {met}\n\n## Worth remembering\n\n- {remember}"
)
_POOL = (
    "the pool, Guy's Campus",
    "the pool, Guy's Campus",
    "Crystal Palace National Sports Centre",
)

FRIENDS_WORDS: dict[str, Words] = {
    "flat": Words(
        titles={
            "social": ("Flat night", "Evening with the flat", ""),
            "other": ("Flat meeting about the bins",),
        },
        lines=(
            "{names} and I cooked {food}; nobody washed up until Thursday.",
            "Watched {film} in Priya's room.",
            "Quiz night in the kitchen: Tomek knew every capital city.",
            "Yusuf made chai for everyone at midnight.",
            "Long kitchen chat about home, exams and whose milk it was.",
        ),
        bullets=("rota for the kitchen", "Chloé's birthday next week", "fire alarm at 3am, again"),
        places={"": ("Great Dover Street Apartments",)},
    ),
    "flat_reunion": Words(
        titles={"social": ("Old flat reunion", "Halls reunion dinner")},
        lines=(
            "Old flat back together: {names}. Like no time had passed.",
            "Chloé's law exams, Tomek's dissertation, Yusuf's placements: all grown up.",
        ),
        places={"social": ("{area}",)},
    ),
    "priya": Words(
        kind_lines={
            "message": (
                "Priya sent a meme about the renal lecture and nothing else.",
                "Priya's placement is going well; she sent a photo of her first paediatric ward.",
                "Voice notes with Priya about the week. Both tired, both fine.",
            ),
            "call": (
                "Long call with Priya after her paediatrics day; she lit up talking about it.",
                "Called Priya to make a revision plan for {topic}.",
            ),
        },
        titles={
            "coffee": ("Coffee with Priya",),
            "social": ("Dinner with Priya", "Priya"),
            "message": ("", "Priya"),
            "call": ("Call with Priya",),
        },
        lines=(
            "Priya's still set on paediatrics; she lit up talking about her placement.",
            "Debrief with Priya after a long week. We both needed it.",
            "Priya and I made a revision plan for {topic} and then ignored it.",
            "Priya's mum sent dosa; we ate it cold and it was perfect.",
            "Walked to {area} with Priya, talking about whether we'd choose medicine again.",
        ),
        bullets=("swap notes on {topic}", "her birthday: book the Tooting place"),
        places={"coffee": ("{cafe}",), "social": ("Tooting", "{area}")},
    ),
    "yusuf": Words(
        kind_lines={
            "message": (
                "Yusuf sent a drug interaction he thought I'd find funny. I did.",
                "Yusuf passed his pre-registration exam! Sent him cake emojis.",
            ),
        },
        titles={"": ("Catch-up with Yusuf", "Yusuf")},
        lines=(
            "Yusuf's pharmacy placement sounds harder than mine.",
            "Yusuf explained a drug interaction better than any lecture did.",
            "Yusuf is thinking about hospital pharmacy after his pre-registration year.",
        ),
        places={"coffee": ("{cafe}",)},
    ),
    "tomasz": Words(
        kind_lines={
            "message": (
                "Tomek sent photos of his final-year engineering project; it actually flies.",
                "Tomek's back in Kraków for the summer; photos of pierogi, mostly.",
            ),
        },
        titles={"": ("Tomek", "Catch-up with Tomek")},
        lines=(
            "Tomek sent photos of his final-year engineering project; it actually flies.",
            "Coffee with Tomek before he heads back to Kraków for the summer.",
        ),
        places={"coffee": ("{cafe}",)},
    ),
    "chloe": Words(
        kind_lines={
            "message": (
                "Chloé's training contract is brutal; she bills in six-minute units.",
                "Chloé offered to find Kemi some legal work experience.",
            ),
        },
        titles={"": ("Catch-up with Chloé",)},
        lines=(
            "Chloé's training contract is brutal; she bills in six-minute units.",
            "Chloé offered to find Kemi some legal work experience.",
        ),
        places={"coffee": ("{cafe}",)},
    ),
    "hamza": Words(
        kind_lines={
            "message": (
                "Hamza sent the GP placement timetable and a sleepy emoji.",
                "Checked in on Hamza after his nights. He's fine, tired.",
            ),
            "call": (
                "Hamza rang about {topic}; we went through it together.",
                "Hamza called after a hard day on the wards. Mostly listened.",
            ),
        },
        titles={"": ("Catch-up with Hamza", "Hamza")},
        lines=(
            "Hamza and I compared notes on {topic}.",
            "Hamza's always calm before exams; asked him how.",
            "Hamza's thinking about GP; Dr Sheikh really got to him.",
            "Checked in on Hamza after his nights. He's fine, tired.",
        ),
        places={"coffee": ("the hospital canteen", "{cafe}")},
    ),
    "zofia": Words(
        kind_lines={
            "message": (
                "Zofia sent a neuroscience paper she thought I'd like.",
                "Zofia sent a photo of her UCL lab; she's very happy there.",
            ),
        },
        titles={"": ("Catch-up with Zofia",)},
        lines=(
            "Zofia's intercalating in neuroscience at UCL and loving the lab.",
            "Zofia and I reminisced about table 14 and the smell of formalin.",
            "Zofia talked me through her dissertation on memory circuits.",
        ),
        places={"coffee": ("{cafe}",)},
    ),
    "meilin": Words(
        titles={"": ("With Mei Lin", "Mei Lin")},
        lines=(
            "Mei Lin made laksa for the Singapore society night.",
            "Mei Lin's worried about visas for foundation jobs; said I'd ask Dami.",
        ),
        places={"social": ("{area}",), "coffee": ("{cafe}",)},
    ),
}

CLUB_WORDS: dict[str, Words] = {
    "medsoc": Words(
        titles={"society event": ("MedSoc ball", "MedSoc careers evening", "MedSoc pub quiz")},
        lines=(
            "{name} ran the whole thing like a ward round. Impressive.",
            "Careers evening: a {specialty} registrar was refreshingly honest about the hours.",
            "MedSoc quiz; our table lost on the pharmacology round, which is embarrassing.",
            "Met some of the year below; one wants to do the same SSC I did.",
        ),
        bullets=(
            "{name} asked if I'd help with the peer teaching scheme",
            "ask the {specialty} registrar about taster weeks",
            "**ticket money**: pay Arjun back",
        ),
        places={"society event": ("Guy's Bar", "Bush House", "the Great Hall, Strand Campus")},
        template="Society social",
        shaped=(_SOCIAL_SHAPE,),
    ),
    "acs": Words(
        titles={"society event": ("ACS cultural night", "ACS freshers' showcase")},
        lines=(
            "{name} and the ACS committee put on a brilliant show.",
            "Jollof debate settled, for this year at least: Ghana lost.",
        ),
        places={"society event": ("the Great Hall, Strand Campus",)},
    ),
    "surgsoc": Words(
        titles={
            "society event": ("Surgical Society suturing workshop", "SurgSoc knot-tying night")
        },
        lines=(
            "{name} got us banana skins to suture. Mine looked like a railway track.",
            "Practised instrument ties for an hour; a core trainee watched and corrected.",
        ),
        bullets=("buy a practice suture kit", "ask Matteo about a surgical SSC"),
        places={"society event": ("Clinical skills suite, Guy's Campus",)},
    ),
    "globalhealth": Words(
        titles={
            "society event": ("Global Health Society talk",),
            "coffee": ("Coffee with Sofía",),
        },
        lines=(
            "{name} is running the global health essay prize; she wants more entries.",
            "Talk on surgical capacity in sub-Saharan Africa; {name} asked the best question.",
            "{name} told me about intercalating in global health: lots of policy, no wards.",
        ),
        places={"society event": ("Bush House",), "coffee": ("{cafe}",)},
    ),
    "yearrep": Words(
        titles={"": ("Staff-student liaison committee", "Year rep feedback")},
        lines=(
            "{name} collected feedback on the timetable clashes; I sent mine.",
            "Raised the lack of clinical skills slots before the OSCE; {name} will take it up.",
        ),
        places={"meeting": ("Teams",)},
    ),
    "ciaran": Words(
        titles={"coffee": ("Coffee with Ciarán", "Ciarán on pre-hospital care")},
        lines=(
            "{name} told stories from five years on London ambulances. Humbling.",
            "{name} explained how paramedics triage a major incident.",
            "{name} thinks I'd like emergency medicine and knows a consultant at St Thomas'.",
        ),
        places={"coffee": ("the hospital canteen", "{cafe}")},
    ),
    "ayesha": Words(
        titles={"society event": ("Islamic Society charity week", "ISoc charity bake sale")},
        lines=(
            "Helped {name} on the charity week stall; raised more than last year.",
            "Bought too many brownies at {name}'s bake sale, for charity.",
        ),
        places={"society event": ("Guy's Campus quad",)},
    ),
    "jiwoo": Words(
        titles={"social": ("Music night with Ji-woo", "")},
        lines=(
            "{name} played Chopin at the music department recital; I didn't know they could.",
            "{name} ran an open-mic night in the halls common room. Tomek sang, badly.",
        ),
    ),
    "training": Words(
        titles={"society event": ("Water-polo training", "Training", "Evening training", "")},
        lines=(
            "Training with {names}. Declan had us doing eggbeater drills for twenty minutes.",
            "Hard session; my legs are jelly.",
            "Worked on counter-attacks; {name} is so quick off the wall.",
            "Shooting practice. Jack saved almost everything.",
            "Short session because the pool was booked; mostly passing drills.",
        ),
        bullets=(
            "work on treading water with hands up",
            "bring a spare cap",
            "**Wednesday fixture**: meet at 1pm",
            "subs due to Ben",
        ),
        places={"society event": _POOL},
    ),
    "fixture": Words(
        titles={"society event": ("BUCS fixture vs {opponent}", "Match vs {opponent}", "")},
        lines=(
            "BUCS fixture against {opponent}: {score}. {name} scored twice.",
            "Away at {opponent}, {score}. Freezing pool, great team spirit.",
            "Lost {score}; we faded in the last quarter.",
            "Won {score}! Jack saved a penalty in the final minute.",
        ),
        bullets=("league table on the club chat", "sore shoulder: ice it", "team photo for Tolu"),
        places={"society event": _POOL},
    ),
    "club_social": Words(
        titles={"social": ("Club social", "Swim and water-polo social", "Club curry night")},
        lines=(
            "Wednesday social with {names}. Fancy dress theme was 'hospital', which was awkward.",
            "Club curry night in Brick Lane; {name} ordered the hottest thing on the menu.",
            "Sports night at Guy's Bar after the fixture.",
            "Quiet drinks with the club; talked {name} out of a tattoo.",
        ),
        places={"social": ("Guy's Bar", "Brick Lane", "{pub}")},
        template="Society social",
        shaped=(_SOCIAL_SHAPE,),
    ),
    "callum": Words(
        kind_lines={
            "message": (
                "{name} asked if I'd run for club secretary.",
                "{name} wants a medic to do first aid cover at the varsity match.",
            ),
        },
        titles={"": ("Callum", "Callum on club stuff")},
        lines=(
            "{name} asked if I'd run for club secretary.",
            "{name} wants a medic to do first aid cover at the varsity match.",
            "{name}'s dentistry finals are in June; he's stepping back from captaincy.",
        ),
        places={"coffee": ("{cafe}",)},
    ),
    "declan": Words(
        titles={"message": ("Declan",)},
        lines=(
            "{name} says I'm ready to start at centre back.",
            "{name} changed training to 9pm because of the swim club booking.",
            "{name} asked for volunteers to coach the junior session on Saturday.",
        ),
    ),
    "agm": Words(
        titles={"society event": ("Swimming and water polo AGM",)},
        lines=(
            "Club AGM: {name} presented the accounts. We are, somehow, solvent.",
            "AGM and elections; new committee for next year.",
        ),
        bullets=(
            "pool hire costs up again",
            "new kit order in October",
            "vote for a second social",
        ),
        places={"society event": ("Lecture theatre, Guy's Campus",)},
    ),
}

# Words the shaped notes above draw on, besides entry_phrases.WORDS.
CLUB_SHAPE_WORDS: dict[str, tuple[str, ...]] = {
    "event": (
        "MedSoc careers evening",
        "end-of-term social",
        "charity pub quiz",
        "the club social",
    ),
    "met": (
        "a {specialty} registrar who runs taster days",
        "two students from the year below",
        "a final-year who did an elective in Malawi",
        "the new swimming coach",
    ),
    "remember": (
        "{name} knows everyone on the committee",
        "taster day emails go out in January",
        "the peer teaching scheme needs volunteers",
        "next social is the boat party",
    ),
}
