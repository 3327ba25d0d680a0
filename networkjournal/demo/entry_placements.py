"""The demo student's placement story: the sepsis QIP, feedback, references, the ED SSC.

Chidi's sepsis audit on AMU becomes a QIP with two PDSA cycles; Dr MacLeod
watches a family meeting and later agrees to be a referee; Dr Bennett takes
the student on for an SSC in emergency medicine.
"""

from __future__ import annotations

from networkjournal.demo.entry_calendar import Slot
from networkjournal.demo.entry_story import SUPERVISION, TUTOR, Beat, Todo, supervision_notes

_BEATS: tuple[Beat, ...] = (
    Beat(
        "sepsis_idea",
        "met:nwosu",
        12,
        "coffee",
        ("nwosu",),
        "Chidi's idea: a sepsis audit on AMU",
        "Chidi thinks the time from a positive sepsis screen to antibiotics on AMU is too "
        "long and wants to turn a **sepsis audit** into a QIP.\n\n"
        "- standard: antibiotics within an hour of a positive screen "
        "([NICE NG51](https://www.nice.org.uk/guidance/ng51))\n"
        "- times from the electronic record only, nothing else",
        "the hospital canteen, King's College Hospital",
        todos=(Todo("Read NICE NG51 and the trust sepsis policy", ("entry", 5), 4, "nwosu"),),
    ),
    Beat(
        "sepsis_pdsa_1",
        "met:nwosu",
        30,
        "meeting",
        ("nwosu", "banerjee"),
        "Sepsis QIP: first PDSA cycle",
        "Baseline from the sepsis audit: median **94 minutes** to antibiotics.\n\n"
        "- PDSA 1: a sepsis grab bag in every bay\n"
        "- Dr Banerjee will raise it at the medical handover\n"
        "- the nurses need to be part of it from the start",
        "Acute medical unit, King's College Hospital",
        todos=(Todo("Put the grab bags in every bay with Chidi", ("entry", 7), 5, "nwosu"),),
    ),
    Beat(
        "sepsis_pdsa_2",
        "met:nwosu",
        90,
        "meeting",
        ("nwosu",),
        "Sepsis QIP: second cycle",
        "Second cycle: median down to **58 minutes**. Chidi wants to present it at the trust "
        "QI day.\n\n- PDSA 2: a prompt on the drug chart to review antibiotics at 48 hours\n"
        "- write it up with the SQUIRE headings",
        "Acute medical unit, King's College Hospital",
        todos=(
            Todo(
                "Submit the sepsis QIP abstract to the trust QI day", ("entry", 21), None, "nwosu"
            ),
        ),
    ),
    Beat(
        "family_meeting_feedback",
        "met:macleod",
        20,
        "meeting",
        ("macleod",),
        "Feedback from Dr MacLeod",
        "## How things are going\n\nDr MacLeod watched me lead a family meeting, with the "
        "registrar in the room.\n\n## Advice\n\n- **good**: silences, and asking what they "
        "already knew\n- **work on**: fewer medical words; 'frail' means different things to "
        "families\n\n## Next steps\n\n- [x] ask her to sign off the block",
        "Elderly care wards, King's College Hospital",
        TUTOR,
        todos=(
            Todo("Ask Dr MacLeod to sign off the geriatrics block", ("entry", 10), 8, "macleod"),
        ),
    ),
    Beat(
        "antibiotic_audit",
        "met:macleod",
        30,
        "ward round",
        ("macleod",),
        "Ward round: the antibiotic audit",
        "On the round Dr MacLeod pointed out why the audit on antibiotic prescribing matters: "
        "half the drug charts on the ward had no review date.\n\n"
        "- she'd welcome a student to re-run it next year\n"
        "- [NICE NG15 on antimicrobial stewardship](https://www.nice.org.uk/guidance/ng15)",
        "Elderly care wards, King's College Hospital",
    ),
    Beat(
        "reference_request",
        "today",
        -60,
        "message",
        ("macleod",),
        "Reference request to Dr MacLeod",
        "Asked Dr MacLeod whether she'd be a referee for the academic foundation programme. "
        "She said yes, and asked for my CV and the person specification.",
        todos=(
            Todo(
                "Send Dr MacLeod my CV and the AFP person specification", ("entry", 7), 2, "macleod"
            ),
        ),
    ),
    Beat(
        "ed_ssc",
        "met:bennett",
        2,
        "supervision",
        ("bennett",),
        "SSC in emergency medicine: first meeting",
        supervision_notes(
            "- what I want from the SSC\n- shifts and the project",
            "- Dr Bennett: come to the shop floor first, the project second\n"
            "- Ciarán's ambulance stories are the best introduction to the department",
            "- [ ] learning objectives to Dr Bennett\n- [ ] ED induction e-learning",
        ),
        "Emergency department, St Thomas' Hospital",
        SUPERVISION,
        todos=(
            Todo("Send Dr Bennett my SSC learning objectives", ("entry", 5), 3, "bennett"),
            Todo("Complete the ED induction e-learning", None, None, "bennett"),
        ),
    ),
    Beat(
        "ed_shift",
        "met:bennett",
        12,
        "other",
        ("bennett",),
        "First shift in the ED",
        "First shift in majors. Dr Bennett had me clerk and present three new arrivals; she "
        "said my summaries are getting crisper.",
        "Emergency department, St Thomas' Hospital",
        slot=Slot.DAYTIME,
    ),
)


def placement_beats() -> list[Beat]:
    """Return the beats of the QIP, the placements and the references."""
    return list(_BEATS)
