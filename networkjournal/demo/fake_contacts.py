"""Made-up contact details, in exactly the form the journal stores them.

Phone numbers come from the ranges Ofcom keeps for drama (07700 900xxx,
020 7946 0xxx, 0161 496 0xxx, 0121 496 0xxx): they look real and reach
nobody.  Email addresses use real-looking domains, as an address book would.
Names are passed as ``(given, family)`` in Latin letters.
"""

from __future__ import annotations

import random
import re

from networkjournal.store.text import fold

Name = tuple[str, str]

PERSONAL_DOMAINS = ["gmail.com"] * 6 + ["outlook.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk"]

# (prefix, how many numbers) — every one reserved for drama by Ofcom.
MOBILE_RANGE = ("07700 900", 1000)
LANDLINE_RANGES = [("020 7946 0", 1000), ("0161 496 0", 1000), ("0121 496 0", 1000)]


def name_part(text: str) -> str:
    """Return one part of a name as an address would spell it ("Mei Lin" → meilin)."""
    return re.sub(r"[^a-z0-9-]", "", fold(text)).strip("-")


def _parts(name: Name) -> tuple[str, str]:
    given, family = name_part(name[0]), name_part(name[1])
    return given or family or "someone", family or given or "someone"


def email_address(
    name: Name, domain: str, rng: random.Random, *, student_year: int | None = None
) -> str:
    """Return an address at ``domain`` in the style that domain hands out.

    UCL adds the last two digits of the year a student started, when known.
    """
    first, last = _parts(name)
    if domain == "ucl.ac.uk" and student_year is not None:
        return f"{first}.{last}.{student_year % 100:02d}@{domain}"
    if domain == "nhs.net":
        # NHSmail numbers the second and later people with the same name.
        suffix = str(rng.randint(1, 40)) if rng.random() < 0.4 else ""
        return f"{first}.{last}{suffix}@{domain}"
    if domain.endswith(".ac.uk"):
        return f"{first}.{last}@{domain}"
    first, last = first.replace("-", ""), last.replace("-", "")
    style = rng.randrange(4)
    if style == 0:
        local = f"{first}.{last}"
    elif style == 1:
        local = f"{first}{last}{rng.randint(80, 99)}"
    elif style == 2:
        local = f"{first}_{last[:1]}{rng.randint(10, 99)}"
    else:
        local = f"{first[:1]}{last}"
    return f"{local}@{domain}"


def personal_domain(rng: random.Random) -> str:
    """Return a web-mail domain, weighted roughly as they are in a UK address book."""
    return rng.choice(PERSONAL_DOMAINS)


def mobile_number(index: int, *, international: bool = False) -> str:
    """Return the ``index``-th fictional mobile number (wrapping after a thousand)."""
    prefix, count = MOBILE_RANGE
    number = f"{prefix}{index % count:03d}"
    return "+44 " + number[1:] if international else number


def landline_number(index: int, area: int = 0) -> str:
    """Return the ``index``-th fictional landline number in one of the drama areas."""
    prefix, count = LANDLINE_RANGES[area % len(LANDLINE_RANGES)]
    return f"{prefix}{index % count:03d}"


def linkedin_profile(name: Name, rng: random.Random) -> str:
    """Return a LinkedIn profile address with the random suffix LinkedIn adds."""
    first, last = _parts(name)
    return f"https://www.linkedin.com/in/{first}-{last}-{rng.getrandbits(32):08x}"


def handle(name: Name, rng: random.Random) -> str:
    """Return a social media handle made from a name (letters, digits, _ and . only)."""
    first, last = (part.replace("-", "") for part in _parts(name))
    style = rng.randrange(4)
    if style == 0:
        text = f"{first}.{last}"
    elif style == 1:
        text = f"{first}{last[:3]}_"
    elif style == 2:
        text = f"{first}_{rng.randint(1, 99)}"
    else:
        text = f"the{first}{last}"
    return text[:30]


def instagram_profile(name: Name, rng: random.Random) -> str:
    """Return an Instagram profile address."""
    return "https://www.instagram.com/" + handle(name, rng)


def x_profile(name: Name) -> str:
    """Return the X profile address an academic would choose: Dr and their name."""
    first, last = (part.replace("-", "").capitalize() for part in _parts(name))
    return "https://x.com/" + f"Dr{first}{last}"[:30]


def staff_page(name: Name, domain: str) -> str:
    """Return a university staff page for a person."""
    first, last = _parts(name)
    return f"https://www.{domain}/people/{first}-{last}"
