"""How one person of the demo cast is described: who they are, not the random details.

The cast is data: names, roles, how they were met and who introduced whom are
written down once in the ``cast_*`` modules.  What may vary with the seed —
exact dates, phone numbers, the shape of an email address — is left to the
builder, so a spec says *when* in the student's life a person was met (a
:class:`Phase`), not on which day.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# The names the journal is seeded with (networkjournal.store.networks.DEFAULT_NETWORKS).
SOCIAL = "Social"
SUPPORT = "Personal support"
ACADEMIC = "Academic support"


class Phase(StrEnum):
    """When in the student's life someone was met; the builder turns it into a date."""

    FAMILY = "family"  # known for ever: no "met on" date
    SCHOOL = "school"  # before university: the year only
    HALLS = "halls"  # moving-in weekend
    FRESHERS = "freshers"  # freshers' week
    FRESHERS_FAIR = "freshers_fair"
    YEAR1 = "year1"
    YEAR2 = "year2"
    YEAR3 = "year3"
    PLACEMENT = "placement"  # clinical placements, from the start of year 3
    RECENT = "recent"  # the last few months


class Birthday(StrEnum):
    """How much of a person's birthday the student knows."""

    FULL = "full"
    NO_YEAR = "no_year"
    UNKNOWN = "unknown"


class Contact(StrEnum):
    """A kind of contact detail a cast member has; the builder makes up a fictional value."""

    UNI = "uni"  # email at their university (``domain``), as a student
    WORK = "work"  # email at their employer (``domain``)
    PERSONAL = "personal"  # gmail.com, outlook.com …
    MOBILE = "mobile"
    WHATSAPP = "whatsapp"
    LANDLINE = "landline"  # an office or home number in London
    LINKEDIN = "linkedin"
    INSTAGRAM = "instagram"
    X = "x"
    WEBSITE = "website"  # a staff page at ``domain``
    WECHAT = "wechat"


@dataclass(frozen=True)
class PersonSpec:
    """One member of the demo cast; ``key`` is stable so later steps can find them."""

    key: str
    given: str
    family: str
    headline: str
    networks: tuple[tuple[str, str], ...]  # (network name, role there)
    met: Phase
    met_at: str = ""
    how_met: str = ""
    display: str = ""  # when not "given family" (a name written family name first)
    latin: tuple[str, str] = ("", "")  # (given, family) in Latin letters, if the name is not
    nickname: str = ""
    pronouns: str = ""
    age: int = 22
    birthday: Birthday = Birthday.FULL
    # Days from today to their next birthday, for the few whose birthday must always be
    # coming up when the demo is opened; None: drawn with the seed.
    birthday_in: int | None = None
    introduced_by: str = ""  # another spec's key
    closeness: int | None = None
    knows_me: int = 0
    keep_in_touch_days: int | None = None
    domain: str = ""  # where their university or work email lives
    contacts: tuple[Contact, ...] = ()
    is_referee: bool = False
    referee_note: str = ""
    notes: str = ""

    @property
    def display_name(self) -> str:
        """The name shown in lists."""
        return self.display or f"{self.given} {self.family}"

    @property
    def latin_name(self) -> tuple[str, str]:
        """(given, family) in Latin letters, from which addresses and handles are made."""
        return self.latin if self.latin[0] else (self.given, self.family)
