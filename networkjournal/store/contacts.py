"""Ways to reach a person: the kinds, how a value is checked and stored, how it opens."""

from __future__ import annotations

import re
from urllib.parse import quote

from networkjournal.store.errors import ValidationError

CONTACT_KINDS: dict[str, str] = {
    "email": "Email",
    "phone": "Phone",
    "linkedin": "LinkedIn",
    "x": "X (Twitter)",
    "instagram": "Instagram",
    "whatsapp": "WhatsApp",
    "website": "Website",
    "other": "Other",
}

_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}")
_HANDLE = re.compile(r"[A-Za-z0-9_.]{1,30}")
_LINKEDIN = re.compile(
    r"(?:https?://)?(?:[a-z]{1,3}\.)?linkedin\.com/(in|pub|company)/([^/?#\s]+)/?(?:[?#].*)?",
    re.IGNORECASE,
)
# LinkedIn's own rule for a public profile name: 3 to 100 letters, digits or hyphens
# (non-Latin letters arrive percent-encoded when copied from an address bar).
_LINKEDIN_SLUG = re.compile(r"[\w\-%]{3,100}")


def normalise_contact(kind: str, value: str) -> str:
    """Return ``value`` in the form it is stored in, or raise :class:`ValidationError`.

    A LinkedIn profile may be typed as a URL, ``linkedin.com/in/x`` or just
    ``x``; it is stored as ``https://www.linkedin.com/in/x``.  X and Instagram
    accept ``@handle`` or a profile URL and store the profile URL.
    """
    value = value.strip()
    if not value:
        raise ValidationError("value", "this is empty")
    if kind not in CONTACT_KINDS:
        raise ValidationError("kind", f"{kind!r} is not a kind of contact")
    match kind:
        case "email":
            value = value.removeprefix("mailto:")
            if not _EMAIL.fullmatch(value):
                raise ValidationError("value", f"{value!r} does not look like an email address")
            local, _, domain = value.rpartition("@")
            return f"{local}@{domain.lower()}"
        case "phone" | "whatsapp":
            return _normalise_phone(value)
        case "linkedin":
            return _normalise_linkedin(value)
        case "x":
            return _normalise_handle(value, ("x.com", "twitter.com"), "https://x.com/", "X")
        case "instagram":
            return _normalise_handle(
                value, ("instagram.com",), "https://www.instagram.com/", "Instagram"
            )
        case "website":
            if " " in value or "." not in value:
                raise ValidationError("value", f"{value!r} does not look like a web address")
            return value if re.match(r"https?://", value, re.IGNORECASE) else f"https://{value}"
    return value


def _normalise_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if not re.fullmatch(r"[+\d\s().\-/]+(?:\s*(?:ext\.?|x)\s*\d+)?", value, re.IGNORECASE):
        raise ValidationError("value", f"{value!r} does not look like a phone number")
    if len(digits) < 3:
        raise ValidationError("value", "a phone number needs at least three digits")
    return " ".join(value.split())


def _normalise_linkedin(value: str) -> str:
    m = _LINKEDIN.fullmatch(value)
    if m:
        section, slug = m[1].lower(), m[2]
    elif "/" not in value and _LINKEDIN_SLUG.fullmatch(value.lstrip("@")):
        section, slug = "in", value.lstrip("@")
    else:
        raise ValidationError(
            "value",
            f"{value!r} is not a LinkedIn profile; paste its address or type the name "
            "after linkedin.com/in/",
        )
    return f"https://www.linkedin.com/{section}/{slug}"


def _normalise_handle(value: str, hosts: tuple[str, ...], base: str, service: str) -> str:
    host_pattern = "|".join(re.escape(h) for h in hosts)
    m = re.fullmatch(
        rf"(?:https?://)?(?:www\.|mobile\.)?(?:{host_pattern})/@?([^/?#\s]+)/?(?:[?#].*)?",
        value,
        re.IGNORECASE,
    )
    handle = m[1] if m else value.lstrip("@")
    if not _HANDLE.fullmatch(handle):
        raise ValidationError("value", f"{value!r} is not an {service} handle or profile address")
    return base + handle


def _dial_parts(value: str) -> tuple[str, str]:
    """Split a stored phone number into the digits to dial (with any +) and its extension."""
    m = re.search(r"\s*(?:ext\.?|x)\s*(\d+)\s*$", value, re.IGNORECASE)
    number, extension = (value[: m.start()], m[1]) if m else (value, "")
    if number.lstrip().startswith("+"):
        # "+44 (0)20 7946 0018": the bracketed 0 is dialled only from inside the country.
        number = number.replace("(0)", "")
    return re.sub(r"[^\d+]", "", number), extension


def contact_url(kind: str, value: str) -> str | None:
    """Return the address that opens this contact (mailto:, tel:, a profile), if any."""
    match kind:
        case "email":
            return f"mailto:{value}"
        case "phone":
            number, extension = _dial_parts(value)
            return f"tel:{number};ext={extension}" if extension else f"tel:{number}"
        case "whatsapp":
            return "https://wa.me/" + re.sub(r"\D", "", _dial_parts(value)[0])
        case "linkedin" | "x" | "instagram" | "website":
            return value if re.match(r"https?://", value, re.IGNORECASE) else None
    if re.match(r"https?://", value):
        return quote(value, safe=":/?#[]@!$&'()*+,;=%")
    return None
