"""The last few weeks: the contacts that give the demo's keep-in-touch reminders their shape.

Whatever day the demo is built on, Mum and Dad are due again within the week,
Nana's call is a fortnight overdue and Ciarán has gone a couple of weeks past
his period.  Each beat is placed on an exact day before today (calls and
socials happen on any day of the week, so no slot moves them), and the threads
with the same people stop before it (``quiet_days`` in
:mod:`networkjournal.demo.entry_threads`), so the beat stays their last contact.
"""

from __future__ import annotations

from networkjournal.demo.entry_calendar import Slot
from networkjournal.demo.entry_story import Beat, Todo

_BEATS: tuple[Beat, ...] = (
    Beat(
        "home_safe",
        "today",
        -2,  # Mum's own period is a week: due again in five days
        "message",
        ("mum",),
        "Home safe",
        "Texted Mum that I was home safe after late teaching. She sent back a photo of "
        "Nana in her new glasses.",
        slot=Slot.EVENING,
    ),
    Beat(
        "mum_surprise",
        "today",
        -11,  # Dad's own period is 14 days: due again in three
        "call",
        ("dad",),
        "Dad on Mum's 55th",
        "Dad rang to plan a surprise lunch for Mum's 55th.\n\n"
        "- Auntie Bisi is doing the cake\n- Nana joins on FaceTime\n"
        "- **my job**: get Kemi home without her telling Mum",
        slot=Slot.EVENING,
        todos=(Todo("Order Mum's birthday present", ("today", 6), None, "mum"),),
    ),
    Beat(
        "nana_call",
        "today",
        -30,  # Nana's period is 14 days: a fortnight overdue
        "call",
        ("nana", "mum"),
        "Rang Nana with Mum",
        "Nana is back to the crossword, in pen, after her cataract operation. She wanted "
        "to hear all about placement and told me to eat properly.",
        slot=Slot.EVENING,
    ),
    Beat(
        "ciaran_drink",
        "today",
        -75,  # the cohort's 60 days: a couple of weeks overdue
        "social",
        ("ciaran",),
        "Drink with Ciarán after his bank shift",
        "Ciarán still does the odd bank shift on the ambulances. His advice for the ED: "
        "**learn to prioritise out loud**, and always ask the crew what they saw at the scene.",
        "the Miller, London Bridge",
        slot=Slot.EVENING,
    ),
)


def recent_beats() -> list[Beat]:
    """Return the beats of the last few weeks that set who is due for contact."""
    return list(_BEATS)
