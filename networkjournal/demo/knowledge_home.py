"""What the demo student knows about family, friends, flatmates, the cohort and the pool.

Facts by cast key; see :class:`networkjournal.demo.knowledge.Known` for how
they are dated.  Close people have several, acquaintances one or none.
"""

from __future__ import annotations

from networkjournal.demo.knowledge import Known

K = Known

_FAMILY: dict[str, tuple[K, ...]] = {
    "mum": (
        K("family", "Grew up in Cork; came to London at nineteen to train as a nurse", 0.02),
        K("career", "Practice nurse in Croydon; runs the asthma and diabetes clinics", 0.05),
        K("interest", "Sings in the parish choir on Sunday mornings", 0.3),
        K("preference", "Wants a text after every late shift, however late", ("y3", 20)),
        K("interest", "Never misses Bake Off; watches it with Nana on FaceTime", 0.55),
        K("career", "Going down to four days a week next year", 0.9),
    ),
    "dad": (
        K("career", "Civil engineer at TfL; working on the Northern line upgrade", 0.05),
        K("family", "Grew up in Ibadan; came to London for a master's at Imperial", 0.2),
        K("interest", "Supports Arsenal; shares a season ticket with Uncle Femi", 0.3),
        K("career", "Knows the occupational health team at TfL", ("y2", 60), "TfL contact"),
        K("preference", "Prefers a phone call to WhatsApp; never reads the family group", 0.5),
    ),
    "kemi": (
        K("education", "Took her GCSEs; mostly 9s, and a 7 in maths she is cross about", 0.72),
        K("education", "A-levels in history, English literature and politics", 0.8),
        K("career", "Wants to read law; King's or Bristol are top of her list", 0.9),
        K("interest", "On the school debating team; reached the national finals", 0.6),
        K("interest", "Saturday job at a bakery in South Croydon", 0.85),
    ),
    "nana": (
        K("career", "Taught at the same primary school in Cork for thirty years", 0.05),
        K("interest", "Does the Irish Times crossword every morning, in pen", 0.3),
        K("interest", "Wants to hear everything about the dissecting room", ("y1", 60)),
        K("family", "Eleven grandchildren; keeps all our school photos on the landing", 0.7),
    ),
    "auntie_bisi": (
        K("family", "Dad's younger sister; two sons at secondary school", 0.1),
        K("career", "Runs her own community pharmacy in Peckham", 0.15),
        K("career", "Offered me a day at the pharmacy before the prescribing exam", 0.7),
    ),
    "dami": (
        K("education", "Studied medicine at Manchester; intercalated in public health", 0.1),
        K("family", "Auntie Funmi's daughter; the first doctor in the family", 0.05),
        K("preference", "Answers voice notes, never phone calls", 0.3),
        K("career", "On a cardiology rotation as an FY2 until August", ("today", -120)),
        K("career", "Applying for internal medicine training in the North West", ("today", -60)),
    ),
}

_FRIENDS: dict[str, tuple[K, ...]] = {
    "hannah": (
        K("preference", "Vegetarian since she was twelve", 0.05),
        K("family", "Twin sister, Leah, studying medicine at Edinburgh", 0.1),
        K("education", "Architecture at the Bartlett: seven years to qualify", 0.15),
        K("interest", "Keeps a sketchbook of London bus shelters", 0.35),
        K("interest", "Her end-of-year project was a housing scheme in Deptford", 0.92, "Bartlett"),
        K("career", "Planning a year out in practice after Part 1", 0.95),
    ),
    "daniel": (
        K("interest", "Supports Crystal Palace, loyally and painfully", 0.1),
        K("career", "Software engineering apprentice at the BBC; on the iPlayer team", 0.3),
        K("interest", "Still plays five-a-side on Friday evenings in Croydon", 0.5),
        K("family", "Moved out of his parents' house to a flat share in Brixton", 0.75),
    ),
    "ruth_levy": (
        K("career", "Trained as a counsellor before joining student wellbeing", 0.0, "Wellbeing"),
        K("preference", "Self-referral through the student services form; reply in days", 0.1),
    ),
    "grace": (
        K("interest", "Runs the MedSoc medic parents scheme", 0.0),
        K("education", "Intercalated BSc in physiology", 0.1),
        K("interest", "Plays the violin in the medics' orchestra", 0.3),
        K("career", "Wants to be a paediatric academic; applying for the AFP", ("y1", 40)),
        K("preference", "Happy to read CVs and statements; send them by email", 0.6),
    ),
}

_HALLS: dict[str, tuple[K, ...]] = {
    "priya": (
        K("family", "Family in Tooting; a younger brother, Arun, starting sixth form", 0.05),
        K("interest", "Bharatanatyam dancer; performs at the Diwali show every year", 0.15),
        K("preference", "Night owl: no messages before ten on a Saturday", 0.2),
        K("interest", "Captain of the cohort's pub quiz team", 0.45),
        K("education", "Thinking about intercalating in child health", ("y2", 150)),
        K("career", "Leaning towards paediatrics after her paeds block", 0.85),
    ),
    "tomasz": (
        K("family", "From Gdańsk; his sister Marta visits every spring", 0.05),
        K("interest", "Builds mechanical keyboards; soldered one for me", 0.25),
        K("education", "Placement year at Rolls-Royce in Derby", 0.65),
    ),
    "chloe": (
        K("family", "From Lyon; both her parents are teachers", 0.05),
        K("preference", "Only drinks flat whites, and only from Monmouth", 0.2),
        K("career", "Trainee solicitor at a City firm; first seat in employment law", 0.8),
    ),
    "yusuf": (
        K("family", "Eldest of five; family in Whitechapel", 0.1),
        K("interest", "Plays Sunday league cricket in Essex", 0.3),
        K("career", "Wants to be a hospital pharmacist in antimicrobials", 0.7),
        K("education", "Pre-registration pharmacist year next", 0.9),
    ),
    "jiwoo": (K("interest", "Composes film music; played cello at the halls concert", 0.2),),
}

_COHORT: dict[str, tuple[K, ...]] = {
    "kwame": (
        K("family", "Family in Streatham and Kumasi; older brother is a pharmacist", 0.05),
        K("preference", "Plans revision in a shared spreadsheet; a morning person", 0.15),
        K("interest", "Ran the London Marathon in second year", ("y2", 210)),
        K("education", "Thought about intercalating in cardiovascular science", ("y2", 120)),
        K("career", "Wants to do cardiology; applying for the ACF after foundation", 0.85),
    ),
    "meilin": (
        K("family", "From Singapore; on a scholarship that means working there after", 0.1),
        K("interest", "Boulders at the Arch in Bermondsey most weekends", 0.4),
    ),
    "olu": (
        K("interest", "ACS president; organising the culture show", 0.5),
        K("career", "Wants to be a surgeon; went to the college careers day", 0.75),
    ),
    "zofia": (
        K("preference", "Studies in silence: third floor of the library only", 0.1),
        K("family", "From Kraków; her dad is a neurologist", 0.2),
        K("interest", "Plays chess online, very seriously", 0.4),
        K("education", "Intercalating in neuroscience at UCL", ("y3", 230)),
    ),
    "rory": (
        K("family", "From Galway; his brothers all play hurling", 0.2),
        K("career", "Leaning towards emergency medicine", 0.75),
    ),
    "fatima": (
        K("interest", "MedSoc president; running the wellbeing week", 0.3),
        K("career", "Interested in public health; did a summer at UKHSA", 0.7),
    ),
    "arjun": (K("other", "Year rep: collects feedback on placements every block", 0.2),),
    "sofia": (
        K("family", "From Medellín; her older brother is a doctor there", 0.2),
        K("education", "Intercalating in global health; project on TB care in Colombia", 0.7),
    ),
    "hamza": (
        K("education", "Resat a first-year exam himself and says it helped", 0.0, "spotter"),
        K("family", "Family in Luton; goes home most weekends in exam season", 0.3),
        K("interest", "Makes the best chai in the cohort", 0.45),
        K("career", "Wants to be a GP after the Lambeth placement", 0.7),
    ),
    "ayesha": (K("interest", "On the Islamic Society committee; runs charity week", 0.4),),
    "ciaran": (
        K("career", "Five years with London Ambulance Service before medicine", 0.0),
        K("family", "Married; his daughter was born in our second year", ("y2", 150)),
        K("other", "Still in touch with his old ambulance crew", 0.8),
    ),
    "aleksandra": (K("career", "Wants to be a neurosurgeon; Surgical Society committee", 0.4),),
}

_POOL: dict[str, tuple[K, ...]] = {
    "callum": (
        K("interest", "Captains the water-polo team; arranges the BUCS fixtures", 0.0),
        K("family", "From Inverness; his dad fished out of Buckie", 0.3),
        K("education", "Dentistry, and hates the 8am clinics", 0.5),
    ),
    "ines": (
        K("interest", "Swimming captain; swam backstroke for her county", 0.05),
        K("career", "Wants to work in intensive care nursing", 0.6),
    ),
    "declan": (
        K("career", "PE teacher in Bermondsey; coaches the club for free", 0.05),
        K("interest", "Played water polo for Ireland at under-21 level", 0.4),
    ),
    "omar": (
        K("family", "From Fes; speaks Arabic, French and Darija", 0.1),
        K("career", "Planning to apply for graduate-entry medicine", 0.6),
    ),
    "jack": (
        K("interest", "Goalkeeper; refuses to swim lengths in training", 0.3),
        K("education", "History dissertation on the founding of the NHS", 0.8),
    ),
    "tolu": (K("interest", "Social secretary; runs the Christmas social", 0.2),),
    "lucia": (
        K("family", "From Buenos Aires; brings mate to training", 0.1),
        K("education", "Physiotherapy placement on the ICU at St Thomas'", 0.7),
    ),
    "ben": (K("preference", "Chases subs by email only; ignores WhatsApp", 0.3),),
    "nadia": (
        K("education", "Medical student in the year below", 0.0),
        K("family", "Lebanese; family in Beirut and Paris", 0.4),
    ),
    "kofi": (K("interest", "Strong swimmer, new to water polo", 0.0, "first training"),),
}

HOME_FACTS: dict[str, tuple[K, ...]] = {**_FAMILY, **_FRIENDS, **_HALLS, **_COHORT, **_POOL}
