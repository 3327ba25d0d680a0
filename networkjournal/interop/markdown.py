"""Markdown documents made from the journal: the referees list for an application.

User text goes into every document through :func:`escape_inline` or
:func:`escape_block`, so nothing typed is read as Markdown structure.
"""

from __future__ import annotations

import datetime as dt
import re

from networkjournal.store.contacts import CONTACT_KINDS
from networkjournal.store.people import get_person
from networkjournal.store.referees import RefereeRow, referees

# Ways to reach someone worth putting on an application, in this order.
_REFERENCE_CONTACTS = ("email", "phone", "linkedin", "website")


# Characters that would start emphasis, code, links, HTML, headings, tables,
# strikethrough or an entity; a backslash makes each stand for itself.
_SPECIAL = frozenset("\\`*_{}[]<>#|~&")
# A line of only these would be read as a rule, or turn the line above into a heading.
_RULE = re.compile(r"[-=+ ]+")


def _escape_characters(text: str) -> str:
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)


def escape_inline(text: str) -> str:
    """User text as one line of Markdown that reads as typed (headings, links, HTML stay text)."""
    return " ".join(_escape_characters(text).split())


def escape_block(text: str) -> str:
    """User text of several lines (notes) as Markdown paragraphs, its line breaks kept.

    Every line is escaped as :func:`escape_inline` escapes; a line of dashes
    or equals signs is escaped too, so it cannot become a rule or a heading.
    Lists typed with ``-`` stay lists.
    """
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [escape_inline(line) for line in paragraph.split("\n") if line.strip()]
        lines = ["\\" + line if _RULE.fullmatch(line) else line for line in lines]
        if lines:
            paragraphs.append("  \n".join(lines))  # two spaces: a line break, not a new paragraph
    return "\n\n".join(paragraphs)


def long_date(value: dt.date | dt.datetime | None) -> str:
    """A date as documents write it: 25 November 2026 ("" for None)."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    return f"{day.day} {day:%B %Y}"


def referee_section(referee: RefereeRow) -> list[str]:
    """The lines about one referee."""
    heading = escape_inline(referee.name)
    if referee.headline:
        heading += f" — {escape_inline(referee.headline)}"
    lines = [f"## {heading}", ""]
    person = get_person(referee.person_id)
    contacts = [c for c in person.contacts if c.kind in _REFERENCE_CONTACTS]
    contacts.sort(key=lambda c: (not c.preferred, _REFERENCE_CONTACTS.index(c.kind)))
    for contact in contacts[:3]:
        lines.append(f"- {CONTACT_KINDS[contact.kind]}: {escape_inline(contact.value)}")
    if referee.referee_note:
        lines.append(f"- Could speak to: {escape_inline(referee.referee_note)}")
    last = long_date(referee.last_contact) or "no journal entries yet"
    lines.append(f"- Last in touch: {last}")
    if referee.witnessed:
        lines += ["", "What they have seen me do:", ""]
        for item in referee.witnessed:
            when = f" ({long_date(item.shared_on)})" if item.shared_on else ""
            lines.append(f"- {escape_inline(item.text)}{when}")
    lines.append("")
    return lines


def referees_markdown(rows: list[RefereeRow] | None = None, today: dt.date | None = None) -> str:
    """The referees list as a Markdown document (everyone flagged as a referee by default)."""
    rows = referees() if rows is None else rows
    today = today or dt.date.today()
    lines = ["# Referees", "", f"_From Network Journal, {long_date(today)}._", ""]
    if not rows:
        lines.append("Nobody is marked as a referee yet.")
        lines.append("")
    for row in rows:
        lines += referee_section(row)
    return "\n".join(lines).rstrip("\n") + "\n"
