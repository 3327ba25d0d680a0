"""Markdown documents made from the journal: the referees list for an application."""

from __future__ import annotations

import datetime as dt

from networkjournal.store.contacts import CONTACT_KINDS
from networkjournal.store.people import get_person
from networkjournal.store.referees import RefereeRow, referees

# Ways to reach someone worth putting on an application, in this order.
_REFERENCE_CONTACTS = ("email", "phone", "linkedin", "website")


def _escape(text: str) -> str:
    """Keep user text from being read as Markdown structure (headings, lists, links, HTML)."""
    escaped = "".join("\\" + ch if ch in "\\`*_{}[]<>#|" else ch for ch in text)
    return " ".join(escaped.split())


def _date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    day = value.date() if isinstance(value, dt.datetime) else value
    return f"{day.day} {day:%B %Y}"


def referee_section(referee: RefereeRow) -> list[str]:
    """The lines about one referee."""
    heading = _escape(referee.name)
    if referee.headline:
        heading += f" — {_escape(referee.headline)}"
    lines = [f"## {heading}", ""]
    person = get_person(referee.person_id)
    contacts = [c for c in person.contacts if c.kind in _REFERENCE_CONTACTS]
    contacts.sort(key=lambda c: (not c.preferred, _REFERENCE_CONTACTS.index(c.kind)))
    for contact in contacts[:3]:
        lines.append(f"- {CONTACT_KINDS[contact.kind]}: {_escape(contact.value)}")
    if referee.referee_note:
        lines.append(f"- Could speak to: {_escape(referee.referee_note)}")
    last = _date(referee.last_contact) or "no journal entries yet"
    lines.append(f"- Last in touch: {last}")
    if referee.witnessed:
        lines += ["", "What they have seen me do:", ""]
        for item in referee.witnessed:
            when = f" ({_date(item.shared_on)})" if item.shared_on else ""
            lines.append(f"- {_escape(item.text)}{when}")
    lines.append("")
    return lines


def referees_markdown(rows: list[RefereeRow] | None = None, today: dt.date | None = None) -> str:
    """The referees list as a Markdown document (everyone flagged as a referee by default)."""
    rows = referees() if rows is None else rows
    today = today or dt.date.today()
    lines = ["# Referees", "", f"_From Network Journal, {_date(today)}._", ""]
    if not rows:
        lines.append("Nobody is marked as a referee yet.")
        lines.append("")
    for row in rows:
        lines += referee_section(row)
    return "\n".join(lines).rstrip("\n") + "\n"
