"""The demo's organisations: the cohort, halls, societies, hospitals and departments.

Each :class:`OrganisationSpec` in :mod:`networkjournal.demo.organisation_data`
lists members with a role and, where the student would know it, since and
until when (to the month).  "Since" is worked out from the story — the month
someone was met, a year of the course, or the August a doctor started a post
— and an "until" that would fall after yesterday is left open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from networkjournal.demo.entry_calendar import Dates
from networkjournal.demo.placing import calendar, partial, typed_on
from networkjournal.demo.timeline import DAY
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.schema import Membership, Organisation

if TYPE_CHECKING:
    from networkjournal.demo.builder import DemoJournal

MET = "met"  # since the month the student met them
AUGUST = "august"  # since the August on or before they were met: when doctors change posts
Since = str | tuple[str, int] | None


@dataclass(frozen=True)
class Member:
    """Someone in an organisation, with their role, and since / until when."""

    key: str
    role: str = "member"
    since: Since = MET
    until: tuple[str, int] | None = None  # (anchor, days after it); None: still there


@dataclass(frozen=True)
class OrganisationSpec:
    """One organisation; ``{year}`` in the name becomes the year the student started."""

    name: str
    kind: str  # one of networkjournal.store.organisations.ORGANISATION_KINDS
    members: tuple[Member, ...]
    notes: str = ""


def add_organisations(journal: DemoJournal, specs: tuple[OrganisationSpec, ...]) -> None:
    """Store the organisations and their members."""
    dates = calendar(journal)
    for spec in specs:
        rng = journal.rng("organisation", spec.name)
        keys = [member.key for member in spec.members]
        first = min(dates.met[key] for key in keys)
        organisation = Organisation.create(
            name=spec.name.format(year=journal.timeline.freshers.year),
            kind=spec.kind,
            notes=spec.notes,
            created_at=typed_on(journal, max(first, journal.timeline.journal_started), rng, []),
        )
        Membership.insert_many(
            [
                (
                    organisation.id,
                    journal.person_ids[member.key],
                    member.role,
                    *_since_and_until(dates, member),
                )
                for member in spec.members
            ],
            fields=[
                Membership.organisation,
                Membership.person,
                Membership.role,
                Membership.since,
                Membership.until,
            ],
        ).execute()


def _since_and_until(dates: Dates, member: Member) -> tuple[PartialDate | None, PartialDate | None]:
    """Return since and until as the student would write them: to the month, or not at all."""
    met = dates.met[member.key]
    since: dt.date | None
    if member.since == MET:
        since = max(met, dates.timeline.freshers - 2 * DAY)
    elif member.since == AUGUST:
        since = dt.date(met.year if met.month >= 8 else met.year - 1, 8, 1)
    elif isinstance(member.since, tuple):
        anchor, days = member.since
        since = min(dates.anchor(anchor) + days * DAY, dates.latest)
    else:
        since = None
    until: dt.date | None = None
    if member.until is not None:
        anchor, days = member.until
        until = dates.anchor(anchor) + days * DAY
        if until > dates.latest or (since is not None and until < since):
            until = None
    return (
        partial(since, "month") if since else None,
        partial(until, "month") if until else None,
    )
