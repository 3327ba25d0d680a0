"""Building the demo journal from the cast, one step at a time.

Every step draws its random details from its own source, seeded with the
seed *and* the step and person it is for, so adding a step or a person to
the cast later leaves everyone else's birthdays and numbers as they were.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from networkjournal.demo import fake_contacts
from networkjournal.demo.cast import CAST, in_introduction_order
from networkjournal.demo.connection_data import RELATIONSHIPS, TAG_COLOURS, TAGS
from networkjournal.demo.connections import (
    add_relationships,
    add_tags,
    introductions,
    placement_tags,
)
from networkjournal.demo.contents import count_contents, require_empty
from networkjournal.demo.entries import add_entries
from networkjournal.demo.important_date_data import IMPORTANT_DATES
from networkjournal.demo.important_dates import add_important_dates
from networkjournal.demo.keeping_in_touch import SNOOZES, add_snoozes
from networkjournal.demo.knowledge import add_knowledge
from networkjournal.demo.knowledge_home import HOME_FACTS
from networkjournal.demo.knowledge_told import DISCLOSURES
from networkjournal.demo.knowledge_work import WORK_FACTS
from networkjournal.demo.learning import add_topics
from networkjournal.demo.learning_data import TOPICS
from networkjournal.demo.organisation_data import ORGANISATIONS
from networkjournal.demo.organisations import add_organisations
from networkjournal.demo.spec import Birthday, Contact, PersonSpec
from networkjournal.demo.timeline import DAY, Timeline
from networkjournal.store.db import write
from networkjournal.store.networks import create_network, list_networks
from networkjournal.store.partial_dates import PartialDate
from networkjournal.store.people import ContactMethodData, NetworkRole, PersonData, create_person
from networkjournal.store.schema import Person, PersonNetwork


@dataclass
class DemoJournal:
    """What the building steps share: the seed, the dates, and who became which row."""

    seed: int
    timeline: Timeline
    network_ids: dict[str, int]
    person_ids: dict[str, int] = field(default_factory=dict)  # by cast key
    met_on: dict[str, PartialDate | None] = field(default_factory=dict)
    added_at: dict[str, dt.datetime] = field(default_factory=dict)
    used_mobiles: set[int] = field(default_factory=set)
    used_landlines: set[int] = field(default_factory=set)

    def rng(self, *subject: str) -> random.Random:
        """Return the random source for one step and subject, e.g. ``rng("person", "priya")``."""
        # A string seed is hashed with SHA-512: the same on every run and platform.
        return random.Random(":".join([str(self.seed), *subject]))


def build_demo(seed: int = 1, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty journal with a medical student's network and journal; return what was made.

    After the people and the entries come what the student knows about them
    and they about the student, the topics, organisations, relationships and
    tags, dated by the entries already written wherever one tells the story;
    then the important dates, and the keep-in-touch reminders put off for now.

    The same ``seed`` and ``today`` give the same journal, byte for byte.
    """
    with write():
        require_empty()
        journal = start_demo(seed, today or dt.date.today())
        add_people(journal, CAST)
        add_entries(journal)
        add_knowledge(journal, {**HOME_FACTS, **WORK_FACTS}, DISCLOSURES)
        add_topics(journal, TOPICS)
        add_organisations(journal, ORGANISATIONS)
        add_relationships(journal, [*RELATIONSHIPS, *introductions(CAST)])
        referees = [spec.key for spec in CAST if spec.is_referee]
        add_tags(
            journal, {**TAGS, "referee": referees, **placement_tags(journal, CAST)}, TAG_COLOURS
        )
        add_important_dates(journal, IMPORTANT_DATES)
        add_snoozes(journal, SNOOZES)
        return count_contents()


def start_demo(seed: int, today: dt.date) -> DemoJournal:
    """Return the shared state for building a demo, creating any missing cast network."""
    network_ids = {n.name: n.id for n in list_networks()}
    for name in dict.fromkeys(name for spec in CAST for name, _role in spec.networks):
        if name not in network_ids:
            network_ids[name] = create_network(name)
    return DemoJournal(seed=seed, timeline=Timeline.for_today(today), network_ids=network_ids)


def add_people(journal: DemoJournal, cast: tuple[PersonSpec, ...]) -> None:
    """Add every member of ``cast``, introducers before the people they introduced."""
    for spec in in_introduction_order(cast):
        rng = journal.rng("person", spec.key)
        data = person_data(journal, spec, rng)
        person_id = create_person(data)
        added = added_at(journal.timeline, data.met_on, rng)
        # create_person stamps the clock's time; the demo's history must not depend on it.
        Person.update(created_at=added, updated_at=added).where(Person.id == person_id).execute()
        PersonNetwork.update(created_at=added).where(PersonNetwork.person == person_id).execute()
        journal.person_ids[spec.key] = person_id
        journal.met_on[spec.key] = data.met_on
        journal.added_at[spec.key] = added


def person_data(journal: DemoJournal, spec: PersonSpec, rng: random.Random) -> PersonData:
    """Return what the person editor would hold for ``spec``, details drawn from ``rng``."""
    timeline = journal.timeline
    met_on = timeline.met_on(spec.met, rng)
    introducer = journal.met_on.get(spec.introduced_by) if spec.introduced_by else None
    met_on = _not_before(met_on, introducer, timeline, rng)
    return PersonData(
        given_name=spec.given,
        family_name=spec.family,
        display_name=spec.display_name,
        nickname=spec.nickname,
        pronouns=spec.pronouns,
        headline=spec.headline,
        birthday=birthday(timeline, spec, rng),
        met_on=met_on,
        met_at=spec.met_at,
        how_met=spec.how_met,
        introduced_by_id=journal.person_ids[spec.introduced_by] if spec.introduced_by else None,
        closeness=spec.closeness,
        knows_me=spec.knows_me,
        keep_in_touch_days=spec.keep_in_touch_days,
        is_referee=spec.is_referee,
        referee_note=spec.referee_note,
        notes=spec.notes,
        networks=[NetworkRole(journal.network_ids[name], role) for name, role in spec.networks],
        contacts=contact_methods(journal, spec, rng),
    )


def _not_before(
    met_on: PartialDate | None,
    introducer_met_on: PartialDate | None,
    timeline: Timeline,
    rng: random.Random,
) -> PartialDate | None:
    """Move a meeting after the introducer's own, when both days are known."""
    day = met_on.to_date() if met_on else None
    introducer_day = introducer_met_on.to_date() if introducer_met_on else None
    if day is None or introducer_day is None or day > introducer_day:
        return met_on
    later = introducer_day + dt.timedelta(days=rng.randint(1, 21))
    return PartialDate.from_date(min(later, timeline.latest))


def birthday(timeline: Timeline, spec: PersonSpec, rng: random.Random) -> PartialDate | None:
    """Return the part of their birthday the student knows."""
    if spec.birthday is Birthday.UNKNOWN:
        return None
    if spec.birthday_in is not None:
        born = timeline.birthday_in(spec.age, spec.birthday_in)
    else:
        born = timeline.birthday(spec.age, rng)
    if spec.birthday is Birthday.NO_YEAR:
        return PartialDate(None, born.month, born.day)
    return PartialDate.from_date(born)


def added_at(timeline: Timeline, met_on: PartialDate | None, rng: random.Random) -> dt.datetime:
    """Return when the student typed this person in: soon after meeting them.

    People known before the journal was started went in over its first
    weekend.  Times are evening wall-clock times, stored as if UTC: in London
    the difference is at most an hour, which no one reading "added" will notice.
    """
    started = timeline.journal_started
    day: dt.date | None = None
    if met_on is not None and met_on.year is not None and met_on.month is not None:
        day = dt.date(met_on.year, met_on.month, met_on.day or rng.randint(1, 28))
    if day is None or day < started:
        day = started + rng.randint(0, 2) * DAY
    else:
        day += rng.randint(0, 3) * DAY
    moment = dt.datetime.combine(day, dt.time(rng.randint(17, 22), rng.randint(0, 59)))
    return min(moment, dt.datetime.combine(timeline.latest, dt.time(23)))


def contact_methods(
    journal: DemoJournal, spec: PersonSpec, rng: random.Random
) -> list[ContactMethodData]:
    """Return made-up contact details for the kinds the spec lists; the first is preferred."""
    name = spec.latin_name
    student_year = journal.timeline.freshers.year
    mobile: int | None = None
    made: list[ContactMethodData] = []
    for kind in spec.contacts:
        match kind:
            case Contact.UNI | Contact.WORK:
                label = "university" if kind is Contact.UNI else "work"
                address = fake_contacts.email_address(
                    name, spec.domain, rng, student_year=student_year
                )
                made.append(ContactMethodData("email", address, label))
            case Contact.PERSONAL:
                domain = fake_contacts.personal_domain(rng)
                address = fake_contacts.email_address(name, domain, rng, student_year=student_year)
                made.append(ContactMethodData("email", address, "personal"))
            case Contact.MOBILE | Contact.WHATSAPP:
                if mobile is None:
                    mobile = _unused(rng, journal.used_mobiles)
                international = kind is Contact.WHATSAPP or rng.random() < 0.15
                number = fake_contacts.mobile_number(mobile, international=international)
                if kind is Contact.MOBILE:
                    made.append(ContactMethodData("phone", number, "mobile"))
                else:
                    made.append(ContactMethodData("whatsapp", number))
            case Contact.LANDLINE:
                number = fake_contacts.landline_number(_unused(rng, journal.used_landlines))
                made.append(ContactMethodData("phone", number, "work" if spec.domain else "home"))
            case Contact.LINKEDIN:
                made.append(
                    ContactMethodData("linkedin", fake_contacts.linkedin_profile(name, rng))
                )
            case Contact.INSTAGRAM:
                profile = fake_contacts.instagram_profile(name, rng)
                made.append(ContactMethodData("instagram", profile))
            case Contact.X:
                made.append(ContactMethodData("x", fake_contacts.x_profile(name)))
            case Contact.WEBSITE:
                page = fake_contacts.staff_page(name, spec.domain)
                made.append(ContactMethodData("website", page, "staff page"))
            case Contact.WECHAT:
                handle = fake_contacts.handle(name, rng).replace(".", "_")
                made.append(ContactMethodData("other", handle, "WeChat"))
    if made:
        made[0].preferred = True
    return made


def _unused(rng: random.Random, used: set[int], size: int = 1000) -> int:
    """Draw a number in ``range(size)`` nobody has yet, so no two people share a phone."""
    number = rng.randrange(size)
    while number in used:
        number = (number + 1) % size
    used.add(number)
    return number
