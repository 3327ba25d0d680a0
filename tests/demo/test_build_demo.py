"""The demo journal: a medical student's network, the same every time for a seed and a day."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from pathlib import Path

import pytest

from networkjournal.demo import build_demo
from networkjournal.demo.builder import DemoJournal, contact_methods
from networkjournal.demo.cast import CAST, in_introduction_order
from networkjournal.demo.spec import SOCIAL, PersonSpec, Phase
from networkjournal.demo.timeline import Timeline
from networkjournal.store.contacts import normalise_contact
from networkjournal.store.db import open_journal
from networkjournal.store.people import PersonData, create_person
from networkjournal.store.schema import ContactMethod, Network, Person, PersonNetwork, tuples
from tests.demo.journal_dump import DUMPED_TABLES, dump_journal

TODAY = dt.date(2026, 3, 14)


def _people() -> list[Person]:
    return list(Person.select().order_by(Person.id))


def test_demo_fills_all_three_networks_with_about_sixty_people_and_their_roles(
    journal: Path,
) -> None:
    made = build_demo(seed=1, today=TODAY)

    assert 55 <= made["people"] <= 65
    assert made["people"] == Person.select().count()
    members = tuples(
        PersonNetwork.select(Network.name, PersonNetwork.person, PersonNetwork.role).join(Network)
    )
    by_network: dict[str, int] = {}
    for network, _person, _role in members:
        by_network[network] = by_network.get(network, 0) + 1
    assert set(by_network) == {"Social", "Personal support", "Academic support"}
    assert min(by_network.values()) >= 10
    assert all(role for _network, _person, role in members)
    roles = {role for _network, _person, role in members}
    assert {"flatmate", "personal tutor", "project supervisor", "mum"} <= roles
    people_in_two = {p for _n, p, _r in members if sum(1 for _, q, _ in members if q == p) > 1}
    assert len(people_in_two) >= 5
    assert made["contact_methods"] == ContactMethod.select().count() > made["people"]


def test_same_seed_and_day_give_an_identical_journal(journal: Path, tmp_path: Path) -> None:
    build_demo(seed=7, today=TODAY)
    first = dump_journal()

    open_journal(tmp_path / "second" / "journal.sqlite3")
    build_demo(seed=7, today=TODAY)

    assert dump_journal() == first
    assert all(first[table] for table in DUMPED_TABLES)


def test_another_seed_gives_other_details(journal: Path, tmp_path: Path) -> None:
    build_demo(seed=1, today=TODAY)
    first = dump_journal()

    open_journal(tmp_path / "second" / "journal.sqlite3")
    build_demo(seed=2, today=TODAY)
    second = dump_journal()

    assert second["person"] != first["person"]
    assert second["contact_method"] != first["contact_method"]
    assert second["interaction"] != first["interaction"]
    assert second["fact"] != first["fact"]
    assert second["topic"] != first["topic"]


def test_stored_contact_details_are_in_normalised_form(journal: Path) -> None:
    build_demo(seed=1, today=TODAY)

    rows = tuples(ContactMethod.select(ContactMethod.kind, ContactMethod.value))
    assert {kind for kind, _ in rows} >= {"email", "phone", "whatsapp", "linkedin", "instagram"}
    for kind, value in rows:
        assert normalise_contact(kind, value) == value


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_made_up_contact_details_need_no_normalising(seed: int) -> None:
    # create_person would quietly fix them; the generator's bulk insert would not.
    journal = DemoJournal(seed=seed, timeline=Timeline.for_today(TODAY), network_ids={})
    for spec in CAST:
        for contact in contact_methods(journal, spec, journal.rng("person", spec.key)):
            assert normalise_contact(contact.kind, contact.value) == contact.value, spec.key


def test_no_two_people_share_a_phone_number(journal: Path) -> None:
    build_demo(seed=1, today=TODAY)

    owners: dict[str, set[int]] = {}
    for person, kind, value in tuples(
        ContactMethod.select(ContactMethod.person, ContactMethod.kind, ContactMethod.value)
    ):
        if kind in ("phone", "whatsapp"):
            digits = "".join(ch for ch in value if ch.isdigit()).removeprefix("44")
            owners.setdefault(digits.lstrip("0"), set()).add(person)
    assert all(len(people) == 1 for people in owners.values())


def test_someone_was_introduced_through_a_chain_of_three(journal: Path) -> None:
    build_demo(seed=1, today=TODAY)

    introducer: dict[int, int | None] = dict(tuples(Person.select(Person.id, Person.introduced_by)))

    def chain(person_id: int | None) -> int:
        links = -1
        while person_id is not None:
            person_id = introducer[person_id]
            links += 1
        return links

    assert max(chain(person_id) for person_id in introducer) >= 3


def test_some_birthdays_are_known_without_a_year(journal: Path) -> None:
    build_demo(seed=1, today=TODAY)

    birthdays = [p.birthday for p in _people() if p.birthday is not None]
    assert any(not b.has_year for b in birthdays)
    assert any(b.has_year for b in birthdays)


@pytest.mark.parametrize(
    "today", [TODAY, dt.date(2025, 7, 1), dt.date(2028, 2, 29), dt.date(2031, 9, 20)]
)
def test_dates_are_plausible_and_never_placeholders_or_in_the_future(
    journal: Path, today: dt.date
) -> None:
    build_demo(seed=3, today=today)

    people = _people()
    for person in people:
        if person.birthday is not None and person.birthday.has_year:
            assert today.year - 100 < person.birthday.year < today.year - 10, person.display_name
        if person.met_on is not None:
            assert today.year - 12 <= person.met_on.year <= today.year, person.display_name
            met = person.met_on.to_date()
            assert met is None or met < today
            if met is not None:
                assert person.created_at.date() >= met, person.display_name
        assert person.created_at < dt.datetime.combine(today, dt.time())
        assert person.updated_at == person.created_at
    assert len({p.created_at for p in people}) > len(people) // 2


def test_people_introduced_to_me_were_met_after_whoever_introduced_them(journal: Path) -> None:
    build_demo(seed=1, today=TODAY)

    people = {p.id: p for p in _people()}
    introducers = dict(tuples(Person.select(Person.id, Person.introduced_by)))
    for person in people.values():
        if introducers[person.id] is None:
            continue
        met = person.met_on.to_date() if person.met_on else None
        introducer = people[introducers[person.id]]
        introducer_met = introducer.met_on.to_date() if introducer.met_on else None
        if met is not None and introducer_met is not None:
            assert met >= introducer_met, person.display_name


def test_names_reflect_london_including_other_scripts_and_a_long_double_barrel(
    journal: Path,
) -> None:
    build_demo(seed=1, today=TODAY)

    names = [p.display_name for p in _people()]
    scripts = {unicodedata.name(ch).split()[0] for name in names for ch in name if ch.isalpha()}
    assert {"LATIN", "ARABIC", "CJK"} <= scripts
    assert any(len(p.family_name) >= 25 and "-" in p.family_name for p in _people())
    assert any(ch in "áéíóúñńłś" for name in names for ch in name)


def test_some_people_are_referees_with_a_note(journal: Path) -> None:
    build_demo(seed=1, today=TODAY)

    referees = [p for p in _people() if p.is_referee]
    assert referees
    assert all(p.referee_note for p in referees)


def test_build_demo_refuses_a_journal_that_already_has_people(journal: Path) -> None:
    create_person(PersonData(given_name="Real", family_name="Person"))

    with pytest.raises(ValueError, match="empty journal"):
        build_demo(seed=1, today=TODAY)

    assert Person.select().count() == 1


def test_build_demo_recreates_a_cast_network_the_user_deleted(journal: Path) -> None:
    Network.delete().where(Network.name == SOCIAL).execute()

    build_demo(seed=1, today=TODAY)

    social = Network.get(Network.name == SOCIAL)
    assert PersonNetwork.select().where(PersonNetwork.network == social.id).count() >= 10


def _spec(key: str, introduced_by: str = "") -> PersonSpec:
    return PersonSpec(
        key=key,
        given=key,
        family="Test",
        headline="",
        networks=(),
        met=Phase.YEAR1,
        introduced_by=introduced_by,
    )


def test_cast_is_built_with_introducers_before_the_people_they_introduced() -> None:
    cast = (_spec("c", introduced_by="b"), _spec("b", introduced_by="a"), _spec("a"))

    assert [spec.key for spec in in_introduction_order(cast)] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("cast", "problem"),
    [
        ((_spec("a"), _spec("a")), "two people"),
        ((_spec("a", introduced_by="nobody"),), "not in the cast"),
        ((_spec("a", introduced_by="b"), _spec("b", introduced_by="a")), "circle"),
    ],
)
def test_cast_mistakes_are_reported_by_name(cast: tuple[PersonSpec, ...], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        in_introduction_order(cast)


def test_every_cast_member_has_a_stable_unique_key_and_the_cast_orders_cleanly() -> None:
    keys = [spec.key for spec in CAST]

    assert len(keys) == len(set(keys))
    assert len(in_introduction_order(CAST)) == len(CAST)


def test_each_person_draws_from_their_own_random_source() -> None:
    journal = DemoJournal(seed=1, timeline=Timeline.for_today(TODAY), network_ids={})

    # Adding someone to the cast must not change anyone else's details.
    assert journal.rng("person", "priya").random() == journal.rng("person", "priya").random()
    assert journal.rng("person", "priya").random() != journal.rng("person", "kwame").random()
    assert journal.rng("person", "priya").random() != random.Random(1).random()
