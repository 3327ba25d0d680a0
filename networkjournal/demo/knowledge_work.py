"""What the demo student knows about tutors, lecturers, the lab and the doctors on placement.

Facts by cast key; see :class:`networkjournal.demo.knowledge.Known` for how
they are dated.  Supervisors and referees have the most: how to approach
them is worth writing down.
"""

from __future__ import annotations

from networkjournal.demo.knowledge import Known

K = Known

_UNIVERSITY: dict[str, tuple[K, ...]] = {
    "okafor": (
        K("career", "Senior lecturer in physiology; researches kidney transport", 0.0),
        K("preference", "Prefers email to WhatsApp for work; replies within a week", 0.02),
        K("interest", "Runs the Guy's Campus staff book club", 0.3),
        K("career", "Sits on the medical school's progression committee", 0.5),
        K("family", "Two teenage sons; the elder is applying for medicine", 0.75),
        K("preference", "Wants four weeks' notice before a reference deadline", 0.9),
    ),
    "rossi": (
        K("education", "Did an intercalated BSc in anatomy; demonstrates to keep it fresh", 0.05),
        K("interest", "Cycles in from Clapham every day, whatever the weather", 0.3),
        K("family", "From Turin; his nonna posts panettone every December", 0.45),
        K("career", "Core surgical trainee; applying for plastic surgery training", 0.85),
    ),
    "krishnan": (
        K("career", "Leads the cardiovascular trials group; honorary consultant cardiologist", 0.0),
        K("preference", "Answers email at six in the morning; never on WhatsApp", 0.05),
        K("preference", "Wants drafts as Word files with tracked changes", 0.35),
        K("interest", "Opens the batting for the medical school staff cricket XI", 0.5),
        K("career", "On the British Cardiovascular Society's academic committee", 0.7),
    ),
    "zielinska": (
        K("education", "PhD from the Jagiellonian University on cardiac hypertrophy", 0.0),
        K("preference", "Likes a written agenda before every lab meeting", 0.2),
        K("family", "Has a toddler; leaves at five for the nursery run", 0.45),
        K("interest", "Climbs at the Castle climbing centre at weekends", 0.6),
        K("career", "Applying for a British Heart Foundation fellowship", 0.85),
    ),
    "chen": (
        K("preference", "Prefers WeChat to WhatsApp", 0.0),
        K("education", "PhD on echo markers of heart failure; in her second year", 0.05),
        K("family", "From Chengdu; her parents visit every summer", 0.4),
        K("interest", "Knows every hotpot restaurant in Chinatown", 0.55),
    ),
    "papadopoulou": (
        K("career", "Research nurse; recruited most of the trial's participants", 0.2),
        K("family", "From Thessaloniki", 0.6),
    ),
    "marsh": (
        K("career", "Leads the Year 2 pharmacology module", 0.0),
        K("interest", "Writes the prescribing safety practice questions", 0.5),
    ),
    "cohen": (
        K("career", "Year 3 lead; chairs the clinical years' progression meetings", 0.0),
        K("interest", "Researches how students learn on placement", 0.4),
    ),
    "benali": (K("career", "Teaches metabolism in first year", 0.0),),
    "tanaka": (
        K("career", "Reader in neuroscience; runs the neuroimaging SSC", 0.0),
        K("interest", "Friday journal club at the Institute of Psychiatry; students welcome", 0.3),
        K("career", "Looking for students for diffusion imaging projects", 0.6),
    ),
    "lau": (
        K("career", "Clinical librarian; runs search strategy clinics", 0.0),
        K("preference", "Book her through the library website, not by email", 0.3),
    ),
    "gallagher": (
        K("career", "Former emergency department nurse", 0.1),
        K("other", "Runs the suturing workshops in first and second year", 0.3),
    ),
    "sheikh": (
        K("career", "GP partner in Lambeth; trains GP registrars as well", 0.05),
        K("interest", "Coaches an under-11s football team on Saturdays", 0.5),
    ),
}

_PLACEMENT: dict[str, tuple[K, ...]] = {
    "nwosu": (
        K("education", "Did an intercalated BSc in pharmacology", 0.1),
        K("career", "Started the sepsis audit on AMU", 0.0, "sepsis audit"),
        K("career", "FY1; wants anaesthetics or intensive care", 0.3),
        K("family", "Engaged; the wedding is next summer in Enugu", 0.75),
    ),
    "clarke": (
        K("career", "FY2; wants to be a general surgeon", 0.2),
        K("interest", "Rows at Thames Rowing Club before work", 0.5),
    ),
    "banerjee": (
        K("career", "Did two years of cardiology research before medical training", 0.1),
        K("preference", "Ask him questions on the take, not after handover", 0.3),
        K("interest", "Writes an ECG of the week for the students", 0.5),
        K("family", "From Kolkata; supports East Bengal and Arsenal", 0.7),
    ),
    "hussain": (
        K("career", "ST6 in gastroenterology; special interest in IBD", 0.0, "IBD audit"),
        K("preference", "Keeps all audit data in one spreadsheet on the trust drive", 0.2),
        K("career", "Doing a part-time MD on IBD outcomes", 0.7),
    ),
    "macleod": (
        K("career", "Consultant geriatrician; leads the frailty service", 0.0),
        K("interest", "Teaches end-of-life care conversations to the FY1s", 0.3),
        K(
            "preference",
            "Wants a CV and the person specification with any reference request",
            0.9,
            "Reference request",
        ),
        K("family", "From Skye; goes back every August", 0.6),
    ),
    "cholmondeley": (
        K("career", "Colorectal surgeon; leads the robotic surgery programme at Guy's", 0.1),
        K("preference", "Loves a student who asks about the anatomy in theatre", 0.5),
    ),
    "morales": (
        K("career", "ST5 in anaesthetics; interested in obstetric anaesthesia", 0.2),
        K("family", "From Bogotá; did her first degree in Canada", 0.6),
    ),
    "adjei": (
        K("career", "Ward sister on AMU for twelve years", 0.1),
        K("interest", "Teaches discharge planning to every new FY1", 0.4),
    ),
    "shevchenko": (
        K("career", "Clinical teaching fellow; doing a master's in medical education", 0.2),
        K("family", "From Kyiv; her parents now live in Warsaw", 0.6),
    ),
    "bennett": (
        K("career", "Also a pre-hospital doctor with the air ambulance", 0.3),
        K("other", "Knows Ciarán from his ambulance years", 0.0),
    ),
}

WORK_FACTS: dict[str, tuple[K, ...]] = {**_UNIVERSITY, **_PLACEMENT}
