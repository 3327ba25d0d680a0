"""Referees: the people who could write me a reference, and what each could say.

What they have seen me do (witnessed disclosures) is what a reference is made
of; what I have told them comes second.  The last contact is the latest
journal entry of any kind they were in, outside the trash.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from networkjournal.store.facts import DisclosureRow, disclosure_rows
from networkjournal.store.people_list import person_rows
from networkjournal.store.schema import db


@dataclass(frozen=True)
class RefereeRow:
    """A possible referee with what they know about me."""

    person_id: int
    name: str
    headline: str
    referee_note: str
    witnessed: tuple[DisclosureRow, ...]  # what they saw me do, newest first
    told: tuple[DisclosureRow, ...]  # what I told them, newest first
    last_contact: dt.datetime | None


def referees() -> list[RefereeRow]:
    """Return everyone marked as a possible referee and not in the trash, by folded name."""
    found = db.execute_sql(
        "SELECT id, display_name, headline, referee_note FROM person "
        "WHERE is_referee = 1 AND deleted_at IS NULL ORDER BY sort_name, id"
    ).fetchall()
    ids = [row[0] for row in found]
    disclosures = disclosure_rows(ids)
    contacts = person_rows(ids)
    return [
        RefereeRow(
            person_id=pid,
            name=name,
            headline=headline,
            referee_note=note,
            witnessed=tuple(d for d in disclosures[pid] if d.witnessed),
            told=tuple(d for d in disclosures[pid] if not d.witnessed),
            last_contact=contacts[pid].last_contact if pid in contacts else None,
        )
        for pid, name, headline, note in found
    ]
